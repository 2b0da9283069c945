import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import type {Detection} from '../lib/detection.js'
import {wrapText} from '../lib/eval/pdf-systems.js'
import {toWrappedDetections, unwrapLines, unwrappedOffset, wrappedOffset} from '../lib/unwrap-lines.js'

// Text as a PDF's extraction leaves it: a break every 14 to 20 characters, inside names and numbers
const feature = '椒能挣4000多元。”赫\n章县河镇乡海雀村村民掰着\n指头算起了收入，全村年收入12\n653.7万元，热线0954-\n3012245。'

function detection(start: number, end: number, type: Detection['type'], suffixLength = 0): Detection {
  return {type, start, end, suffixLength, detector: 'test', rule: 'test', confidence: 1, reason: 'test'}
}

describe('unwrapLines', () => {
  it('should take out the wraps inside names and numbers, and map offsets both ways', () => {
    const view = unwrapLines(feature)
    expect(view?.text).toBe('椒能挣4000多元。”赫章县河镇乡海雀村村民掰着指头算起了收入，全村年收入12653.7万元，热线0954-3012245。')
    if (view === undefined) return
    const county = view.text.indexOf('赫章县')
    expect(wrappedOffset(view, county)).toBe(feature.indexOf('赫'))
    expect(wrappedOffset(view, county + 1)).toBe(feature.indexOf('章县'))
    expect(unwrappedOffset(view, feature.indexOf('章县'))).toBe(county + 1)
    // the break itself maps to where the text resumes
    expect(unwrappedOffset(view, feature.indexOf('\n'))).toBe(county + 1)
  })

  it('should give a name one span over the wrap, and a figure a span on each side that keeps the line break', () => {
    const view = unwrapLines(feature)
    if (view === undefined) throw new Error('no wrap read')
    const county = view.text.indexOf('赫章县')
    expect(toWrappedDetections(view, detection(county, county + 3, 'PLACE', 1)).map((found) => feature.slice(found.start, found.end))).toEqual(['赫\n章县'])
    const money = view.text.indexOf('12653.7')
    expect(toWrappedDetections(view, detection(money, money + 7, 'FIGURE')).map((found) => feature.slice(found.start, found.end))).toEqual(['12', '653.7'])
    // a generic ending the wrap cuts counts the break (江安县税⏎务局 keeps 税⏎务局)
    const unit = '本季度国家税务总局江安县税\n务局开展了纳税服务活动，共走访\n'
    const unitView = unwrapLines(unit)
    if (unitView === undefined) throw new Error('no wrap read')
    const [found] = toWrappedDetections(unitView, detection(9, 15, 'ORG', 3))
    expect(found && unit.slice(found.end - found.suffixLength, found.end)).toBe('税\n务局')
  })

  it('should read no wrap after a short line, a heading, punctuation or a table row, before an item, a date, a label, a credit, a table row or a much longer line', () => {
    const decoys = [
      // a short line, a label's line, punctuation
      '负责人：王留剑\n联系电话：13812345678',
      '全县共有行政村128个，完成改造。\n二是强化督导检查',
      // a table's rows, with cells set apart by tabs or single spaces, and a row's number or date opening the next
      '万年青大药房枣市店 欧阳秋菊 集镇新街 执业药师不在岗 3000\n天天鲜水果店 高洁 集镇新街 未标明产地 1000',
      '1 王伟 城关镇 东关村 残疾人 800\n2 李金花 城关镇 西关村 特困 1200',
      '10月1日 周密 杨帆、林立 0335-7123456\n10月2日 高明 石磊、金秋 0335-7123456',
      // a table's rows with cells drawn by bars, a row's number right before its bar
      '1｜横州市六景镇阿强粉店｜黄志强｜从业人员无健康证\n2｜横州市六景镇百味鲜卤味店｜蒙丽芳｜未公示食品经营许可证',
      '马尕西木 | 临夏县土桥镇张家村 | 1860\n马秀兰 | 临夏县土桥镇张家村 | 1240',
      // a table's title before its header, with cells set apart by single spaces or tabs
      '北戴河区海滨镇国庆节值班表\n日期 带班领导 值班人员 联系电话',
      '2024年农机作业补贴公示\n姓名\t作业面积（亩）\t补贴金额（元）',
      // a signature before its date, a title before its addressee, a copy line
      '四川省江安县住房和城乡建设局办公室\n2024年3月5日',
      '关于做好2024年度农村危房改造工作的通知\n各乡镇人民政府：',
      '江安县人民政府办公室2024年3月5日印发\n抄送：县委办、县人大办',
      // a member list's padded label, the next line's label
      '组  长：李志明（县委副书记、县长）\n副组长：王建国（县委常委）',
      '办公室设在县委组织部，主任由部长兼任\n成  员：各乡镇党委书记',
      // credits, one line for each story (孙浩超文 is no name)
      '文/丁华　图/孙浩超\n文/唐祥　图/丁平伟',
      '摄影／郑晓燕 撰文／罗佳琪\n图文／李国栋',
      // a table's rows of a label and a number, one blank between
      '企业产值情况（单位：亿元）\n卫华集团起重装备有限公司\u3000126.8\n中原起重机械股份公司\u300058.3',
      // one paragraph per line: a heading before a long paragraph
      '一、坚持高位推动，压实工作责任落实\n县委高度重视，成立以县委书记为组长的领导小组，先后召开专题会议6次，研究部署重点任务，建立周调度、月通报机制，确保各项任务落地见效。'
    ]
    for (const decoy of decoys) expect(unwrapLines(decoy), decoy).toBeUndefined()
  })

  it('should take out a wrap inside a number typed in full-width digits, and one before a number\'s rest and its unit', () => {
    // w13 wrapped every 14 and 15: 受理企业诉求５２⏎４件, 建成标准厂房１２⏎．８万平方米, 实到外资１．⏎９２亿美元
    expect(unwrapLines('渠道，实行“接诉即办、限时办\n结”，上半年受理企业诉求５２\n４件，按时办结率９９．２％，\n')?.text).toContain('受理企业诉求５２４件')
    expect(unwrapLines('围绕企业需求，盘活存量工业用\n地３２８亩，建成标准厂房１２\n．８万平方米；联合金融机构开\n')?.text).toContain('建成标准厂房１２．８万平方米')
    expect(unwrapLines('完成税收收入６８．３亿元，其中区级\n税收１２．６亿元；实到外资１．\n９２亿美元。首先，市场主体活力\n')?.text).toContain('实到外资１．９２亿美元')
    // 004 wrapped every 14 and 16: a number cut before a blank and its unit opens no table's row
    expect(unwrapLines('7条断头路打通工程，完成 1\n3 条道路\n\n大修、6 条次干道畅通工程建\n')?.text).toContain('完成 13 条道路')
    expect(unwrapLines('办理“惠民贷”，授信额度近 30\n00 万\n\n元，有效缓解企业复工复产资金压\n')?.text).toContain('授信额度近 3000 万')
    expect(redact('办理“惠民贷”，授信额度近 30\n00 万\n\n元，有效缓解企业复工复产资金压\n').text).toBe('办理“惠民贷”，授信额度近 **\n** 万\n\n元，有效缓解企业复工复产资金压\n')
    // review 2, finding 4: a number's rest before a blank, its unit and more blanks of prose opens no row
    expect(unwrapLines('今年共完成农村公路提升改造任务，完成 1\n3 条道路 和 5 座桥梁的建设任务，')?.text).toContain('完成 13 条道路 和 5 座桥梁')
    // a row's number after a row that opens with one and ends in a number still opens a row, whatever its cells hold
    expect(unwrapLines('1 王伟 城关镇 东关村 残疾人 800\n2 李金花 城关镇 西关村 特困 1200')).toBeUndefined()
    expect(unwrapLines('1 城关镇东关村残疾人补贴发放 800\n2 西关村特困供养人员补助发放')).toBeUndefined()
    expect(unwrapLines('１ 城关镇东关村残疾人补贴发放 800\n２ 西关村特困供养人员补助发放')).toBeUndefined()
    // a line of prose that opens with a number is no row (004 wrapped every 12)
    expect(unwrapLines('交通护栏冲洗，新购置环卫\n69 台，清运垃圾 3.\n3 万吨。同时，市级')?.text).toContain('清运垃圾 3.3 万吨')
    // an item numbered in full-width digits opens its line as one in half-width digits does
    expect(unwrapLines('１、一号楼二单元住户反映楼道灯损坏\n２、二号楼住户反映水压不足')).toBeUndefined()
    expect(unwrapLines('（１）一号楼二单元住户反映楼道灯损坏\n（２）二号楼住户反映水压不足')).toBeUndefined()
  })

  it('should read a wrap on either side of what joins a phone, an e-mail or a web address', () => {
    const contacts = '劳动保障监察大队举报电话0471\n-4925310。电子邮箱：hlsqjwh@163\n.com，或者jaxzwgk@\n126.com，门户网站（http://www.jiangan.\ngov.cn）'
    expect(unwrapLines(contacts)?.text).toBe('劳动保障监察大队举报电话0471-4925310。电子邮箱：hlsqjwh@163.com，或者jaxzwgk@126.com，门户网站（http://www.jiangan.gov.cn）')
    const more = '在桥头村路段查处无证驾驶载货汽车川Q·\n12345一辆，群众可通过公司服务邮箱qyss_\ndj@163.com或卫生健康局网站（http:\n//wjj.jiangan.gov.cn）查询'
    expect(unwrapLines(more)?.text).toBe('在桥头村路段查处无证驾驶载货汽车川Q·12345一辆，群众可通过公司服务邮箱qyss_dj@163.com或卫生健康局网站（http://wjj.jiangan.gov.cn）查询')
    // a separator that joins nothing: a dash opening a list's item, a point after Chinese
    expect(unwrapLines('全县完成造林面积2024\n- 一是加强组织领导，压实责任。\n二是')).toBeUndefined()
  })

  it('should end an address at its top-level domain, so the next line is no part of it, unless a separator goes on', () => {
    expect(unwrapLines('联系方式如下，电子邮箱：abc@163.com\nQQ：12345678')).toBeUndefined()
    // an address in capitals ends its line too (review 1, finding 11)
    expect(unwrapLines('联系方式如下，电子邮箱：ABC@163.COM\nQQ：12345678')).toBeUndefined()
    expect(unwrapLines('联系方式如下，电子邮箱：abc@163.com\n2023年起每季度')).toBeUndefined()
    expect(unwrapLines('详见本局门户网站www.jiangan.gov.cn\n公开栏目，或者')).toBeUndefined()
    expect(unwrapLines('联系方式如下，电子邮箱：abc@zj.gov\n.cn，或者')?.text).toBe('联系方式如下，电子邮箱：abc@zj.gov.cn，或者')
    // a wrap inside the domain's name, before its top-level domain, is a wrap still
    expect(unwrapLines('联系方式如下，电子邮箱：abc@ji\nangan.com，或者')?.text).toBe('联系方式如下，电子邮箱：abc@jiangan.com，或者')
  })

  it('should read a wrap after a pause inside a sentence or before punctuation, not after the end of a sentence', () => {
    const listed = '合唱团获一等奖，指导教师仇海燕、\n柏向阳被授予优秀指导教师称号；\n'
    expect(unwrapLines(listed)?.text).toBe('合唱团获一等奖，指导教师仇海燕、柏向阳被授予优秀指导教师称号；\n')
    const closing = '第三方鉴定，最终双方达成赔偿协议\n。民馨家园社区马平安等23户居民\n'
    expect(unwrapLines(closing)?.text).toBe('第三方鉴定，最终双方达成赔偿协议。民馨家园社区马平安等23户居民\n')
    // a paragraph's end; a short line's pause
    expect(unwrapLines('街道共受理群众来信来访43件。\n西郊街道位于平凉市崆峒区城区西部')).toBeUndefined()
    expect(unwrapLines('成员：王伟、\n李金花、赵强')).toBeUndefined()
    // an inline enumeration's next item after a pause
    expect(unwrapLines('一是加强组织领导，压实工作责任；\n二是强化督导检查，确保任务落实；\n第三，做好宣传引导工作，营造氛围，\n（三）加强队伍建设')).toBeUndefined()
  })

  it('should read a wrap before a line that only blanks end, or that holds one blank', () => {
    expect(unwrapLines('推动在全街道十二个住宅小区的物\n业服务小区建立党支部或党小组  \n')?.text).toBe('推动在全街道十二个住宅小区的物业服务小区建立党支部或党小组  \n')
    expect(unwrapLines('今年全镇共建成高标准农\n田 1200亩，带动群众增收')?.text).toBe('今年全镇共建成高标准农田 1200亩，带动群众增收')
  })

  it('should read a wrap after a paragraph\'s first line that blanks indent, but not after a line whose blanks inside set cells apart', () => {
    const indented = '　　皇姑区三台子街道居民刘玉\n珍反映，其所在的金山花园小区\n供暖不达标'
    expect(unwrapLines(indented)?.text).toBe('　　皇姑区三台子街道居民刘玉珍反映，其所在的金山花园小区供暖不达标')
    expect(redact(indented).text).not.toMatch(/刘玉|珍反映/u)
    expect(unwrapLines('  青秀区中山街道七星社区调解员覃春\n梅，用壮话和普通话为当事人反复释法明\n理')?.text).toBe('  青秀区中山街道七星社区调解员覃春梅，用壮话和普通话为当事人反复释法明理')
    // decoy: an indented line of cells (组  长：) is a table's, and a line indented after the break opens a paragraph
    expect(unwrapLines('　　组  长：李志明 副组长：王建\n国 成  员：张三')).toBeUndefined()
    expect(unwrapLines('　　全年完成各项任务，群众满意度提升\n　　二是加强队伍建设，提升服务')).toBeUndefined()
  })
})

// Tables as typed: cells set apart by tabs, and by runs of blanks
const herdTable = '二、示范牧场\n户主\t所在嘎查\t存栏（头只）\t纯收入（万元）\n巴特尔\t都兰嘎查\t860\t46.5\n斯琴高娃\t汗乌拉嘎查\t720\t38.2\n那仁满都拉\t巴彦高毕嘎查\t645\t33.8\n三、品牌建设成效明显，全年新认证绿色食品3个。\n'
const leaseTable = '序号\t承包方\t资产名称\t期限\t年承包费（元）\n1\t某某竹木制品有限公司\t集体毛竹林3200亩（含林道）\t2025—2039年\t153600\n2\t温德旺\t老村部一楼店面两间\t2025—2027年\t8400\n3\t肖金凤\t原小学校舍（改建为老年食堂）\t2025—2029年\t3600\n合计\t\t\t\t165600\n'
const wageTable = '序号  单位名称  所在镇  涉及人数  金额（万元）  办理结果\n1  某某建筑工程有限公司  沙河镇  23  86.4  已全额支付\n2  金海岸制衣厂  林头镇  41  37.2  已全额支付\n3  福满堂家具厂  观珠镇  28  15.3  已结案\n'

describe('unwrapLines in a table a wrap cut', () => {
  it('should join each row of a table cut by a wrap into its line again, the cells set apart as before', () => {
    for (const width of [12, 14, 16, 20, 24, 28]) {
      expect(unwrapLines(wrapText(leaseTable, width).text)?.text, `leases every ${width}`).toBe(leaseTable)
      expect(unwrapLines(wrapText(wageTable, width).text)?.text, `wages every ${width}`).toBe(wageTable)
    }
    // the herd table's rows whole at every width; a header cut before its bracket keeps the break (纯收入⏎（万元）)
    for (const width of [12, 14, 16, 18, 20, 24]) {
      const wrapped = wrapText(herdTable, width).text
      const rows = (unwrapLines(wrapped)?.text ?? wrapped).split('\n')
      expect(rows, `herds every ${width}`).toEqual(expect.arrayContaining(herdTable.split('\n').slice(2, 5)))
    }
  })

  it('should leave a table as typed as it is, and never join a row to the next', () => {
    for (const table of [herdTable, leaseTable, wageTable]) expect(unwrapLines(table)).toBeUndefined()
    // a row as long as the page's before the next row's number, or a row with all its cells before a line of cells
    const numbered = '序号\t姓名\t面积（亩）\n1\t张某某\t12.5\n2\t李某\t8\n3\t王某某\t10.5\n4\t赵某\t7\n'
    expect(unwrapLines(wrapText(numbered, 11).text)?.text ?? numbered).toBe(numbered)
    // blanks at the edge of a line a wrap left between two cells are not taken out with the break (23  86.4)
    expect(unwrapLines('1  某某建筑工程有限公司  沙河镇  23\n  86.4  已全额支付\n2  金海岸制衣厂  林头镇  41  37.2  已全额支付')?.text ?? '').not.toContain('2386.4')
  })

  // The lead's read of bcd7222: rows typed as long as each other, and a row that lacks a cell, are no row a wrap cut
  const contactTable = '姓名  单位  电话\n张伟  城关镇  13812345678\n李娜  东风村  13912345678\n王强  红旗村\n'
  it('should never join the rows of a table typed by hand, rows as long as each other or lacking a cell', () => {
    const typed = [
      contactTable,
      contactTable.replace(/  /gu, '\t'),
      '序号  姓名  单位  电话\n1  张伟  城关镇  13812345678\n2  李娜  东风村  13912345678\n3  王强  红旗村\n',
      // a middle cell missing
      '姓名  单位  电话\n张伟  城关镇  13812345678\n李娜  13912345678\n王强  红旗村  13712345678\n',
      // no header: a phone is a whole cell, and a name after it opens a row
      '张伟  城关镇  13812345678\n李娜  东风村  13912345678\n王强  红旗村\n'
    ]
    for (const table of typed) expect(unwrapLines(table)?.text ?? table).toBe(table)
    // decoys: the same tables a wrap cut are read whole again
    const longer = '姓名  单位  电话\n张伟  城关镇东风村村委会  13812345678\n李娜  东风村  13912345678\n王强  红旗村\n'
    const herds = '户主\t存栏\t纯收入\n巴特尔\t860头\t46.5万元\n斯琴高娃\t1720头\t38.2万元\n那仁满都拉\t645头\t33.8万元\n'
    for (const width of [12, 14, 16]) {
      expect(unwrapLines(wrapText(longer, width).text)?.text, `contacts every ${width}`).toBe(longer)
      expect(unwrapLines(wrapText(herds, width).text)?.text, `herds every ${width}`).toBe(herds)
    }
  })

  it('should mask the names of a table typed by hand whose rows are as long as each other', () => {
    for (const table of [contactTable, contactTable.replace(/  /gu, '\t')]) {
      const {text} = redact(table)
      expect(text).not.toMatch(/张伟|李娜|138|139/u)
      expect(text.split('\n')).toHaveLength(table.split('\n').length)
    }
  })
})

// Every line indented by a page's margin, as pdftotext -layout gives a page (blank lines stay blank)
function behindMargin(text: string, margin: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : margin + line))
    .join('\n')
}

describe('unwrapLines on redacted text, as the second look reads it', () => {
  it('should take out a wrap after a line a mask shortened, as the first look took it out of the text', () => {
    // w83 wrapped every 16: the hotline 12333 is kept whole in the first look; in the second, 对1233 stands on a line
    // the masked phone made short, and its 3 was read as a count of people
    const text = '公布举报投诉电话06\n68-5123386，对1233\n3人社服务热线和12345政务服\n务便民热线转办件实行“日清周结”'
    expect(unwrapLines('**\n**，对1233\n3人社服务热线和12345政务服\n务便民热线转办件实行“日清周结”')?.text).toContain('对12333人社')
    expect(redact(text).text).toContain('对1233\n3人社服务热线')
  })
})

describe('unwrapLines on a page whose every line a margin indents', () => {
  const paragraph = '皇姑区三台子街道居民刘玉\n珍反映，其所在的金山花园小区\n供暖不达标，街道当天派员上门'

  it('should read the lines from the margin they share, so a wrap inside a name is taken out with the margin', () => {
    for (const margin of ['    ', '        ']) {
      expect(unwrapLines(behindMargin(paragraph, margin))?.text, `margin of ${margin.length}`).toBe(`${margin}皇姑区三台子街道居民刘玉珍反映，其所在的金山花园小区供暖不达标，街道当天派员上门`)
      const {text} = redact(behindMargin(paragraph, margin))
      expect(text, `margin of ${margin.length}`).not.toMatch(/刘玉|珍反映/u)
      expect(text.split('\n')).toHaveLength(3)
    }
  })

  it('should join the rows of a table behind a margin a wrap cut, taking out no blank between its cells', () => {
    for (const width of [12, 16, 20]) {
      const wrapped = behindMargin(wrapText(wageTable, width).text, '    ')
      expect(unwrapLines(wrapped)?.text, `wages every ${width}`).toBe(behindMargin(wageTable, '    '))
    }
  })

  it('should read a line indented further than its block as a new paragraph, and a table as typed behind a margin as it is', () => {
    expect(unwrapLines('    坚持高位推动压实工作责任落实到位\n        县委高度重视成立领导小组统筹推进')).toBeUndefined()
    for (const table of [wageTable, leaseTable, herdTable]) expect(unwrapLines(behindMargin(table, '    '))).toBeUndefined()
  })
})

describe('redact on text with its lines wrapped, numbers and Latin words set apart by blanks', () => {
  it('should still take out a wrap before a line where typesetting put blanks around numbers and Latin words', () => {
    const text = '今年以来，我们到贵州省毕节市赫\n章县 2024 年 1 月启动的项目调研\n，新疆维吾尔自治区阿克苏地区 GDP 增长'
    expect(redact(text).text).not.toMatch(/赫|章县/u)
  })
})

describe('redact on text with its lines wrapped', () => {
  it('should mask a county, a village, a figure and a phone a wrap cuts, keeping every line break (a name is masked whole, its break before the mask)', () => {
    const {text} = redact(feature)
    expect(text).not.toMatch(/赫|章县|海雀|653|3012245|0954/u)
    expect(text.split('\n')).toHaveLength(feature.split('\n').length)
    expect(text).toContain('”\n*县')
    expect(text).toContain('**\n**万元')
  })

  it('should give every style of mask the line break its name was cut by, and leave a kept name as it stands', () => {
    const masks = (['star', 'star-per-char', 'xx', 'tag', 'pseudonym'] as const).map((style) => redact(feature, {styles: {PLACE: style}}).text)
    expect(masks.map((text) => /”(\n[^县]+)县/u.exec(text)?.[1])).toEqual(['\n*', '\n**', '\nxx', '\n[地名]', expect.stringMatching(/^\n[A-Z]{2}$/u)])
    for (const text of masks) expect(text.split('\n')).toHaveLength(feature.split('\n').length)
    expect(redact(feature, {styles: {PLACE: 'keep'}}).text).toContain('”赫\n章县')
  })

  it('should mask the figures of a table a wrap cut, a cell alone on its line too, and no year', () => {
    for (const width of [12, 16, 20]) {
      const {text} = redact(wrapText(leaseTable, width).text)
      expect(text, `every ${width}`).not.toMatch(/153|600|8400|3600|165/u)
      expect(text.replace(/\n/gu, ''), `every ${width}`).toContain('2025—2039年')
      const herds = redact(wrapText(herdTable, width).text).text
      expect(herds, `every ${width}`).not.toMatch(/860|46\.|720|38|645|33/u)
    }
  })

  it('should read a unit and a village cut by a wrap whole (云南山鹰户外用品有限公⏎司, 支尔莫乡阿⏎土列尔村)', () => {
    const {text} = redact('图为昭觉县委副书记（左二）在支尔莫乡阿\n土列尔村调研，西昌山鹰户外用品有限公\n司捐赠了帐篷和睡袋一百余套')
    expect(text).not.toMatch(/阿土|土列|列尔|山鹰/u)
    // the generic ending stays as it stands, line break and all
    expect(text).toContain('*户外用品有限公\n司')
  })
})

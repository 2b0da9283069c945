import {describe, expect, it} from 'vitest'
import {detectFigures} from '../lib/detect/detect-figures.js'
import {makeContext, readSeed} from './make-context.js'

function figures(text: string): string[] {
  return detectFigures(makeContext(text)).map((found) => text.slice(found.start, found.end))
}

describe('detectFigures', () => {
  it('should find every statistic of seed 004, including numbers split from their unit by a line break', () => {
    const text = readSeed('004')
    const found = detectFigures(makeContext(text))
    const strings = new Set(found.map((item) => text.slice(item.start, item.end)))
    for (const expected of ['13', '30', '8', '147', '51.2', '170', '125', '3.3', '7766', '49138', '120', '1500', '3000', '160', '300', '2', '5000', '12000', '1573']) {
      expect(strings, expected).toContain(expected)
    }
    // 3 个综合服务窗口 and 20 座公厕 are split by a blank line in the PDF text
    const three = text.indexOf('3\n\n个综合服务窗口')
    expect(found.some((item) => item.start === three && item.end === three + 1)).toBe(true)
    expect(found.every((item) => item.type === 'FIGURE' && item.detector === 'figures' && item.suffixLength === 0)).toBe(true)
  })

  it('should not report years, dates or the doubled date of a caption in seed 004', () => {
    const text = readSeed('004')
    const found = detectFigures(makeContext(text)).map((item) => text.slice(item.start, item.end + 2))
    expect(found.filter((item) => /^(?:2015|2018|2019|2020|20202020|77|11)\s?[年月]/.test(item))).toEqual([])
  })

  it('should give the number alone for 万/亿 and 余/多 forms', () => {
    expect(figures('清运垃圾 3.3 万吨')).toEqual(['3.3'])
    expect(figures('收入12.5亿元')).toEqual(['12.5'])
    expect(figures('撰写200余篇')).toEqual(['200'])
    expect(figures('投资 120 余万元')).toEqual(['120'])
    expect(figures('捐款 2 万余元')).toEqual(['2'])
    expect(figures('总人口 120 万，辖')).toEqual(['120'])
    expect(figures('共计126,932.39元')).toEqual(['126,932.39'])
  })

  it('should give both ends of a range joined by a word, and a dashed range as one figure', () => {
    expect(figures('认领 4到 5个志愿服务项目')).toEqual(['4', '5'])
    expect(figures('每村配备4-6名专职保洁员')).toEqual(['4-6'])
    expect(figures('3～5 户')).toEqual(['3～5'])
  })

  it('should count cases, wells and other things by their measure words', () => {
    expect(figures('完成远程心电诊断2380例，打机电井72眼，发放化肥1500袋')).toEqual(['2380', '72', '1500'])
    expect(figures('出动车辆120车次，接种疫苗3200剂次，投放鱼苗3000尾，养殖蛋鸡800羽，以工代赈用工600工日')).toEqual(['120', '3200', '3000', '800', '600'])
    expect(figures('一尾鱼，羽毛球馆，车次表')).toEqual([])
    expect(figures('新增变压器容量800千伏安，硬化道路3200延米，清运垃圾500立方，吞吐量12万标箱，光伏装机2吉瓦')).toEqual(['800', '3200', '500', '12', '2'])
    // a line's voltage class is a standard, not a statistic (新建10千伏线路, 35千伏变电站)
    expect(figures('新建10千伏线路，改造35千伏变电站，立方体')).toEqual([])
    // a discharge's or the air's concentration measured (毫克 before 克)
    expect(figures('二氧化硫小时浓度最高达286毫克/立方米，氯化物浓度达4630毫克/升，PM2.5平均浓度32微克/立方米')).toEqual(['286', '4630', '32'])
    expect(figures('开发8大类60余种产品，开设12门课程，创作20首歌曲，拍摄30集短剧，发放手套200双、米面油300桶、爱心包500包')).toEqual(['8', '60', '12', '20', '30', '200', '300', '500'])
  })

  it('should take neither 届 (十四届全国人大, 2024届) nor 方 (5方面 is rhetoric) for a measure word, and 对 only where it counts pairs', () => {
    expect(figures('十四届全国人大二次会议，2024届毕业生就业率')).toEqual([])
    // 对 counts pairs, unless a number follows it: 1对1 pairs one with one
    expect(figures('22对师徒结对帮带，开展1对1帮扶、3 对 5 结对')).toEqual(['22'])
    expect(figures('从5方面着手，清运淤泥1.2万方')).toEqual(['1.2'])
  })

  it('should take the numbers in the cells of a plain-text table for figures, but not its row numbers, labels or years', () => {
    const table = ['牧场主\t所在嘎查\t牲畜存栏（头只）\t年纯收入（万元）', '甲\t都兰嘎查\t860\t46.5', '乙\t汗乌拉嘎查\t720\t38.2', ''].join('\n')
    expect(figures(table)).toEqual(['860', '46.5', '720', '38.2'])
    expect(figures('序号  社区  当事人  事由\n1  甘沟路社区  某某  相邻漏水\n2  车站社区  某某等23户  物业服务')).toEqual(['23'])
    expect(figures('指标\t2023\t2024\n收入\t120\t135')).toEqual(['120', '135'])
    // a decimal that starts like a year is no year
    expect(figures('3  某公司  某镇  17  19.8  移送公安机关\n4  某公司  某镇  13  20.5  已结案')).toEqual(['17', '19.8', '13', '20.5'])
    // Set apart by single spaces (PDF text), numbers without a unit are no cells in one line of words and numbers
    expect(figures('第一组 12 第二组 15 第三组 18')).toEqual([])
    expect(figures('第一组 12 第二组 15 第三组 18\n第四组 21 第五组 9 第六组 11。')).toEqual([])
    // but are in rows of as many cells as the line above or below them, with no punctuation of prose
    expect(figures('低保户名单\n姓名 人口 月保障金（元）\n佘桂芳 3 1580\n粘志强 2 960')).toEqual(['3', '1580', '2', '960'])
    expect(figures('项目 数量 规格\n化肥 20 3600\n农药，另计 5 800')).toEqual(['20', '3600'])
    // unless their column's header, the table's first line, counts money (rows above may hold no digit)
    expect(figures('项目 数量 金额\n化肥 20 3600\n农药，另计 5 800')).toEqual(['20', '3600', '800'])
    expect(figures('经营主体名称\t经营者\t处理结果\t罚没金额（元）\n天天鲜水果店\t高洁\t责令改正\t—\n百姓药房 段海波 立案查处，警告并罚款 3000\n星光KTV 彭亮 立案查处 2000')).toEqual(['3000', '2000'])
    // a blank inside a cell of a row that tabs set apart does not move its column
    expect(figures('主体\t问题\t处理\t罚没金额（元）\n满堂红超市\t过期饼干 酸奶\t立案查处 没收\t2000')).toEqual(['2000'])
    // nor is a caption above a table its header, though it names money; a header of two cells is one
    expect(figures('表2  2023年罚没金额（元）\n经营主体\t经营者\t处理结果\t备注\n满堂红超市\t谌立新\t立案查处\t2000')).toEqual([])
    expect(figures('表2  2023年罚没情况\n经营主体\t经营者\t处理结果\t罚没金额（元）\n满堂红超市\t谌立新\t立案查处\t2000')).toEqual(['2000'])
    expect(figures('罚没款明细如下：\n\n当事人 罚没金额（元）\n谌立新 2000\n彭亮 1980\n')).toEqual(['2000', '1980'])
    // a row typed with single blanks under a header that tabs set apart is read from its end: its prose may hold blanks
    expect(figures('经营主体\t经营者\t处理结果\t罚没金额（元）\n百姓药房 段海波 立案查处，警告 并罚款 3000')).toEqual(['3000'])
    // and from its start where the cell is not its last; a year in the header's cell is no row's digit
    expect(figures('经营者\t罚没金额（元）\t处理结果\n满堂红超市 2019 立案查处 没收')).toEqual(['2019'])
    expect(figures('经营主体\t经营者\t处理结果\t2023年罚没金额（元）\n满堂红超市\t谌立新\t立案查处\t2019')).toEqual(['2019'])
    // nor is prose above a table its header, nor a line of prose below it a row
    expect(figures('全年罚没金额（元） 见下表\n\n经营者 处理\n满堂红超市 立案查处 2000')).toEqual([])
    // a number like a year is an amount in a column whose header counts money, a year in any other
    expect(figures('经营主体\t经营者\t处理结果\t罚没金额（元）\n满堂红超市\t谌立新\t立案查处\t2000\n星光KTV 彭亮 立案查处 2019')).toEqual(['2000', '2019'])
    expect(figures('项目\t开工\t竣工\n村道硬化\t2019\t2020\n路灯安装\t2021\t2022')).toEqual([])
    // Rows of two cells count where the row above or below has two cells too, not a lone row or a row of prose
    expect(figures('当选人\t得票数\n钱国平\t156\n孙慧敏\t149')).toEqual(['156', '149'])
    expect(figures('第一组\t12')).toEqual([])
    expect(figures('为老年食堂，承包费减半）\t202\n5—2029年\t3600')).toEqual([])
    // Rows of a label and a number set apart by one space, beside another such row or under a header naming the unit
    expect(figures('收入项目 金额（元）\n厂房租金（鸿鑫五金厂） 36000\n鱼塘承包费（刘保国） 8500')).toEqual(['36000', '8500'])
    expect(figures('企业产值情况（单位：亿元）\n卫华集团\u3000126.8\n中原起重机\u300058.3')).toEqual(['126.8', '58.3'])
    expect(figures('项目 金额（元）\n租金 36000')).toEqual(['36000'])
    expect(figures('企业 产值（亿元）\n\u3000\u3000卫华集团\u3000126.8')).toEqual(['126.8'])
    expect(figures('企业 备注（说明）\n卫华集团 126')).toEqual([])
    expect(figures('附件 1\n附件 2')).toEqual([])
    expect(figures('第一组 12')).toEqual([])
    expect(figures('他说，这件事 12\n我们记住了 15')).toEqual([])
    // Cells set apart by pipes (Markdown, spreadsheets): not the row's number; a year only under a header of money
    expect(figures('序号 | 成交供应商 | 成交金额（元）\n1 | 大连金海湾物业服务有限公司 | 468,000.00\n2 | 大连瑞祥保洁服务有限公司 | 235,600.00')).toEqual(['468,000.00', '235,600.00'])
    expect(figures('| 序号 | 项目 | 开工 | 投资（万元） |\n|---|---|---|---|\n| 1 | 村道硬化 | 2019 | 2020 |')).toEqual(['2020'])
    // an empty cell keeps its column
    expect(figures('| 序号 | 年度 | 金额（元） |\n|---|---|---|\n| 1 |  | 2019 |')).toEqual(['2019'])
    expect(figures('序号 | 金额（元） | 年度\n1 |  | 2019')).toEqual([])
    // An indented row number is the row's first cell, no figure
    expect(figures('    1     郑国平    宅基地界址    郑德明    达成协议\n    2     刘春娇    土地补偿    已调解')).toEqual([])
  })

  it('should take the number of a village\'s group for an address, not a count (新利村3组), but count groups elsewhere', () => {
    expect(figures('家住新利村3组、红星社区2队、前进屯5社')).toEqual([])
    expect(figures('全村共分5个组，成立3组督导组，城区3组，办事处2队')).toEqual(['5', '3', '3', '2'])
  })

  it('should count products by 款, but not an article of a law', () => {
    expect(figures('开发文旅伴手礼23款，线上销售额突破380万元')).toEqual(['23', '380'])
    expect(figures('依照《中华人民共和国预算法》第三十五条第二款')).toEqual([])
  })

  it('should count durations in years but never a year', () => {
    expect(figures('连续8年为独居老人上门')).toEqual(['8'])
    expect(figures('从 2015 年起，20202020年年77月月77日日')).toEqual([])
  })

  it('should read no figure in a year a line wrap cut, before 年 or beside a range\'s dash, but count beside it', () => {
    expect(figures('业务收入**万元，比20\n20年增长**%')).toEqual([])
    expect(figures('序号\t期限\t年租金（元）\n1\t2025—203\n4年\t96980\n2\t20\n25—2030年\t4800')).toEqual(['96980', '4800'])
    // digits on the other side that make no year, or a count of years: a number cut before its unit, both parts figures
    expect(figures('全年完成12\n65件')).toEqual(['12', '65'])
    expect(figures('累计帮扶1\n20年')).toEqual(['1', '20'])
  })

  it('should read a number a wrap left cut before its unit as a figure on both sides of the break', () => {
    // a table's last cell, whose next line the unwrap reads as a row of its own
    expect(figures('家家福超市\t谭满仓\t东岭村\t立案查处，罚款500\n0元\n五谷香粮油店\t刘桂英\t虎形村\t责令改正')).toEqual(['500', '0'])
    expect(figures('百姓药房\t段海波\t罚款1\n5.5万元\n')).toEqual(['1', '5.5'])
    // decoys: a year after the break, a row's number before its cells, a number with no unit after its rest
    expect(figures('详见附件1\n2024年度工作要点')).toEqual([])
    expect(figures('见表3\n12\t李娜\t东风村')).toEqual([])
    expect(figures('编号 A3\n15 号楼')).toEqual([])
  })

  it('should find percentages in digits and in words', () => {
    expect(figures('误差在5%以内')).toEqual(['5'])
    expect(figures('占比达12.5％')).toEqual(['12.5'])
    expect(figures('增长百分之十五')).toEqual(['十五'])
  })

  it('should find the hand-missed figures of seeds 001 and 003', () => {
    expect(figures(readSeed('001'))).toEqual(expect.arrayContaining(['8', '200', '10']))
    expect(figures(readSeed('003'))).toEqual(expect.arrayContaining(['3', '24', '7', '19', '33']))
  })

  it('should not find anything in the hand-redacted seed 000 or in seed 002', () => {
    expect(figures(readSeed('000'))).toEqual([])
    expect(figures(readSeed('002'))).toEqual([])
  })

  it('should find a share written as a fraction where words of shares frame it, and no other slash between numbers', () => {
    expect(figures('其中坡耕地约占1/3，管件占全国市场份额的1/3以上，近1/4的农户')).toEqual(['1/3', '1/3', '1/4'])
    expect(figures('2023/5/1发布，比分3/2，1/2000地形图，7/24小时服务，第1/2季度，占2/1')).toEqual([])
  })

  it('should count votes by 票, but not a veto or a ticket', () => {
    expect(figures('王向阳得票213票、刘和平得票198票，以5票赞成、0票反对通过')).toEqual(['213', '198', '5', '0'])
    expect(figures('实行安全生产一票否决，凭票入场，车票')).toEqual([])
  })

  it('should count banquet tables, sorties, doses and floors by their measure words', () => {
    expect(figures('旺季每天接待游客20余桌，飞防作业120架次，接种疫苗300人份，新建3层综合楼')).toEqual(['20', '120', '300', '3'])
  })

  it('should find Chinese-numeral statistics', () => {
    expect(figures('共有十五人参加')).toEqual(['十五'])
    expect(figures('走访三百余户')).toEqual(['三百'])
    expect(figures('捐款两千三百元')).toEqual(['两千三百'])
    expect(figures('投入一百二十万元')).toEqual(['一百二十万'])
    expect(figures('组织三十多个支部')).toEqual(['三十'])
    expect(figures('考核得分九十分，占十分之一')).toEqual(['九十', '十'])
  })

  it('should read Latin units glued to their number, not the letters of a code', () => {
    expect(figures('腐霉利检测值为0.52mg/kg，运距12km，车速60km/h，每剂5ml')).toEqual(['0.52', '12', '60', '5'])
    expect(figures('5G基站，H5N1，APP2，型号12kmx，PM2.5，批号20KG01，第4届进博会')).toEqual([])
    expect(figures('每袋10KG，里程3Km')).toEqual(['10', '3'])
    expect(figures('卖出800多碗')).toEqual(['800'])
  })

  it('should leave slogans, rhetoric, codes and ordinals alone', () => {
    const decoys = [
      '两个维护', '四个意识', '三会一课', '一岗双责', '三项举措', '五个再加力', '召开一次会议', '明确一名副主任',
      '建设一个好人园', '三个美起来', '四大班子', '第一书记', '一张蓝图绘到底', '一任接着一任干', '二十大', '十四五',
      '“1+N”工作机制', '5G智慧办税', '“85后”干部', '5C+5R', '一户一策', '三位一体', '一人一册', '六个一',
      '2022年', '2022年度', '2018 年', '7月7日', '汝政发〔2020〕12号', '第十二条', '第12条', '第32个全国税收宣传月',
      '**亿元', '****年', '**%', '拨打12345热线', 'GB/T 9704', '高度重视', '千万家', '三五分钟', '这项工作十分重要',
      '群众十分满意'
    ]
    for (const decoy of decoys) expect(figures(decoy), decoy).toEqual([])
  })

  it('should report ranks with a confidence near the threshold', () => {
    const text = '位居全省第2，测评成绩位于15个提名县市的第二名'
    const found = detectFigures(makeContext(text))
    const ranks = found.filter((item) => item.rule === 'rank').map((item) => text.slice(item.start, item.end))
    expect(ranks).toEqual(['2', '二'])
    expect(found.find((item) => item.rule === 'rank')?.confidence).toBeLessThan(0.7)
  })

  it('should take a tier for no rank (位列第一方阵, 第二梯队), while a place in a ranking stays one', () => {
    // Bank U106: 营商环境评价中我市位列第一方阵
    expect(figures('营商环境评价中我市位列第一方阵，进入全省第二梯队')).toEqual([])
    expect(figures('营商环境评价中我市位列第一，排名第3位')).toEqual(['一', '3'])
  })

  it('should take a temperature below zero and a guess of tens (几十元) for no statistic', () => {
    // w84: 冬天零下三十⏎多度; w23: 一次只需几十元
    expect(figures('冬天零下三十\n多度，零下 25 度，他揣着药箱蹚雪出诊')).toEqual([])
    expect(figures('一次只需几十元，以前看病要跑几十公里')).toEqual([])
    // the same words with a count: still figures
    expect(figures('冬季坚持出诊三十多次，降温25度以上，收费三十元，跑了十几次')).toEqual(['三十', '25', '三十'])
  })

  it('should not read the word of the next cell after a tab as the unit of a row number', () => {
    // w102: a row number, a tab, then a workshop's name opening with 双 (pair)
    const text = '序号\t单位\t负责人\t罚款（元）\n8\t双宝塑胶制品厂\t施文革\t2000\n9\t鸿运鞋材加工厂\t林金水\t1500\n'
    expect(figures(text)).toEqual(['2000', '1500'])
    expect(figures('采购劳保手套800 双，雨靴 120  双')).toEqual(['800', '120'])
  })

  it('should join a number to a measure word after a tab when the word stands alone (35⇥户，), not when it opens a name', () => {
    // review 1, finding 6: prose a tab spaced, where base masked both counts
    expect(figures('全村共有贫困户 35\t户，脱贫人口 120\t人')).toEqual(['35', '120'])
    expect(figures('新增就业 48\t人\n投资 3.5\t亿元。')).toEqual(['48', '3.5'])
    // the next cell's name opens with a measure word: 双宝…, 个体…
    expect(figures('8\t双宝塑胶制品厂\t施文革\n9\t个体工商户联合会\t林金水\n')).toEqual([])
  })

  it('should not read the first character of a name padded to its column as the unit of a row number (1⇥张  伟)', () => {
    // AH004: a name of two characters padded with blanks inside its cell, whose surname 张 is a measure word
    expect(figures('序号\t姓  名\t单位\n1\t张  伟\t茶香村\n2\t张　伟\t茶香村\n')).toEqual([])
    // the unit standing alone before the next cell, a line break or a number stays a figure's
    expect(figures('发放慰问卡 35\t张\t120\t人\n印制 60\t张  \n')).toEqual(['35', '120', '60'])
  })

  it('should bound a number at 12 digits and read its decimals, thousands separators and range to their end', () => {
    expect(figures('共123456789012人')).toEqual(['123456789012'])
    expect(figures('共1234567890123人')).toEqual([])
    expect(figures('面积3.5平方公里')).toEqual(['3.5'])
    expect(figures('面积３．５公顷')).toEqual(['３．５'])
    expect(figures('2022.5年')).toEqual(['2022.5'])
    expect(figures('10,000元')).toEqual(['10,000'])
    // A separator that is not one (1,234,5678), a number after a point or a comma, a point without decimals.
    for (const decoy of ['共 1,234,5678 人', '12,34人', '0.5,6人', '.5人', '3. 人']) expect(figures(decoy), decoy).toEqual([])
    expect(figures('3 - 5 人')).toEqual(['3 - 5'])
    expect(figures('3～ 5户')).toEqual(['3～ 5'])
    // Four spaces are more than a range allows: the second number stands alone.
    expect(figures('3    -5人')).toEqual(['5'])
    expect(figures('4.到5个')).toEqual(['5'])
    expect(figures('排名第 3 名')).toEqual(['3'])
  })

  it('should find nothing in adversarial runs of digits, ordinals and modifiers', () => {
    const digits = '1'.repeat(200_000)
    const ordinals = '第'.repeat(200_000)
    const mixed = '1,'.repeat(100_000) + '余'.repeat(100_000) + '一'.repeat(100_000)
    for (const text of [digits, ordinals, mixed]) expect(detectFigures(makeContext(text))).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {detectContacts} from '../lib/detect/detect-contacts.js'
import {makeContext, readSeed} from './make-context.js'

function contacts(text: string): string[] {
  return detectContacts(makeContext(text)).map((found) => `${found.rule}:${text.slice(found.start, found.end)}`)
}

describe('detectContacts', () => {
  it('should find mobile phones, with or without separators', () => {
    expect(contacts('联系人电话13812345678。')).toEqual(['mobile-phone:13812345678'])
    expect(contacts('电话：138-1234-5678，')).toEqual(['mobile-phone:138-1234-5678'])
    expect(contacts('手机 +86 139 0000 1111')).toEqual(['mobile-phone:+86 139 0000 1111'])
    // set apart by full-width or long dashes, as an input method types them
    expect(contacts('手机：138—1234—5678，138－1234－5678')).toEqual(['mobile-phone:138—1234—5678', 'mobile-phone:138－1234－5678'])
  })

  it('should find landlines with area code and extension', () => {
    expect(contacts('电话0831-5621234')).toEqual(['landline:0831-5621234'])
    expect(contacts('电话（0831）5621234转801')).toEqual(['landline:（0831）5621234转801'])
    expect(contacts('咨询010-68345678。')).toEqual(['landline:010-68345678'])
    // the local number in two groups set apart by a blank or a dash
    expect(contacts('电话：0831 262 2157，（0831）262-2157，010-6834-5678')).toEqual([
      'landline:0831 262 2157',
      'landline:（0831）262-2157',
      'landline:010-6834-5678'
    ])
    // a year range and a count, a group of five, no area code: no landline
    for (const decoy of ['1998-2023 2024年', '0831-262 21578', '第1 2345号', '2023—2025 1234']) expect(contacts(decoy), decoy).toEqual([])
    // Made-up local numbers starting with 1 (templates, samples) are still numbers to mask.
    expect(contacts('联系电话：0831-1234567、0831-12345678')).toEqual(['landline:0831-1234567', 'landline:0831-12345678'])
  })

  it('should find resident IDs only when the check digit is valid', () => {
    expect(contacts('身份证号11010519491231002X，')).toEqual(['resident-id:11010519491231002X'])
    expect(contacts('身份证号511521198503120044')).toEqual(['resident-id:511521198503120044'])
    expect(contacts('档案编号511521198503120045')).toEqual([])
  })

  it('should find a resident ID with its middle starred out, whole, but no other run of digits and stars', () => {
    expect(contacts('冉启华  500242197803****1215  保障人口3人')).toEqual(['starred-id-number:500242197803****1215'])
    expect(contacts('身份证号610528********2417，种植面积15.3亩')).toEqual(['starred-id-number:610528********2417'])
    expect(contacts('身份证号6105281990********')).toEqual(['starred-id-number:6105281990********'])
    // too few digits to name a county, stars in two runs, a phone with its middle starred, a short starred amount
    expect(contacts('51**************12，5002**1978****1215，138****5678，合计100000****')).toEqual([])
  })

  it('should find credit codes only when the check character is valid', () => {
    expect(contacts('统一社会信用代码：91350100M000100Y43')).toEqual(['credit-code:91350100M000100Y43'])
    expect(contacts('编号：91350100M000100Y44')).toEqual([])
  })

  it('should find labelled IDs, codes and accounts even when their check fails', () => {
    expect(contacts('身份证号：511521198503120045）')).toEqual(['labelled-resident-id:511521198503120045'])
    expect(contacts('统一社会信用代码91350100M000100Y44）')).toEqual(['labelled-credit-code:91350100M000100Y44'])
    expect(contacts('开户账号：3100 0123 4567 89')).toEqual(['labelled-account:3100 0123 4567 89'])
    expect(contacts('身份证号码、银行账号、手机号码等一律作去标识化处理')).toEqual([])
  })

  it('should find bank cards passing Luhn, grouped or not', () => {
    expect(contacts('账号6222021234567890128')).toEqual(['bank-card:6222021234567890128'])
    expect(contacts('卡号 4111 1111 1111 1111 ')).toEqual(['bank-card:4111 1111 1111 1111'])
    expect(contacts('流水号6222021234567890123')).toEqual([])
  })

  it('should find e-mails and URLs without the sentence punctuation after them', () => {
    expect(contacts('邮箱 jazs@163.com。')).toEqual(['email:jazs@163.com'])
    expect(contacts('详见http://www.ruzhou.gov.cn/news/1.html，')).toEqual(['url:http://www.ruzhou.gov.cn/news/1.html'])
    expect(contacts('登录www.chinatax.gov.cn.')).toEqual(['url:www.chinatax.gov.cn'])
  })

  it('should find bare domains, landlines written with a space and labelled postcodes', () => {
    expect(contacts('网址：ruzhou.gov.cn，')).toEqual(['domain:ruzhou.gov.cn'])
    expect(contacts('电话：0831 5621234')).toEqual(['landline:0831 5621234'])
    expect(contacts('邮编：644200')).toEqual(['labelled-postcode:644200'])
    expect(contacts('Node.js 与 3.5 版本')).toEqual([])
  })

  it('should find numbers whatever separates their groups', () => {
    expect(contacts('热线400－123－4567')).toEqual(['service-number:400－123－4567'])
    expect(contacts('热线400 123 4567')).toEqual(['service-number:400 123 4567'])
    expect(contacts('手机139-0000-1111')).toEqual(['mobile-phone:139-0000-1111'])
    expect(contacts('电话0831—5621234')).toEqual(['landline:0831—5621234'])
    expect(contacts('电话（0831） 5621234')).toEqual(['landline:（0831） 5621234'])
    expect(contacts('电话（0831）56212345678')).toEqual([])
  })

  it('should find a labelled credit code in capitals alone and an account number written digit by digit', () => {
    expect(contacts('信用代码：ABCDEFGHJKLMNPQRTU')).toEqual(['labelled-credit-code:ABCDEFGHJKLMNPQRTU'])
    expect(contacts('账号 1 2 3 4 5 6 7 8 9 0')).toEqual(['labelled-account:1 2 3 4 5 6 7 8 9 0'])
  })

  it('should find identifiers whose label, area code or prefix opens the text, however long', () => {
    expect(contacts('公民身份号码：  511521198503120045')).toEqual(['labelled-resident-id:511521198503120045'])
    expect(contacts('（0831） 5621234')).toEqual(['landline:（0831） 5621234'])
    expect(contacts('邮政编码：  644200')).toEqual(['labelled-postcode:644200'])
    expect(contacts('＋86 13800138000')).toEqual(['mobile-phone:＋86 13800138000'])
    expect(contacts('MA123456ABCDEFGHJ9')).toEqual(['credit-code:MA123456ABCDEFGHJ9'])
    // The longest e-mail local part and the longest domain before its ending, in digits, before any Latin letter.
    const local = '1'.repeat(64)
    expect(contacts(`${local}@qq.com`)).toEqual([`email:${local}@qq.com`])
    const domain = `${Array.from({length: 5}, () => '1'.repeat(63)).join('.')}.cn`
    expect(contacts(domain)).toEqual([`domain:${domain}`])
  })

  it('should find a resident ID a line wrap cut in two, whole, but no two numbers whose check fails', () => {
    // each side of the break is masked, and the break stays
    expect(contacts('驾驶人彭德全（身份证号：5115231985031427\n21）被依法处以罚款')).toEqual(['resident-id-wrapped:5115231985031427', 'resident-id-wrapped:21'])
    expect(contacts('编号：123456789\n1234567890号，电话：51152319850\n3142722')).toEqual([])
  })

  it('should find a mobile number a line wrap cut in two after its label, but not a count after a hotline', () => {
    expect(contacts('联系电话：1381234\n5678，地址')).toEqual(['labelled-mobile-wrapped:1381234', 'labelled-mobile-wrapped:5678'])
    expect(contacts('热线电话：12345\n678件，电话：138\n1234567件，手机：1381234\n2023年').filter((found) => found.startsWith('labelled-mobile'))).toEqual([])
  })

  it('should find a landline a line wrap cut in its local number before blanks, but not a complete one before a row', () => {
    expect(contacts('联系电话：0831-262345\n6  手机：')).toEqual(['landline-wrapped:0831-262345', 'landline-wrapped:6'])
    expect(contacts('电话（0857）352184\n6　　　　（共印60份）')).toEqual(['landline-wrapped:（0857）352184', 'landline-wrapped:6'])
    // a complete number before a row's number; a local number of 5 or 9 digits across the break
    expect(contacts('联系电话：0831-2623456\n2 张三 办公室').filter((found) => found.startsWith('landline-wrapped'))).toEqual([])
    expect(contacts('区号0831-262\n23 人，0831-262345\n678 件')).toEqual([])
    // a date or a year opening the next line; too few local digits before the break
    expect(contacts('江安县住建局 0831-262\n2024年3月5日，0831-2623\n456号院')).toEqual([])
    expect(contacts('（0831）2\n1234567')).toEqual([])
  })

  it('should find licence, certificate, registration, QQ and tender numbers after their labels', () => {
    expect(contacts('食品经营许可证编号JY15115230012345，')).toEqual(['labelled-code:JY15115230012345'])
    expect(contacts('药品经营许可证编号：川AA8310123。')).toEqual(['labelled-code:川AA8310123'])
    expect(contacts('营业执照注册号511523000012345')).toEqual(['labelled-code:511523000012345'])
    expect(contacts('执业证书编号为 110510000012345；')).toEqual(['labelled-code:110510000012345'])
    expect(contacts('项目编号：JAX2023-CG-015，合同编号HT-2023-0012。')).toEqual([
      'labelled-code:JAX2023-CG-015',
      'labelled-code:HT-2023-0012'
    ])
    expect(contacts('QQ群号：623456789')).toEqual(['labelled-code:623456789'])
    // the label in full (review 2, finding 8), and the label with no number after it stays
    expect(contacts('居民QQ群号码：987654321')).toEqual(['labelled-code:987654321'])
    expect(contacts('扫码加入QQ群号码查询')).toEqual([])
    expect(contacts('QQ 123456789')).toEqual(['labelled-code:123456789'])
    expect(contacts('QQ号：12345')).toEqual(['labelled-code:12345'])
    expect(contacts('《药品经营许可证》（证号：鲁AA5390217），（编号：黑CA4510098）')).toEqual(['labelled-code:鲁AA5390217', 'labelled-code:黑CA4510098'])
    expect(contacts('工号：HB2019-0356　姓名')).toEqual(['labelled-code:HB2019-0356'])
    expect(contacts('取得食品经营许可证：JY15115230012345。')).toEqual(['labelled-code:JY15115230012345'])
    // a bare 编号 in the brackets after the licence's name labels its number, over a PDF's line break too (AI114)
    expect(contacts('乡情奶茶店食品经营许可证（编号：\nJY11502030045678）已过\n有效期')).toEqual(['labelled-code:JY11502030045678'])
    expect(contacts('营业执照（编号：92150203MA0N123456）、《药品经营许可证》（编号：AA5390217）')).toEqual([
      'labelled-code:92150203MA0N123456',
      'labelled-code:AA5390217'
    ])
    // elsewhere a bare 编号 numbers files and booths; in the brackets a year or a short serial is no licence's number
    for (const decoy of ['档案（编号：511521198503120045）', '许可证（编号：2023年第3号）', '许可证（编号：第12号）', '展位（编号：A12345）'])
      expect(contacts(decoy), decoy).toEqual([])
    // a case an enforcement office registered, not a court's case number (a document number) nor a short serial
    expect(contacts('并将案件移送公安机关，案件编号HY2023B0078。')).toEqual(['labelled-code:HY2023B0078'])
    expect(contacts('案件编号为3的卷宗，案号（2023）川0105民初1234号')).toEqual([])
  })

  it('should find a licence numbered with its province in brackets, its kind and its year, not a document number', () => {
    expect(contacts('（农作物种子生产经营许可证：A(甘)农种许字(2021)第0011号）')).toEqual(['bracketed-licence:A(甘)农种许字(2021)第0011号'])
    expect(contacts('安全生产许可证编号（鄂）JZ安许证字〔2019〕001234，')).toEqual(['bracketed-licence:（鄂）JZ安许证字〔2019〕001234'])
    // whole, or not at all: no piece of a longer code
    expect(contacts('（鄂）JZ安许证字〔2019〕0012345678号')).toEqual(['bracketed-licence:（鄂）JZ安许证字〔2019〕0012345678号'])
    expect(contacts('证号ABCD(甘)农种许字(2021)第0011号').some((found) => found.endsWith(':A'))).toBe(false)
    // a decision's or a document's number: no 字 or 证 after 许, no province in brackets
    expect(contacts('依据（京）许可〔2021〕12号决定，根据《关于印发方案的通知》（甘政发〔2021〕12号）')).toEqual([])
    // a count after a licence's name is none
    expect(contacts('全年核发食品经营许可证12058张')).toEqual([])
    // but a code with letters is one before any word (许可证号SC…期间)
    expect(contacts('许可证号SC10635010200345期间，许可证编号：JY14101050012345年检')).toEqual(['labelled-code:SC10635010200345', 'labelled-code:JY14101050012345'])
  })

  it('should find every code listed under one label, and no code after a label of another list', () => {
    expect(contacts('（执法证号：51150319013、51150319027、51150319031），审核人')).toEqual([
      'labelled-code:51150319013',
      'labelled-code:51150319027',
      'labelled-code:51150319031'
    ])
    expect(contacts('执法人员2人、检查企业12345家')).toEqual([])
    expect(contacts('证号：51150319013，检查企业、门店12345家')).toEqual(['labelled-code:51150319013'])
  })

  it("should find vessels' registration names where a quote, 号, 轮 or 船 follows them, not freight or fish counts", () => {
    expect(contacts('停靠宿迁港的“苏宿迁货2378”轮，查获“琼儋州渔12088”号渔船，检查鲁蓬渔养60218养殖船')).toEqual([
      'vessel-name:苏宿迁货2378',
      'vessel-name:琼儋州渔12088',
      'vessel-name:鲁蓬渔养60218'
    ])
    expect(contacts('全县渔船120艘，苏州货运2000吨，江苏货物3000件，投放鱼苗3000尾，在京东货1000号仓库')).toEqual([])
  })

  it('should find codes in a table\'s column whose header is their label, and no other cell', () => {
    // the header is the table's, not a caption or prose above it that holds a digit
    expect(contacts('附表1  2023年许可证核发情况\n序号  许可类别  许可证编号\n1  食品经营  JY13501020012345\n2  食品生产  SC10635010200345\n')).toEqual([
      'code-in-labelled-column:JY13501020012345',
      'code-in-labelled-column:SC10635010200345'
    ])
    expect(contacts('全年共核发许可证 2 张 具体如下：\n序号\t许可类别\t许可证编号\n1\t食品经营\tJY13501020012345')).toEqual(['code-in-labelled-column:JY13501020012345'])
    // a digit elsewhere in the header, or a year in the column's cell, does not make it a row
    expect(contacts('序号\t企业名称\t许可证编号\t备注1\n1\t某公司\tJY13501020012345\t无')).toEqual(['code-in-labelled-column:JY13501020012345'])
    expect(contacts('序号  企业名称  2023年许可证编号\n1  某公司  JY13501020012345')).toEqual(['code-in-labelled-column:JY13501020012345'])
    const clinics = '诊所名称  负责人  执业许可证号\n汉台区杏林诊所  周红梅  PDY61070202-0213\n城关镇康宁诊所\t李建\tPDY61070202-0178'
    expect(contacts(clinics)).toEqual(['code-in-labelled-column:PDY61070202-0213', 'code-in-labelled-column:PDY61070202-0178'])
    expect(contacts('| 企业 | 许可证编号 |\n|---|---|\n| 某公司 | JY13501020012345 |')).toEqual(['code-in-labelled-column:JY13501020012345'])
    // a column of counts, a code under another header, a label in prose
    expect(contacts('单位  检查次数  许可证号\n某超市  20231  无')).toEqual([])
    expect(contacts('单位  备注\n某超市  JY13501020012345')).toEqual([])
    expect(contacts('已核发许可证号段  JY135010')).toEqual([])
  })

  it('should find WeChat IDs and local numbers without an area code after their labels', () => {
    expect(contacts('微信号：jaxwjj2023。')).toEqual(['labelled-wechat:jaxwjj2023'])
    expect(contacts('添加联系人微信（xnnm_2023）报名')).toEqual(['labelled-wechat:xnnm_2023'])
    expect(contacts('添加微信（WeChat）公众号，关注微信（weixin）')).toEqual([])
    expect(contacts('欢迎关注“美丽乌镇”微信公众号（ID：mlwz2018），公众号：qfyl_2023')).toEqual(['labelled-wechat:mlwz2018', 'labelled-wechat:qfyl_2023'])
    expect(contacts('关注公众号（Official Account）、公众号（Official）、微信公众号（Public Account）和微信（WeChat）')).toEqual([])
    expect(contacts('关注微信公众号（APP端同步更新）')).toEqual([])
    expect(contacts('微信号：jaxwjj2023 QQ：123456789')).toEqual(['labelled-wechat:jaxwjj2023', 'labelled-code:123456789'])
    expect(contacts('举报电话：5362198，传真：82365120。')).toEqual([
      'labelled-local-number:5362198',
      'labelled-local-number:82365120'
    ])
  })

  it('should find a WeChat ID in a column headed by its label, and no word in another column', () => {
    const studios = '工作室\t负责人\t微信号\n“暖心”调解室\t柏玉珍\tnuanxin_tj2022\n“老金”说事点\t金德福\tjdf13906'
    expect(contacts(studios)).toEqual(['wechat-in-labelled-column:nuanxin_tj2022', 'wechat-in-labelled-column:jdf13906'])
    expect(contacts('序号  单位  联系微信\n1  某社区  abc_123456')).toEqual(['wechat-in-labelled-column:abc_123456'])
    // a gloss of the label, a Latin word under another header, a short word under the label
    expect(contacts('序号\t单位\t微信号\n1\t某社区\twechat\n2\t某社区\tabc')).toEqual([])
    expect(contacts('序号\t姓名\t备注\n1\t张三\tabcdefg')).toEqual([])
  })

  it('should find an e-mail address a line break cut, and no word on the next line', () => {
    expect(contacts('邮箱：chxljd\n2023@163.com')).toEqual(['email-wrapped:chxljd', 'email-wrapped:2023@163.com'])
    expect(contacts('邮箱：chxljd2023@\n163.com')).toEqual(['email-wrapped:chxljd2023@', 'email-wrapped:163.com'])
    expect(contacts('邮箱：chxljd2023@163.\ncom，电话')).toEqual(['email-wrapped:chxljd2023@163.', 'email-wrapped:com'])
    expect(contacts('邮箱：chxljd2023＠163.com')).toEqual(['email:chxljd2023＠163.com'])
    // whole on its line, then a label or a year on the next
    expect(contacts('发送邮件至abc@163.com\nQQ群')).toEqual(['email:abc@163.com'])
    expect(contacts('发送邮件至abc@163.com\n2023年')).toEqual(['email:abc@163.com'])
  })

  it('should read a break in the local part of an address only where an address may open before it', () => {
    // a year or a version that ends the line before a whole address
    expect(contacts('数据截至2023\nabc@163.com为联系邮箱')).toEqual(['email:abc@163.com'])
    expect(contacts('版本V2.0\nadmin@abc.gov.cn')).toEqual(['email:admin@abc.gov.cn'])
    // after a blank, a mark or a bracket, a year or a version is still none of the address (review 1, finding 11)
    expect(contacts('截至 2023\nabc@163.com')).toEqual(['email:abc@163.com'])
    expect(contacts('版本：V2.0\nadmin@abc.gov.cn')).toEqual(['email:admin@abc.gov.cn'])
    expect(contacts('（2023\nabc@163.com）')).toEqual(['email:abc@163.com'])
    expect(contacts('版本 3.1.2\nadmin@abc.gov.cn')).toEqual(['email:admin@abc.gov.cn'])
    // after a label, a blank or the line's start
    expect(contacts('邮箱chxljd\n2023@163.com')).toEqual(['email-wrapped:chxljd', 'email-wrapped:2023@163.com'])
    expect(contacts('电子信箱 chxljd\n2023@163.com')).toEqual(['email-wrapped:chxljd', 'email-wrapped:2023@163.com'])
    expect(contacts('chxljd\n2023@163.com')).toEqual(['email-wrapped:chxljd', 'email-wrapped:2023@163.com'])
  })

  it('should find IDs spaced in their parts, codes after 为, in brackets, QQ groups and stock codes', () => {
    expect(contacts('身份证号码：450103 19850101 1237')).toEqual(['labelled-resident-id:450103 19850101 1237'])
    expect(contacts('当事人身份证号码 110105 19491231 002X，')).toEqual(['resident-id:110105 19491231 002X'])
    expect(contacts('该社会组织统一社会信用代码为52450103MJ1234567X。')).toEqual(['labelled-credit-code:52450103MJ1234567X'])
    expect(contacts('居民议事QQ群（583920145）、QQ群：123456789')).toEqual(['labelled-code:583920145', 'labelled-code:123456789'])
    expect(contacts('该公司（股票代码：600519）、证券代码为300750')).toEqual(['labelled-code:600519', 'labelled-code:300750'])
    // a year, an edition or a copy in brackets after a label; spaced numbers that are no ID
    for (const decoy of ['许可证（2023年版）', '营业执照号（副本）', '许可证（2023）', '共 450103 19850101 1237 元']) expect(contacts(decoy), decoy).toEqual([])
  })

  it('should find the local numbers listed after a phone under its label, not counts or years after one', () => {
    expect(contacts('值班电话：0898-65312870、65312871、65312872')).toEqual([
      'landline:0898-65312870',
      'listed-local-number:65312871',
      'listed-local-number:65312872'
    ])
    expect(contacts('联系电话：65312870/65312871（夜间）')).toEqual(['labelled-local-number:65312870', 'listed-local-number:65312871'])
    expect(contacts('电话：0898-65312870、2023年')).toEqual(['landline:0898-65312870'])
    // after a comma, and after a short service number the label lists first
    expect(contacts('值班电话：0898-65312870，65312871。')).toEqual(['landline:0898-65312870', 'listed-local-number:65312871'])
    expect(contacts('电话：12345、5312871')).toEqual(['listed-local-number:5312871'])
    // a count or a year after the comma
    expect(contacts('电话：0898-65312870，2023年')).toEqual(['landline:0898-65312870'])
    for (const decoy of ['举报电话：12345，2680000人次', '服务热线12345，1234567件']) expect(contacts(decoy), decoy).toEqual([])
    expect(contacts('热线电话：5362198、1862100件')).toEqual(['labelled-local-number:5362198'])
    expect(contacts('电话：0898-65312870，全年受理1862100、处理1862000')).toEqual(['landline:0898-65312870'])
  })

  it('should leave labels followed by short serials, words or counts alone', () => {
    const decoys = [
      '编号为3的展板',
      '证书编号A-12',
      '许可证号码为空',
      '微信公众号“江安发布”',
      '微信：扫码关注',
      '全年热线1862100件，电话咨询3256次',
      '监督电话：12345',
      '服务热线12345转3',
      '项目编号：第2023-3号',
      '编号：2023-00123',
      '记账凭证号：20230512',
      '展位编号：A12345'
    ]
    for (const decoy of decoys) expect(contacts(decoy), decoy).toEqual([])
  })

  it('should find licence plates, new-energy ones included', () => {
    expect(contacts('车牌川Q·12345的车辆')).toEqual(['licence-plate:川Q·12345'])
    expect(contacts('豫D12345')).toEqual(['licence-plate:豫D12345'])
    expect(contacts('粤B·D12345')).toEqual(['licence-plate:粤B·D12345'])
    // six characters behind the plate's middle dot, in a table's cell (AL087)
    expect(contacts('车牌号\t车主\t违法行为\n粤B·6F3K91\t梁某\t闯红灯\n粤S·Q8827\t何晓东\t酒后驾驶')).toEqual([
      'licence-plate:粤B·6F3K91',
      'licence-plate:粤S·Q8827'
    ])
    // without the dot six characters are no plate's; behind it, seven, or letters with fewer than three digits
    for (const decoy of ['粤B6F3K91', '粤B·6F3K912', '川A·ABCD12']) expect(contacts(decoy), decoy).toEqual([])
  })

  it('should find nothing in the seeds, which carry no contacts', () => {
    for (const seed of ['000', '001', '002', '003', '004']) expect(contacts(readSeed(seed)), seed).toEqual([])
  })

  it('should leave figures, years, hotlines and document numbers alone', () => {
    for (const decoy of ['49138人', '2022年', '12345热线', '汝政发〔2020〕12号', '5G', '1+N', '20202020年年77月月77日日', '12000余户次']) {
      expect(contacts(decoy), decoy).toEqual([])
    }
  })

  it('should find nothing in a megabyte-scale run of digits', () => {
    expect(contacts('1'.repeat(300_000))).toEqual([])
    expect(contacts('a@'.repeat(100_000))).toEqual([])
  })
})

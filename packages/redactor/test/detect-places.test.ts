import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Detection} from '../lib/detection.js'
import {redact} from '../index.js'
import {readLexicon} from '../lib/read-lexicon.js'
import {detectPlaces} from '../lib/detect/detect-places.js'
import {expectDetectionContract, reportText} from './detector-contract.js'
import {makeContext, readSeed} from './make-context.js'

function places(text: string): Detection[] {
  return detectPlaces(makeContext(text))
}

/** The places found in `text`, each with its rule (王庄村/gazetteer-village). */
function found(text: string): string[] {
  return places(text).map((place) => `${text.slice(place.start, place.end)}/${place.rule}`)
}

/** The distinct strings found, in order of first occurrence. */
function names(text: string): string[] {
  return [...new Set(places(text).map((found) => text.slice(found.start, found.end)))]
}

describe('detectPlaces', () => {
  it('should find every place of seed 004: full names, short forms, communities under 汝州市', () => {
    const text = readSeed('004')
    const found = new Set(names(text))
    for (const expected of ['河南省', '河南', '汝州市', '汝州', '平顶山市', '江安县', '江安', '西西社区', '塔寺社区', '南关社区', '汝瓷']) {
      expect(found, expected).toContain(expected)
    }
    // 江安市民中心: the document names 江安县, so 江安 here is the county
    const hub = text.indexOf('江安市民中心')
    expect(places(text).some((item) => item.start === hub && item.end === hub + 2 && item.confidence >= 0.5)).toBe(true)
  })

  it('should keep the generic suffix of full names and communities', () => {
    const text = '国家税务总局江安县税务局、凉山彝族自治州和西西社区。汝州市下辖钟楼街道。'
    const bySurface = new Map(places(text).map((item) => [text.slice(item.start, item.end), item.suffixLength]))
    expect(bySurface.get('江安县')).toBe(1)
    expect(bySurface.get('凉山彝族自治州')).toBe(5)
    expect(bySurface.get('钟楼街道')).toBe(2)
    expect(bySurface.get('西西社区')).toBe(2)
  })

  it('should find the province short form of seeds 000 and 003 and nothing else in seeds 000–003', () => {
    expect(names(readSeed('000'))).toEqual(['河南'])
    expect(names(readSeed('003'))).toEqual(['河南'])
    expect(names(readSeed('001'))).toEqual([])
    expect(names(readSeed('002'))).toEqual([])
  })

  it('should find towns, streets, former divisions and villages under a named town', () => {
    expect(names('朱家角镇人民政府组织开展活动')).toEqual(['朱家角镇'])
    expect(names('嘉定区江桥街道开展志愿服务')).toEqual(['嘉定区', '江桥街道'])
    expect(names('原崇文区和襄樊市的档案')).toEqual(['崇文区', '襄樊市'])
    const former = places('原崇文区')[0]
    expect(former?.rule).toBe('gazetteer-former')
  })

  it('should count a village only under a town or county the document names', () => {
    const text = '汝州市钟楼街道的西西社区和南关社区'
    expect(names(text)).toEqual(['汝州市', '钟楼街道', '西西社区', '南关社区'])
    expect(places(text).filter((item) => item.rule === 'gazetteer-village')).toHaveLength(2)
    // without 汝州市 they are only names before a suffix, with less confidence
    const alone = places('西西社区和南关社区')
    expect(alone.map((item) => item.rule)).toEqual(['suffix-name', 'suffix-name'])
    expect(alone.every((item) => item.confidence < 0.9)).toBe(true)
    expect(names('建设村和发展村')).toEqual([])
  })

  it('should accept a short form only when the document names the division or context makes it a place', () => {
    expect(names('汝州持续完善创建机制')).toEqual([])
    expect(names('汝州市委召开会议，汝州持续完善创建机制')).toEqual(['汝州市', '汝州'])
    expect(names('江安人民踊跃参与')).toEqual(['江安'])
    // the city above a named county, and a county under a named city
    expect(places('江安县地处宜宾东部').map((item) => item.rule)).toEqual(['gazetteer-county', 'short-form-child'])
    expect(places('宜宾市下辖江安等县').map((item) => item.rule)).toEqual(['gazetteer-city', 'short-form-parent'])
    expect(names('文明河南我先行')).toEqual(['河南'])
    expect(names('《河南日报》等媒体报道')).toEqual(['河南'])
  })

  it('should read the short forms of a list its count and level close, and a short form going on from the division that holds it', () => {
    expect(found('从一季度情况看，沭阳、泗洪两县增速领先')).toEqual(['沭阳/short-form-counted', '泗洪/short-form-counted'])
    expect(names('沭阳、泗洪、泗阳3个县，五河等县')).toEqual(['沭阳', '泗洪', '泗阳', '五河'])
    // The level must be the division's own (no 沪市), and a name counted as two is no list
    expect(names('沪深两市成交额回升，省、市、县三级联动，泗洪两县')).toEqual([])
    // A level that opens a word closes no list (区域, 市场, 区块: the review's decoys)
    expect(names('城东、城西等区域统筹推进，开拓永安、太平等市场，新华、和平等区域，东风、胜利两区块')).toEqual([])
    // The other items must be divisions of that level too: 发展区 is none, so 和平 (和平区 of 天津) is not counted
    expect(names('推进和平、发展两区建设，统筹发展、和平两区')).toEqual([])
    expect(names('南开、和平两区，和平、河西等区')).toEqual(['南开', '和平', '河西'])
    // A list of divisions of two kinds closes with both levels (阿荣旗, 扎兰屯市); not where they open a word
    expect(found('阿荣、扎兰屯等旗市')).toEqual(['阿荣/short-form-counted', '扎兰屯/short-form-counted'])
    expect(names('沭阳、泗洪等县市场，推进和平、发展等区县建设')).toEqual(['沭阳', '泗洪'])
    // A short form vouches for those under it as a full name does (延边 for 珲春), and an address goes on from a
    // division to one it holds (浙江 → 湖州 → 长兴)
    expect(found('延边要发挥沿边开放优势，珲春要在跨境电商上走在前列')).toEqual(['延边/short-form-city', '珲春/short-form-parent'])
    // and vouches for no more than it is worth: a city's short form (0.7) makes its county no surer than itself
    expect(places('延边要发挥沿边开放优势，珲春要在跨境电商上走在前列').map((place) => place.confidence)).toEqual([0.7, 0.7])
    expect(places('吉林省延边州，珲春要在跨境电商上走在前列').find((place) => place.rule === 'short-form-parent')?.confidence).toBe(0.75)
    expect(names('汉族，1981年7月生，浙江长兴人，大学学历')).toEqual(['浙江', '长兴'])
    expect(names('浙江大学与四川和平发展研究院合作，浙江平安建设')).toEqual(['浙江', '四川'])
  })

  it('should find a prefecture-level city named only by its short form where it stands as a word, or as a place where it is a word of prose', () => {
    expect(names('在成都、重庆举办文旅推介会，赴广州、深圳学习考察')).toEqual(['成都', '重庆', '广州', '深圳'])
    expect(places('在成都举办推介会').map((found) => found.rule)).toEqual(['short-form-city'])
    // jieba tags these as anything but a place (石家庄/nr, 合肥/n, 大连/d)
    expect(names('在石家庄召开会议，他去了银川，成交供应商为大连金海湾物业服务有限公司')).toEqual(['石家庄', '银川', '大连'])
    expect(names('两地做法大同小异，形成长治久安的局面，开封仪式，日照充足，来宾签到')).toEqual([])
    // Before a level a city's name names a place of its own, which other rules read; not before a word that opens
    // with a level's character
    expect(places('金华社区').map((found) => found.rule)).not.toContain('short-form-city')
    expect(names('漫步合肥街头，感受石家庄乡亲')).toEqual(['合肥', '石家庄'])
  })

  it('should mask town short forms listed together under a named county, and the items of a list of places closed by its level', () => {
    // Alone, a town's short form under a named county is doubtful (0.45, a warning); listed with another, it is sure.
    const listed = places('汝州市教育局为蟒川、庙下、陵头等镇的学校更新课桌椅，新增杨楼、大峪两个教学点。在温泉召开会议。')
    expect(listed.filter((found) => found.confidence >= 0.5).map((found) => found.rule)).toEqual(['gazetteer-county', 'short-form-listed', 'short-form-listed', 'short-form-listed', 'short-form-listed', 'short-form-listed'])
    // An item no gazetteer lists counts beside a place found in the same list (新城 is no town of 汝州市).
    expect(names('汝州市推动寄料镇、新城等镇薄弱学校与城区学校结对')).toEqual(['汝州市', '寄料镇', '新城'])
    // no surer than that place: beside a doubtful town (温泉, 0.45) it is a warning too
    expect(places('汝州市教育局在温泉、新城等镇调研').map((place) => `${place.rule}/${place.confidence}`)).toEqual(['gazetteer-county/0.95', 'short-form-town/0.45', 'listed-place/0.45'])
    expect(names('汝州市推动道路、桥梁等村级基础设施建设')).toEqual(['汝州市'])
    // A count closes a list as 等 does (寄料镇、新城、温泉3个镇; 温泉 alone is a doubtful town)
    expect(names('汝州市推动寄料镇、新城、温泉3个镇薄弱学校与城区学校结对')).toEqual(['汝州市', '寄料镇', '新城', '温泉'])
    expect(names('汝州市在城区12个社区开展试点')).toEqual(['汝州市'])
    // An item the document names as a place elsewhere counts, and a word that opens the list (辖) bounds the first
    expect(names('汝州市钟楼街道辖西西、东东、南南3个社区。西西社区召开会议')).toEqual(['汝州市', '钟楼街道', '西西', '东东', '南南', '西西社区'])
    expect(places('汝州市钟楼街道辖西西、东东、南南3个社区。西西社区召开会议').find((found) => found.rule === 'listed-place')?.reason).toBe('listed with a place before 3个社区')
  })

  it('should read the items of a list as places where a count of a level numbers them all, not kinds of place', () => {
    expect(names('在额日和图、好力宝图两个嘎查实施人工种草')).toEqual(['额日和图', '好力宝图'])
    expect(places('帮扶上窑洞、下窑洞两个社区的126户群众').map((found) => found.reason)).toEqual(['one of as many places as 两个社区', 'one of as many places as 两个社区'])
    expect(names('推动大河、小河、石桥3个村联建')).toEqual(['大河', '小河', '石桥'])
    // A village's groups (社, 组, 屯) close a list too, the level glued to what follows by jieba's guess (社的/x)
    expect(names('村自来水入户工程完工，上窑洞、下窑洞两个社的126户群众')).toEqual(['上窑洞', '下窑洞'])
    // and 屯, the hamlets of Guangxi
    expect(names('推动弄排、伏台两个屯的道路硬化')).toEqual(['弄排', '伏台'])
    const decoys = [
      // Groups named by words: their members or their work
      '男生、女生两个组的同学',
      '党员、群众两个组',
      '技术、后勤等组',
      '红旗、胜利两个组',
      '成立了两个社会组织',
      // The count numbers fewer items than the list holds
      '推动大河、小河、石桥两个村联建',
      // Kinds of village, and words of prose
      '对贫困、非贫困两个村分类指导',
      '对先进、后进两个村分类指导',
      '全镇重点抓好示范、创建两个村的建设',
      '选取城郊、山区两个村试点',
      '在平原、丘陵两个乡镇开展',
      '统筹城区、郊区两个街道',
      '南片、北片两个社区',
      // hamlets named by directions or words
      '推动上屯、下屯两个屯联建',
      '组织红旗、胜利两个屯的群众'
    ]
    for (const decoy of decoys) expect(names(decoy), decoy).toEqual([])
  })

  it('should mask a town short form alone under a named county where it is no dictionary word, and only warn where it is one', () => {
    const sure = places('汝州市教育局在蟒川召开现场会').filter((found) => found.confidence >= 0.5)
    expect(sure.map((found) => [found.rule, found.confidence])).toEqual([['gazetteer-county', 0.95], ['short-form-unknown', 0.7]])
    // 温泉 (温泉镇 of 汝州市) is also a common word: a warning, not a mask
    expect(places('汝州市教育局在温泉召开现场会').map((found) => [found.rule, found.confidence])).toEqual([['gazetteer-county', 0.95], ['short-form-town', 0.45]])
  })

  it("should take a named town's short form that is an everyday word (玫瑰 of 玫瑰镇) for the town only where a place cue or jieba says so", () => {
    expect(names('平阴县玫瑰镇新建标准化玫瑰种植基地，做强玫瑰主导产业，擦亮中国玫瑰之乡招牌')).toEqual(['平阴县', '玫瑰镇'])
    expect(found('平阴县玫瑰镇新建基地，玫瑰境内河流治理')).toEqual(['平阴县/gazetteer-county', '玫瑰镇/gazetteer-town', '玫瑰/short-form-named'])
    // or where a unit, a road or a feature is named after it (玫瑰中学, 玫瑰路, 玫瑰湖), not 玫瑰花茶
    expect(found('平阴县玫瑰镇新建基地，玫瑰中学，玫瑰路，玫瑰湖，玫瑰花茶').filter((name) => name.endsWith('short-form-named'))).toEqual(['玫瑰/short-form-named', '玫瑰/short-form-named', '玫瑰/short-form-named'])
    // a short form no everyday word is the town wherever the document names it in full (朱家角 of 朱家角镇)
    expect(found('青浦区朱家角镇开展整治，朱家角古镇游客增加')).toContain('朱家角/short-form-named')
  })

  it('should find an autonomous prefecture or county, or an ethnic township, by the name it goes by, and take the generic levels of Inner Mongolia as generic', () => {
    expect(names('恩施州委组织部、长阳县人民政府和伊犁州党委')).toEqual(['恩施州', '长阳县', '伊犁州'])
    expect(names('赫章县河镇乡海雀村、水塘堡乡和松林坡乡')).toEqual(['赫章县', '河镇乡', '海雀村', '水塘堡乡', '松林坡乡'])
    expect(places('伊犁州').map((found) => found.suffixLength)).toEqual([1])
    expect(names('东乌珠穆沁旗组织技术人员深入8个苏木镇、各嘎查村开展巡回诊疗')).toEqual(['东乌珠穆沁旗'])
    // an ethnic township no table lists, right after its county; one a table lists after a city whose 市 jieba reads
    // into a district's short form (市南)
    expect(found('晴隆县三宝彝族乡整乡搬迁安置点')).toEqual(['晴隆县/gazetteer-county', '三宝彝族乡/ethnic-township'])
    expect(places('晴隆县三宝彝族乡').map((found) => found.suffixLength)).toEqual([1, 3])
    expect(names('林芝市米林市南伊珞巴民族乡才召村文化室')).toEqual(['林芝市', '米林市', '南伊珞巴民族乡', '才召村'])
    // an ethnic group alone, or a level that opens a word, names no township
    for (const decoy of ['晴隆县彝族乡亲', '晴隆县苗族乡镇', '全县少数民族乡村振兴', '该县各民族乡镇']) expect(names(decoy).filter((name) => name.endsWith('乡')), decoy).toEqual([])
    // review 3, finding 1: what the county did or has is no township's name (a verb, a usual word jieba tags no name)
    for (const decoy of ['晴隆县共有苗族乡2个', '晴隆县现有彝族乡1个', '晴隆县设立苗族乡', '晴隆县撤销彝族乡', '晴隆县全部民族乡']) expect(found(decoy), decoy).toEqual(['晴隆县/gazetteer-county'])
    // review 3, finding 6: the county ends the line before, where a PDF wrapped the address
    expect(found('晴隆县\n三宝彝族乡')).toEqual(['晴隆县/gazetteer-county', '三宝彝族乡/ethnic-township'])
  })

  it('should find residential estates where a word that follows estates says so, and the estates listed with them', () => {
    const text = '辖区主要小区有凤山花园、锦绣华庭、刺桐雅居等。刺桐雅居2号楼噪音扰民，凤山花园第3网格网格员上门调解'
    expect(names(text)).toEqual(['凤山花园', '锦绣华庭', '刺桐雅居'])
    expect(places('刺桐雅居片区').map((found) => [found.rule, found.suffixLength])).toEqual([['estate', 2]])
    // Estate words are ordinary words as well: nothing says estate here
    expect(names('建设美丽家园，打造花园式单位，幼儿园花园改造，阳光家园、幸福家园建设，共建精神家园')).toEqual([])
  })

  it('should find estates, grids and communities named before a part of theirs (光明社区第3网格, 翡翠湾6栋, 幸福里小区)', () => {
    const found = (text: string) => places(text).map((place) => `${text.slice(place.start, place.end)}/${place.suffixLength}`)
    // a level between name and part: the name is a place's though an everyday word
    expect(found('作为光明社区第3网格的网格员')).toEqual(['光明社区/2'])
    expect(found('1  次  仁  雪新村第三网格  13908951234')).toEqual(['雪新村/1'])
    expect(found('1\t韩冬梅\t荷塘月色小区12栋\t噪音扰民')).toEqual(['荷塘月色小区/2'])
    // no level: a name no dictionary holds, a table's cell whole (翠湖苑, which jieba cuts 翠|湖苑)
    expect(found('主任\t郑文斌\t翡翠湾6栋\n副主任\t蒋丽\t翡翠湾11栋')).toEqual(['翡翠湾/0', '翡翠湾/0'])
    expect(found('1\t翠湖苑网格\t钟丽华\n2\t桂花巷网格\t彭志勇')).toEqual(['翠湖苑/0', '桂花巷/0'])
    expect(found('家住幸福里小区的李阿姨笑着说')).toEqual(['幸福里小区/2'])
    // and vouches for the estate listed with it
    expect(found('翡翠湾小区、紫荆花园等6个小区')).toEqual(['翡翠湾小区/2', '紫荆花园/2'])
    // decoys: ways of governing, kinds of grids and estates, counts, determiners, generic words before a level
    const decoys = '推进社区网格化管理，划分为128个网格，社区网格员、专属网格、农村社区网格、每个网格，社区的网格员，城区老旧小区12栋，新建6栋住宅，示范小区、安置小区建设，各小区，本小区，无电梯楼栋7栋，（一）建强网格体系，建强网格管理'
    expect(found(decoys)).toEqual([])
    // a wrapped line's start opens no cell
    expect(found('超过半数。目前已有\n3栋楼完成签字')).toEqual([])
    // review 2, finding 4: a verb before a level names nothing (改造小区5栋, 回迁小区12栋), nor a word jieba reads with its level (城中村)
    for (const decoy of ['今年已完成改造小区5栋。', '回迁小区12栋全部封顶。', '拆迁小区3栋已清零。', '序号\t城中村网格\t负责人']) expect(found(decoy), decoy).toEqual([])
    // review 2, finding 8: a generic word jieba tags as a place names an estate before a level (滨江小区3栋); a counted
    // building (农房3栋) and a verb jieba reads across name and part in a cell (包联网格: 包/v 联网) name none
    expect(found('滨江小区3栋外墙脱落')).toEqual(['滨江小区/2'])
    expect(found('滨湖小区5栋、滨河社区第2网格')).toEqual(['滨湖小区/2', '滨河社区/2'])
    for (const decoy of ['序号\t农房3栋\t负责人', '1\t包联网格\t张三', '城镇小区3栋', '学校校舍2栋', '新建厂房3栋']) expect(found(decoy), decoy).toEqual([])
    // review 3, finding 5: a word for houses is counted whole, not by its last character: a cell's 桂园雅舍 is named
    expect(found('序号\t桂园雅舍6栋\t负责人')).toEqual(['桂园雅舍/0'])
    for (const decoy of ['序号\t廉租房3栋\t负责人', '序号\t公租房2栋\t负责人']) expect(found(decoy), decoy).toEqual([])
  })

  it('should read a village of a named town over a line wrap inside its name or level, the wrap kept with the level', () => {
    const found = (text: string) => places(text).map((place) => `${text.slice(place.start, place.end)}/${place.suffixLength}`)
    expect(found('渝中区解放碑街道较场口社\n区居民多为老年人')).toEqual(['渝中区/1', '解放碑街道/2', '较场口社\n区/3'])
    expect(found('渝中区解放碑街道较场口\n社区居民多为老年人')).toEqual(['渝中区/1', '解放碑街道/2', '较场口\n社区/2'])
    // review 2, finding 9: a PDF's break before an indented line (five blanks)
    expect(found('渝中区解放碑街道较场口社\n    区居民多为老年人')).toEqual(['渝中区/1', '解放碑街道/2', '较场口社\n    区/7'])
    // a blank line ends a paragraph: no name runs on over it
    expect(found('渝中区解放碑街道较场口社\n\n区居民')).toEqual(['渝中区/1', '解放碑街道/2'])
  })

  it('should not take a quoted title (“桑蚕村”), a return to the village (回村) or a town quarter (城西片区) for a place', () => {
    // a word of the dictionaries quoted whole with a level is what the village is known for
    expect(names('是全县有名的“桑蚕村”。全国首批“淘宝村”之一，沙湾村村民')).toEqual(['沙湾村'])
    // review 2, finding 3: a title by a cue before it or by its product; a quoted village named with an everyday word is a name
    expect(names('被评为全国“草莓村”，誉为“网红村”，打造“电商村”')).toEqual([])
    expect(names('记者走进“红旗村”，看到家家户户')).toEqual(['红旗村'])
    expect(names('在“红旗村”召开现场会，我们来到“富裕村”采访，“幸福村”村民')).toEqual(['红旗村', '富裕村', '幸福村'])
    // the cue stands in the quote's clause only
    expect(names('全县有名的种植大户，走进“红旗村”')).toEqual(['红旗村'])
    expect(names('刚回村时，村里没有卫生室')).toEqual([])
    // a quarter by its direction, not the short form of 城西区, which its full name still names
    expect(names('城西片区、城东片区各确定一个示范小区')).toEqual([])
    expect(names('西宁市城西区、城东区')).toEqual(['西宁市', '城西区', '城东区'])
  })

  it('should not take a cadre in charge of a township or a village (县干包乡、乡干包村) for a place', () => {
    // AG087: 包 + a level is the charge, 干 the cadre: no 干包乡, no 干包村
    expect(names('实行“县干包乡、乡干包村、村干包组”责任制')).toEqual([])
    expect(names('包村干部深入田间地头')).toEqual([])
    // a village named before its level with another character is still one
    expect(names('怡乐镇凤歧村、张庄村党员')).toEqual(['怡乐镇', '凤歧村', '张庄村'])
  })

  it('should find city short forms listed next to a place found, where jieba tags them as nouns (赴绵阳、宝鸡、天水)', () => {
    expect(names('组织景区和旅行社赴绵阳、宝鸡、天水等客源城市开展推介')).toEqual(['绵阳', '宝鸡', '天水'])
    expect(names('在成都、大同小异的做法')).toEqual(['成都'])
    expect(names('开展资源、合作、东方等方面研究')).toEqual([])
  })

  it('should find the bare name of a named community before a place cue, though jieba reads it as a word (黄连旧村)', () => {
    expect(names('汝州市钟楼街道西西社区召开会议，对西西旧村片区开展整治')).toContain('西西')
  })

  it('should find a city short form that opens an organisation jieba knows (延安大学), not a word that only starts like one', () => {
    expect(names('毕业于延安大学的年轻医生，考上了南京大学')).toEqual(['延安', '南京'])
    expect(names('长江大学、长安大学、河海大学的专家')).toEqual([])
  })

  it('should find nothing in decoys: ordinary words that are short forms, generic references, national bodies', () => {
    const decoys = '资源 合作 东方 建设 发展 文明 城市 市委 中西部 京津冀 本镇 各村 区政府 国家税务总局 全国 中华人民共和国 长治久安 北京时间'
    expect(places(decoys)).toEqual([])
    expect(places('坚持资源共享、合作共赢，东方红，建设文明城市，市委、区政府、本镇、各村、镇政府、村委会、街道办事处，省、市文明办')).toEqual([])
  })

  it('should find villages and communities no gazetteer lists by their suffix, but not generic ones', () => {
    expect(names('在沙湾村开展活动，张庄村民委员会、李家庄村委会参加')).toEqual(['沙湾村', '张庄村民委员会', '李家庄村委会'])
    const committee = places('张庄村民委员会')[0]
    expect(committee?.suffixLength).toBe(5)
    expect(names('各村、全村、该社区、乡村振兴、城镇化、乡镇、本镇、新农村建设、古镇、村委会、星级文明村、行政村、社区')).toEqual([])
    expect(names('推进美丽乡村建设，深化村容村貌整治，推行村级小微权力清单，吸引青年返乡创业')).toEqual([])
    expect(names('推进城中村改造，整治空心村，扶持薄弱村，整顿软弱涣散村，打造中心村，发展经济强村')).toEqual([])
    // a round number of villages is a count (百名干部进千村, 千企帮千村), a small one may number a village (东三村)
    expect(names('百名干部进千村，千企帮千村，百村示范，东三村')).toEqual(['东三村'])
    expect(names('金华社区服务中心')).toEqual(['金华社区'])
  })

  it('should take a county\'s short form right before one of its towns for the county, whatever jieba reads there', () => {
    expect(names('循化查汗都斯乡的马哈比布经营')).toEqual(['循化', '查汗都斯乡'])
    expect(names('江安留耕镇')).toEqual(['江安', '留耕镇'])
    // not before a town of another division (合作 is 合作市's short form, 留耕镇 is 江安县's), nor apart from its town
    expect(names('合作留耕镇')).toEqual(['留耕镇'])
    expect(names('留耕镇推进合作，循化')).toEqual(['留耕镇'])
  })

  it('should not take a word the gazetteer names a settlement by (牧场 of a Xinjiang town) for that settlement', () => {
    expect(names('额敏县杰勒阿尕什镇召开会议，牧民在牧场放牧')).toEqual(['额敏县', '杰勒阿尕什镇'])
  })

  it('should not read a preposition jieba glues to a town into its name (据安德镇, 赴石门镇)', () => {
    expect(names('据安德镇发达村村委会主任反映，干部赴石门镇学习，给柳湖镇送去物资')).toEqual(['安德镇', '发达村', '石门镇', '柳湖镇'])
  })

  it('should find a real village no named town vouches for where the suffix rules refuse it, but no phrase that holds 村', () => {
    expect(names('会议听取了县文旅局与江秀村两委关于民宿集群规划的汇报')).toEqual(['江秀村'])
    expect(names('图为龙邦村党支部书记向游客介绍')).toEqual(['龙邦村'])
    expect(names('哈萨克族牧民在禾木村开办牧家乐')).toEqual(['禾木村'])
    const decoys = [
      '1.建强村级班子，建强村党组织',
      '加强村级组织建设，完善村规民约，壮大村集体经济，力争村村通客车',
      '组织村干部赴外地学习，扎根村里二十年，评选先进村和美丽村',
      '推进嘎查村集体经济发展，从镇机关和各居村选派业务骨干',
      '朝鲜族村民占多数，全村两户村民，第六村民小组',
      '培养成村里的带头人，发展乡村旅游，创建乡村振兴示范村，行政村全覆盖',
      '城镇化农村人口，城市和农村，中乡村振兴，会同村两委研究',
      '务本村务公开，改善村容村貌，服务本村群众，落实村务监督',
      '驻村第一书记，包村干部，进村入户，村民代表大会'
    ]
    for (const decoy of decoys) expect(names(decoy), decoy).toEqual([])
  })

  it('should find a village named by an everyday word where a body of its own, a meeting held in it or a village listed beside it says so', () => {
    expect(names('在光明村召开现场会')).toEqual(['光明村'])
    expect(names('在“光明村”召开现场会')).toEqual(['光明村'])
    expect(names('光明村党支部书记张三')).toEqual(['光明村'])
    expect(names('高桥镇党委副书记龚某、金鸡村村委会主任彭某某分别予以诫勉谈话')).toEqual(['高桥镇', '金鸡村'])
    expect(names('分别是：团结村、幸福村、新华村、和平村、光明村、红星村、前进村、永丰村。')).toEqual(['团结村', '幸福村', '新华村', '和平村', '光明村', '红星村', '前进村', '永丰村'])
    expect(names('在前进村举行签约仪式')).toEqual(['前进村'])
    // review 3, finding 2: a verb before the name takes the village's body for its object, not the village (加强|光明村党支部);
    // a body that names its 村 again follows a village (前进/v 村|村委会)
    for (const text of ['加强光明村党支部建设', '走访团结村党支部', '帮助光明村党支部解决问题', '联系红星村两委班子成员', '指导红星村两委完成换届', '到前进村村委会']) expect(names(text), text).toHaveLength(1)
    // review 3, finding 4: a list joined by 与, 和 or 及 as by 、; three villages named by everyday words listed together
    expect(names('团结村、胜利村与光明村党支部签订协议')).toEqual(['团结村', '胜利村', '光明村'])
    expect(names('团结村、光明村、前进村')).toEqual(['团结村', '光明村', '前进村'])
    // review 3, finding 3: a title villages are given before a body of such villages' own names none; a category names none
    for (const decoy of ['五星村党支部创建工作推进会', '评选表彰红旗村党支部5个', '富裕村党支部带动后进村发展', '小康村党支部', '集体经济薄弱村党支部、空壳村两委']) expect(names(decoy), decoy).toEqual([])
    expect(names('在红旗村召开现场会')).toEqual(['红旗村'])
    // nothing says a village is meant, or a verb or an adjective takes the village's body for its object
    const decoys = [
      '光明村民宿，光明村的发展，团结村、光明村的发展',
      '推进村党群服务中心建设，巩固拓展村集体经济，健全村委会',
      '大力支持村两委工作，加强村党支部建设，健全村党支部，壮大村两委班子，前进村党支部',
      '先进村党支部、后进村两委、软弱涣散村党组织、示范村党支部、中心村党支部、在贫困村召开'
    ]
    for (const decoy of decoys) expect(names(decoy), decoy).toEqual([])
  })

  it("should not read a town whose level a PDF's line break cuts off from the word it opens (发展乡⏎村), but read the village it ends", () => {
    expect(names('中央一号文件对发展乡\n村特色产业提出了明确要求，对发展乡村旅游也有部署')).toEqual([])
    expect(names('巨鹿县东旧城三村乡\n村医生马成功从医30年')).toEqual(['巨鹿县', '东旧城三村'])
  })

  it('should find a village named right after its town where jieba glues it to the level, a PDF line break and all, but no category of villages', () => {
    expect(names('八所镇北黎村卫生室，潭头镇重渡沟村农家宾馆，草堂镇安坪村脐橙种植户，新街镇阿者科村实施')).toEqual(['八所镇', '北黎村', '潭头镇', '重渡沟村', '草堂镇', '安坪村', '新街镇', '阿者科村'])
    expect(names('金山区廊下镇泖\n甸村，洪雅县止戈镇水秀\n村')).toEqual(['金山区', '廊下镇', '泖\n甸村', '洪雅县', '止戈镇', '水秀\n村'])
    const decoys = '江安镇贫困村，江安镇示范村，江安镇党委书记驻村，江安镇干部包村，江安镇所有村，江安镇农村，江安镇村民，江安镇美丽乡村，江安镇各村，江安镇3个村，江安镇行政村'
    expect(names(decoys).filter((name) => name !== '江安镇')).toEqual([])
  })

  it('should read a village named after its town or county from where the address leaves off, whatever jieba cut or the suffix rule read first', () => {
    // jieba cuts 阿土|列尔村, the suffix rule read 列尔村; the town ends where the village starts
    expect(names('昭觉县支尔莫乡阿土列尔村84户')).toEqual(['昭觉县', '支尔莫乡', '阿土列尔村'])
    // a town written with its other level (宋家沟镇 as 宋家沟乡) is read whole: the village starts after it
    expect(names('岢岚县宋家沟乡长崖子村是个只有23户人的自然村')).toEqual(['岢岚县', '宋家沟乡', '长崖子村'])
    // 向 is a function character, 向阳 an everyday word: a village of China bears the name
    expect(names('西吉县吉强镇向阳村党支部书记')).toEqual(['西吉县', '吉强镇', '向阳村'])
    // the town skipped
    expect(names('婺源县篁岭村“晒秋人家”民宿')).toEqual(['婺源县', '篁岭村'])
    // a village the town lists that the name ends with (大|王庄村), a short form before the level (罕乌拉|嘎查, 蓝田|新村),
    // five characters (阔克铁热克村), a name opening with 小
    expect(names('张庄镇大王庄村卫生室')).toEqual(['张庄镇', '大王庄村'])
    expect(names('阿鲁科尔沁旗巴彦温都尔苏木罕乌拉嘎查举办技能培训班')).toEqual(['阿鲁科尔沁旗', '巴彦温都尔苏木', '罕乌拉嘎查'])
    expect(names('长沙县黄兴镇蓝田新村原村委会主任')).toEqual(['长沙县', '黄兴镇', '蓝田新村'])
    expect(names('吉木乃县托斯特乡阔克铁热克村共有牧户138户')).toEqual(['吉木乃县', '托斯特乡', '阔克铁热克村'])
    expect(names('金平县者米拉祜族乡小翁邓村村民李扎约')).toEqual(['金平县', '者米拉祜族乡', '小翁邓村'])
    // a name whose first word opens a clause is none: the village is read as before (王庄村, not 还有大王庄村)
    expect(names('张庄镇还有大王庄村卫生室')).toEqual(['张庄镇', '王庄村'])
    expect(names('江安镇也有沙湾村的村医，江安镇小学村级联校，江安镇小组')).not.toContain('也有沙湾村')
    // what the town does to a village it lists is no part of the village's name (选派|王庄村): the village is read alone
    for (const verb of ['选派', '整治', '通报', '包联', '派']) expect(found(`张庄镇${verb}王庄村党员参加培训`)).toEqual(['张庄镇/gazetteer-town', '王庄村/gazetteer-village'])
    expect(redact('张庄镇选派王庄村党员参加培训。').text).toBe('*镇选派*村党员参加培训。')
    expect(found('张庄镇小王庄村卫生室')).toEqual(['张庄镇/gazetteer-town', '小王庄村/village-after-town'])
    const decoys = '江安县新农村建设，江安县贫困村，江安县各村，江安县美丽乡村，江安县所有村，江安县3个村，江安县行政村，江安县农村，江安县村民，江安县驻村工作队，江安县向村民宣讲'
    expect(names(decoys).filter((name) => name !== '江安县')).toEqual([])
  })

  it('should find a town named right after its county, by a name or level the gazetteer no longer has, but no kind of town or word its level opens', () => {
    expect(names('景洪市嘎洒镇“热带花园”，围场满族蒙古族自治县御道口乡')).toEqual(['景洪市', '嘎洒镇', '围场满族蒙古族自治县', '御道口乡'])
    const decoys = '江安县重点镇，江安县特色小镇，江安县各乡镇，江安县委乡镇工作，江安县全域旅游示范镇，湄潭县田园牧歌乡村旅游开发有限公司，德阳市最美\n乡村教师，江安县所有乡镇'
    expect(names(decoys).filter((name) => !['江安县', '湄潭县', '德阳市'].includes(name))).toEqual([])
  })

  it('should find a hamlet or group named right after its village (芬香村塘湾组, 里汉村那坡屯, 山口坡村大坡坳)', () => {
    expect(names('地址：零陵区大庆坪乡芬香村塘湾组')).toEqual(['零陵区', '大庆坪乡', '芬香村', '塘湾组'])
    expect(names('梨木镇里汉村那坡屯的群众，平定镇山口坡村大坡坳有7户转移')).toEqual(['梨木镇', '里汉村', '那坡屯', '平定镇', '山口坡村', '大坡坳'])
    // the dictionary's hash says yes to 下屋组 by collision; jieba knows no such word
    expect(names('蜀口村下屋组郑国平、郑国安兄弟')).toEqual(['蜀口村', '下屋组'])
    const decoys = '沙湾村村民小组，沙湾村工作组，沙湾村驻村工作队队长，沙湾村各组，沙湾村3组，沙湾村三组，沙湾村小组，沙湾村大队部，沙湾村党小组，沙湾村专家组'
    expect(names(decoys)).toEqual(['沙湾村'])
  })

  it('should find a town of a county the text names written with its other level (三岔河镇 as 三岔河乡), not where the level runs into a word', () => {
    expect(names('凉山州昭觉县三岔河乡原党委书记、阿图什市松他克乡')).toEqual(['凉山州', '昭觉县', '三岔河乡', '阿图什市', '松他克乡'])
    // no county named, no town; a level that opens a word (三岔河乡村 is the town and its 村民 here, but 幸福乡村 no town)
    expect(names('三岔河乡原党委书记')).toEqual([])
    expect(names('昭觉县推进幸福乡村建设')).toEqual(['昭觉县'])
  })

  it('should find a settlement named by a family and a landform before a level or a feature (潘家沟组, 杨家湾大桥), but no everyday word', () => {
    const found = (text: string) => places(text).map((place) => `${text.slice(place.start, place.end)}/${place.suffixLength}`)
    expect(found('在巡查中，潘家沟组监测员老冉发现房屋后墙开裂')).toEqual(['潘家沟组/1'])
    expect(found('其中杨家湾大桥、韩家岭桥等4座桥梁被评定为四类桥')).toEqual(['杨家湾/0', '韩家岭/0'])
    expect(found('整体搬迁到了宋家沟新村')).toEqual(['宋家沟新村/1'])
    // a common surname's family, though jieba knows 张家, 刘家 as words; not 农家, 安家
    expect(found('张家湾大桥建成通车，刘家坝组村民')).toEqual(['张家湾/0', '刘家坝组/1'])
    expect(found('农家坪组，安家落户，千家万户')).toEqual([])
    // 余 and 万 after a numeral go on the count (100余家, 1万家), a landform and a level after them or not
    expect(found('吸纳30余家沟组农户，全县100余家湾村企业入驻，新增1万家坪村用户')).toEqual([])
    // 万家, a word of prose more often than a family's, is a family's before a landform and a level (万家沟组), not
    // before a feature alone
    expect(found('余家湾组村民，万家沟组')).toEqual(['余家湾组/1', '万家沟组/1'])
    expect(found('温暖万家桥头，万家灯火，惠及万家')).toEqual([])
    // the surname and 家 or 家 and the landform an everyday word, the landform opening one, no level nor feature after
    const decoys = '李家庄园，国家坝区建设，专家组组长，成立专家组，农家坪村，大家庄重承诺，各家各户，全家福，这家桥头店，张家岭说，王家坪上'
    expect(found(decoys)).toEqual([])
    // a level that opens a word with the next character
    expect(found('陈家冲组织人员开展巡查，马家营社会治理成效明显')).toEqual([])
  })

  it('should find the hamlets listed after the first of a village, with its ending, though named by a word (竹子寨)', () => {
    expect(names('花垣县双龙镇十八洞村梨子寨、竹子寨两个自然寨新建游步道')).toEqual(['花垣县', '双龙镇', '十八洞村', '梨子寨', '竹子寨'])
    // not a word that ends so (工作组, 山寨), another ending, or where the village names no first hamlet
    expect(names('沙湾村塘湾组、工作组、小组、专家组')).toEqual(['沙湾村', '塘湾组'])
    expect(names('十八洞村梨子寨、山寨、竹子组')).toEqual(['十八洞村', '梨子寨'])
    expect(names('沙湾村、竹子寨')).toEqual(['沙湾村'])
    // working groups listed after a hamlet are named by their work or members, no hamlets
    expect(names('沙湾村塘湾组、调解组、巡逻组、攻坚组、保洁组、技术组、帮扶组、志愿组、党员组和妇女组')).toEqual(['沙湾村', '塘湾组'])
  })

  it('should find the hamlets of Guangxi and the north-east by 屯, but not the words 屯 ends or opens', () => {
    expect(names('新建弄怀屯、板勒屯文化室，弄怀屯被评为县级示范屯')).toEqual(['弄怀屯', '板勒屯'])
    expect(names('实现“小事不出屯、大事不出村”，硬化屯级道路，推行党小组+屯长+理事会')).toEqual([])
    expect(names('全村辖11个自然屯，班子分片包屯，村屯道路全面硬化，各屯、全屯、本屯群众，屯里屯外，屯内巷道')).toEqual([])
    expect(names('打造“清洁乡村”示范屯，建设美丽村屯，驻屯工作队，军屯遗址，屯民代表大会')).toEqual([])
  })

  it('should find a settlement listed beside one found with its level (在那汤屯、弄排屯、伏台屯), but no word, kind or count so listed', () => {
    expect(found('三是抓屯级组织。在那汤屯、弄排屯、伏台屯推行“党小组+屯长+理事会”模式')).toEqual(['那汤屯/settlement-listed', '弄排屯/suffix-name', '伏台屯/suffix-name'])
    // the run before the list may end with the clause's last word (其中|东方村): the name starts where jieba starts a word
    // (东方, an everyday word, is read by no list here)
    expect(names('光纤通达率100%，其中东方村、向阳村、和平村等偏远村')).toEqual(['向阳村', '和平村'])
    const decoys: [string, string[]][] = [
      // words jieba knows, everyday words, kinds of villages, determiners, numbers
      ['沙湾村、工作组、党员组', ['沙湾村']],
      ['弄怀屯、示范屯、先进屯', ['弄怀屯']],
      ['对沙湾村、先进村、示范村进行表彰', ['沙湾村']],
      ['弄怀屯、各屯、全屯、三屯', ['弄怀屯']],
      ['在这个村、那个村、沙湾村', ['沙湾村']]
    ]
    for (const [decoy, expected] of decoys) expect(names(decoy), decoy).toEqual(expected)
    // two hamlets listed together, none found: names jieba knows not or tags a place (大坪/ns); not working groups
    expect(found('联合村两委对石门坎组、大坪组逐户走访')).toEqual(['石门坎组/settlement-listed', '大坪组/settlement-listed'])
    for (const decoy of ['成立调解组、巡逻组', '设立党员组、专家组、工作组', '成立男生组、女生组', '分为东组、西组', '成立宣传组、后勤组、保障组']) expect(names(decoy), decoy).toEqual([])
  })

  it('should take a Zhuang name opening with 那 beside a listed hamlet whatever stands before it (帮扶那汤屯), not a determiner', () => {
    expect(found('重点帮扶那汤屯、弄排屯、伏台屯')).toEqual(['那汤屯/settlement-listed', '弄排屯/suffix-name', '伏台屯/suffix-name'])
    expect(names('对那个村、沙湾村走访')).toEqual(['沙湾村'])
  })

  it('should list no settlement named by what a village did (示范创建村) nor one opening with a stop character other than 那 (与邻村)', () => {
    const decoys: [string, string[]][] = [
      ['沙湾村、示范创建村、乡村振兴示范村', ['沙湾村']],
      ['沙湾村、文明创建村、达标创建村', ['沙湾村']],
      ['向阳社区、示范创建社区', ['向阳社区']],
      ['帮扶沙湾村、与邻村结对', ['沙湾村']],
      ['沙湾村、向邻村推广', ['沙湾村']]
    ]
    for (const [decoy, expected] of decoys) expect(names(decoy), decoy).toEqual(expected)
  })

  it('should read the areas a count numbers (长岭、松林、桃源三个片区, 三个苗寨), not the words of a plan', () => {
    expect(names('全镇粮食播种面积5.6万亩，其中长岭、松林、桃源三个片区种植优质水稻')).toEqual(['长岭', '松林', '桃源'])
    expect(names('我镇以控拜、乌高、报德三个苗寨为重点打造银饰文化旅游村')).toEqual(['控拜', '乌高', '报德'])
    // the first item starts after a particle (红岩村的|大田坝)
    expect(names('本次整治范围涉及红岩村的大田坝、烂泥塘、石堰塘三个片区')).toEqual(['红岩村', '大田坝', '烂泥塘', '石堰塘'])
    const decoys = ['城东、城西两个片区', '老城、新城两个片区', '核心、拓展两个片区', '上游、下游两个片区', '生产、生活、生态三个片区', '城南、城北两个片区']
    for (const decoy of decoys) expect(names(decoy), decoy).toEqual([])
  })

  it('should read the estates of a list closed by 等 and 小区 (绿洲家园、翰林苑等低洼小区), not kinds of housing', () => {
    expect(found('汛期前，绿洲家园、翰林苑等低洼小区物业项目经理')).toEqual(['绿洲家园/estate-listed', '翰林苑/estate-listed'])
    expect(names('城区污水管网向城郊延伸，覆盖了锦绣苑、桂园小区和滨江家园等12个安置小区')).toEqual(['锦绣苑', '桂园小区', '滨江家园'])
    expect(names('光明里、胜利小区等3个老旧小区纳入今年改造')).toEqual(['光明里', '胜利小区'])
    expect(places('光明里、胜利小区等3个老旧小区').find((place) => place.rule === 'estate-listed' && place.start === 4)?.suffixLength).toBe(2)
    const decoys = ['推进城中村、棚户区等小区改造', '对商品房、保障房等小区', '对高档小区、老旧小区等小区', '加快推进城中村、老旧小区等小区']
    for (const decoy of decoys) expect(names(decoy), decoy).toEqual([])
  })

  it('should take no verb and its result before 村 for a village where the level reads into the noun after it (织密村卫生所这张网)', () => {
    expect(names('二、织密村卫生所这张网')).toEqual([])
    expect(names('沙湾村卫生所这张网')).toEqual(['沙湾村'])
    // a name read so stays one where no noun follows its level: a list mark, a verb (保/v 丰/a 村、; 在打/v 嫩/a 村召开)
    expect(names('在育新村、保丰村、定远村开展调研')).toContain('保丰村')
    expect(names('在打嫩村召开现场会')).toEqual(['打嫩村'])
  })

  it('should find a town of a county the document names written with an ethnic group the gazetteer leaves out', () => {
    // The code tables list 硗碛乡 of 宝兴县; reports write 硗碛藏族乡
    expect(places('宝兴县硗碛藏族乡的嘉绒藏族姑娘，穆坪镇和硗碛藏族乡').map((found) => found.rule)).toEqual(['gazetteer-county', 'ethnic-township', 'gazetteer-town', 'ethnic-township'])
    // No county named, or a group with no name before it: nothing
    for (const decoy of ['硗碛藏族乡的嘉绒藏族姑娘', '宝兴县民族乡']) expect(names(decoy).filter((name) => name.includes('硗碛') || name.includes('民族')), decoy).toEqual([])
    // a county without such a town names it all the same where the address goes on from the county
    expect(found('江安县硗碛藏族乡')).toEqual(['江安县/gazetteer-county', '硗碛藏族乡/ethnic-township'])
    expect(found('江安县的硗碛藏族乡')).toEqual(['江安县/gazetteer-county'])
  })

  it('should read 通屯 (to the hamlets) after a hamlet as a road word, not as the name of another hamlet', () => {
    // jieba reads 那坡|屯通|屯: the hamlet's 屯 and 通 as one word, which hid the hamlet and made 屯通 a name
    expect(names('实现通屯路全覆盖，弄合村那坡屯通屯道路硬化2.3公里')).toEqual(['弄合村', '那坡屯'])
  })

  it("should find a village by its suffix where jieba glues the suffix to what follows, but not lone function characters before it", () => {
    // 通格朗/村的/x: jieba's HMM reads the level into the next character; the name before it is read on its own
    expect(names('通格朗村的“草原母亲”先后收养了3名孤儿')).toEqual(['通格朗村'])
    // 踩/着/霜/往村/x: the characters before a glued 村 are a verb phrase, not a name
    expect(names('背着药箱，踩着霜往村东头走')).toEqual([])
  })

  it('should find a village of a named town the gazetteer lists as …社区村, and a named village by its bare name', () => {
    expect(names('夕佳山镇五里社区获评省级健康社区')).toEqual(['夕佳山镇', '五里社区'])
    const text = '税务局选派驻村工作队进驻铁清镇玉泉村。动竹和柑橘产业提档升级，打造“玉泉”品牌'
    expect(names(text)).toEqual(['铁清镇', '玉泉村', '玉泉'])
    expect(places(text).at(-1)?.rule).toBe('short-form-village')
  })

  it('should find a town named like a generic term (新城镇) only where the document names its county', () => {
    expect(names('襄汾县人社局在新城镇建成零工市场，新城镇的做法值得推广')).toEqual(['襄汾县', '新城镇'])
    // the town's county comes later: still the town
    expect(names('在新城镇建成零工市场。襄汾县人社局')).toEqual(['新城镇', '襄汾县'])
    // no county named, or another county: the generic term
    expect(names('加快小城镇建设，推进新城镇建设')).toEqual([])
    expect(names('江安县推进新城镇建设')).toEqual(['江安县'])
  })

  it('should not read a function word and a level as a two-character county (和县 in 乡镇和县直部门)', () => {
    expect(names('对乡镇和县直部门分类排名，12345热线和县长信箱全年受理')).toEqual([])
    // the price of the rule: 和县 right after other text is not found (安徽 still is)
    expect(names('安徽和县')).toEqual(['安徽'])
    expect(names('和县位于安徽省东部')).toEqual(['和县', '安徽省'])
    // after a closing bracket or quotation too (各镇（街道）和县直部门, “千县工程”和县域医共体)
    expect(names('各镇（街道）和县直有关部门，以“千县工程”和县域医共体建设为抓手')).toEqual([])
  })

  it('should read a county or city whose name opens with an everyday word as that division only where the document names one above or below it', () => {
    // reports write 会同 (together with) before a county body, and run 振兴, 合作, 延长 into the next word
    for (const decoy of [
      '县委政策研究室会同县工业和信息化局组成联合调研组',
      '会同县法院、县司法局在县总商会设立调解室',
      '市局会同县税务局开展检查',
      '要振兴区域经济，推动合作市场主体发展',
      '延长县城商户营业时间，平安区县两级联动'
    ]) {
      expect(names(decoy), decoy).toEqual([])
    }
    // the city above or the province named: the county
    expect(names('怀化市会同县林业局开展检查，会同县税务局')).toEqual(['怀化市', '会同县'])
    expect(names('海东市平安区教育局')).toEqual(['海东市', '平安区'])
    expect(names('甘肃省合作市人民政府')).toEqual(['甘肃省', '合作市'])
    // a name several divisions bear (鼓楼区 of 南京, 福州, 徐州 and 开封): the one under the division named, whichever
    expect(names('开封市鼓楼区书店街的灌汤包店')).toEqual(['开封市', '鼓楼区', '书店街'])
    expect(names('徐州市鼓楼区人民政府')).toEqual(['徐州市', '鼓楼区'])
    expect(names('钟楼上的鼓楼区别于城楼')).toEqual([])
    // a name jieba reads as a name needs nothing else, even one that opens with a word (比如县/nr)
    expect(names('江安县教育局，比如县教育局')).toEqual(['江安县', '比如县'])
  })

  it('should find a city over a county the document names wherever it stands as a word, whatever jieba tags it (遵义/v)', () => {
    expect(names('湄潭县人民政府\n遵义兰馨茶业有限公司、湄潭县翠芽春茶业有限公司')).toEqual(['湄潭县', '遵义'])
    // no county of the city named: jieba's tag decides, and 遵义 is a verb to it
    expect(names('遵义兰馨茶业有限公司')).toEqual([])
  })

  it('should find the banners of Inner Mongolia by their customary short names (data/division-aliases.txt)', () => {
    expect(names('内蒙古自治区呼伦贝尔市新巴尔虎右旗。新右旗绿野肉业有限公司')).toEqual(['内蒙古自治区', '呼伦贝尔市', '新巴尔虎右旗', '新右旗'])
    for (const line of readLexicon('division-aliases.txt')) {
      const alias = line.split('\t')[1] ?? ''
      expect(names(`${alias}召开会议`), alias).toEqual([alias])
    }
  })

  it('should take no ethnic group before a level for the name of a place (苗族乡), so a masked ethnic township stays masked', () => {
    expect(names('建设苗族乡、彝族白族苗族乡')).toEqual([])
    // redacting again found 苗族乡 and 彝族乡 in what the mask left (*彝族白族苗族乡), and spread 彝族 to 彝族群众
    const once = redact('纳雍县厍东关彝族白族苗族乡的樱桃成熟了，彝族群众增收。')
    expect(once.text).toBe('*县*彝族白族苗族乡的樱桃成熟了，彝族群众增收。')
    expect(redact(once.text).spans).toEqual([])
  })

  it("should find a county under the city the document names by a short form jieba tags no place but holds as a rare word (化州/n)", () => {
    expect(names('茂名市电白区人社局对来自高州、化州等地的外来务工人员')).toEqual(['茂名市', '电白区', '高州', '化州'])
    // a usual word is a word there (会同 859 times in jieba's dictionary), and without the city named nothing vouches
    expect(names('怀化市卫健局会同有关部门')).toEqual(['怀化市'])
    expect(names('来自化州的务工人员')).toEqual([])
  })

  it('should find roads and streets where a house number, a road word, an address or a listed road marks them', () => {
    const roads = (text: string) => places(text).filter((found) => found.rule === 'road').map((found) => `${text.slice(found.start, found.end)}/${found.suffixLength}`)
    expect(roads('地址：江安县江安镇人民路123号')).toEqual(['人民路/1'])
    expect(roads('小店区长治路与晋阳街交叉口东北角')).toEqual(['长治路/1', '晋阳街/1'])
    expect(roads('对黄河东路、兴北路、丰收路沿线商户开展检查')).toEqual(['黄河东路/1', '兴北路/1', '丰收路/1'])
    expect(roads('西宁市城中区水井巷市场')).toEqual(['水井巷/1'])
    expect(roads('我们在长治路12号，王府井大街以东，建设大道东段，南锣鼓巷两侧')).toEqual(['长治路/1', '王府井大街/2', '建设大道/2', '南锣鼓巷/1'])
    expect(roads('（三）位于人民路123号')).toEqual(['人民路/1'])
    // A street named by one direction right after the place it belongs to; not where the suffix opens a word
    expect(roads('阳朔县西街的“漓江夜话”酒吧，阳朔县东大街改造')).toEqual(['西街/1', '东大街/2'])
    expect(roads('城关镇西街道办，县西街道路，黄姚镇东街村')).toEqual([])
  })

  it('should find a road by the works on it or a shop named by it where jieba reads a proper name in it, not a kind of road nor a word the suffix ends', () => {
    const roads = (text: string) => places(text).filter((found) => found.rule === 'road').map((found) => text.slice(found.start, found.end))
    expect(roads('牡丹大道供水管网改造工程、滨河路综合管廊工程和文昌路立交桥按期推进')).toEqual(['牡丹大道', '滨河路', '文昌路'])
    expect(roads('老鼎丰食品有限公司中央大街分店，永康大药房新建南路店，泉城路店')).toEqual(['中央大街', '新建南路', '泉城路'])
    const decoys = [
      // a kind of road (common words), a word the suffix ends (电路, 思路, 管路)
      '示范街改造，一条街改造，夜市街改造，小吃街分店，高架路改造，产业路改造，城市道路立交桥，主干路改造工程',
      '老旧电路改造工程，燃气管路改造工程，供水管路改造，拓宽思路改造提升，发展道路改造',
      '背街小巷提质，老旧小区及街巷改造，一路店，丝路店，新路店，沿路店铺，临街店铺改造'
    ]
    for (const decoy of decoys) expect(roads(decoy), decoy).toEqual([])
  })

  it('should find a road named by everyday words by the pipes laid under it or a campus named by it, not a word the suffix ends', () => {
    const roads = (text: string) => places(text).filter((found) => found.rule === 'road').map((found) => text.slice(found.start, found.end))
    expect(roads('丹大道供水管网改造工程、工农路老旧管网更新工程和高峰水厂扩建')).toEqual(['工农路'])
    expect(roads('同意向阳路雨污分流改造工程按程序开工')).toEqual(['向阳路'])
    expect(roads('“爱弥儿”幼儿园友谊路分园保育员配备不足')).toEqual(['友谊路'])
    const decoys = ['推进燃气管路老旧管网改造，完成供电线路管网改造，实施道路管网改造，实施老城区主次干路管网改造，实施城区道路雨污分流改造', '一中新校区建设，实验小学东校区', '新建路网管网，通组路雨污分流']
    // a verb taken into a short name before the pipes (加快/v 中街) is the clause's
    for (const decoy of ['加快中街雨污分流改造', '实施南街雨污分流改造', '推进东街老旧管网']) expect(redact(decoy).text, decoy).toBe(decoy)
    for (const decoy of decoys) expect(roads(decoy), decoy).toEqual([])
  })

  it('should mask a community named by its road or street whole (长治路社区 → *社区), not a word that names no road', () => {
    const communities = (text: string) => places(text).map((found) => `${text.slice(found.start, found.end)}/${found.suffixLength}/${found.rule}`)
    expect(communities('网格员田甜每天在长治路社区转一圈')).toEqual(['长治路社区/2/road-community'])
    expect(communities('马市镇调解委员会。马市街社区肖满秀老人状告三个子女')).toEqual(['马市镇/1/gazetteer-town', '马市街社区/2/road-community'])
    expect(redact('网格员每天在长治路社区转一圈').text).toBe('网格员每天在*社区转一圈')
    expect(communities('推进商业街社区建设，道路社区化管理')).toEqual([])
  })

  it('should read no community named by a road where the suffix makes a word before 社区 (转变思路社区), but one named by a proper name (凤山|路社区)', () => {
    const communities = (text: string) => places(text).map((found) => `${text.slice(found.start, found.end)}/${found.rule}`)
    const decoys = ['要拓宽思路社区要主动作为', '坚持新思路社区治理水平提升', '我们的工作思路社区群众都很认可', '转变思路社区干部主动上门', '理清思路社区两委逐户走访']
    for (const decoy of decoys) expect(redact(decoy).text, decoy).toBe(decoy)
    // a proper name jieba cuts before the suffix (凤山/nr|路), a common noun whose front is a word (环城|路)
    expect(communities('居住在凤山路社区的老人，环城路社区居民')).toEqual(['凤山路社区/road-community', '环城路社区/road-community'])
    expect(places('推进凤山路改造').map((found) => found.rule)).toEqual(['road'])
  })

  it("should read a road's name from the place or list mark before it where jieba leaves its first characters apart (平城区|御|河东路), but no word there", () => {
    const roads = (text: string) => places(text).filter((found) => found.rule === 'road').map((found) => text.slice(found.start, found.end))
    expect(roads('大同市平城区御河东路、文瀛湖东路沿线建成口袋公园12个')).toEqual(['御河东路', '文瀛湖东路'])
    // jieba's guess at an unknown word over the suffix (街的/x) does not hide the street
    expect(roads('开封市鼓楼区书店街的“老马家”灌汤包店')).toEqual(['书店街'])
    const decoys: [string, string[]][] = [
      ['平城区开展人民路沿线整治', ['人民路']],
      ['平城区御河东路、拓宽湖东路沿线', ['御河东路', '湖东路']],
      ['平城区御河东路、新建湖东路沿线', ['御河东路', '湖东路']],
      ['平城区御河东路、新湖东路沿线', ['御河东路', '湖东路']],
      ['平城区新城湖东路沿线', ['湖东路']],
      ['平城区境内湖东路沿线', ['湖东路']]
    ]
    for (const [decoy, expected] of decoys) expect(roads(decoy), decoy).toEqual(expected)
  })

  it('should read a road whose name opens with a short form read alone as the road (湖墅|南路, 龙阳|大道)', () => {
    expect(found('拱墅区大关路、湖墅南路沿线完成架空线上改下')).toEqual(['拱墅区/gazetteer-county', '大关路/road', '湖墅南路/road'])
    expect(found('汉阳区鹦鹉大道与龙阳大道交会处的立交桥完工')).toEqual(['汉阳区/gazetteer-county', '鹦鹉大道/road', '龙阳大道/road'])
    // right after its street, the community named by the road is read whole, as an address names it
    expect(found('甘井子区红旗街道山东路社区组织志愿者')).toEqual(['甘井子区/gazetteer-county', '红旗街道/gazetteer-town', '山东路社区/village-after-town'])
    // the short form stays where no road word marks a road after it, or where it is a place on its own before one
    expect(found('龙阳大道上车来车往')).toEqual([])
    expect(found('黄浦区对福州路、广东路沿街商铺开展检查')).toEqual(['黄浦区/gazetteer-county', '福州路/road', '广东路/road'])
  })

  it("should read a numbered road's number on top of its name (科技南十二路, 海滨七路) and no road out of a count (兵分三路)", () => {
    const roads = (text: string) => places(text).filter((found) => found.rule === 'road').map((found) => `${text.slice(found.start, found.end)}/${found.suffixLength}`)
    expect(roads('南山区粤海街道科技南十二路2号某高层建筑')).toEqual(['科技南十二路/1'])
    expect(roads('滨海新区海滨七路88号')).toEqual(['海滨七路/1'])
    for (const decoy of ['兵分三路开展排查', '一路向前，第三路口左转', '工作组分两路走访']) expect(roads(decoy), decoy).toEqual([])
    // a road whose whole name is a number is read plain, and a verb before it stays out (位于|五一路)
    expect(roads('公司位于五一路88号，地址：八一路120号')).toEqual(['五一路/1', '八一路/1'])
  })

  it('should mask a road whole wherever it stands, never the everyday word its name is (建设 of 建设大道)', () => {
    expect(redact('公司位于建设大道东段，加强基础设施建设。地址：人民路123号，坚持以人民为中心。建设大道拓宽').text).toBe(
      '公司位于*大道东段，加强基础设施建设。地址：*路123号，坚持以人民为中心。*大道拓宽'
    )
  })

  it('should find the place a police station or tribunal is named after (城关派出所, 新农人民法庭), but no word that says which stations', () => {
    const stations = (text: string) => places(text).filter((found) => found.rule === 'station-place').map((found) => text.slice(found.start, found.end))
    expect(stations('自2022年3月任江安县公安局城关派出所所长以来')).toEqual(['城关'])
    expect(stations('道里区人民法院新农人民法庭庭长孙立国')).toEqual(['新农'])
    expect(stations('三亚市公安局吉阳分局红沙派出所开展“平安春运”')).toEqual(['红沙'])
    expect(stations('瑞丽市姐告边境派出所全年破获毒品案件')).toEqual(['姐告'])
    expect(stations('序号  派出所  社区民警\n1  稠城派出所  吴浩然\n2  佛堂派出所  王  伟')).toEqual(['稠城', '佛堂'])
    expect(stations('县公安局交警大队和城关派出所联合执法')).toEqual(['城关'])
    // jieba reads the town 三角 as a numeral
    expect(stations('綦江区公安局三角派出所　刘小波')).toEqual(['三角'])
    const decoys = [
      '各派出所要加强巡逻，辖区派出所民警入户走访',
      '县公安局指导派出所开展工作，当地派出所、水上派出所、铁路派出所民警参加',
      '群众到派出所报案，经派出所调解，报警后派出所出警',
      '城区派出所、乡镇派出所、基层派出所和一线派出所',
      '各乡镇派出所、全县派出所、主城区派出所、所在地派出所、户籍地派出所',
      '由属地派出所负责，向就近派出所报告，到附近派出所、边远派出所',
      '县公安局强化派出所建设，新建派出所2个，全县18个派出所',
      '推动“枫桥式派出所”创建，县人民法院设立人民法庭3个',
      '市公安局第二派出所、十二派出所',
      '创建，交警派出所，星级派出所，样板派出所，智能派出所和新设派出所'
    ]
    for (const decoy of decoys) expect(stations(decoy), decoy).toEqual([])
  })

  it('should find a river, lake or bay named after the land where a word of a water says one is meant (都柳江流域, 流入绣针河), not the great waters nor words of prose', () => {
    const waters = (text: string) => places(text).filter((found) => found.rule === 'water').map((found) => text.slice(found.start, found.end))
    expect(waters('黔东南州榕江县对都柳江流域开展非法采砂专项整治')).toEqual(['都柳江'])
    expect(waters('石粉废水流入绣针河，岚山区生态环境分局已责令停产')).toEqual(['绣针河'])
    expect(waters('雨季渗滤液外溢至柏临河支流，总磷浓度超标')).toEqual(['柏临河'])
    expect(waters('松原市乾安县对大布苏湖周边非法取土问题开展专项整治')).toEqual(['大布苏湖'])
    expect(waters('大理市环洱海流域湖泊保护局对喜洲镇开展检查')).toEqual(['洱海'])
    expect(waters('北海市铁山港区对丹兜海红树林保护区周边的养殖塘进行清理')).toEqual(['丹兜海'])
    expect(waters('昔日的烟囱变身生态新城，霞湾港综合治理工程被列为省级重点项目')).toEqual(['霞湾港'])
    // a water listed right before another shares its evidence, and a section is named after a place
    expect(waters('漳州市南靖县九龙江西溪流域养猪场整治中')).toEqual(['九龙江', '西溪'])
    expect(waters('出水达标，练江海门湾桥闸断面水质由劣Ⅴ类提升至Ⅳ类')).toEqual(['练江', '海门湾'])
    expect(waters('荣县双古镇旭水河双古段河长：副镇长罗晓燕')).toEqual(['旭水河'])
    const decoys = [
      '长江流域、黄河流域生态保护和高质量发展，嘉陵江沿岸、漓江干流水质保持Ⅰ类',
      '全年县级河长巡河132次，村级河长巡河11520次，入河排污口整治到位',
      '全面开展河湖“清四乱”，各类河湖周边、江河流域、全流域系统治理',
      '沿海地区、近海海域和重点海湾周边的养殖塘，小河流域综合治理',
      '两地河长对界河实行联合巡查，市湖泊保护局对湖区开展巡查',
      '对河道、湖泊、水库周边开展清理，湖泊保护局对湖区开展巡查',
      '长江江安段水质稳定保持Ⅱ类，黄河干流段、长江中下游段'
    ]
    for (const decoy of decoys) expect(waters(decoy), decoy).toEqual([])
  })

  it('should take no verb nor locative word into a water, and no common noun ending in a kind for one (review 2, findings 1 and 2)', () => {
    const waters = (text: string) => places(text).filter((found) => found.rule === 'water').map((found) => text.slice(found.start, found.end))
    // finding 1: a usual word at the name's start is cut off (完成, 境内), a kind jieba joins to what follows is none (海岸线)
    expect(waters('完成西湖湖区清淤')).toEqual(['西湖'])
    expect(waters('我县境内西江干流')).toEqual(['西江'])
    const decoys = ['开展海岸线修复', '打造滨河湿地公园', '加强海港周边', '做好小溪流域']
    // finding 2: common nouns jieba reads whole (人工湖/n, 护城河/nz) or before the kind (景观/n|河)
    decoys.push('推进护城河周边', '持续推进人工湖周边', '推进内陆湖周边', '对渔港周边', '沿景观河两岸')
    decoys.push('长江流域，海河流域，太湖周边，江河流域，河湖周边，沿海周边，沿江两岸，内河流域，大江大河两岸', '入河排污口，河道两岸，河段周边，母亲河两岸，美丽河湖周边，入湖河道，跨河桥梁，海湾周边')
    for (const decoy of decoys) expect(waters(decoy), decoy).toEqual([])
    // kept: proper names jieba reads whole (千岛湖/ns) or none of whose parts is a common noun
    for (const water of ['南渡江', '乌溪江', '龙溪河', '浏阳河', '抚河', '小清河', '东河', '白洋淀', '海口湾', '东江湖']) expect(waters(`${water}流域`), water).toEqual([water])
  })

  it('should read a water whose name opens with a short form read alone as the water (蒲阳|河凤歧村段), as a road', () => {
    // AG050: 蒲阳 of 蒲阳街道 is read first as a short form; the water takes it whole
    expect(found('都江堰市蒲阳街道凤歧村河长公示牌显示，蒲阳河凤歧村段长3.6公里')).toEqual([
      '都江堰市/gazetteer-county',
      '蒲阳街道/gazetteer-town',
      '凤歧村/suffix-name',
      '蒲阳河/water',
      '凤歧村/suffix-name'
    ])
    // no word of a water's after it: the short form stays, and a full place before the kind is no water's name
    expect(found('都江堰市蒲阳街道，蒲阳河')).toEqual(['都江堰市/gazetteer-county', '蒲阳街道/gazetteer-town', '蒲阳/short-form-named'])
    expect(found('潮南区练江流域')).toEqual(['潮南区/gazetteer-county', '练江/water'])
  })

  it('should read no road out of words that name none, out of 街道 and 街区, or where nothing marks a road', () => {
    const decoys = [
      '坚持走好新路子，打通致富路，建设四好农村路',
      '公路沿线、高速公路两侧、商业街两侧、步行街改造',
      '洪川镇文庙社区依托老街改造引进文创商户',
      '漫步在汝州市大街小巷，路面整洁',
      '吊鹿沟村的山路上结了一层薄霜',
      '探索新时代基层治理路径，拓宽就业渠道',
      '往东走到大街路口',
      '商户沿大街两侧摆摊',
      '门店沿街摆放货架',
      '小吃摊沿街叫卖'
    ]
    for (const decoy of decoys) expect(places(decoy).filter((found) => found.rule === 'road'), decoy).toEqual([])
  })

  it('should find the cities written by their first character and 市 (呼市, 乌市), only where jieba starts a word there', () => {
    expect(names('全部纳入呼市农民工工资支付监控预警平台，乌市、哈市同步推进')).toEqual(['呼市', '乌市', '哈市'])
    expect(names('何首乌市场，欢呼市民，整齐市容')).toEqual([])
  })

  it('should find a product named after a place the document names (汝瓷 of 汝州市), but not others', () => {
    const text = '汝州市是汝瓷之乡、曲剧故里；练塘镇是茭白之乡'
    const product = places(text).find((item) => item.rule === 'place-product')
    expect(product && [text.slice(product.start, product.end), product.type, product.suffixLength]).toEqual(['汝瓷', 'ORG', 1])
    expect(names('汝瓷之乡')).toEqual([])
  })

  it('should find nothing in division names that are generic terms, nor in Taiwan, Hong Kong and Macao', () => {
    expect(places('推进小城镇建设和新城区建设，重温解放区的历史；台湾同胞、香港、澳门特别行政区；北京时间')).toEqual([])
  })

  it('should not take the tail of a word for a town (明村镇 in 文明村镇) but find a town after a verb', () => {
    expect(names('建设文明村镇，推进朱家角镇发展')).toEqual(['朱家角镇'])
  })

  it('should not read a town out of a word that ends on a stop character (部分乡镇), but find towns after one', () => {
    expect(names('四是部分乡镇项目服务力量不足')).toEqual([])
    expect(names('组织致富带头人到州城镇前所村学习，在分乡镇召开现场会')).toEqual(['州城镇', '前所村', '分乡镇'])
  })

  it('should not take a province short form out of a river or lake and its bank (黄河北岸, 太湖北岸)', () => {
    expect(names('黄河北岸、太湖北岸、泰山东麓的生态修复')).toEqual([])
    expect(names('文明河南我先行，山东、河北协同')).toEqual(['河南', '山东', '河北'])
  })

  it('should take a county short form before a branch (江安分公司, 汝州分局) for a place, not a common word (建设分局)', () => {
    expect(names('中国铁塔公司江安分公司、公安局汝州分局、住房和城乡建设分局')).toEqual(['江安', '汝州'])
  })

  it('should find full names after a word that comes before places, though jieba glues them (赴阳东区, 赴查干花镇)', () => {
    expect(names('组织党员赴阳东区学习考察，赴查干花镇调研。')).toEqual(['阳东区', '查干花镇'])
  })

  it('should leave placeholders alone: *国税局, xx县税务局, *县税务局 yield nothing', () => {
    expect(places('*国税局党组高度重视，xx县税务局和*县税务局、***镇')).toEqual([])
    expect(places('××县税务局、○○村、ＸＸ街道')).toEqual([])
  })

  it('should skip protected ranges', () => {
    const text = '汝州市实验小学'
    expect(detectPlaces({...makeContext(text), protectedRanges: [{start: 0, end: 3}]})).toEqual([])
  })

  it('should keep the detector contract on any text: in bounds, sorted, disjoint, a suffix shorter than the mention', () => {
    expect(places('')).toEqual([])
    expect(places('ASCII only, 2022.\r\n')).toEqual([])
    fc.assert(
      fc.property(reportText, (text) => {
        expectDetectionContract(text, places(text), 'places')
      }),
      {numRuns: 150}
    )
  })
})

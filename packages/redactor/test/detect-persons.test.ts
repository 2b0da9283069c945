import {describe, expect, it} from 'vitest'
import {redact} from '@gongwen/redactor'
import {detectPersons} from '../lib/detect/detect-persons.js'
import {readLexicon} from '../lib/read-lexicon.js'
import {makeContext, readSeed, zoneOf} from './make-context.js'
import type {Zone} from '../lib/detection.js'

/** The lines of a block of decoy sentences, trimmed. */
function linesOf(block: string): string[] {
  return block.trim().split('\n').map((line) => line.trim())
}

function persons(text: string, zones: readonly Zone[] = []): string[] {
  return detectPersons(makeContext(text, zones)).map((found) => text.slice(found.start, found.end))
}

describe('detectPersons', () => {
  it('should find the authors and the official in the caption of seed 004, and nothing else', () => {
    const text = readSeed('004')
    const found = detectPersons(makeContext(text))
    expect([...new Set(found.map((item) => text.slice(item.start, item.end)))].sort()).toEqual(
      ['冯顺帆', '王润英', '王留剑', '石永会', '胡然', '李静', '赵睿', '钟庆'].sort()
    )
    expect(found.every((item) => item.type === 'PERSON' && item.detector === 'persons' && item.suffixLength === 0)).toBe(true)
  })

  it('should find no one in the seeds 000–003', () => {
    for (const seed of ['000', '001', '002', '003']) expect(persons(readSeed(seed)), seed).toEqual([])
  })

  it('should find names after a title, with a space or a PDF line break between', () => {
    expect(persons('审计局局长 陈建华，')).toEqual(['陈建华'])
    expect(persons('江安县税务局党委书记、局长钟庆（左三）关爱妇女儿童')).toEqual(['钟庆'])
    expect(persons('东田村党总支书记\n\n钱伟忠带领村里的党员骨干')).toEqual(['钱伟忠'])
    expect(persons('村民陆阿根、顾秀英夫妇照顾瘫痪邻居')).toEqual(['陆阿根', '顾秀英'])
    // jieba reads 据村 + 党支部 + 书记: the title 村党支部书记 ends with 书记, a word
    expect(persons('据村党支部书记邵军介绍，今年收入增长。')).toEqual(['邵军'])
  })

  it('should read staff roles ending in 员 as titles, and 驻 as a verb after a name', () => {
    expect(persons('松鹤养老院护理员陶春梅从业十余年')).toEqual(['陶春梅'])
    expect(persons('安全员邢立军师傅坚持每日巡查')).toEqual(['邢立军'])
    expect(persons('图为康乐养老院护理员章玲（左二）为老人测量血压')).toEqual(['章玲'])
    expect(persons('项目专员刘晓东、王建业驻企服务')).toEqual(['刘晓东', '王建业'])
    expect(persons('驻村工作队队员邵军走访农户，工作队员姜萍杰入户宣讲')).toEqual(['邵军', '姜萍杰'])
    expect(persons('队员们走访农户，消防队员参加救援')).toEqual([])
    // 李娜 is a word jieba knows (李娜/nr); the name listed after it vouches for it, but 周密 before a word does not
    expect(persons('项目专员李娜、王建业驻企服务')).toEqual(['李娜', '王建业'])
    expect(persons('书记周密部署、严格要求')).toEqual([])
    // 家 after a villager's name is the household (jieba reads 施成 + 富家)
    expect(persons('村民施成富家的农家乐年收入超过20万元')).toEqual(['施成富'])
    // the roles before words that are no names
    expect(persons('落实“首席服务员”制度，开展安全员培训，建强信息员队伍，健全监督员制度')).toEqual([])
  })

  it('should read no name after a title that starts a longer word, or after a preposition that starts one', () => {
    // 成员国 and 会计师 hold the titles 成员 and 会计; 同位素 and 经纪人 hold the prepositions 同 and 经
    expect(persons('全面加强成员国工作，会计师水平明显提升')).toEqual([])
    expect(persons('邀请同位素参加座谈，邀请经纪人参加座谈')).toEqual([])
    // idioms whose first characters are shaped like a name: 马到成 of 马到成功
    expect(persons('局长马到成功，书记万无一失，主任武侠小说')).toEqual([])
    // 微生 is a compound surname, but jieba reads 微生物 over it
    expect(persons('王书记微生物地推进各项工作')).toEqual(['王'])
  })

  it('should read a function word before a lone surname and title as a preposition, and a village name as no surname', () => {
    expect(persons('，向王局长汇报，和李主任一起调研')).toEqual(['王', '李'])
    // before a character that is no surname, the function word is the surname: 向辉 before a title
    expect(persons('向辉同志任党支部书记，县人民医院心内科向芳医生开展义诊')).toEqual(['向辉', '向芳'])
    expect(persons('学生向老师请教，同事老师')).toEqual([])
  })

  it('should read a known word of a surname and a given character as a name where jieba leaves the last character a name', () => {
    // 江海/ns + 峰/nr, 王国/ns + 荣/nr, 方国欣/x
    expect(persons('卫生院医生江海峰上门随访，王国荣同志任党支部书记，县局局长方国欣主持')).toEqual(['江海峰', '王国荣', '方国欣'])
    // the last character starts the next word, or is no name's
    const decoys = ['主任江海联运', '书记调研时指出', '主任开会时', '书记安全地推进', '主任万家灯火', '局长高标准']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a two-character word jieba tags as a name as a name in a list, or after a title before a verb of names', () => {
    // 张华/nr, 江宁/ns, 金文/nz in a labelled list
    expect(persons('成员：张华、江宁、金文。联系人：马超，电话见附件。')).toEqual(['张华', '江宁', '金文', '马超'])
    expect(persons('局长张华主持会议')).toEqual(['张华'])
    // 周密/nr and 文明/nr before words that do not follow names
    expect(persons('书记周密部署，局长文明出行')).toEqual([])
    // before a title that stands after names only, or a caption's position; 同志们 addresses many
    expect(persons('张华同志任党支部书记，马超（左二）在田间查看长势')).toEqual(['张华', '马超'])
    expect(persons('谢谢同志们！')).toEqual([])
  })

  it('should read a level after a determiner as part of its word, not as the start of a title', () => {
    // 我县 + 长官, 全镇 + 长于: no 县长 nor 镇长 there
    expect(persons('我县长官工作扎实推进。全镇长于改造完成。我县长成工作扎实推进。')).toEqual([])
    expect(persons('我县县长李明主持会议')).toEqual(['李明'])
  })

  it('should read 字, a Bai surname of Dali, as a surname, not in words that hold it', () => {
    expect(persons('户主字国华开办农家乐')).toEqual(['字国华'])
    expect(persons('推进数字化表示，文字局长')).toEqual([])
    // 平 ends the village name 和平: 和平村主任 is the head of 和平村
    expect(persons('会上，石材企业代表发言，和平村主任介绍经验')).toEqual([])
  })

  it('should end a given name before a word jieba reads on past it, and keep it whole where jieba does', () => {
    // 参与 is the verb: 江涛, not 江涛参
    expect(persons('社会监督员石磊、江涛参与明察暗访')).toEqual(['石磊', '江涛'])
    // jieba reads 张国平 + 安排 and 高建国 + 带领
    expect(persons('副县长张国平安排部署，副局长高建国带领专家')).toEqual(['张国平', '高建国'])
  })

  it('should read 任 after a title as a surname, unless a role follows it (担任)', () => {
    expect(persons('村民任超强家的葡萄喜获丰收，党员任平带头捐款，会议由副县长任琴主持')).toEqual(['任超强', '任平', '任琴'])
    // a verb inside the clause: 任 names the person who serves
    expect(persons('村民任超强担任组长。')).toEqual(['任超强'])
    // the verb before a role: a title right after it, or a clause ending as a role ends
    // 任 opening a word (任劳任怨, 任务, 任期) or before a frequent word or one of three characters is no surname
    expect(persons('书记任劳任怨，局长任务繁重，书记任期内，书记任发展，书记任进一步，村民任意')).toEqual([])
    const decoys = ['书记任组长', '镇长任双主任', '县长任重点项目推进指挥部指挥长，县', '政协副主席任副指挥长，人大副主任', '书记任党支部书记']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
    // a frequent word that is a given name (建国/ns, 国庆/t) before a verb of names: 任 is the surname
    expect(persons('开发区管委会主任任建国带队赴外地招商，局长任国庆表示')).toEqual(['任建国', '任国庆'])
    // a role, a pronoun or a verb there is no given name, a verb of names after it or not
    for (const decoy of ['局长任主任带队检查', '局长任自己带领', '书记任发展带领']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a surname and a rare word of two characters as a name before a verb or after a cue', () => {
    // jieba reads 韩 + 春雪/n, 余 + 宁国/ns, 周 + 秀丽/a: given names that are words
    expect(persons('韩春雪表示，将继续做好服务工作。经余宁国介绍，该项目进展顺利。周秀丽指出')).toEqual(['韩春雪', '余宁国', '周秀丽'])
    // 海瑞 (counted 403) is no frequent word, though its hash fell on a bit of the known-word set
    expect(persons('熊海瑞表示，将继续做好服务工作')).toEqual(['熊海瑞'])
    expect(persons('郝峰等5名同志受到表彰。')).toEqual(['郝峰'])
    expect(persons('水泥、钢材等建材，加强安全生产等工作，石油等能源')).toEqual([])
    // jieba reads 雷浩晓等 as one unknown run
    expect(persons('姜静荣、雷浩晓等同志参加会议。')).toEqual(['姜静荣', '雷浩晓'])
    // a modifier before a noun (全/a, 新/a, 安/v), or a word frequent in prose (单位, 企业, 专家)
    const decoys = ['，全链条表示', '，新员工表示', '。安专家强调', '，原单位表示', '，万企业参加', '，钱专家表示']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the roles, words and prepositions around names in rural reports', () => {
    expect(persons('帮扶责任人邵军每月入户走访，致富能手姜萍杰带动周边农户，乡贤郝峰捐资修路')).toEqual(['邵军', '姜萍杰', '郝峰'])
    expect(persons('在贾丽超的带领下，村里变了样。受何涛委托，作如下说明。')).toEqual(['贾丽超', '何涛'])
    expect(persons('陈秀家庭被评为最美家庭。叶娜获评优秀共产党员。')).toEqual(['陈秀', '叶娜'])
    expect(persons('邵军告诉记者，姜萍杰夫妇照顾瘫痪邻居，郝峰老人今年八十岁，贾丽超同学考上大学，陈秀大姐热心公益')).toEqual(['邵军', '姜萍杰', '郝峰', '贾丽超', '陈秀'])
    expect(persons('空巢老人、留守老人、高龄老人，大学同学，专家告诉记者，群众一家，党员的事迹')).toEqual([])
    expect(persons('返乡大学生高明亮创办电商工作室')).toEqual(['高明亮'])
    expect(persons('大学生村官，大学生志愿者，大学生党员，大学生高质量就业')).toEqual([])
    expect(persons('邵军担任组长。郝峰负责日常工作。贾丽超当选村委会主任。陈秀（右）与群众交流。')).toEqual(['邵军', '郝峰', '贾丽超', '陈秀'])
    // 担任 and 当选 end no name before a title (时担任 + 组长)
    expect(persons('同时担任组长。部门担任组长。同时当选主任。，同时两位同志')).toEqual([])
    expect(persons('邵军、姜萍杰、郝峰三位同志')).toEqual(['邵军', '姜萍杰', '郝峰'])
    // 作 belongs to the sentence where the shorter name reads as one (jieba: 郝峰作/x); not in 郑 + 新作
    expect(persons('特邀郝峰作专题讲座。特邀郑新作专题讲座。')).toEqual(['郝峰', '郑新作'])
    const decoys = ['在党委政府的带领下，在党组织的带领下', '受县政府委托，受单位委托', '困难家庭、五好家庭、廉洁家庭', '企业获评，全县荣获', '帮扶责任人制度，乡贤文化', '受到表彰，受灾群众']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before parentheses that hold its title, alone or after its unit', () => {
    expect(persons('邵军（村党支部书记）带领群众，姜萍杰（县农业农村局局长）介绍情况')).toEqual(['邵军', '姜萍杰'])
    expect(persons('道路（主任），会议（主任），全县（局长）')).toEqual([])
    // the ends of long words are no names: 公楼 of 办公楼, 时俱进 of 与时俱进, 周知 of 众所周知
    expect(persons('办公楼（右）与群众，与时俱进（村党支部书记），众所周知同志参加，从容不迫老人')).toEqual([])
  })

  it('should find a name between its unit and a title after it, and no unit word as a name', () => {
    expect(persons('联系县人民医院心内科陈志刚医生开展义诊')).toEqual(['陈志刚'])
    expect(persons('县局王刚同志牵头')).toEqual(['王刚'])
    expect(persons('卫生院院长，派出所所长，县委宣传部副部长，办公室主任，农科院高级农艺师，科技局局长，村委会主任')).toEqual([])
  })

  it('should read a compound surname jieba knows as a word (欧阳/ns) as the surname of a name after a title', () => {
    expect(persons('县应急管理局副局长欧阳春晖带队检查')).toEqual(['欧阳春晖'])
    // a word that opens with a single surname is still a word: 安全 of 安全感
    expect(persons('群众安全感、满意度不断提升')).toEqual([])
  })

  it('should leave a verb after a name to the sentence', () => {
    expect(persons('会议由副局长孙立平主持，局长吴刚作总结讲话')).toEqual(['孙立平', '吴刚'])
    expect(persons('党组成员、副局长刘一鸣分管')).toEqual(['刘一鸣'])
    expect(persons('执笔：王晓明')).toEqual(['王晓明'])
  })

  it('should find names before a title and mask only the name', () => {
    const text = '会上，王留剑同志作了发言。'
    const [found] = detectPersons(makeContext(text))
    expect(found && text.slice(found.start, found.end)).toBe('王留剑')
    expect(persons('会上，钟庆局长介绍了情况')).toEqual(['钟庆'])
  })

  it('should find the members of a labelled list, padded names as one mention', () => {
    const text = '组  长：李志明（党委书记）\n副组长：王  欣（办公室主任）  周海涛\n成  员：吴丽华  郑  敏  钱国平'
    expect(persons(text)).toEqual(['李志明', '王  欣', '周海涛', '吴丽华', '郑  敏', '钱国平'])
    expect(persons('述职人：陈建华')).toEqual(['陈建华'])
  })

  it('should take no word of the sentence a quote goes on from for an item of a labelled list (曾获“…”称号)', () => {
    // AH123: the list's sentence runs on past the name to its full stop
    const text = '推荐对象：安化县梅城镇启安村党总支书记刘建新（男，1972年出生），曾获“益阳市劳动模范”称号。'
    expect(persons(text)).toEqual(['刘建新'])
    // items before a separator, a blank, a role's parenthesis, a closing one or the list's end stay names
    expect(persons('出席：胡娜娜、付平 袁兰雪（记录）；列席：张国栋')).toEqual(['胡娜娜', '付平', '袁兰雪', '张国栋'])
    expect(persons('（经营者：赵立军）因拖欠工资')).toEqual(['赵立军'])
  })

  it('should read labelled lists after colons of either width, each list ending at the next label', () => {
    expect(persons('组长:李志明，副组长：王欣、张伟\n成员:吴丽华  郑  敏')).toEqual(['李志明', '王欣', '张伟', '吴丽华', '郑  敏'])
    // 议题 is no title nor a list label: what follows its colon is no list (记录人 labels one: the minute-taker).
    expect(persons('主持人：赵明 议题:钱红')).toEqual(['赵明'])
    expect(persons('主持人：赵明 记录人:钱红')).toEqual(['赵明', '钱红'])
  })

  it('should read lists labelled by words that are no titles (出席, 列席, 名单), and no name in what they list otherwise', () => {
    expect(persons('出席：胡娜娜、付平；列席：袁兰雪')).toEqual(['胡娜娜', '付平', '袁兰雪'])
    expect(persons('获奖名单：郭平燕、侯俊玉')).toEqual(['郭平燕', '侯俊玉'])
    expect(persons('先进个人：胡娜娜（县农业农村局）、付平（县财政局）\n考察对象：袁兰雪')).toEqual(['胡娜娜', '付平', '袁兰雪'])
    expect(persons('记录人：胡娜娜\n审核：付平　复核：郭平燕\n经办：侯俊玉\n联系人及电话：袁兰雪 13800000000')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉', '袁兰雪'])
    for (const decoy of ['出席：县委、县政府领导', '参加：各乡镇、各部门', '请假：无', '名单：见附件', '出席：高度重视', '先进个人：县财政局（10名）', '记录：会议讨论了方案']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should read 据 as a cue before a name (据胡娜娜介绍), not in the words it opens (据统计, 据悉, 据了解)', () => {
    expect(persons('据胡娜娜介绍，今年新建大棚120个。据付平反映，')).toEqual(['胡娜娜', '付平'])
    for (const decoy of ['据统计，今年', '据了解，全县', '据悉，全县', '据高度重视', '根据工作安排']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 获奖者 as a title before names, and no name after it in prose', () => {
    expect(persons('获奖者胡娜娜在会上作了发言。获奖名单：郭平燕')).toEqual(['胡娜娜', '郭平燕'])
    for (const decoy of ['获奖者在会上作了发言', '获奖者代表发言', '获奖者名单见附件']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 向 before a known word that runs past a name-shaped start as a preposition (向国家同志学习)', () => {
    expect(persons('党员向辉同志')).toEqual(['向辉'])
    expect(persons('号召全体党员向郭平燕同志学习')).toContain('郭平燕')
    for (const decoy of ['号召全体党员向国家同志学习', '号召全体党员向师范学院同志学习', '党员向另一方面同志学习', '党员和平同志']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should find the name in the cell before a sex in a table row, and no word there', () => {
    expect(persons('1　胡娜娜　男　汉族　1975.03　村党支部书记　大专\n| 付平 | 女 | 1982.11 |\n王伟\t男\t汉族')).toEqual(['胡娜娜', '付平', '王伟'])
    for (const decoy of ['姓名　性别　民族\n性别　男', '学生　男　女', '高度　男', '男女平等', '胡娜娜男']) expect(persons(decoy), decoy).toEqual([])
    // Cells padded with long runs of blanks, as the second look blanks a line far from its masks: read in one pass
    const padding = ' '.repeat(300)
    expect(persons(`胡娜娜${padding}男${padding}汉族\n付平\u3000\u3000${padding}女`)).toEqual(['胡娜娜', '付平'])
    for (const decoy of [`高度${padding}男女平等`, `学生${padding}男生`]) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find names right after their units before a verb of names, each unit and name listed with 、', () => {
    expect(persons('县农业农村局胡娜娜、县财政局付平参加调研。镇卫生院郭平燕带领医护人员')).toEqual(['胡娜娜', '付平', '郭平燕'])
    for (const decoy of ['县财政局高度重视', '优化布局高度重视', '县财政局加强管理', '县财政局、县税务局参加调研', '在教室里在']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should end a name before a verb of names that jieba reads together with its last character (付平 + 等同志, 侯俊玉 + 带队)', () => {
    expect(persons('付平等同志参加了会议。由侯俊玉带队，深入企业开展调研。')).toEqual(['付平', '侯俊玉'])
    for (const decoy of ['公平等同志', '水平等同志参加', '和平等同志', '由玉带队', '号召全体党员向平等同志学习', '党员向高等同志学习']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the name after where someone lives or comes from (家住某村的胡娜娜, 来自…的), not a word there', () => {
    expect(persons('家住某村的胡娜娜，今年种植烤烟30亩。家住县城的郭平燕一家')).toEqual(['胡娜娜', '郭平燕'])
    for (const decoy of ['来自全国各地的专家', '家住城郊的高度', '来自高校的周密部署', '家住，的付平']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the name after a village and 的 before 被, what was done to them (三元朱村的王乐义被), not a thing of the village', () => {
    expect(persons('“寿光蔬菜”走向全国，三元朱村的王乐义被群众称为“蔬菜大棚之父”。')).toEqual(['王乐义'])
    for (const decoy of ['该村的房屋被洪水冲毁', '张家村的石桥被列为文物', '李家村的道路被冲毁', '王家村的杨树被砍', '东风村的高楼被拆除', '红星村的陈年旧账被清理', '幸福社区的文明被传承']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should read a rare proper noun jieba knows (苏平/ns, 高洋/ns, 金文/nz) as a name between a title and a verb of names', () => {
    expect(persons('县局局长苏平主持召开专题会议。党员高洋带头捐款。驻村第一书记金文带领群众')).toEqual(['苏平', '高洋', '金文'])
    // frequent in prose (欧洲, 华北), a place of the gazetteer (江宁), or no verb of names after it (周密部署)
    for (const decoy of ['成员欧洲在', '党员华北在', '局长江宁主持', '书记周密部署', '局长苏平部署']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a surname and two given characters after a title before a verb of names, though jieba reads a rare word across the surname (何国/r + 强)', () => {
    // 何国/r + 强, 普建/a + 宏, 方/n + 国庆/t: the rules of names refuse the three in running text
    expect(persons('项目负责人何国强表示力争年底前投运。区滇池管理局副局长普建宏表示，湿地已成为候鸟栖息地。联系人方国庆表示')).toEqual(['何国强', '普建宏', '方国庆'])
    // jieba reads the verb on from the third character (多次 + 表示, 高度 + 重视), a frequent word opens the three (马上),
    // a preposition opens a word of place or time (于 + 会上), or a place of the gazetteer
    const decoys = ['局长多次表示要加强', '局长马上表示同意', '书记高兴地表示，', '局长于会上强调', '主任全程陪同', '书记高度重视', '局长同时表示', '局长江宁区表示']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the cadres and the households of poverty relief as titles before names (帮扶干部, 低保对象)', () => {
    expect(persons('帮扶干部胡娜娜每月入户走访，低保对象付平的房屋已修缮，监测对象郭平燕')).toEqual(['胡娜娜', '付平', '郭平燕'])
    for (const decoy of ['帮扶干部每月入户走访', '低保对象动态管理', '监测对象全部消除风险', '驻村干部队伍']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 我叫, 名叫 and 像 as cues before a name, not in the words they open', () => {
    expect(persons('我叫胡娜娜，现任某村党支部书记。一位名叫付平的老人，像郭平燕这样的好干部')).toEqual(['胡娜娜', '付平', '郭平燕'])
    for (const decoy of ['好像高度重视', '像样的成果', '图像识别', '就像一家人', '我叫不出名字']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should end a name before a verb that starts inside another one and runs past it (丁建荣获得: 荣获 gives way to 获得)', () => {
    expect(persons('丁建荣获得“最美村医”称号，林荣获评先进，王强荣获一等奖')).toEqual(['丁建荣', '林荣', '王强'])
    expect(persons('他荣获一等奖，企业荣获称号')).toEqual([])
  })

  it('should find names before 获得, 进行 and 的先进事迹, not the words there', () => {
    expect(persons('胡娜娜获得“最美村医”称号。付平的先进事迹在全县引起反响。对郭平燕进行了表彰')).toEqual(['胡娜娜', '付平', '郭平燕'])
    for (const decoy of ['对企业进行了表彰', '对高度进行调整', '加强石油进行管理']) expect(persons(decoy), decoy).toEqual([])
    for (const decoy of ['企业获得认证', '，高度获得', '单位的先进事迹', '石油的先进事迹']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should not start a name before a title inside a frequent word of a function word or a unit ending (由于, 部门), nor end it with 任', () => {
    expect(persons('胡娜娜任组长，付平任副组长。号召全体党员向陆强林同志学习')).toEqual(['胡娜娜', '付平', '陆强林'])
    expect(persons('，付平任副组长。')).toEqual(['付平'])
    for (const decoy of ['由于任副组长', '有关部门任副组长', '对于任组长', '处于任组长']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 实习生 and deputies (人大代表, 政协委员) as titles, in a byline and set off in parentheses', () => {
    expect(persons('（记者 胡娜娜 实习生 付平）\n郭平燕（县人大代表）在发言中说，政协委员侯俊玉表示')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['实习生队伍不断壮大', '人大代表建议办理', '（县人大代表）在发言中说']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 追授 and 追认 as cues before a name', () => {
    expect(persons('追授胡娜娜同志“优秀共产党员”称号。追认付平为中共党员')).toEqual(['胡娜娜', '付平'])
    for (const decoy of ['追授荣誉称号', '追认为烈士']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before a word of family (老两口, 父子, 之子, 的妻子), not a word there', () => {
    expect(persons('胡娜娜老两口住进了新房。付平的妻子常年卧病在床，郭平燕父子俩，侯俊玉之子考上了大学')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['干部的妻子', '石油之子', '高度的父亲', '，安全母子']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the names in the credits of a text or a picture (文/…　图/…, （… 摄）), and no word there', () => {
    expect(persons('文/胡娜娜　图/付平\n（郭平燕 摄）\n摄影／侯俊玉')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['图/新华社', '图/本报记者', '文/高度', '（资料图 摄）', '作品 摄', '全程拍摄']) expect(persons(decoy), decoy).toEqual([])
    expect(persons(`（郭平燕${' '.repeat(300)}摄）`)).toEqual(['郭平燕'])
    for (const decoy of [`作品${' '.repeat(300)}摄`, `胡娜娜${' '.repeat(300)}摄影展`]) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before 分管, 入选, 被授予, 签字, 所在, 家中 and adverbs of conduct (主动, 积极, 始终, 先后, 多次, 一直, 毅然)', () => {
    expect(persons('胡娜娜分管农业农村工作。付平入选“中国好人榜”。郭平燕主动请缨到村任职，侯俊玉家中种植了10亩蔬菜')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['企业主动作为', '，高度一直', '安全始终', '，石油所在', '单位积极参与', '局长分管']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before 送去, 走访, 当场 and after 帮助, and no name that ends with a verb of names or runs on from a street', () => {
    expect(persons('为胡娜娜送去慰问金。付平走访了10户群众，郭平燕当场拍板解决，帮助侯俊玉解决了就业问题')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['为学院路送去慰问金。', '为成员国送去慰问金。', '为居民区送去慰问金。', '帮助企业解决难题']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the name before speech in a manner (激动地说, 高兴地告诉, 深有感触地表示), and no one else there', () => {
    expect(persons('胡娜娜激动地说：付平高兴地告诉记者：郭平燕深有感触地表示')).toEqual(['胡娜娜', '付平', '郭平燕'])
    for (const decoy of ['他激动地说', '大家高兴地说', '企业负责人激动地说', '群众满意地说', '切实有效地讲']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find names joined by 和, 与, 及 before a verb of names, and no word joined to a name so', () => {
    expect(persons('胡娜娜和付平参加了会议。郭平燕与侯俊玉一起走访群众')).toEqual(['胡娜娜', '付平', '郭平燕', '侯俊玉'])
    for (const decoy of ['企业和付平参加', '安全与质量一起', '，高度及石油出席']) expect(persons(decoy).filter((name) => name !== '付平'), decoy).toEqual([])
  })

  it('should end a labelled list at a full stop, so the prose after it gives no names', () => {
    // 任队长 after the full stop is a predicate (任 as 担任), not a name in the list; redact's second look reads the
    // text with the names already masked, where it stands between punctuation and a mask like a listed name
    expect(persons('驻村工作队成员：*、*、**。工作队由县林业和草原局选派，驻村第一书记*任队长。')).toEqual([])
    expect(persons('成员：诸葛文斌、上官晓燕。')).toEqual(['诸葛文斌', '上官晓燕'])
  })

  it('should find a two-character name padded to the width of three, but not a spaced heading', () => {
    expect(persons('县政府办公室政务公开股 张  琳\n联系电话')).toEqual(['张  琳'])
    expect(persons('方  案\n纪  要\n简  报\n章  程\n')).toEqual([])
  })

  it('should read bylines and signatures from the zones', () => {
    const text = '创建成炬 文明满城\n王留剑\n现将情况报告如下。'
    expect(persons(text, [zoneOf(text, '王留剑', 'byline')])).toEqual(['王留剑'])
    expect(persons(text)).toEqual([])
  })

  it('should mask a surname before a title right after its unit (商务局王局长), not a function word or a unit\'s character there', () => {
    expect(persons('新城区商务局王局长带队检查了农贸市场')).toEqual(['王'])
    expect(persons('卫生院高院长介绍')).toEqual(['高'])
    const decoys = ['县司法局向局长汇报', '财政局局长', '县局全局长', '派出所所长', '镇卫生院院长', '政府办公室于主任', '县住建局安全股股长', '市局高度重视']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should mask the surname of a found person before a title (王局长)', () => {
    const text = '局长王留剑主持会议。会后，王局长强调'
    const found = detectPersons(makeContext(text))
    const surname = found.find((item) => item.rule === 'surname-title')
    expect(surname && text.slice(surname.start, surname.end)).toBe('王')
    expect(surname?.start).toBe(text.indexOf('王局长'))
  })

  it('should mask only the surname of a surname and a title before a verb (胡书记说), even where jieba reads the two as one name', () => {
    expect(persons('村党支部书记胡娜娜带领群众发展产业。胡书记说，')).toEqual(['胡娜娜', '胡'])
    expect(persons('胡书记说，刘校长表示')).toEqual(['胡', '刘'])
    for (const decoy of ['老同志说，', '广大群众表示', '经李局长介绍，']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should give each way of finding a name its rule and confidence', () => {
    function rules(text: string): string[] {
      return detectPersons(makeContext(text)).map((found) => `${text.slice(found.start, found.end)}:${found.rule}:${found.confidence}`)
    }
    expect(rules('刘芳指出')).toEqual(['刘芳:name-before-verb:0.75'])
    expect(rules('经王伟同意')).toEqual(['王伟:name-after-cue:0.75'])
    expect(rules('王局长指出')).toEqual(['王:surname-title:0.6'])
    expect(rules('局长王留剑出席，王局长强调')).toEqual(['王留剑:title-before-name:0.9', '王:surname-title:0.85'])
    expect(rules('局长李强出席')).toEqual(['李强:local-namesake:0.9'])
    expect(rules('国务院总理李强')).toEqual([])
  })

  it('should find the people an award or a recommendation names (推荐…, 授予…, 表彰…, 为…颁发), not the bodies', () => {
    expect(persons('推荐胡娜娜（女，1985年出生）为优秀共产党员。授予郭平燕“优秀共产党员”称号。为袁兰雪颁发荣誉证书。表彰刘建华。')).toEqual([
      '胡娜娜', '郭平燕', '袁兰雪', '刘建华'
    ])
    expect(persons('推荐企业参评，表彰先进集体，授予荣誉称号，为群众颁发补贴，推荐方案。')).toEqual([])
  })

  it('should find a name that opens its clause before a title set off by commas, not a word before one', () => {
    expect(persons('胡娜娜，村党支部书记，长期扎根基层。袁兰雪，县卫生健康局局长，带队检查。')).toEqual(['胡娜娜', '袁兰雪'])
    expect(persons('同时，村党支部书记，带头示范。会上，县委书记，作了讲话。')).toEqual([])
  })

  it('should find a name before its age (胡娜娜今年56岁), not a place or a reference before 今年', () => {
    expect(persons('胡娜娜今年56岁，是村里的种植能手。')).toEqual(['胡娜娜'])
    expect(persons('我县今年新增就业。江安今年实现增收。本村今年种植葡萄。王家今年收入增加。')).toEqual([])
  })

  it('should let a title give way to one that starts inside it and runs on, where jieba reads the first as no word (乡村医生)', () => {
    // 村医 inside 乡村医生 is no title there; 户主 starts its word before 任 (户主任超强: the villager 任超强)
    expect(persons('黄庄村乡村医生孟凡来说：“药够用了。”')).toEqual(['孟凡来'])
    expect(persons('户主任超强开办农家乐')).toEqual(['任超强'])
    expect(persons('村医王传芳扎根山村')).toEqual(['王传芳'])
    expect(persons('村民警惕性很高，乡村医生队伍不断壮大')).toEqual([])
  })

  it('should end a name after a title before 则, 却 and 便, and take no word before 便 for a name (逢人便说)', () => {
    expect(persons('药剂科主任符秀云则把好用药关，护士长柏小玲却坚持夜班')).toEqual(['符秀云', '柏小玲'])
    expect(persons('老人逢人便说：“好。”')).toEqual([])
  })

  it('should read kin, duty leaders, representatives and young founders as titles before names, not in their words', () => {
    expect(persons('婆婆廖凤珍患有慢性病，女婿卢国伟常年在外务工')).toEqual(['廖凤珍', '卢国伟'])
    expect(persons('列席：街道挂点领导詹永红，居民代表汤秋云、甘德明')).toEqual(['詹永红', '汤秋云', '甘德明'])
    expect(persons('回乡创业青年戚子豪办起了合作社')).toEqual(['戚子豪'])
    const decoys = ['婆婆妈妈的事', '实行领导包保。', '领导高度重视，领导班子团结', '代表大会召开，代表性强，代表团抵达', '孙子兵法', '分管领导干部']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read characters that are almost only surnames, however rare, as surnames (宓, 禤)', () => {
    expect(persons('副组长：宓建新  禤志雄')).toEqual(['宓建新', '禤志雄'])
    expect(persons('返乡创业青年禤嘉乐被评为“热心楼长”')).toEqual(['禤嘉乐'])
  })

  it('should read the people a service meets as titles before names, and 反映, 立即 as verbs after names, vouching for names that are words', () => {
    // 丛林/nr, 甘霖/nr and 高峰/nr are words jieba tags as names: a title before and a verb of names after vouch for them
    expect(persons('消费者丛林反映烧烤店缺斤少两，窗口工作人员甘霖被评为服务标兵，卒中中心医生高峰立即组织溶栓')).toEqual(['丛林', '甘霖', '高峰'])
    expect(persons('患者邬秀华今年65岁，企业负责人严振宇反映资金紧张，钱晓峰立即赶到现场')).toEqual(['邬秀华', '严振宇', '钱晓峰'])
    const decoys = ['群众反映强烈，企业反映问题', '高峰时段，夏天来了，书记周密部署', '局长高度重视，立即整改，全体立即行动', '患者满意度提升，工作人员到位，消费者权益，申请人资格']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the secretary of each village listed before a shared verb (河湾村贺永年、桥头村戈成林等村党支部书记), even a name that holds a word', () => {
    expect(persons('河湾村贺永年、桥头村戈成林、柳树湾村马兰花等村党支部书记要当好排头兵')).toEqual(['贺永年', '戈成林', '马兰花'])
    const decoys = ['全村上下高度重视，本村高度重视', '东村高速、西村王家等村参加', '村党支部书记带头', '该村万家灯火']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the people of a police report and pupils as titles before names, and end a name before 称', () => {
    expect(persons('犯罪嫌疑人管志刚被依法刑事拘留，报警人邵丽华称，受害人齐建平报警称')).toEqual(['管志刚', '邵丽华', '齐建平'])
    expect(persons('学生苗欣怡获得全国一等奖')).toEqual(['苗欣怡'])
    const decoys = ['学生会换届，学生家长满意，学生资助全覆盖', '受害人数下降，报警人数增加', '据统计称，嫌疑人员排查']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before 是, 家的, 两口子, （化名） and 的帮助, and after an age (65岁的), not a word there', () => {
    expect(persons('樊春生是村里的致富能手。')).toEqual(['樊春生'])
    expect(persons('宁秀芝家的院子里，在岳建明的帮助下，今年65岁的蒲永贵是老党员')).toEqual(['宁秀芝', '岳建明', '蒲永贵'])
    expect(persons('戴小丽（化名）说，包德胜两口子')).toEqual(['戴小丽', '包德胜'])
    const decoys = ['关键是落实，重点是服务，目标是增收', '大家的事，国家的政策，农家的院子', '在上级的帮助下，在专家的指导下', '3岁的孩子，80岁的老人，70岁的高龄']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read how a village feature calls its people (老汉, 大嫂, 警官, 快递员) and what it tells of them (回忆, 笑着, 家里, 夫妻俩)', () => {
    expect(persons('柴福来老汉今年70岁，邝桂珍大嫂说，快递员闫志鹏说：')).toEqual(['柴福来', '邝桂珍', '闫志鹏'])
    expect(persons('冉德顺回忆说：，景秀兰笑着告诉记者，葛秋生家里有三口人，卞晓东夫妻俩开了一家店，交给芦志刚处理')).toEqual(['冉德顺', '景秀兰', '葛秋生', '卞晓东', '芦志刚'])
    const decoys = ['交给群众评判，交给市场', '大家回忆说，他笑着说', '国家里程碑，万家门口', '保安全，司机制，老汉字']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the person a decision names (任命, 免去, 给予) and a short biography without the sex (，汉族, ，中共党员)', () => {
    expect(persons('任命穆晓东为镇党委副书记，免去池文斌同志的职务，决定给予栾志伟党内警告处分')).toEqual(['穆晓东', '池文斌', '栾志伟'])
    expect(persons('樊丽娟，汉族，大学学历。覃志远，中共党员，')).toEqual(['樊丽娟', '覃志远'])
    const decoys = ['任命书已下发，免去职务，给予支持', '给予高度评价，任命程序规范', '全县，汉族人口占比，群众，中共党员占比']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the labels of a schedule or a form that name who does it (主持：, 拟稿：, 领队：, 牵头领导：), not words there', () => {
    expect(persons('主持：冼志明\n拟稿：宁晓燕　核稿：蔺建国\n领队：巫文杰\n牵头领导：卓永红；责任单位：县委办')).toEqual(['冼志明', '宁晓燕', '蔺建国', '巫文杰', '卓永红'])
    expect(persons('主持：县委办公室\n签字：无\n技术指导：省农科院')).toEqual([])
  })

  it('should find the names in the rows of a table that hold a title, whatever separates its cells, and no word there', () => {
    expect(persons('1\t尹春华\t县农业农村局\t局长\n2\t甘晓露\t县财政局\t副局长')).toEqual(['尹春华', '甘晓露'])
    expect(persons('| 序号 | 姓名 | 职务 |\n| 1 | 庞秀云 | 村党支部书记 |\n1　苗志强　县财政局　副局长')).toEqual(['庞秀云', '苗志强'])
    expect(persons('序号　姓名　单位　职务\n1　县农业农村局　局长　负责全面工作\n局长\t'.repeat(2))).toEqual([])
    expect(persons('局长\t'.repeat(20_000))).toEqual([])
  })

  it('should find names listed after a title where jieba reads words in them, before another name or a role', () => {
    // 季秋/n + 实: a word and a character that running text refuses, but a list after a title holds names
    expect(persons('育才中学考生阮秋实、郁雨桐分获全市第3名')).toEqual(['阮秋实', '郁雨桐'])
    // 向 in a listed given name; 杨柳/nr before another worker named by role
    expect(persons('指导教师仇海燕、柏向阳被授予称号')).toEqual(['仇海燕', '柏向阳'])
    expect(persons('社保窗口工作人员杨柳、医保窗口工作人员符晓东受到表扬')).toEqual(['杨柳', '符晓东'])
    const decoys = ['群众安全感、获得感、幸福感', '群众安全感、工作人员满意度', '成员单位、部门', '书记高度、深度']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should end a name before a determiner jieba reads alone before a word (智勇 + 全 + 季度), not inside a name or a word', () => {
    expect(persons('医保窗口工作人员智勇全季度零差评，局长张德全主持，书记李万全说')).toEqual(['智勇', '张德全', '李万全'])
    expect(persons('书记周密全面部署，局长高度每月调度')).toEqual([])
  })

  it('should read examinees, model workers, award winners and shift leaders as titles, 买 as a surname and 未 after a name', () => {
    expect(persons('水厂值班长熊春生和党员黎光明，五一劳动奖章获得者秦大勇、市级劳动模范况小平等')).toEqual(['熊春生', '黎光明', '秦大勇', '况小平'])
    expect(persons('社区居民买建国反映，工作人员边秀梅未执行一次性告知制度')).toEqual(['买建国', '边秀梅'])
    const decoys = ['考生人数增加，劳模精神，获得者名单，买卖公平，买单']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name before habits and a life told after it (每天, 常年, 多年来, 出生于, 身为, 执教), not a word there', () => {
    expect(persons('莫秀芬每天入户走访，龚春生常年照顾婆婆，邱海燕多年来坚持巡河，饶志勇出生于1978年')).toEqual(['莫秀芬', '龚春生', '邱海燕', '饶志勇'])
    const decoys = ['企业每天生产，群众常年外出，全县多年来坚持', '他出生于农村，身为党员，教师执教的课']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the Hui surnames of the northwest (虎, 拓, 纳, 妥, 锁) as surnames, not in the words they open', () => {
    expect(persons('向阳村党支部书记虎振国同志带领群众，人武部长妥建军同志，分管副镇长拓文华同志')).toEqual(['虎振国', '妥建军', '拓文华'])
    const decoys = ['书记妥善处理，局长纳入考核，主任拓展业务', '书记锁定目标，组长虎头蛇尾，局长拓宽渠道', '主任纳税，书记妥当安排，村民锁门，老虎']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the common surnames 傅, 温, 牛, 阎, 萧 and the Shanxi ones 畅, 毋 as surnames, not in the words they open', () => {
    expect(persons('社区居民牛立新反映，村民温建国说，局长傅海东主持，联系人：阎春华，主任萧文杰同志，主任毋海林同志，组长畅志远同志')).toEqual(['牛立新', '温建国', '傅海东', '阎春华', '萧文杰', '毋海林', '畅志远'])
    const decoys = ['书记温暖人心，局长牛劲十足，村民温馨提示', '主任畅通渠道，书记毋庸置疑，局长傅粉施朱']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a list item as a name where its given name holds a function word or numeral that names hold (王向阳)', () => {
    expect(persons('成  员：葛春生  白  雪  甄向东  王和平')).toEqual(['葛春生', '白  雪', '甄向东', '王和平'])
    expect(persons('名单：赵三喜、钱如意')).toEqual(['赵三喜', '钱如意'])
    // in prose 向 still ends the name: 局长王建明向群众
    expect(persons('局长王建明向群众宣讲政策')).toEqual(['王建明'])
  })

  it('should find a two-character name padded to three right after a title at the end of a line, not a spaced word', () => {
    expect(persons('列席：物业服务中心经理滕  凯\n记录：苏晴')).toEqual(['滕  凯', '苏晴'])
    expect(persons('工作方案\n主任方  案\n')).toEqual([])
  })

  it('should read the rank of a child in a given name after a title (脱贫户赵二虎), not a date, a count or a word', () => {
    expect(persons('脱贫户焦二虎因病致贫，村民鲁三妹说')).toEqual(['焦二虎', '鲁三妹'])
    const decoys = ['书记于二月主持会议', '老师高三年级', '局长马三次来村', '主任江二期工程', '书记刘三农问题']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the name after where someone comes from as after a title, even where jieba reads a word in it (何满仓)', () => {
    expect(persons('来自河湾村的梁满仓今年71岁，家住山脚下的宁德才说')).toEqual(['梁满仓', '宁德才'])
    const decoys = ['来自全国各地的专家', '来自高校的毕业生', '家住城郊的老人', '来自基层的党员代表', '来自上级的支持', '来自社会各界的爱心人士']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the given name of a person found said alone (“秀娟比亲闺女还亲”), not those letters inside words', () => {
    expect(persons('副镇长上官秀娟同志……老人说：“秀娟比亲闺女还亲。”')).toEqual(['上官秀娟', '秀娟'])
    // 国新 stands inside 全国新增; 建国 is a word jieba knows
    expect(persons('局长翟国新同志。全国新增就业；书记鲍建国同志。建国以来')).toEqual(['翟国新', '鲍建国'])
    // a noun after the two letters makes them the start of a phrase; a title after them keeps them a name
    expect(persons('村民郝春来同志说，春来江水绿如蓝。春来同志又说')).toEqual(['郝春来', '春来'])
    // 秀梅 is no word of jieba's, though the dictionary's hash may answer yes for it
    expect(persons('院长甘秀梅同志……母亲常说：“秀梅是大家的医生。”')).toEqual(['甘秀梅', '秀梅'])
  })

  it('should find a name by the look of its characters where nothing around it says so, not a word, a place, a unit or a brand', () => {
    expect(persons('楼下的覃晓东因漏水多次找到社区')).toEqual(['覃晓东'])
    // a compound surname opens few words; a run jieba could not read may hold a function word before the name
    expect(persons('法官上官秀梅每月到街道巡回指导')).toEqual(['上官秀梅'])
    expect(persons('情况属实，对边秀琴予以通报批评')).toEqual(['边秀琴'])
    // a list of people goes on with people: the name that holds the word 长江 is listed after one found
    expect(persons('金凤英、章长江二人调解成功')).toEqual(['金凤英', '章长江'])
    // a surname and one character jieba knows as a word (高原) is a name there too, before a count of the people listed
    expect(persons('金凤英、高原二人调解成功')).toEqual(['金凤英', '高原'])
    expect(persons('金凤英、高原地区的群众')).toEqual(['金凤英'])
    const decoys = [
      // a common noun or a title after a surname-like character, a word that crosses the run's end
      '全礼堂的人都在交头接耳', '苏小姐来电话', '高山流水遇知音', '王明显提高', '东方才白，船的速度减低',
      // the proper part of a place, a unit or a brand
      '以李家庄村为重点', '金秀苑小区居民', '“金凤英”牌大米远销各地', '发展普惠托育服务',
      // a role, and a measure word after a number
      '兼职网格员31名，楼栋长112名。', '每斤售价从原来的180元涨到了460元', '每斤售价从原来的**元涨到了**元'
    ]
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name of parts joined by a dot up to a word of prose or a function word, not places or slogans', () => {
    expect(persons('社区负责人古丽娜尔·艾山将刺绣与文创结合')).toContain('古丽娜尔·艾山')
    expect(persons('村民艾则孜‧吐尔逊结亲多年')).toContain('艾则孜‧吐尔逊')
    const decoys = ['第十届中国·平阴玫瑰文化节', '坚持党建·引领发展', '打造“明德修身·清风正气”品牌', '•张三']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name with no surname of the list right after a title where jieba reads it as unknown, not words or coinages', () => {
    expect(persons('合作社理事长其其格玛被评为优秀带头人')).toEqual(['其其格玛'])
    expect(persons('嘎查牧民巴特尔朝鲁的家庭牧场')).toEqual(['巴特尔朝鲁'])
    // a last character that follows names belongs to the sentence
    expect(persons('嘎查牧民那仁满都拉家理赔5万元')).toEqual(['那仁满都拉'])
    expect(persons('嘎查牧民吉日格勒家理赔5万元')).toEqual(['吉日格勒'])
    // longer than the surname and one character the rules of names read (阿布)
    expect(persons('村民阿布都热依木利用庭院养鸽')).toEqual(['阿布都热依木'])
    // not the unknown run past the name (魏晴正读高三): the name jieba reads apart is left to the rules of names
    expect(persons('那时女儿魏晴正读高三')).toEqual(['魏晴'])
    const decoys = ['老人逢人便说', '各族群众互嵌式示范社区', '利用居民微信群宣传政策', '村民代表大会', '书记亲自挂帅', '局长办公会议', '农民专业合作社', '牧民群众增收', '青年职工到小沙江镇开展活动']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the names in a column of a table headed by a word for people, even words and names with no surname of the list', () => {
    const table = ['序号  社区  当事人  纠纷类型', '1  东关社区  乔丽、夏雨  相邻纠纷', '2  南街社区  高远等12户  物业服务', '3  北街社区  局长  劳动报酬'].join('\n')
    expect(persons(table)).toEqual(['乔丽', '夏雨', '高远'])
    expect(persons(['养殖户\t所在嘎查\t存栏', '额尔敦巴雅尔\t东乌嘎查\t860', '2024年\t合计\t1720'].join('\n'))).toEqual(['额尔敦巴雅尔'])
    // no column of people: the table holds units and words, and a row of other width ends it
    const decoys = [['序号  责任单位  完成时限', '1  高新区  年底前'].join('\n'), ['姓名  单位  到岗', '高远  县委', '方正  局办  在岗'].join('\n')]
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read under a header a wrap cut (blanks end its line) only the rows that open with their number', () => {
    // w100 wrapped at 20, as the output reads it: the lines between hold the rest of a row's cells (所在村组, 纠纷类型)
    const cut = ['    序号  当事人         ', '   所在村组        纠纷类型 ', '    1     郑国平、郑国安   ', ' 嘉禾村坳背组    山林权属     ', ' 罗永红    签订协议', '    2     肖满秀       '].join('\n')
    expect(persons(cut)).not.toContain('山林权属')
    expect(persons(cut)).toEqual(expect.arrayContaining(['郑国平', '郑国安', '肖满秀']))
    // a header of two cells that ends its line reads every row below it
    expect(persons(['当选人  得票数', '钱国平  156', '孙慧敏  149'].join('\n'))).toEqual(['钱国平', '孙慧敏'])
    // rows that open with a number written otherwise under a cut header
    const numbered = ['    序号  当事人         ', '   所在村组        纠纷类型 ', '    一     郑国平   ', ' 嘉禾村坳背组    山林权属     ', '    （2）     肖满秀       ', '    ③     胡小兵       '].join('\n')
    expect(persons(numbered)).toEqual(['郑国平', '肖满秀', '胡小兵'])
  })

  it('should read every row under a header whose line ends in blanks where its next line is a row of its cells holding a name', () => {
    // the header's cells padded to the table's width: no wrap cut it, and its first row is read as the others
    const padded = ['户主姓名    村组      面积（亩）   ', '胡友根      嘉禾村    3.2   ', '曾凡林      蜀口村    2.5   '].join('\n')
    expect(persons(padded)).toEqual(['胡友根', '曾凡林'])
    expect(persons(['当选人  得票数    ', '钱国平  156', '孙慧敏  149'].join('\n'))).toEqual(['钱国平', '孙慧敏'])
    // decoy: a next line of other cells, or holding no name in the column, leaves the header cut (纠纷类型 is no name)
    expect(persons(['    序号  当事人         ', '   所在村组        纠纷类型 ', ' 嘉禾村坳背组    山林权属     '].join('\n'))).toEqual([])
  })

  it('should read a header with a note in parentheses (承包（流转）方), 姓名 after a word for people, 方, padded (姓  名), or two cells of words', () => {
    const contracted = ['序号\t承包（流转）方\t地块\t期限', '1\t池水生、余长根（联户）\t村口片水田\t2025年', '2\t卓越（返乡创业青年）\t后门山坡地\t2025年'].join('\n')
    expect(persons(contracted)).toEqual(['池水生', '余长根', '卓越'])
    expect(persons(['户主姓名 | 所在村 | 补贴金额（元）', '马秀兰 | 张家村 | 1240'].join('\n'))).toEqual(['马秀兰'])
    expect(persons(['当选人\t得票数', '钱国平\t156', '孙慧敏\t149'].join('\n'))).toEqual(['钱国平', '孙慧敏'])
    // a name padded to the width of three, which its blanks would split into two cells (周  洋, 王　伟)
    expect(persons(['当选人\t得票数', '钱国平\t156', '周  洋\t138'].join('\n'))).toEqual(['钱国平', '周  洋'])
    expect(persons(['户主\t所在村\t面积', '王　伟\t东关村\t12', '高  原\t西关村\t8'].join('\n'))).toEqual(['王　伟', '高  原'])
    // totals padded as names are (合  计, 小  计) stay
    expect(persons(['当选人\t得票数', '钱国平\t156', '合  计\t294'].join('\n'))).toEqual(['钱国平'])
    expect(persons(['户主\t所在村\t面积', '王建伟\t东关村\t12', '小  计\t\t20', '总  计\t\t40'].join('\n'))).toEqual(['王建伟'])
    // and labels whose first character is a surname (平, 单, 余), which the name's shape alone would take
    expect(persons(['户主\t所在村\t面积', '王建伟\t东关村\t12', '周  洋\t西关村\t8', '平  均\t\t10', '单  位\t\t亩', '余  额\t\t2'].join('\n'))).toEqual(['王建伟', '周  洋'])
    // a header padded to the width of three (姓  名) heads its table, and repeated on the next page goes on heading it
    expect(persons(['序号\t姓  名\t电话', '1\t周  洋\t138', '2\t李明华\t139', '序号\t姓  名\t电话', '3\t吴  伟\t137', '4\t夏天\t136'].join('\n'))).toEqual(['周  洋', '李明华', '吴  伟', '夏天'])
    expect(persons(['序号  姓  名  电话', '1  周  洋  138', '2  夏天  136'].join('\n'))).toEqual(['周  洋', '夏天'])
    // a padded header's word that heads no column of people (单  位, 项  目) makes none
    expect(persons(['序号\t单  位\t项  目', '1\t周庄\t建设', '2\t夏天\t和平'].join('\n'))).toEqual([])
    // a name with no surname padded so (次  仁, 拉  姆: parts of minorities' names), not a padded word or total
    expect(persons(['序号  姓  名  所在网格  联系电话', '1  次  仁  雪新村第三网格  1390895', '2  拉  姆  雪新村第五网格  1390895', '3  合  计  雪新村  2', '4  单  位  村  1'].join('\n'))).toEqual(['次  仁', '拉  姆'])
    // a header of full-width bars (｜), and one ending in a title (社区民警, 带班领导)
    expect(persons(['序号｜经营户名称｜负责人｜存在问题', '1｜六景镇阿强粉店｜黄志强｜无健康证'].join('\n'))).toEqual(['黄志强'])
    expect(persons(['序号  派出所  辖区面积（平方公里）  社区民警', '1  稠城派出所  12.4  吴浩然', '2  佛堂派出所  134.5  楼晓峰'].join('\n'))).toEqual(['吴浩然', '楼晓峰'])
    // a title inside a header's word that ends no title (书记处, 局长办公会) heads no column of people
    expect(persons(['序号  书记处  局长办公会  人数', '1  文明  和平  3', '2  建设  向阳  4'].join('\n'))).toEqual([])
    // padded names side by side are read one after the other, never a given character and the next surname (林  李)
    const padded = '王  林  李  明'
    expect(detectPersons(makeContext(padded)).filter((found) => found.rule === 'padded-name').map((found) => padded.slice(found.start, found.end))).toEqual(['王  林', '李  明'])
    // nor one ending in a title that stands only before names, an ordinary word too (典型代表, 资格审核)
    expect(persons(['序号  典型代表  经验做法', '1  王家湾  推行积分制', '3  金山  发展茶产业'].join('\n'))).toEqual([])
    expect(persons(['序号  资格审核  结果', '1  金山  通过'].join('\n'))).toEqual([])
    // a padded pair of a header that heads no column of people stays two cells, as in its rows (村  组)
    expect(persons(['户主  村  组  面积', '王建伟  东关村  3组  12', '李明华  西关村  5组  8'].join('\n'))).toEqual(['王建伟', '李明华'])
    // a label and its value are no header of two cells; a column of units under 承包方 holds no name
    expect(persons(['负责人\t高原', '建设\t安全', '文明\t和平'].join('\n'))).toEqual([])
    expect(persons(['项目\t承包方\t期限', '1\t东方红农场\t3年'].join('\n'))).toEqual([])
  })

  it('should read the name of a row that lacks its last cells in the column of people (lead\'s read of bcd7222)', () => {
    const numbered = ['序号\t姓名\t单位\t职务', '1\t张伟\t江安县税务局\t局长', '2\t李娜\t江安县财政局', '3\t王强\t江安县教育局\t副局长'].join('\n')
    expect(persons(numbered)).toEqual(['张伟', '李娜', '王强'])
    const spaced = ['姓名  单位  电话', '张伟  城关镇  13812345678', '李娜  东风村  13912345678', '王强  红旗村'].join('\n')
    expect(persons(spaced)).toEqual(['张伟', '李娜', '王强'])
    // a word in the short row is no name the column vouches for, nor is a unit; prose after the table is no row of it
    expect(persons(['序号\t姓名\t单位\t职务', '1\t张伟\t江安县税务局\t局长', '2\t高远\t江安县财政局', '3\t合计\t3'].join('\n'))).toEqual(['张伟'])
    expect(persons(['姓名\t单位\t电话', '张伟\t城关镇\t13812345678', '以上\t共计一人'].join('\n'))).toEqual(['张伟'])
  })

  it('should find the names of a list counted right after it (授予黄河、金秋、欧阳慧敏3名同志), not words counted so or a count of other things', () => {
    expect(persons('经研究，决定授予黄河、金秋、欧阳慧敏3名同志称号')).toEqual(['黄河', '金秋', '欧阳慧敏'])
    expect(persons('人大主席团推荐顾建平、沈  丽、陆卫东3名同志')).toEqual(['顾建平', '沈  丽', '陆卫东'])
    const decoys = ['顾客、游客2名', '全县推荐顾客、周到2名', '高原、平原3名', '评选出教师、医生、护士3名', '选派党员、干部2名', '向阳、江山2人次', '张村、李庄2个', '师德师风、文明、建设3名']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find a name right before its phone in parentheses or after a comma, not a unit, a place, a title or a word there', () => {
    expect(persons('2024年1月18日，木工班组王建军（联系电话：13845678901）反映工资被拖欠。')).toEqual(['王建军'])
    const decoys = ['请联系县医保局办公室（电话：0855-1234567）', '服务中心（联系电话：12345）', '城关镇（电话：123）', '张家村（电话：123）', '各乡镇（联系电话见附件）', '全体人员，手机关机', '会议期间，手机静音', '平安，手机', '高峰期，手机', '向阳社区（电话', '建设单位（联系电话', '金银花（电话']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find the items listed after a name found as names, padded or with no surname of the list, not units or roles', () => {
    expect(persons('冷配站由技术员额尔敦、朝克图负责')).toEqual(['额尔敦', '朝克图'])
    expect(persons('网格员拓海燕、冶春林、李  军坚持入户走访')).toEqual(['拓海燕', '冶春林', '李  军'])
    // an item that names its unit or role is no name: the names in it are found after their titles
    expect(persons('教师朱红梅、育才中学教师王芳获奖')).toEqual(['朱红梅', '王芳'])
    expect(persons('书记贺永年、县财政局参加会议')).toEqual(['贺永年'])
    expect(persons('主任马丽、全科医生欧阳俊参加')).toEqual(['马丽', '欧阳俊'])
  })

  it('should read 干部 as a title and 客商 as a word for people before a name, not before the words they stand with', () => {
    expect(persons('群主为镇综治中心干部雷小军。')).toEqual(['雷小军'])
    expect(persons('项目由浙江客商陈立新投资建设')).toEqual(['陈立新'])
    const decoys = ['干部高度重视', '干部周密部署', '干部文明出行', '干部常年坚守', '干部向群众宣讲', '党员干部带头', '客商云集', '外商投资企业', '10日内全部付清']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a noun for people no title list holds as a title before a name (店员, 经营者, 茶农), not inside words or before words', () => {
    expect(persons('药店店员韦春生违规刷卡')).toEqual(['韦春生'])
    expect(persons('约谈经营者龙天赐，督促整改')).toEqual(['龙天赐'])
    expect(persons('茶农石老满算了一笔账')).toEqual(['石老满'])
    const decoys = ['乡村民宿接待游客', '棚户区改造', '插手工程项目', '女人全吃丈夫的亏', '乡下人初出门', '医生高度评价', '果香农庄开展采摘']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should score the given-name characters of the person probe as characters of names, and function words as not', () => {
    const scores = new Map(readLexicon('given-name-chars.txt').map((line) => [line.charAt(0), Number(line.split('\t')[1])]))
    const probeGiven = readLexicon('eval-probe-names.txt').find((line) => line.startsWith('given\t'))?.slice('given\t'.length) ?? ''
    expect(probeGiven.length).toBeGreaterThan(50)
    // 国, 成 and 洋 stand in words about as often as in names
    const nameLike = [...probeGiven].filter((char) => (scores.get(char) ?? -Infinity) > 0)
    expect(nameLike.length / probeGiven.length).toBeGreaterThanOrEqual(0.95)
    for (const char of '的了是在和不这') expect(scores.get(char) ?? -Infinity, char).toBeLessThan(0)
  })

  it('should not take predicates, unit names or ordinary words for names', () => {
    const decoys = [
      '由市委书记任文明委主任，每季度召开一次会议',
      '宣传部部长任第一副指挥长',
      '由分管的副市长任指\n\n挥长',
      '党委高度重视，周密部署',
      '全体成员会议',
      '局长为组长，班子成员为副组长',
      '群众安全感、满意度不断提升',
      '乡村民宿接待游客',
      '企业负责人和安全管理人员',
      '由镇党委书记、镇长任双主任',
      '第一书记讲扶贫故事',
      '鼓励他们向上向善',
      '石油化工',
      '坚持群众路线'
    ]
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read each item of a list of people with their roles in parentheses as a name, next to a name found there', () => {
    const text = '郑国强（西山镇青石村党支部书记）、江河（东岭镇桃源村党支部书记）、石坚（城关镇卫生院全科医生）、韩  雪（女，北坡镇中心小学教师）'
    expect(persons(text)).toEqual(['郑国强', '江河', '石坚', '韩  雪'])
    // backwards too: the first item before a name found
    expect(persons('柏林（石莲镇竹编匠人）、郑国强（西山镇青石村党支部书记）')).toEqual(['柏林', '郑国强'])
    // items that name units, and lists of things with no name found in them
    expect(persons('张建华（镇党委书记）、财政局（牵头单位）、金融办（配合单位）')).toEqual(['张建华'])
    expect(persons('完成三个项目（道路硬化）、水利工程（新建水渠）、高标准农田（两千亩）')).toEqual([])
  })

  it('should read a name after a title where what follows vouches for it, though jieba reads a word or cannot read it', () => {
    // one word jieba cannot read, holding 本 (no given name holds it in running text), before a verb that follows names
    expect(persons('县委书记鲁立本出席会议并讲话。')).toEqual(['鲁立本'])
    expect(persons('局长本人出席会议并讲话。')).toEqual([])
    // any word between a title and 同志
    expect(persons('窗口专员高兴同志耐心解答群众咨询。')).toEqual(['高兴'])
    expect(persons('感谢专员同志们的辛勤付出。')).toEqual([])
  })

  it('should read judges, heads of teaching groups and a unit before a verb as what names someone', () => {
    expect(persons('聘请县人民法院法官江涛担任法治副校长。')).toEqual(['江涛'])
    expect(persons('英语教研组长庞秀云被评为骨干教师。')).toEqual(['庞秀云'])
    expect(persons('教研组长会议由教务处主持。')).toEqual([])
    // a word jieba reads as a person's name in its context after a unit (检验科/n 金秋/nr), not the end of an idiom
    expect(persons('检验科金秋牵头开展质控。')).toEqual(['金秋'])
    expect(persons('邀请众所周知参加座谈，科室周密部署。')).toEqual([])
  })

  it('should read 获 as a verb after names, and rare surnames', () => {
    expect(persons('学生郇明、禚晓东获省级一等奖。')).toEqual(['郇明', '禚晓东'])
    expect(persons('驻村第一书记陇光明带领工作队，陇海铁路沿线')).toEqual(['陇光明'])
    expect(persons('该项目获省级表彰，我县获评全国示范县。')).toEqual([])
  })

  it('should read no bare name whose given name holds a character no name holds', () => {
    // 血 stands in no name of jieba's dictionary: 鹿血酒 before 等 is a product, 鹿茸 a word
    expect(persons('“林海”牌鹿茸片、鹿血酒等产品远销各地。')).toEqual([])
    expect(persons('鲁振华等同志参加了活动。')).toEqual(['鲁振华'])
  })

  it('should read trades and crafts before a name as titles, and the trade alone as no one', () => {
    expect(persons('白族刺绣代表性传承人寸秀英等开展走访慰问。')).toEqual(['寸秀英'])
    expect(persons('旅行社导游黎雪芳拾金不昧。')).toEqual(['黎雪芳'])
    expect(persons('中心高级兽医师乌恩其带领技术人员深入牧区。')).toEqual(['乌恩其'])
    expect(persons('培养非遗传承人和手工艺人，组建导游队伍，厨师培训班开班，技术骨干队伍不断壮大。')).toEqual([])
    expect(persons('尺寸合适，分寸得当。')).toEqual([])
  })

  it('should read a function word in a given name after a title where a word that follows names comes next', () => {
    expect(persons('协商会上，老党员尚和顺带头做工作。')).toEqual(['尚和顺'])
    const decoys = ['局长王向上级汇报工作。', '书记李向群众讲话。', '主任张和同事们一起。', '党员刘如期完成任务。', '村民王和群众一起参加。']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should find nothing in adversarial runs of titles and surnames', () => {
    expect(persons('局长'.repeat(20_000))).toEqual([])
    expect(persons('第'.repeat(100_000))).toEqual([])
    expect(persons('组长：'.repeat(20_000))).toEqual([])
  })
})

// Generic report phrases of a role noun and the word after it (a word that starts with a surname), and lists of things:
// no name stands in any of them (教师队伍, 负责人高度重视, 护士长期, 学生安全、, 群众文化在, 由文化、卫生等部门负责).
const roleDecoys = linesOf(`
  加强教师队伍建设
  医生护士轮流值班
  企业负责人高度重视
  召开股长会议
  庆祝教师节
  培养非遗传承人才
  选派大学生村官
  护士长期坚持夜班
  护士长期坚守一线
  党员干部、群众代表参加会议
  党员干部，
  全体党员干部要带头
  广大干部群众积极参与
  成员单位、
  各成员单位认真落实
  成员单位要加强协作
  让群众满意。
  让群众满意，
  人民群众满意、
  群众满意度达到96%
  群众安全感、满意度明显提升
  患者满意度达到98%
  纳税人满意度调查
  保障学生安全、
  保障师生安全。
  确保学生安全，
  维护职工权益，
  维护消费者权益、
  维护老年人权益。
  保障农民工权益，
  关心职工生活
  提高农民收入，
  增加农民收入、
  促进农民增收，
  工作人员廉洁从业
  全体工作人员全部到岗
  相关人员全部到位，
  参会人员全部参加
  党员全部参加了学习
  村民利用闲置院落
  群众文化体育活动
  群众文化、
  丰富群众文化生活
  群众文艺团队。
  老人高兴地说
  群众高兴地说
  妻子常年卧床
  年轻人陆续回来了
  纳税人严格依法纳税
  病人明显少了。
  病人明显减少，
  群众幸福指数不断提升
  市民文明素质提升
  教师周转宿舍
  书记项目
  县委书记任组长
  副县长任副组长
  局长任组长，
  局长任组长、
  医生管理、
  患者管理率达到70%
  传承人管理。
  学生成长。
  村民成立了合作社
  职工成立疫情防控小组
  工作人员成立专项督导组
  群众解决实际困难
  老人安装智能水表
  村民查看葡萄长势
  书记强调要把保障
  书记关于“三农”工作的重要论述
  学习书记关于基层治理的论述
  市民文明出行，
  干部作风明显好转
  干部任用、
  干部任用工作
  干部管理、
  干部管理监督
  干部交流轮岗
  加强干部管理，
  教师管理、
  学生管理，
  学生安全教育
  学生安全意识
  职工安全意识
  群众安全意识有待提高
  员工安全培训
  职工安全生产
  从业人员安全培训
  干部明显增强
  群众明显感受到
  教师明显提升
  党员明显增多
  学生全面发展，
  学生全面发展。
  促进学生全面发展、
  干部全面落实
  党员全面参与
  教师全员参与
  医生全程陪护
  医护人员全力救治
  干部全力以赴
  群众全部满意
  干部平时注重学习
  党员平时表现
  教师平时认真备课
  学生平安、
  师生平安，
  居民平安出行
  群众安居乐业
  村民安居乐业，
  群众安心、
  患者安心就医
  职工安心工作
  教师安心从教
  党员成为先锋
  商户成为网格员
  青年成长成才
  学生成绩明显提升
  学生成绩，
  教师成长、
  干部成长，
  医生成长。
  农民成为新型职业农民
  群众利益，
  维护群众利益、
  群众利益无小事
  职工利益。
  村民利益。
  党员先锋模范作用
  农民专业合作社
  学生资助、
  学生资助工作
  教师资格认定
  教师培训、
  教师招聘，
  医生团队。
  护士团队、
  干部能力提升
  干部能力，
  党员教育、
  党员教育管理
  党员发展，
  人员经费、
  人员经费保障
  职工福利，
  职工福利待遇
  职工宿舍。
  学生宿舍、
  居民房屋，
  村民房屋安全
  群众车辆。
  农民田间管理
  群众路上
  患者费用、
  患者费用明显下降
  参保人费用负担
  学生费用，
  干部代表、
  群众代表，
  村民代表、
  党员代表发言
  职工代表大会
  教师代表。
  居民代表参加
  代表委员、
  群众常态化
  干部常态化联系群众
  学生常规管理
  教师常规，
  村民常年外出务工
  农民常年在外
  干部长期扎根基层
  教师长期坚守山区
  医生长期驻村
  党员长期坚持
  村民长期外出，
  群众和谐相处
  邻里和谐、
  居民和谐共处
  村民和睦相处
  群众相互帮助
  干部相互配合
  党员相互监督，
  学生相互学习
  群众共同参与
  干部共同努力
  村民共同富裕
  全体职工共同努力
  党员都是骨干
  群众都很满意
  学生都能参加
  干部都要带头
  教师任教，
  医生任职、
  干部任职，
  党员任职期间
  学生任务，
  干部任务分工
  教师任务繁重
  干部严格要求自己
  党员严格遵守纪律
  教师严格执行规定
  工作人员严格落实制度
  干部严重违纪
  学生明确目标
  干部明确分工，
  群众明年将
  干部文化素质
  学生文明礼仪
  村民文明程度
  群众文明意识，
  职工文化生活
  教师文化水平，
  群众平安感
  农民增收致富
  村民经济收入
  农民经济负担，
  职工经济困难
  学生时代
  青年时期
  农民时间，
  干部初心使命
  党员初心，
  学生初中毕业
  村民宁愿
  群众关心的问题
  教师关心学生
  干部关注民生
  群众关切，
  职工关爱基金
  学生关爱行动
  群众向往美好生活
  干部向上级汇报
  教师向学生传授
  学生向前看
  群众高效办成一件事
  医生高效救治
  干部高标准要求
  群众高度认可
  患者高度评价
  村民高度赞扬，
  家长高度评价，
  群众满怀信心
  村民满怀期待
  党员满腔热情
  群众温饱问题
  居民温馨提示
  学生宁静致远
  家长江湖
  干部管护责任
  护林员管护林地
  群众金融知识
  老人金融诈骗
  干部单独谈话
  学生单独辅导
  老人单独居住
  群众项目，
  村民项目收益
  群众权益保障
  农民权利，
  居民权益，
  职工福利费
  教师党员、
  学生党员，
  农民党员
  干部党性修养
  党员党性教育
  干部干事创业
  群众干净整洁
  学生钱包
  群众钱袋子
  居民江边
  村民江河
  教师陆续到岗
  学生陆续返校
  群众陆续搬入新居
  干部许多
  学生许多
  群众于是
  村民宋代
  干部段位
  村民段落
  学生夏季
  群众夏收
  教师甘于奉献
  医生甘于吃苦，
  党员甘当人梯
  群众林下经济
  农民林地
  村民田间地头
  学生黎明即起
  群众原因，
  学生原因、
  干部原则，
  医生原则
  教师章节
  群众温度
  学生章法
  干部齐心协力
  村民齐心协力，
  群众齐聚一堂
  学生齐唱国歌
  党员初步
  群众时刻
  干部时刻牢记
  医生时刻关注
  学生时常
  干部汤圆
  群众房前屋后
  村民房前屋后
  学生车辆
  群众车辆停放
  职工车辆，
  学生路队
  群众路线
  干部路线
  职工食堂
  教师节庆祝大会
  医护人员节假日坚守岗位
  由文化、卫生等部门负责
  ，教育、卫生、民政等部门参加
  ，种植、养殖等产业
  ，安全、环保、消防等问题
  ，黄金、白银等贵金属
  ，高山、丘陵等地区
  ，米粉、米糠油等精深加工
  ，石油、化工等企业负责
  ，房屋、车辆等财产
  ，江苏、浙江等地
  ，金融、保险等行业参加
  ，葛根、金银花等中药材
  ，柴胡、黄芪等中药材种植
  ，高粱、玉米等作物
  ，田园、乡村等元素
  ，白菜、萝卜等蔬菜5000斤
  ，万家、千户等
  ，严管、厚爱等举措
  ，明察、暗访等方式
  ，单位、个人等
  ，司法、公安等部门负责
  ，关爱、帮扶等工作
  ，宋词、元曲等
  ，曲艺、杂技等节目参加
  ，花灯、彩调等剧种
  ，唐装、汉服等
  ，钱币、邮票等藏品
  ，林果、蔬菜等产业负责
  ，党建、安全、信访等工作
  学生安全是头等大事
  群众满意是最高标准
  群众文化是基层文化的重要组成部分
  学生成绩是衡量标准之一
  职工安心是前提
  群众利益是根本
  学生安全在心中
  群众文化在基层蓬勃发展
  群众文化的发展
  学生安全的底线
  干部作风的转变
  群众关切的问题
  职工利益的保障
  学生成长的环境
  教师成长的摇篮
  医生平时的工作
  群众原因导致
  干部能力不足
  学生常规训练
  群众时刻牵挂
  党员先锋作用
  企业负责人任组长
  群众金融素养
  学生安全教育日
  群众安全感调查
  党员全程参与
  干部全程陪同
  医生全力救治
  教师全员参加培训
  党员全部参加
  群众普遍反映
  群众纷纷表示
  群众一致认为
  干部主动作为
  党员积极参加
  群众幸福是最大的政绩
  群众平安是福
  职工福利是保障
`)

describe('detectPersons on names that are also words', () => {
  it('should mask a name that is also a word right after a role, where a name ends', () => {
    expect(persons('登记注册股股长常乐、窗口工作人员甘霖被评为全县“优质服务标兵”。')).toEqual(['常乐', '甘霖'])
    // a verb after a noun (高山/ns 执教, 原野/n 回到); 在 after a word that names hold (甘露); a PDF line break
    expect(persons('合德幼儿园教师高山执教的音乐活动获市优质课评比一等奖。')).toEqual(['高山'])
    expect(persons('大学毕业生原野回到村里创办合作社。')).toEqual(['原野'])
    expect(persons('其中儿科医生甘露在乡镇驻点半年。')).toEqual(['甘露'])
    expect(persons('“90后”大学生宁静\n\n回到村里，在抖音上开设直播间。')).toEqual(['宁静'])
    // a word that follows names vouches for a given character that names hold less often (原 of 高原, 月 of 明月)
    expect(persons('护理员高原负责夜班，讲解员明月带领游客参观。')).toEqual(['高原', '明月'])
  })

  it('should mask a word frequent in prose that a time word\'s or a proper name\'s tag may name after a title, before a verb', () => {
    expect(persons('医院门诊大厅里，导诊护士夏天引导患者在自助机上扫码取号。')).toEqual(['夏天'])
    expect(persons('岩脚村网格员夏天在巡查中发现一处地质灾害隐患。')).toEqual(['夏天'])
    // an adverbial before the verb: an adjective, an adverb, a time word saying when (明天, 白天, 夏季, 平时); a noun or a
    // verb after a word for many people (权益, 成立, 沙龙); a role that makes a word with what follows (护士长, 教师节, 人员)
    const decoys = ['书记严肃指出', '院长明天出席', '院长平时注重调研', '导诊护士白天引导患者', '导诊护士夏季引导患者', '护士长期坚守', '教师节', '负责人员', '消费者权益保护日', '带领村民成立旅游合作社', '每月举办“企业家沙龙”', '弘扬企业家精神']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read carers, coaches and donors as titles before a name, and no name from a title\'s last character', () => {
    expect(persons('“希望”书屋由爱心企业家朱德明捐建，藏书1.3万册。')).toEqual(['朱德明'])
    expect(persons('城东社区周桂兰、阳光养老院义工秦月。')).toEqual(['周桂兰', '秦月'])
    expect(persons('主教练谷根初带领队员多次获得国际青少年足球赛冠军。')).toEqual(['谷根初'])
    expect(persons('总工程师王文明、安全总监常青分别对深基坑施工提出要求。')).toEqual(['王文明', '常青'])
    // 康复|师 is a title's: 师宁静 is no name, however its characters look; the name opens where the title ends
    // (reviewer 2 of 11679e8, finding 2)
    expect(persons('康复师宁静为脑瘫患儿制定个性化康复方案。')).toEqual(['宁静'])
    expect(redact('康复师宁静为脑瘫患儿制定个性化康复方案。').text).toBe('康复师**为脑瘫患儿制定个性化康复方案。')
  })

  it('should read river chiefs, beat officers, a boss called by the surname, and a chief engineer\'s surname', () => {
    expect(persons('镇级河长王建平每月巡查东溪，督促村级河长林小军当日整改到位。')).toEqual(['王建平', '林小军'])
    expect(persons('片警小郑带着辅警跑遍了周边山头。')).toEqual(['小郑'])
    // jieba reads the surname and the title as one name (陈老板/nr)
    expect(persons('在走访中，海鑫水产的陈老板反映，冷链物流成本上涨。')).toEqual(['陈老板'])
    expect(persons('会上，陈总工程师介绍了施工方案。')).toEqual(['陈'])
    // the stretch of water before 河长, and words of prose with 嫂 and 老板
    const decoys = ['旭水河双古段河长：', '全面落实河长制，河长办', '评选最美军嫂', '打造“陶寺月嫂”劳务品牌', '兄嫂', '大老板', '个体老板', '车货总重68.5吨']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read no name after a title where a family\'s settlement or a place after the verb 任 stands (reviewer 2, finding 7)', () => {
    for (const decoy of ['书记任南京在', '副书记任南京在会上讲话']) expect(persons(decoy), decoy).toEqual([])
    // a name whose given characters are a place's, read whole by jieba
    expect(persons('局长王江宁主持会议。')).toEqual(['王江宁'])
    expect(persons('村支书王家坤主持会议。')).toEqual(['王家坤'])
  })

  it('should mask a family\'s settlement after a title as a place, not leave it visible (reviewer 2 of 11679e8, finding 1)', () => {
    expect(redact('县委书记程家湾调研时强调').text).toBe('县委书记*调研时强调')
    expect(redact('书记王家岭主持会议').text).toBe('书记*主持会议')
    expect(redact('镇长李家庄组织开展').text).toBe('镇长*组织开展')
    expect(redact('村支书王家坝介绍情况').text).toBe('村支书*介绍情况')
    const settlement = detectPersons(makeContext('村支书王家坝介绍情况'))
    expect(settlement.map(({type, rule}) => `${type} ${rule}`)).toEqual(['PLACE settlement-after-title'])
    // a name whose third character is no landform stays a name; no title, no settlement read here
    expect(redact('村支书王家坤主持会议。').text).toBe('村支书**主持会议。')
    expect(persons('程家湾调研时强调')).toEqual([])
  })

  it('should mask a word after a role where a name found after its own role is listed with it (书记海燕和网格员苏晓梅), not a word there', () => {
    expect(persons('宝湖社区书记海燕和网格员苏晓梅先后入户。')).toEqual(['海燕', '苏晓梅'])
    expect(persons('分管副局长揭小平和基金监管股股长黎明依法办案。')).toEqual(['揭小平', '黎明'])
    expect(persons('小学教师皇甫玉兰、龙台中学教师曾经、广福镇铜山小学教师李华获奖。')).toEqual(['皇甫玉兰', '曾经', '李华'])
    // a word that goes on with a verb, a frequent noun or a word jieba tags a name at a clause's end, no join or name found
    const decoys = ['校长李明和教师文明出行', '校长李明和教师文明。', '村民王强和村民顾客。', '局长王强和书记江山如画', '主任王芳和教师夏天来了', '书记王强和局长向阳而生', '局长王强、书记建设美丽乡村', '主任王芳和书记和平解决', '护士长期坚守，教师曾经、']
    for (const decoy of decoys) expect(persons(decoy).filter((name) => !['李明', '王强', '王芳'].includes(name)), decoy).toEqual([])
  })

  it('should mask a name after a title that jieba reads apart before a run it cannot read, a verb or an adverb', () => {
    expect(persons('培训学员215人次；木雕艺人段明月带徒46人，作品远销各地。')).toEqual(['段明月'])
    expect(persons('那时女儿魏晴正读高三，丈夫常年在外。')).toEqual(['魏晴'])
    const decoys = ['书记高位推动', '局长亲自抓', '主任常抓不懈', '党员冲锋在前', '干部吃住在村', '局长严抓落实', '书记亲自部署', '医生全天候值守']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a surname and a given character that jieba knows as a proper noun as a name\'s start (柯文/nz, 陆海/ns)', () => {
    expect(persons('成立由党委书记、董事长柯文彬任组长，返乡青年陆海波负责电商直播。')).toEqual(['柯文彬', '陆海波'])
    // a word of three characters jieba knows (金银花/nr), and a prefix of prose (安全感, 高度重视)
    for (const decoy of ['，葛根、金银花等中药材', '群众安全感明显提升', '局长高度重视']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a first listed name that jieba reads as one after the verb before the list (选派 + 沈冰/x)', () => {
    expect(persons('我校选派沈冰、唐海燕、黄河等11名教师送教下乡。')).toEqual(['沈冰', '唐海燕', '黄河'])
    // jieba's names of things are words listed, not names (金银花/nr, 葛根/nr)
    expect(persons('种植金银花、葛根等3000亩。')).toEqual([])
  })

  it('should read 非遗传承人 and 专家 as titles before a name, not before the words they make', () => {
    expect(persons('邀请非遗传承人李桂娥每周到校授课，省茶叶研究所专家田园等人深入茶园。')).toEqual(['李桂娥', '田园'])
    const decoys = ['培养非遗传承人才', '非遗传承人队伍不断壮大', '专家团队', '专家学者', '专家论证会', '专家门诊', '专家服务团', '专家全程参与', '专家高度评价', '专家田间指导']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should run a name jieba cannot read after a title on over a few characters it reads as prose, to where the list or clause ends', () => {
    expect(persons('庆格勒嘎查牧民哈斯其木格、孟和、金花三户联合办起合作社。')).toEqual(['哈斯其木格', '孟和', '金花'])
    expect(persons('牧民孟和、高原十二户联合办起合作社。')).toEqual(['孟和', '高原'])
    // a round count (120余名) is of the people who come with the listed, not of them
    expect(persons('牧民孟和、高原120余名群众参加。')).toEqual(['孟和'])
    expect(persons('萨如拉嘎查党支部书记额尔敦毕力格被旗委评为优秀党务工作者。')).toEqual(['额尔敦毕力格'])
    const decoys = ['村民代表大会。', '书记亲自挂帅。', '局长办公会议，', '牧民群众增收。', '各族群众互嵌式示范社区。', '牧民合作社，', '村民自治组织、', '党员先锋岗。', '学生课外活动。', '职工之家。', '居民议事会，', '农民夜校。', '村民议事厅、', '群众满意度测评。', '牧民转移就业，', '牧民草原生态补奖。', '书记遍访贫困户。', '牧民嘎查集体经济，', '牧民互助组、', '村民理事会。', '群众文化广场。', '牧民那达慕大会。', '嘎查牧民马背宣讲团，', '群众乌兰牧骑演出。', '牧民敖包相会。', '村民议事协商，', '党员志愿服务队、', '群众乐于接受。', '干部作风建设。']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should keep every generic phrase of a role noun and the word after it unmasked', () => {
    expect(roleDecoys.length).toBeGreaterThanOrEqual(200)
    for (const decoy of roleDecoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should mask two-character names that go on a list from a name found, up to a word that follows names', () => {
    expect(persons('技术骨干苏日娜、高原分别获得全区先进个人。')).toEqual(['苏日娜', '高原'])
    expect(persons('网格员黄晓婷、粘少峰、林立负责凤山花园片区。')).toEqual(['黄晓婷', '粘少峰', '林立'])
    // the list stops at a word that is no name
    expect(persons('局长王芳、李强和群众代表参加座谈。')).toEqual(['王芳', '李强'])
    expect(persons('书记施伟、洪秋月等同志参加。')).toEqual(['施伟', '洪秋月'])
    expect(persons('村民王大明、高原地区的群众')).toEqual(['王大明'])
    // the last item before the people split into groups, which jieba reads into it (国庆分)
    expect(persons('执法人员谭晓婷、刘志勇、易国庆分三个小组开展检查，')).toEqual(['谭晓婷', '刘志勇', '易国庆'])
    expect(persons('网格员黄晓婷、林立分两批入户走访。')).toEqual(['黄晓婷', '林立'])
    // 分 opening no count of groups stays with the words after the list
    expect(persons('执法人员谭晓婷、刘志勇、执法车辆分三批出动，')).toEqual(['谭晓婷', '刘志勇'])
    expect(persons('网格员黄晓婷、高原分布的牧场，')).toEqual(['黄晓婷'])
  })

  it('should mask names listed before a word that follows names where one of them is no word', () => {
    // 施伟 is no word: the list vouches for 佘 + 建国 and 洪 + 秋月
    expect(persons('，施伟、洪秋月、佘建国负责锦绣华庭小区。')).toEqual(['施伟', '洪秋月', '佘建国'])
    // after a cue, and a count of people after 等
    expect(persons('奶食品作坊由包金山、韩苏布达等16户牧民联合经营。')).toEqual(['包金山', '韩苏布达'])
    // every item a word, or 等 before no count of people
    for (const decoy of ['由文化、卫生等部门负责。', '，米粉、米糠油等精深加工。']) expect(persons(decoy), decoy).toEqual([])
    // the verb before the list is no part of its first item (学习 + 母德富)
    expect(persons('，学习母德富、骆晓丹等同志扎根基层的精神。')).toEqual(['母德富', '骆晓丹'])
  })

  it('should read a surname that is also a function word as that word before a time word or a verb (于近日, 常走访)', () => {
    for (const decoy of ['县委书记于会上强调，', '局长于近日调研，', '网格员常巡查，村干部常走访。']) expect(persons(decoy), decoy).toEqual([])
    expect(persons('局长于海波主持会议，书记常建国表示，')).toEqual(['于海波', '常建国'])
  })

  it('should mask a nickname in quotes after a verb of calling, and its other mentions', () => {
    expect(persons('姐妹们都叫她“阿英”。阿英带头报名，还动员大家。')).toEqual(['阿英', '阿英'])
    expect(persons('老人们都亲切地喊他\n“阿波”。')).toEqual(['阿波'])
    // 老 or 小 before a surname is what the village calls one person (老石, 老粘); epithets are not names
    expect(persons('大家都叫他“老黄牛”，也叫他“老石”，称她为“小能手”。')).toEqual(['老石'])
    expect(persons('村里人都叫他“老粘”。老粘带头在荒坡上种树。')).toEqual(['老粘', '老粘'])
  })
})

// Report phrases after a role whose first characters also transliterate names (多, 日, 依, 扎, 明, 加 …).
const transliterationDecoys = linesOf(`
  党支部书记多次召开会议
  牧民日益增多
  教师扎根山区
  主任依法依规办事
  书记亲自部署
  村民都来参加
  局长明确要求
  医生努力克服困难
  书记特别强调
  牧民普遍反映
  教师平时注重
  牧民莫不称赞
  书记达到要求
  牧民依托草场
  村民利用闲置房屋
  主任连续三年
  牧民加快转型
  书记加大投入
  局长加强督导
  教师优先保障
  村民珍惜机会
  主任真正做到
  书记卓有成效
  牧民增收明显
  教师宗旨意识
  村民沙棘种植
  牧民玉米秸秆
  书记通过走访
  主任提前谋划
  牧民马上行动
  教师满怀信心
  村民乐于接受
  书记力争上游
  牧民其他收入
  村民门前三包
  主任日常巡查
  书记扎实推进
  教师德育工作
  牧民旺季出栏
  村民平安建设
  书记来到现场
  教师来自各地
  牧民林下经济
  村民龙头企业
  牧民夏季转场
  书记亲临一线
  主任西部大开发
  牧民图书室
  村民文明新风
  教师尊师重教
  书记不断创新
  牧民不仅增收
  局长多措并举
  牧民拉运饲草
  主任乌兰牧骑演出
  村民吉祥如意
  牧民门巴
  教师特长培养
  书记如期完成
  主任高度重视
  牧民苏醒的草原
  书记巴不得
`)

describe('detectPersons on transliterated names', () => {
  it('should mask a run of transliterating characters after a role, up to a word of prose or one that follows names', () => {
    // the longest found at a start is what is masked (a rule of Han names reads 巴合提 there)
    expect(persons('青年社区党支部书记巴合提别克吐尔逊拜带领网格员入户走访。')[0]).toBe('巴合提别克吐尔逊拜')
    expect(persons('苏木长图门吉日嘎拉多次带队到边远嘎查。')).toEqual(['图门吉日嘎拉'])
    expect(persons('由党委副书记达来苏荣牵头，调运饲草料。')).toEqual(['达来苏荣'])
    expect(persons('嘎查第一书记和牧民其木格一家连夜转移羊群。')).toEqual(['其木格'])
    expect(persons('小学教师阿依努尔编排的舞蹈获奖。')).toEqual(['阿依努尔'])
    expect(persons('驻村工作队队员扎西次仁走访农户。')).toEqual(['扎西次仁'])
  })

  it('should run a transliterated name on over its dots, a first part of one character too', () => {
    expect(persons('嘎查调解员巴·额尔敦骑摩托车走遍各嘎查。')).toEqual(['巴·额尔敦'])
    expect(persons('村小学教师热依汗古丽·阿不都热合曼编排的快板获奖。')[0]).toBe('热依汗古丽·阿不都热合曼')
  })

  it('should keep every report phrase after a role that opens with characters of transliteration unmasked', () => {
    expect(transliterationDecoys.length).toBeGreaterThanOrEqual(60)
    for (const decoy of transliterationDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// A role, a second word for people or a thing, and 等 with a count of people after it (党员干部等60人).
const countedDecoys = linesOf(`
  组织党员群众等100余人参加
  村民代表等30人列席会议
  教师学生等200余人观看演出
  医生护士等15人组成医疗队
  企业负责人员工等50人参加培训
  干部职工等80余人参加
  党员干部等60人参加志愿服务
  志愿者居民等40人参与清扫
  学生家长等300余人到场
  员工家属等20人参加慰问
  村民游客等500余人观看
  专家学者等12人参加论证
  教师骨干等8名同志参加
  书记委员等5人参加
  代表委员等20名参加
  居民群众等100余人参加
  职工子女等30人参加夏令营
  农户代表等25人参加
  护士护工等10人参与护理
  组长成员等6人组成专班
  主任委员等3人参加
  教练队员等18人参赛
  传承人学徒等9人参加展演
  牧民群众等200余人参加
  村干部党员等40人参加
  教师志愿者等12名参加
  党员骨干等15人参加
  学生代表等20名发言
  法官书记员等6人组成合议庭
  民警辅警等30余人参与
  厂长工人等50人参加
  厨师服务员等12人参加培训
  司机乘客等20余人
  乡贤能人等10位参加座谈
  退役军人家属等20人
  家长孩子等80余人参加
  残疾人家属等15人
  驾驶员乘客等30人
  科长科员等8人
  经理员工等40人
  校长教师等60余人参加
  园长保育员等20名参加
  会计出纳等6人参加
  班长同学等30人
  老人儿童等200余人受益
  妇女儿童等300余人受益
  青年学生等100余人
  农民工子女等50名
  留守儿童家长等40人
  技术人员农户等60人参加
  医务人员志愿者等25人
  村民小组长等16人
  党员代表等30人
  致富带头人等10名
  种植大户等20户
  合作社社员等30人
  经营户商户等50余户
  党员干部群众等300余人
  养殖户牧民等40户
`)

// A role, a rare word jieba tags as a name's (牛羊/nr, 杨梅/nr, 古琴/nr), and a verb: the role's object or product.
const nameTaggedThingDecoys = linesOf(`
  养殖户牛羊出栏增加
  牧民牛羊转场放牧
  牧民牛群转场
  村民农忙时节外出务工
  茶农夏收开始
  果农杨梅上市销售
  蚕农桑蚕养殖增收
  农户桑树种植面积扩大
  村民宗祠修缮完成
  导游白塔讲解
  工人楼宇施工
  农民田埂种植大豆
  护林员封山育林
  渔民白鹭保护
  村民安保巡逻
  保安员安保值守
  农户柴胡种植
  药农柴胡采挖
  农户桂圆收购
  果农桂圆上市
  农户桑叶采摘
  村民柳絮清扫
  农户夏粮收购
  粮农夏粮入库
  农户白米加工
  工匠玉雕制作
  艺人玉雕展示
  工人石塔修复
  村民田螺养殖
  农户田螺销售
  牧民敖包祭祀
  农户牛黄收购
  村民沃土培育
  工人白铜加工
  农户檀香种植
  渔民海涛拍岸
  学生白兔饲养
  农户梅树嫁接
  村民柳林整治
  工人楼宇改造
  工人汤圆生产
  厨师汤圆制作
  游客桑拿消费
  农户杨梅采摘
  果农杨梅销售
  渔民沙石开采
  工人沙石运输
  农户夏布编织
  艺人古琴演奏
  教师古琴教学
  村民古塔保护
  学生仲夏游园
  农户田七种植
  药农田七采收
`)

describe('detectPersons on word-names after a role before a count of people', () => {
  it('should mask a word after a role where 等 and a count of people follow, whatever its score', () => {
    expect(persons('对副总经理舒畅等2人进行诫勉谈话。')).toEqual(['舒畅'])
    expect(persons('网格员高远等5名同志被评为先进。')).toEqual(['高远'])
    expect(persons('网格员高远等20多名同志被评为先进。')).toEqual(['高远'])
  })

  it('should read no word after a role as a name where 等 and a count of places or firms follow', () => {
    for (const decoy of ['村干部高远等3个村民小组', '帮扶干部高远等3家单位']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should keep a role and a second word for people or things before a count of people unmasked', () => {
    expect(countedDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of countedDecoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should keep a word jieba tags as a name\'s before a verb after a role unmasked: its tag alone vouches for no subject', () => {
    expect(nameTaggedThingDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of nameTaggedThingDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons where a word that follows names opens at the second given character', () => {
  it('should end a name before a word that follows names opening with a character words hold more than names (一家, 获, 多次)', () => {
    expect(persons('村民安逸一家种茶6亩，仅春茶一季就增收。')).toEqual(['安逸'])
    expect(persons('数学教师廖文获永州市初中数学优质课比赛一等奖。')).toEqual(['廖文'])
    const names = ['李强', '王芳', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周涛', '吴霞']
    const tails = ['一家种茶6亩', '一直在外务工', '获市级表彰', '多次反映问题', '经常走访群众', '始终坚持']
    for (const name of names) for (const tail of tails) for (const role of ['村民', '教师']) expect(persons(`${role}${name}${tail}。`), `${role}${name}${tail}`).toEqual([name])
  })

  it('should keep a name whole where its last character is one names hold more (荣 of 荣获) or no such word opens there', () => {
    expect(persons('教师张家荣获得一等奖。')).toEqual(['张家荣'])
    expect(persons('书记王一帆带领群众修路。')).toEqual(['王一帆'])
  })
})

// Slogans, brands, places and doctrines whose parts a middle dot joins, some of characters that transliterate names.
const dottedDecoys = linesOf(`
  开展城市·乡村结对共建活动
  打造山水·田园综合体
  推进文化·旅游深度融合
  擦亮红色·绿色发展底色
  坚持党建·引领发展
  建设平安·法治乡村
  打造书香·校园品牌
  开展亲子·阅读活动
  建设生态·宜居家园
  实施产业·人才双轮驱动
  举办乡愁·记忆摄影展
  推动非遗·传承进校园
  打造美丽·乡村示范带
  建设智慧·社区服务平台
  倡导健康·生活方式
  举办吉祥·如意迎春会
  开展金秋·丰收节活动
  推出玛曲·草原旅游线路
  开展巴蜀·文化交流
  举办丝路·驼铃音乐会
  打造阿拉善·额济纳胡杨林景区
  推出达坂城·葡萄品牌
  开展沙漠·绿洲生态修复
  打造雪域·高原特色农业
  举办那达慕·草原文化节
  开展乌兰·牧骑惠民演出
  打造天山·南北旅游环线
  推出丝绸之路·敦煌研学线路
  开展民族团结·一家亲活动
  建设石榴籽·家园
  打造红石榴·同心圆服务品牌
  开展多彩·贵州风采展示
  推进康养·旅居产业
  打造茶旅·融合示范园
  开展科技·文化卫生三下乡
  建设安居·乐业家园
  举办金色·大地农民画展
  打造玉龙·雪山旅游品牌
  开展边疆·民族团结宣讲
  建设吉林·长白山生态保护区
  开展喀什·古城文化游
  打造伊犁·薰衣草品牌
  推进塔城·裕民口岸建设
  开展和田·玉石文化节
  打造阿克苏·苹果品牌
  建设哈密·瓜产业园
  开展吐鲁番·葡萄节
  推出库尔勒·香梨品牌
  打造昌吉·回族自治州特色小镇
  开展博尔塔拉·赛里木湖旅游推介
  举办伊宁·六星街文化节
  建设克拉玛依·魔鬼城景区
  开展阿勒泰·喀纳斯冰雪旅游
  推出巴里坤·草原星空露营
  学习马克思·列宁主义
`)

// Report phrases with a trade, a craft, a healer, a clerk, an elder, a woman or an old man and no name; and a word
// after a role a count of people stands before (82名绣娘居家就业: what they do, no name).
const tradeDecoys = linesOf(`
  加强焊工培训，持证上岗。
  电工证到期的人员须复审。
  组织绣娘开展技能培训。
  培养一批乡村能人，带动群众增收。
  苗医药产业发展迅速。
  藏医药是中华医学的重要组成部分。
  法院书记员队伍建设。
  育婴师培训班开班。
  发挥能人带动作用。
  村里的能人大户带头发展产业。
  寨老协商解决纠纷。
  发挥寨老作用。
  维护妇女儿童合法权益。
  组织妇女群众参加培训。
  妇女代表大会召开。
  农村妇女两癌筛查全覆盖。
  妇女创业就业不断扩大。
  留守妇女高兴地说。
  妇女同胞们积极参与。
  妇女平等参与。
  老汉高兴地说，日子越过越好。
  村里的老汉们都来了。
  老汉平时种地为生。
  老汉张罗着给大家倒茶。
  村民张罗着给大家倒茶。
  带动42名彝族妇女居家增收。
  吸纳周边6个村82名绣娘居家就业。
  带动周边120余名妇女居家就业。
  带动**名彝族妇女居家增收。
  带动30户农户居家就业。
  组织5家企业负责人座谈。
  5人小组成员高度重视。
`)

// Words for staff that jieba reads as a verb and 员 (报账 + 员), before the words of prose that follow them.
const staffDecoys = linesOf(`
  报账员全年巡查
  报账员高度负责
  报账员严格执行制度
  巡河员全部持证上岗
  巡河员及时上报数据
  巡河员常态化巡查
  护边员岗位职责
  护边员队伍建设
  护边员培训班
  保洁员安全意识
  保洁员全年巡查
  保洁员高度负责
  收费员严格执行制度
  收费员全部持证上岗
  收费员及时上报数据
  统计员常态化巡查
  统计员岗位职责
  统计员队伍建设
  防疫员培训班
  防疫员安全意识
  防疫员全年巡查
  巡查员高度负责
  巡查员严格执行制度
  巡查员全部持证上岗
  护林员及时上报数据
  护林员常态化巡查
  护林员岗位职责
  调度员队伍建设
  调度员培训班
  调度员安全意识
  值守员全年巡查
  值守员高度负责
  值守员严格执行制度
  宣传员全部持证上岗
  宣传员及时上报数据
  宣传员常态化巡查
  核查员岗位职责
  核查员队伍建设
  核查员培训班
  巡逻员安全意识
  巡逻员全年巡查
  巡逻员高度负责
  记账员严格执行制度
  记账员全部持证上岗
  记账员及时上报数据
  讲解员常态化巡查
  讲解员岗位职责
  讲解员队伍建设
  联络员培训班
  联络员安全意识
  联络员全年巡查
  安全员高度负责
  安全员严格执行制度
  安全员全部持证上岗
  质检员及时上报数据
  质检员常态化巡查
  质检员岗位职责
  测量员队伍建设
  测量员培训班
  测量员安全意识
`)

describe('detectPersons on dotted names and names after staff words', () => {
  it('should read a part of a dotted name that jieba tags as a noun where its characters transliterate names, and end a part at a function word', () => {
    expect(persons('阿依古丽·买买提在乡卫生院担任护士长。')).toEqual(['阿依古丽·买买提'])
    expect(persons('经审核，龚丽萍、阿依古丽·买买提、覃小燕被评为标兵。')).toContain('阿依古丽·买买提')
    // 努尔江在/x: jieba reads the function word into the run; the part ends before it
    expect(persons('哈萨克族牧民叶尔兰·努尔江在禾木村开办牧家乐。')[0]).toBe('叶尔兰·努尔江')
    // a part read back over a place's level has read into the place: 杰勒阿尕什镇 and 额敏县 stay places
    expect(persons('额敏县杰勒阿尕什镇努尔兰·哈力别克牧场存栏肉牛420头。')).toEqual(['努尔兰·哈力别克'])
  })

  it('should keep slogans, brands and places joined by a middle dot unmasked', () => {
    expect(dottedDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of dottedDecoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should mask a name after a word for staff that jieba reads as a verb and 员, and name that word in the reason', () => {
    const text = '经核实，报账员龙飞燕已将多领的差旅费全额退回。'
    expect(persons(text)).toEqual(['龙飞燕'])
    expect(detectPersons(makeContext(text)).map((found) => found.reason)).toEqual(['name after `报账员`, a word for people'])
    const noun = '经查，店员付春生违规为参保人刷卡。'
    expect(detectPersons(makeContext(noun)).map((found) => found.reason)).toEqual(['name after `店员`, a word for people'])
  })

  it('should read characters of names given lately, which few names of jieba hold (彤, 婧, 梓), as given names', () => {
    expect(persons('新农人民法庭书记员郭晓彤在审理案件过程中存在问题。')).toEqual(['郭晓彤'])
    expect(persons('经核实，店员王雨彤已将多领的药品费全额退回。')).toEqual(['王雨彤'])
    expect(persons('报账员陈婧已将差旅费退回。')).toEqual(['陈婧'])
    expect(persons('彤彤和小明一起上学。')).toEqual([])
  })

  it('should mask a name after the hands of a trade and a craft, a healer, a clerk, an elder and a woman of her people', () => {
    expect(persons('死者系该公司焊工马文明，事故直接原因为违规操作。')).toEqual(['马文明'])
    expect(persons('瑶族绣娘盘金花带领本村妇女制作瑶绣。')).toEqual(['盘金花'])
    expect(persons('盘绣能人李发绣、祁桂兰带动周边村。')).toEqual(['李发绣', '祁桂兰'])
    expect(persons('苗医杨光荣每周三坐诊。')).toEqual(['杨光荣'])
    expect(persons('庭长孙立国、书记员郭晓彤在审理案件过程中存在问题。')).toEqual(['孙立国', '郭晓彤'])
    expect(persons('肇兴村的寨老陆大伯说，现在侗寨的年轻人回来了。')).toEqual(['陆大伯'])
    expect(persons('苗族妇女杨大姐牵头成立了苗绣坊。')).toEqual(['杨大姐'])
  })

  it('should keep report phrases after those roles unmasked, and no word after a counted role', () => {
    expect(tradeDecoys.length).toBeGreaterThanOrEqual(25)
    for (const decoy of tradeDecoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read the names after a role counted with one person, or listed after a counted role, and not a rank for a count', () => {
    expect(persons('其中1名电工高山当场死亡。')).toEqual(['高山'])
    expect(persons('造成2名电工常乐、高山受伤。')).toEqual(['常乐'])
    expect(persons('获得第三名的绣娘常乐说。')).toEqual(['常乐'])
    // 家 counts the firms a role heads, 人 the group before its head: one person is named
    expect(persons('3家企业负责人高山反映。')).toEqual(['高山'])
    expect(persons('5人小组组长高山反映。')).toEqual(['高山'])
  })

  it('should keep the words of prose after a word for staff unmasked', () => {
    expect(staffDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of staffDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Report phrases with a role and no name, a PDF line break (⏎) cutting the role (教⏎⏎师队伍建设, 企业负⏎⏎责人高度重视).
const brokenRoleDecoys = `
  加强教⏎⏎师队伍建设
  企业负⏎⏎责人高度重视
  庆祝教⏎⏎师节
  培养非遗传⏎⏎承人才
  选派大学⏎⏎生村官
  护⏎⏎士长期坚守一线
  党员干部、群⏎⏎众代表参加会议
  全体党⏎⏎员干部要带头
  各成⏎⏎员单位认真落实
  让群⏎⏎众满意，
  群⏎⏎众安全感、满意度明显提升
  确保学⏎⏎生安全，
  维护消费⏎⏎者权益、
  提高农⏎⏎民收入，
  工⏎⏎作人员廉洁从业
  全体工⏎⏎作人员全部到岗
  参⏎⏎会人员全部参加
  党⏎⏎员全部参加了学习
  群⏎⏎众文化、
  老⏎⏎人高兴地说
  群⏎⏎众幸福指数不断提升
  县⏎⏎委书记任组长
  县委书记任组⏎⏎长
  副县长任副⏎⏎组长
  局长任组⏎⏎长，
  医⏎⏎生管理、
  传承⏎⏎人管理。
  职⏎⏎工成立疫情防控小组
  工作人⏎⏎员成立专项督导组
  村⏎⏎民查看葡萄长势
  学习书⏎⏎记关于基层治理的论述
  学⏎⏎生安全教育
  群⏎⏎众安全意识有待提高
  教⏎⏎师明显提升
  学⏎⏎生全面发展。
  教⏎⏎师全员参与
  党⏎⏎员平时表现
  居⏎⏎民平安出行
  群⏎⏎众安心、
  教⏎⏎师安心从教
  商户成为网格⏎⏎员
  教⏎⏎师成长、
  农民成为新型职业农⏎⏎民
  群⏎⏎众利益无小事
  党⏎⏎员先锋模范作用
  学⏎⏎生资助工作
  教⏎⏎师招聘，
  党⏎⏎员教育、
  职⏎⏎工福利，
  学⏎⏎生宿舍、
  群⏎⏎众车辆。
  患⏎⏎者费用、
  干部代⏎⏎表、
  村⏎⏎民代表、
  党员代⏎⏎表发言
  教⏎⏎师代表。
  居民代⏎⏎表参加
  群⏎⏎众常态化
  教⏎⏎师常规，
  干部⏎⏎长期扎根基层
  党⏎⏎员长期坚持
  居⏎⏎民和谐共处
  党⏎⏎员相互监督，
  村⏎⏎民共同富裕
  群⏎⏎众都很满意
  医⏎⏎生任职、
  教⏎⏎师任务繁重
  工⏎⏎作人员严格落实制度
  学⏎⏎生明确目标
  村⏎⏎民文明程度
`
  .trim()
  .split('\n')
  .map((line) => line.trim().replaceAll('⏎', '\n'))

describe('detectPersons after a title a PDF line break cuts', () => {
  it('should mask the name after a relation or a title cut by a line break', () => {
    expect(persons('“家里的事指望不上。”妻\n\n子聂淑华嘴上埋怨，却总是把热饭留着。')).toEqual(['聂淑华'])
    expect(persons('县卫生健康局局\n\n长高建国带领专家团队深入乡镇。')).toEqual(['高建国'])
    expect(persons('小松镇湖头村党支部书\n记黄志华带领村民成立合作社。')).toEqual(['黄志华'])
  })

  it('should read no name before such a title, where jieba reads its first piece into the words before (翟王村党⏎⏎支部书记)', () => {
    expect(persons('翟王村党\n\n支部书记翟长江、')).toEqual(['翟长江'])
  })

  it('should keep report phrases with a role cut by a line break and no name unmasked', () => {
    expect(brokenRoleDecoys.length).toBeGreaterThanOrEqual(60)
    for (const decoy of brokenRoleDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Countries, cities, brands and things whose names transliterate, opening a clause before a word that follows names.
const bareTransliterationDecoys = linesOf(`
  会上，阿里巴巴表示将加大投入。
  会上，乌鲁木齐在全疆率先推行。
  据介绍，马来西亚客商参加了洽谈。
  。莫斯科介绍了相关经验。
  。沙特阿拉伯在会上发言。
  。哈萨克斯坦多次派团考察。
  。塔吉克斯坦参加了博览会。
  。乌兹别克斯坦先后三次来访。
  。吉尔吉斯斯坦是重要贸易伙伴。
  。巴基斯坦表示支持。
  。印度尼西亚参加了展会。
  。阿根廷是主宾国。
  。澳大利亚在该领域领先。
  。新西兰牵头组织。
  。伊斯坦布尔在会上推介。
  。乌兰巴托多次派团。
  。达尔罕参加了交流。
  。那达慕大会在草原举行。
  。吉祥如意是大家的心愿。
  。安居乐业是群众的期盼。
  。丰收节在各地举行。
  。巴西木在室内种植。
  。格桑花在高原盛开。
  。葡萄干在吐鲁番晾制。
  。马铃薯是主要作物。
  。玛卡在高海拔地区种植。
  。苏打水是主要产品。
  。卡拉OK在夜间禁止营业。
  。巴士在站点停靠。
  。沙拉酱是调味品。
  。咖啡豆在云南种植。
  。尼龙网是主要材料。
  。加拿大参加了博览会。
  。罗马尼亚表示感谢。
  。奥地利在会上介绍。
  。西班牙多次来访。
  。丹麦是合作伙伴。
  。瑞典参加了论坛。
  。芬兰介绍了经验。
  。挪威在会上发言。
  。德国是重要伙伴。
  。法国参加了展会。
  。意大利多次来访。
  。希腊介绍了经验。
  。埃及在会上发言。
  。苏丹参加了论坛。
  。坦桑尼亚表示感谢。
  。尼日利亚参加了展会。
  。马达加斯加在会上发言。
  。莫桑比克多次来访。
  。安哥拉是合作伙伴。
  。亚美尼亚参加了论坛。
  。格鲁吉亚介绍了经验。
  。阿塞拜疆在会上发言。
`)

describe('detectPersons on transliterated names that open a clause', () => {
  it('should mask a run of four transliterating characters or more between a clause mark and a word that follows names', () => {
    expect(persons('阿卜杜是村里的致富带头人，艾尼瓦尔说：“日子越过越有奔头。”')).toContain('艾尼瓦尔')
    expect(persons('。阿依努尔表示，将继续做好双语宣讲。')).toEqual(['阿依努尔'])
  })

  it('should keep countries, cities, brands and things that open a clause unmasked', () => {
    expect(bareTransliterationDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of bareTransliterationDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// A role, then 小 or 老 opening a word of prose (居民小区, 教师老龄化, 学生小组合作).
const addressDecoys = linesOf(`
  深入居民小区、农户家中
  召开村民小组长会议
  推进学生小班化教学
  应对教师老龄化问题
  防止干部老化、断层
  慰问党员老同志
  帮助群众小康路上不掉队
  建设职工小家
  组织学生小组合作学习
  改造居民老旧小区
  修缮村民老宅、老屋
  扩大村民小麦种植面积
  开展教师小课题研究
  规范居民小区物业管理
  保护村民老屋、古树
  推广农户小额信贷
  开展学生小发明比赛
  鼓励村民小额贷款
  组织党员老干部座谈
  成立教师小分队
  关爱村民老人
  组建学生小记者团
  开展居民小微权力监督
  举办教师小论文评比
  组建党员小分队
  设立居民小广场
  完善村民小菜园
  建设学生小农场
  发展农户小庭院经济
  开展干部小调研
  推进村民小型水利
  组织学生小手拉大手
  开展居民小区垃圾分类
  支持农户小规模种植
  举办教师小讲堂
  开展学生小实验
  设立群众小板凳会
  建设村民小公园
  举办党员小讲堂
  扶持农户小作坊
  打造居民小花园
  修建村民小水窖
  组织学生小合唱
  建立干部小档案
  开展村民小技能培训
  组建居民小乐队
  推进教师小组教研
  鼓励学生小创作
  建设党员小书屋
  扶持群众小生意
  推广农户小沼气
  设立村民小金库问题
  打击居民小广告
  开展学生小课堂
`)

describe('detectPersons on 小 or 老 and a surname after a role', () => {
  it('should mask 小 or 老 and a surname after a title where a name ends after them', () => {
    expect(persons('驻村工作队员小李是去年刚考录的选调生。')).toEqual(['小李'])
    expect(persons('村民老王说，今年的收成不错。')).toEqual(['老王'])
    expect(persons('网格员小韩、村民老陈参加巡逻。')).toEqual(['小韩', '老陈'])
  })

  it('should mask 小 or 老 and a surname after a role before a word of when or how often (每周, 今年, 经常), not a word of prose over them', () => {
    expect(persons('网格员小韦每周两次上门送菜。')).toEqual(['小韦'])
    expect(persons('村民老宋今年种了十亩烟。')).toEqual(['老宋'])
    for (const decoy of ['护士小时候就想学医。', '农民小麦今年丰收。', '教师小班经常开展活动。', '员工小组每天碰头。', '村民老年人经常锻炼。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should keep 小 or 老 that open a word of prose after a role unmasked', () => {
    expect(addressDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of addressDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Words of prose of 老, 小 or 阿 and a character, in quotes after a verb of calling: what many are called, no name.
const nicknameDecoys = linesOf(`
  大家都亲切地叫他“小时”。
  大家都亲切地叫他“老师”。
  大家都亲切地叫他“小说”。
  大家都亲切地叫他“老人”。
  大家都亲切地叫他“老板”。
  大家都亲切地叫他“小学”。
  大家都亲切地叫他“小组”。
  大家都亲切地叫他“小子”。
  大家都亲切地叫他“老婆”。
  大家都亲切地叫他“小心”。
  大家都亲切地叫他“老爷”。
  大家都亲切地叫他“老子”。
  大家都亲切地叫他“阿哥”。
  大家都亲切地叫他“老者”。
  大家都亲切地叫他“小麦”。
  大家都亲切地叫他“小型”。
  大家都亲切地叫他“小人”。
  大家都亲切地叫他“小孩”。
  大家都亲切地叫他“老头”。
  大家都亲切地叫他“小弟”。
  大家都亲切地叫他“小声”。
  大家都亲切地叫他“小小”。
  大家都亲切地叫他“老大”。
  大家都亲切地叫他“小事”。
  大家都亲切地叫他“小吃”。
  大家都亲切地叫他“老实”。
  大家都亲切地叫他“小于”。
  大家都亲切地叫他“老鼠”。
  大家都亲切地叫他“阿里”。
  大家都亲切地叫他“老家”。
  大家都亲切地叫他“小孔”。
  大家都亲切地叫他“小船”。
  大家都亲切地叫他“小儿”。
  大家都亲切地叫他“老兄”。
  大家都亲切地叫他“小将”。
  大家都亲切地叫他“小路”。
  大家都亲切地叫他“小城”。
  大家都亲切地叫他“小岛”。
  大家都亲切地叫他“老弟”。
  大家都亲切地叫他“老妇”。
  大家都亲切地叫他“小厮”。
  大家都亲切地叫他“小字”。
  大家都亲切地叫他“小腹”。
  大家都亲切地叫他“小屋”。
  大家都亲切地叫他“小区”。
  大家都亲切地叫他“小米”。
  大家都亲切地叫他“小马”。
  大家都亲切地叫他“老乡”。
  大家都亲切地叫他“小牛”。
  大家都亲切地叫他“小鬼”。
  大家都亲切地叫他“老将”。
  大家都亲切地叫他“老伴”。
  大家都亲切地叫他“老龄”。
  大家都亲切地叫他“小摊”。
  大家都亲切地叫他“老道”。
  大家都亲切地叫他“老化”。
  大家都亲切地叫他“小张”。
  大家都亲切地叫他“老娘”。
  大家都亲切地叫他“老挝”。
  大家都亲切地叫他“老兵”。
`)

describe('detectPersons on what people call a person', () => {
  it('should mask 老, 小 or 阿 and a character right after a verb of calling before the clause ends, quotes or none', () => {
    expect(persons('大家都叫他老周。老周退休后在村里义务调解。')).toEqual(['老周', '老周'])
    // unquoted, a word of prose is what is said to the person (叫他小心，), not a name
    for (const decoy of ['妈妈叫他小心，', '大家叫他老师，', '村民喊他老乡。', '孩子们叫她阿姨。']) expect(persons(decoy), decoy).toEqual([])
    // words of kinship are forms of address for many, though jieba tags some as names (阿姨/nr, 阿婆/nr)
    for (const kin of ['阿姨', '阿婆', '阿公', '阿叔', '阿奶', '阿妈', '阿妹', '阿爹', '阿爷', '阿娘', '老爹', '小妹']) expect(persons(`孩子们都亲切地叫她“${kin}”。`), kin).toEqual([])
  })

  it('should keep a word of prose unquoted after a verb of calling unmasked', () => {
    for (const decoy of nicknameDecoys) {
      const unquoted = decoy.replace(/[“”]/g, '')
      expect(persons(unquoted), unquoted).toEqual([])
    }
  })

  it('should keep a word of prose in quotes after a verb of calling unmasked (“老板”, “小组”, “老兄”)', () => {
    expect(nicknameDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of nicknameDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons after 店长', () => {
  it('should read 店长 as a title before a name, not before the words of prose after it', () => {
    expect(persons('顺心大药房店长牛彩霞作交流发言。')).toEqual(['牛彩霞'])
    const decoys = ['实行店长负责制', '开展店长培训', '明确店长职责', '门店店长高度重视', '店长全面负责', '店长任组长，', '店长强调要把保障', '连锁门店店长例会', '店长岗位竞聘', '店长及店员参加培训']
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// A role and a common noun that ends the clause: the role's thing or place (教师宿舍。), from jieba's frequent nouns.
const clauseNounDecoys = linesOf(`
  教师国家、
  居民时间、
  村民方面、
  教师方法、
  居民任务、
  村民项目、
  教师信息、
  居民全部、
  村民程度、
  教师武器、
  居民利益、
  村民权利、
  教师全市、
  居民文章、
  村民成绩、
  教师关键、
  居民海拔、
  村民常务、
  教师游客、
  居民武装、
  村民危机、
  教师方针、
  居民国民、
  村民区别、
  教师战士、
  居民公主、
  村民国王、
  教师房子、
  居民公众、
  村民商人、
  教师白色、
  居民纪念、
  村民司令、
  教师信号、
  居民门户、
  村民战机、
  教师官吏、
  居民全都、
  村民信任、
  教师全长、
  居民元素、
  村民房屋、
  教师强度、
  居民权益、
  村民边境、
  教师华表、
  居民公平、
  村民海域、
  教师全境、
  居民利率、
  村民支流、
  教师文书、
  居民全民、
  村民金额、
  教师原名、
  居民字形、
  村民官家、
  教师国师、
  居民牛肉、
  村民全力、
  教师史料、
  居民国旗、
  村民鲜花、
  教师门洞、
  居民陶器、
  村民官僚、
  教师强盗、
  居民战友、
  村民周刊、
  教师公公、
  居民呼声、
  村民高尚、
  教师储存、
  居民宗室、
  村民智力、
`)

describe('detectPersons on a common noun after a role', () => {
  it('should keep a common noun that ends the clause after a role unmasked, and still mask a name that is another kind of word', () => {
    expect(clauseNounDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of [...clauseNounDecoys, '教师宿舍。', '职工食堂、']) expect(persons(decoy), decoy).toEqual([])
    expect(persons('登记注册股股长常乐、窗口工作人员甘霖被评为标兵。')).toEqual(['常乐', '甘霖'])
  })
})

// Prose and places that hold parts of minorities' names (乌云, 扎西, 才让, 格桑; 多吉村, 巴特尔广场): no name of a person.
const minorityNameDecoys = linesOf(`
  天空乌云密布，大雨将至。
  献上洁白的哈达，道一声扎西德勒。
  高原上格桑花开得正艳。
  乌云散去，阳光洒满草原。
  游客在拉萨河边拍照留念。
  他刚才让我把材料送过去。
  这才让群众吃上了放心菜。
  通过培训才让农户掌握了技术。
  多吉村的牧民搬进了新居。
  卓玛拉山口海拔五千多米。
  格桑花卓玛村合作社成立。
  德吉路两侧绿树成荫。
  巴图湾景区接待游客万人次。
  努尔古丽路改造完成。
  苏和浩特大街亮化工程完工。
  孟和村党支部召开会议。
  达来呼布镇开展环境整治。
  图门江流域生态保护。
  宝音图嘎查完成草场确权。
  乌云其木格湖水质达标。
  阿依河景区开门迎客。
  海来客栈入住率提升。
  马海公路全线贯通。
  那顺利完成了任务。
  布和风景区游人如织。
  哈斯高速公路建成通车。
  阿拉坦合少苏木完成改厕。
  额日布盖大峡谷景区提质。
  格根塔拉草原旅游节开幕。
  朝鲁吐镇召开推进会。
  敖登路路面修复完成。
  巴特尔广场举办文艺演出。
  斯琴路至德吉路段改造。
  木乃伊展览吸引了游客。
  吉木乃县开展边境巡逻。
  阿克苏地区推进林果业提质。
  克里木战争纪录片放映。
  伊力特酒业扩大产能。
  肉孜节期间市场供应充足。
  古丽巴格乡开展义诊。
  艾力克湖湿地保护。
  亚森江路完成改造。
  帕提古丽路口新增信号灯。
  吐尔逊路小学扩建。
  买买提乡村振兴示范点建设。
  卡德尔广场夜市开业。
  热合曼路沿线商户签订门前三包。
  次仁路口设置临时停车点。
  才让村新建文化广场。
  扎西岗乡完成危房改造。
  尼玛县开展草原防火演练。
  顿珠金矿完成安全整改。
  央金玛主题演出举办三场。
`)

describe('detectPersons on names of the minorities told by their parts', () => {
  it('should mask two parts of a Tibetan, Yi, Mongolian or Uyghur name or more wherever they stand', () => {
    expect(persons('牧民扎西多吉把自家牧场改造成了家庭旅馆。')).toEqual(['扎西多吉'])
    expect(persons('巡边员次仁央金常年坚守在边境线上。')).toEqual(['次仁央金'])
    expect(persons('美姑县的吉克阿呷说，搬进新居后日子越过越好。')).toEqual(['吉克阿呷'])
    expect(persons('“草原额吉”斯琴图雅先后资助了5名学生。')).toEqual(['斯琴图雅'])
    expect(persons('护边员阿依努尔古丽常年巡边。')).toEqual(['阿依努尔古丽'])
    expect(persons('嘉绒藏族姑娘泽郎卓玛回乡办起了民宿。')).toEqual(['泽郎卓玛'])
    // names jieba knows as proper nouns (多吉次仁/nz, 拉巴次仁/nz)
    expect(persons('会议由乡党委书记多吉次仁主持，乡党委副书记传达了文件精神。')).toEqual(['多吉次仁'])
    // and the list's other names with them (吉吉, one syllable twice, is not read yet: a known leak)
    expect(persons('工作队成立了由拉巴次仁、郑夏天、吉吉组成的“马背服务队”。')).toEqual(expect.arrayContaining(['拉巴次仁', '郑夏天']))
  })

  it('should mask both pieces of a name a PDF line break cuts between two parts', () => {
    expect(persons('护林员格桑\n旦增在巡山途中发现火情')).toEqual(['格桑', '旦增'])
  })

  it('should close a Tibetan name with 措 after a part (拉毛措), and read no name where 措 opens a word (措施)', () => {
    expect(persons('玉树州称多县珍秦镇牧民更尕才仁、拉毛措被评为“生态管护标兵”。')).toEqual(['更尕才仁', '拉毛措'])
    expect(persons('理塘县禾尼乡然日卡村村民扎西降措、泽仁拉姆夫妇返乡创业。')).toEqual(['扎西降措', '泽仁拉姆'])
    for (const decoy of ['拉姆措施得力，效果明显。', '卓玛措手不及的样子让大家笑了。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read 东主 (Döndrub) as a part of Tibetan names', () => {
    expect(persons('应急救援站海拔四千七百米，站长才让东主带领7名队员保障青藏公路畅通。')).toEqual(['才让东主'])
  })

  it('should keep prose and places that hold parts unmasked', () => {
    expect(minorityNameDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of minorityNameDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons on a part of a name of the minorities alone, by its role or list', () => {
  it('should mask one part of four characters alone next to a title, as a shorter one (阿不力孜书记说)', () => {
    expect(persons('阿不力孜书记说，今年的棉花收成好。')).toEqual(['阿不力孜'])
    expect(persons('会上，额尔德尼主任作了发言。')).toEqual(['额尔德尼'])
  })

  it('should mask a part alone right after a title or a word for people, or before a title that follows names', () => {
    expect(persons('图为克松社区党委书记次仁（左二）向群众讲解社区发展历程。')).toEqual(['次仁'])
    expect(persons('勐海县勐混镇曼扫村茶农岩温、玉香夫妇加入合作社。')).toEqual(['岩温', '玉香'])
    expect(persons('牧民扎西说，今年草场长得好。')).toEqual(['扎西'])
    expect(persons('拉巴书记说，路修通了。')).toEqual(['拉巴'])
  })

  it('should mask a part alone as an item of a labelled list of names', () => {
    expect(persons('出席：格桑旦增、央宗、索朗次仁\n列席：拉巴、尼玛扎西（镇纪委）\n请假：德吉')).toEqual(['格桑旦增', '央宗', '索朗次仁', '拉巴', '尼玛扎西', '德吉'])
  })

  it('should leave a Han name that opens with a part whole', () => {
    expect(persons('村民马海东说，路修好了。')).toEqual(['马海东'])
  })

  it('should read no part where a word, a place or a unit runs on from it', () => {
    for (const decoy of lonePartDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons on a name before 以', () => {
  it('should end a name before 以, which follows names (村民杜文明以98分, 负责人马永刚以…为由)', () => {
    expect(persons('镇壕沟村推行信用积分，村民杜文明以98分位列全村第一。')).toEqual(['杜文明'])
    expect(persons('经查，系鑫源公司负责人马永刚以“总包未结算”为由拖欠工资。')).toEqual(['马永刚'])
    expect(persons('主任陈以琳说，今年的任务完成了。')).toEqual(['陈以琳'])
  })
})

describe('detectPersons on a labelled list whose label ends its line', () => {
  it('should read the line below a label that ends its line as its list', () => {
    expect(persons('表彰名单\n优秀共产党员：\n王  欣    刘  洋    张国栋    阿依古丽    马  骏')).toEqual(['王  欣', '刘  洋', '张国栋', '阿依古丽', '马  骏'])
    expect(persons('出席：\n张三、李四')).toEqual(['张三', '李四'])
  })

  it('should read each row below such a label while the lines are rows, numbered or set apart in cells', () => {
    const numbered = '沂南县优秀乡村医生名单：\n1. 张庄镇大王庄村卫生室  王德福\n2. 砖埠镇孟良崮村卫生室  刘桂兰\n3. 界湖街道北寨社区卫生室  高建华'
    expect(persons(numbered)).toEqual(['王德福', '刘桂兰', '高建华'])
    const celled = '全市优秀教师名单：\n刘建华\u3000邵阳市第二中学\n谭小燕\u3000隆回县桃洪镇中心小学\n彭\u3000军\u3000新邵县酿溪镇第一幼儿园'
    expect(persons(celled)).toEqual(['刘建华', '谭小燕', '彭\u3000军'])
  })

  it('should read no name in prose on the line below such a label', () => {
    for (const decoy of ['参会人员：\n一、会议听取了工作汇报。', '联系人：\n高度重视安全生产', '出席：\n各村党支部书记、村委会主任']) expect(persons(decoy), decoy).toEqual([])
    // nor in the lines after its rows: prose, a line with no cells, the next label's list
    const rows = '获奖名单：\n1. 张庄镇卫生室  王德福\n2. 砖埠镇卫生室  常青\n3. 卫生室  周密'
    expect(persons(rows)).toEqual(['王德福', '常青', '周密'])
    const after = '获奖名单：\n1. 张庄镇卫生室  王德福\n高峰时段，卫生室  人员充足\n2. 砖埠镇卫生室  常青\n3. 卫生室  周密'
    expect(persons(after)).toEqual(['王德福'])
    expect(persons('获奖名单：\n1. 张庄镇卫生室  王德福\n高峰论坛\n向阳  白云')).toEqual(['王德福'])
  })
})

describe('detectPersons on a list labelled by a word for people no title list holds', () => {
  it('should read the names after a noun for people jieba reads and a colon (经营者：, 被征收人：)', () => {
    expect(persons('（统一社会信用代码：91MA0F3K8X，经营者：赵立军）因拖欠工资被列入名单')).toEqual(['赵立军'])
    expect(persons('被征收人：谢根发，补偿款已转入账户')).toEqual(['谢根发'])
  })

  it('should read no name where the labelled list holds words, counts or units', () => {
    const decoys = linesOf(`
      举报人：匿名
      受益人：全体村民
      农户：高度评价这项政策
      脱贫户：126户
      消费者：价格公道，服务热情
      参与者：各村党员干部
      管理人：村集体经济合作社
      责任人：各村支部书记
      获奖者：高级农艺师
    `)
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Parts of names of the minorities (罗布, 巴桑, 江措, 岩温, 群培) after a word for people, where a word of prose or a place
// runs on from them.
const lonePartDecoys = linesOf(`
  考古人员木乃伊保护研究取得进展。
  导游巴桑乡讲解民俗。
  游客吉木乃县观光。
  工人江措施工安全。
  党员岩温泉村调研。
  群众对党员群培训效果满意。
  职工罗布林卡游览。
  组织游客玉应邀参加活动。
  江措施工队长说，工期不变。
`)

// The things of a village or a neighbourhood after 的 (村的集体经济、, 村的王家大院、, 村的马铃薯、): no name.
const homeDecoys = linesOf(`
  全村的集体经济、合作社收入稳步增长。
  村的高标准农田建设全面完成。
  村的王家大院、张家祠堂修缮一新。
  村的发展离不开党员带头。
  村的孩子们在新学校上课。
  村的老人，每月领取养老金。
  村的党员、群众代表参加会议。
  村的群众说，路修好了。
  村的贫困户、监测户全部纳入帮扶。
  村的路灯全部换成太阳能灯。
  村的文化广场每晚都有人跳舞。
  村的产业、人才、文化都有了起色。
  社区的居民说，环境变好了。
  社区的志愿者、网格员入户走访。
  嘎查的牧民、游客都很满意。
  组的田地、山林已经确权。
  屯的道路全部硬化。
  村的林下经济、庭院经济发展较快。
  村的方方面面都有了变化。
  村的石板路、老宅子保存完好。
  村的田间地头到处是忙碌的身影。
  村的马铃薯、玉米长势良好。
  村的万亩茶园进入采摘期。
  村的江边步道建成开放。
  村的黄桃、葡萄供不应求。
  村的金银花、连翘销往外地。
  村的牛羊存栏量稳定。
  村的杨梅、枇杷上市了。
  村的梅花鹿、林麝养殖初具规模。
  村的桑蚕、食用菌是主导产业。
  村的龙头企业、合作社带动农户增收。
  村的常住人口、外出务工人员都有统计。
  村的易地搬迁安置点配套完善。
  村的安置点、卫生室已投入使用。
  村的闫家大院列入文物保护单位。
  社区的邻里中心，周末开放。
  村的柏油路、水泥路通到家门口。
  村的危房、旱厕全部改造。
  村的向日葵、油菜花吸引游客。
  村的鲁菜馆生意红火。
  村的常态化监测机制运行良好。
  村的和美乡村建设成效明显。
  村的薛家湾、李家沟两个自然村合并。
  村的宋代古井保存完好。
  村的明清古建筑群吸引了游客。
  社区的党群服务中心，配备了图书室。
  村的包村干部、驻村工作队坚守一线。
  村的董事会、监事会换届完成。
  村的秦腔、社火表演精彩纷呈。
  村的伍佰亩荷塘进入观赏期。
  村的周边道路、水渠完成整修。
  村的尹家老屋、古戏台保存完好。
`)

describe('detectPersons on a name after a village or a neighbourhood and 的', () => {
  it('should mask a name after 村的, 社区的 or 镇的 that ends a list item or a clause or stands before a word that follows names', () => {
    expect(persons('受表彰的有：东坡镇柳树村的符立群、西岭镇石门村的詹秀芝。')).toEqual(['符立群', '詹秀芝'])
    expect(persons('和平社区的骆春燕，退休后组织了义务巡逻队。')).toEqual(['骆春燕'])
    expect(persons('北川羌族自治县擂鼓镇的彭小红，大伙儿都叫她幺妹。')).toEqual(['彭小红'])
  })

  it('should keep the things of a village after 的 unmasked', () => {
    expect(homeDecoys.length).toBeGreaterThanOrEqual(50)
    // After a village's name, as the rule reads them (a line that opens with 村的 names no village).
    for (const village of ['石门', '幸福']) for (const decoy of homeDecoys) expect(persons(`${village}${decoy}`), `${village}${decoy}`).toEqual([])
    // and after a town's, or the words for towns (城镇, 乡镇)
    for (const town of ['擂鼓', '城', '乡']) for (const decoy of homeDecoys) {
      const text = `${town}${decoy.replace(/^(?:村|社区|嘎查|组|屯)的/, '镇的')}`
      expect(persons(text), text).toEqual([])
    }
  })
})

// Notes in parentheses after a name that are no alias (（左三）, （联户）, （王家村）, （王家庄）).
const aliasDecoys = linesOf(`
  村民王建国（左三）参加了会议。
  村民王建国（右一）参加了会议。
  村民王建国（男）参加了会议。
  村民王建国（女）参加了会议。
  村民王建国（已故）参加了会议。
  村民王建国（代）参加了会议。
  村民王建国（联户）参加了会议。
  村民王建国（组长）参加了会议。
  村民王建国（副组长）参加了会议。
  村民王建国（执笔）参加了会议。
  村民王建国（主持人）参加了会议。
  村民王建国（特邀）参加了会议。
  村民王建国（退休）参加了会议。
  村民王建国（党员）参加了会议。
  村民王建国（户主）参加了会议。
  村民王建国（本人）参加了会议。
  村民王建国（之子）参加了会议。
  村民王建国（之女）参加了会议。
  村民王建国（委员）参加了会议。
  村民王建国（召集人）参加了会议。
  村民王建国（联络员）参加了会议。
  村民王建国（列席）参加了会议。
  村民王建国（缺席）参加了会议。
  村民王建国（请假）参加了会议。
  村民王建国（兼）参加了会议。
  村民王建国（下同）参加了会议。
  村民王建国（同上）参加了会议。
  村民王建国（排名不分先后）参加了会议。
  村民王建国（按姓氏笔画排序）参加了会议。
  村民王建国（1965年出生）参加了会议。
  村民王建国（化名）参加了会议。
  村民王建国（二组）参加了会议。
  村民王建国（驻村第一书记）参加了会议。
  村民王建国（村医）参加了会议。
  村民王建国（返乡创业青年）参加了会议。
  村民王建国（脱贫户）参加了会议。
  村民王建国（监测户）参加了会议。
  村民王建国（五保户）参加了会议。
  村民王建国（残疾人）参加了会议。
  村民王建国（退役军人）参加了会议。
  村民王建国（代表）参加了会议。
  村民王建国（受托人）参加了会议。
  村民王建国（法定代表人）参加了会议。
  村民王建国（负责人）参加了会议。
  村民王建国（女，56岁）参加了会议。
  村民王建国（男，汉族）参加了会议。
  村民王建国（已调离）参加了会议。
  村民王建国（调入）参加了会议。
  村民王建国（新任）参加了会议。
  村民王建国（原任）参加了会议。
  村民王建国（王家村）参加了会议。
  村民李明华（李家沟组）参加了会议。
  村民张卫东（张庄镇）参加了会议。
  村民刘芳（刘集乡）参加了会议。
  村民王建国（王家庄）参加了会议。
`)

describe('detectPersons on what a text calls a person after the full name', () => {
  it('should mask an alias in parentheses after a name found, and its other mentions', () => {
    expect(persons('值班民警邬子航（小邬）发现异常，立即上报。小邬说，')).toEqual(['邬子航', '小邬', '小邬'])
    expect(persons('村民闵秀珍（以下简称闵大姐）常年照顾孤寡老人。')).toEqual(['闵秀珍', '闵大姐'])
    expect(persons('驾驶员蔺建军（大家都叫他蔺师傅）在途中救助了一名老人。')).toEqual(['蔺建军', '蔺师傅'])
  })

  it('should keep notes in parentheses after a name that are no alias unmasked', () => {
    expect(aliasDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of aliasDecoys) expect(persons(decoy), decoy).toEqual(['王建国', '李明华', '张卫东', '刘芳'].filter((name) => decoy.includes(name)))
  })
})

// Words of kinship in quotes after a verb of calling that many are called (“师姐”, “老大哥”, “知心大姐”): no nickname.
const kinshipDecoys = linesOf(`
  大家都亲切地叫他“师姐”。
  大家都亲切地叫他“帅哥”。
  大家都亲切地叫他“表哥”。
  大家都亲切地叫他“大哥”。
  大家都亲切地叫他“老大哥”。
  大家都亲切地叫他“知心大姐”。
  大家都亲切地叫他“堂姐”。
  大家都亲切地叫他“师兄”。
  大家都亲切地叫他“好大哥”。
  大家都亲切地叫他“二哥”。
  大家都亲切地叫他“三姐”。
  大家都亲切地叫他“嫂子”。
  大家都亲切地叫他“大嫂”。
  大家都亲切地叫他“表妹”。
  大家都亲切地叫他“小妹”。
  大家都亲切地叫他“大姐”。
  大家都亲切地叫他“老大姐”。
  大家都亲切地叫他“好大姐”。
  大家都亲切地叫他“邻家妹”。
  大家都亲切地叫他“弟妹”。
  大家都亲切地叫他“姐妹”。
  大家都亲切地叫他“哥哥”。
  大家都亲切地叫他“姐姐”。
  大家都亲切地叫他“妹妹”。
  大家都亲切地叫他“叔叔”。
  大家都亲切地叫他“婶婶”。
  大家都亲切地叫他“大叔”。
  大家都亲切地叫他“大婶”。
  大家都亲切地叫他“老叔”。
  大家都亲切地叫他“表叔”。
  大家都亲切地叫他“师妹”。
  大家都亲切地叫他“学姐”。
  大家都亲切地叫他“学妹”。
  大家都亲切地叫他“学哥”。
  大家都亲切地叫他“靓哥”。
  大家都亲切地叫他“亲哥”。
  大家都亲切地叫他“亲姐”。
  大家都亲切地叫他“干姐”。
  大家都亲切地叫他“干妹”。
  大家都亲切地叫他“大娃”。
  大家都亲切地叫他“小娃”。
  大家都亲切地叫他“女娃”。
  大家都亲切地叫他“男娃”。
  大家都亲切地叫他“胖娃”。
  大家都亲切地叫他“好姐”。
  大家都亲切地叫他“老姐”。
  大家都亲切地叫他“老哥”。
  大家都亲切地叫他“老妹”。
  大家都亲切地叫他“老婶”。
  大家都亲切地叫他“老嫂”。
  大家都亲切地叫他“大妹”。
  大家都亲切地叫他“阿哥”。
  大家都亲切地叫他“阿姐”。
  大家都亲切地叫他“阿妹”。
  大家都亲切地叫他“表嫂”。
  大家都亲切地叫他“弟兄”。
  大家都亲切地叫他“兄弟”。
`)

describe('detectPersons on nicknames of kinship', () => {
  it('should mask a surname and a word of kinship, or a word and 哥 or 姐, in quotes after a verb of calling', () => {
    expect(persons('村民们都亲切地叫他“蒋娃”。')).toEqual(['蒋娃'])
    expect(persons('“大家都叫我‘豆腐哥’，”他笑着说。')).toEqual(['豆腐哥'])
    expect(persons('大家都喊她“沈姐”，沈姐的店开了二十年。')).toEqual(['沈姐', '沈姐'])
  })

  it('should keep words of kinship that many are called unmasked, after 他 and after 我', () => {
    expect(kinshipDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of kinshipDecoys) expect(persons(decoy), decoy).toEqual([])
    for (const decoy of [...kinshipDecoys, ...nicknameDecoys]) expect(persons(decoy.replace('叫他', '叫我')), decoy).toEqual([])
    for (const decoy of [...kinshipDecoys, ...nicknameDecoys]) expect(persons(decoy.replace('叫他', '称为')), decoy).toEqual([])
  })

  it('should mask a nickname quoted after 称为', () => {
    expect(persons('她在家政公司干了八年，被东家们亲切地称为“月亮姐”。')).toEqual(['月亮姐'])
  })
})

describe('detectPersons on a surname and a form of address after a word for people', () => {
  it('should mask 小 or 老 and a surname after a noun for people jieba reads', () => {
    expect(persons('社区民警与保安员小蔺、快递员老佘，组成巡防小组。')).toEqual(['小蔺', '老佘'])
  })

  it('should mask a surname and the form of address after it, after a word for people that jieba reads into a run', () => {
    expect(persons('村干部背着五保户鲁大爷蹚水转移')).toEqual(['鲁大爷'])
  })

  it('should mask a surname with the form of address it goes by (大爷, 大娘, 师傅), and no form of address without a surname', () => {
    expect(persons('上郝庄村的郝大爷和邻居吵了五年，李大娘笑了，郎师傅说')).toEqual(['郝大爷', '李大娘', '郎师傅'])
    expect(persons('邻居大妈、热心大姐和村里老大爷都来了，这位大爷说，那位大娘笑了，广场舞大妈和外卖小哥，高大叔叔')).toEqual([])
  })

  it('should keep 小 or 老 that open a word of prose after a noun for people unmasked', () => {
    for (const decoy of addressDecoys) {
      const afterNoun = decoy.replace(/^[^小老]*?(?=[小老])/, '保安员')
      expect(persons(afterNoun), afterNoun).toEqual([])
    }
  })

  it('should mask 小 or 老 and a surname that open a clause, where jieba reads the surname as a name, or a verb follows after a role', () => {
    expect(persons('老陈退休前是镇农技站站长。')).toEqual(['老陈'])
    expect(persons('小李和同事今天跑了4家合作社。')).toEqual(['小李'])
    expect(persons('社区民警与楼长老陈组成巡防小组，邻居老杨吵了五年。')).toEqual(['老陈', '老杨'])
    // a surname jieba leaves a bound morpheme (刘/zg) before a word that follows names of two characters
    expect(persons('理事会由老党员孙大娘牵头，小刘负责登记。')).toEqual(['孙大娘', '小刘'])
    for (const decoy of ['，老师负责登记', '，小区负责', '，小组负责', '，小微企业负责', '，老年人参加', '，小车负责', '，小王庄开展', '，老干部参加']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should keep 小 or 老 and a character that open a clause unmasked where they are a word, whatever jieba tags it', () => {
    for (const decoy of addressDecoys) {
      const opening = decoy.replace(/^[^小老]*?(?=[小老])/, '')
      expect(persons(opening), opening).toEqual([])
    }
    // known words jieba tags as names' or nouns' (小康/nr, 小雨/nr, 小马/n) are words as often as forms of address
    expect(persons('小康是目标，小雨转晴，小米和玉米，老虎和狮子，小马过河，小龙虾养殖，老实说，老是迟到，小于十')).toEqual([])
  })
})

describe('detectPersons on names jieba reads into words', () => {
  it('should read a name whose last character jieba leaves alone as a bound morpheme (鲜丽 + 娟/zg)', () => {
    expect(persons('小橘灯幼儿园园长鲜丽娟牵头成立发展共同体。')).toEqual(['鲜丽娟'])
  })

  it('should read 向, 和 or 如 as the first character of a given name where jieba reads the name so (耿 + 向东/nr)', () => {
    expect(persons('县医院检验科原主任耿向东收受回扣问题已移交。')).toEqual(['耿向东'])
    expect(persons('村党支部书记王向阳带领群众修路。')).toEqual(['王向阳'])
    for (const decoy of ['书记王向群众宣讲政策', '局长张和群众座谈', '主任李向大家介绍情况', '书记刘向前迈进', '主任陈和县领导交流', '干部王如实填报']) expect(persons(decoy), decoy).toEqual([])
  })
})

// Words frequent in prose, surnames' characters first, listed right before a name found: things, no names.
const listedBeforeDecoys = linesOf(`
  会议研究了公司、王建国同志提出的问题。
  会议研究了文化、王建国同志提出的问题。
  会议研究了时间、王建国同志提出的问题。
  会议研究了关系、王建国同志提出的问题。
  会议研究了时候、王建国同志提出的问题。
  会议研究了管理、王建国同志提出的问题。
  会议研究了方面、王建国同志提出的问题。
  会议研究了国际、王建国同志提出的问题。
  会议研究了计划、王建国同志提出的问题。
  会议研究了时期、王建国同志提出的问题。
  会议研究了方法、王建国同志提出的问题。
  会议研究了单位、王建国同志提出的问题。
  会议研究了方式、王建国同志提出的问题。
  会议研究了农业、王建国同志提出的问题。
  会议研究了任务、王建国同志提出的问题。
  会议研究了战争、王建国同志提出的问题。
  会议研究了权力、王建国同志提出的问题。
  会议研究了利用、王建国同志提出的问题。
  会议研究了项目、王建国同志提出的问题。
  会议研究了全省、王建国同志提出的问题。
  会议研究了原因、王建国同志提出的问题。
  会议研究了信息、王建国同志提出的问题。
  会议研究了范围、王建国同志提出的问题。
  会议研究了丰富、王建国同志提出的问题。
  会议研究了劳动、王建国同志提出的问题。
  会议研究了农村、王建国同志提出的问题。
  会议研究了全部、王建国同志提出的问题。
  会议研究了时代、王建国同志提出的问题。
  会议研究了成功、王建国同志提出的问题。
  会议研究了严重、王建国同志提出的问题。
  会议研究了商品、王建国同志提出的问题。
  会议研究了战略、王建国同志提出的问题。
  会议研究了程度、王建国同志提出的问题。
  会议研究了平均、王建国同志提出的问题。
  会议研究了安全、王建国同志提出的问题。
  会议研究了原则、王建国同志提出的问题。
  会议研究了全面、王建国同志提出的问题。
  会议研究了明显、王建国同志提出的问题。
  会议研究了武器、王建国同志提出的问题。
  会议研究了公路、王建国同志提出的问题。
  会议研究了容易、王建国同志提出的问题。
  会议研究了利益、王建国同志提出的问题。
  会议研究了方向、王建国同志提出的问题。
  会议研究了权利、王建国同志提出的问题。
  会议研究了植物、王建国同志提出的问题。
  会议研究了银行、王建国同志提出的问题。
  会议研究了海军、王建国同志提出的问题。
  会议研究了全市、王建国同志提出的问题。
  会议研究了方案、王建国同志提出的问题。
  会议研究了简单、王建国同志提出的问题。
  会议研究了文学、王建国同志提出的问题。
  会议研究了普通、王建国同志提出的问题。
  会议研究了文章、王建国同志提出的问题。
  会议研究了封建、王建国同志提出的问题。
  会议研究了金融、王建国同志提出的问题。
`)

describe('detectPersons on names listed before a name found', () => {
  it('should mask a surname and one character, or a name of three, listed right before a name found', () => {
    expect(persons('县妇联为宁静、柏玉兰、田野三名巾帼志愿者颁发证书。')).toEqual(['宁静', '柏玉兰', '田野'])
  })

  it('should keep a word frequent in prose listed before a name found unmasked', () => {
    expect(listedBeforeDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of listedBeforeDecoys) expect(persons(decoy), decoy).toEqual(['王建国'])
  })
})

// Units and places named with a character of the name, right before it in parentheses: no alias.
const aliasBeforeDecoys = linesOf(`
  项目由秀山村（覃秀英）负责对接。
  项目由秀水街（覃秀英）负责对接。
  项目由秀美乡村（覃秀英）负责对接。
  项目由秀峰小学（覃秀英）负责对接。
  项目由秀丽公园（覃秀英）负责对接。
  项目由秀才（覃秀英）负责对接。
  项目由秀场（覃秀英）负责对接。
  项目由秀湖（覃秀英）负责对接。
  项目由秀洲区（覃秀英）负责对接。
  项目由秀屿（覃秀英）负责对接。
  项目由覃塘区（覃秀英）负责对接。
  项目由秀水河（覃秀英）负责对接。
  项目由秀园（覃秀英）负责对接。
  项目由秀里（覃秀英）负责对接。
  项目由秀城（覃秀英）负责对接。
  项目由秀江（覃秀英）负责对接。
  项目由秀溪（覃秀英）负责对接。
  项目由秀竹（覃秀英）负责对接。
  项目由优秀班组（覃秀英）负责对接。
  项目由优秀党员（覃秀英）负责对接。
  项目由秀山县（覃秀英）负责对接。
  项目由秀林乡（覃秀英）负责对接。
  项目由秀才村（覃秀英）负责对接。
  项目由秀湖社区（覃秀英）负责对接。
  项目由秀英区（覃秀英）负责对接。
  项目由秀峰区（覃秀英）负责对接。
  项目由秀坊（覃秀英）负责对接。
  项目由秀色（覃秀英）负责对接。
  项目由秀色乡村（覃秀英）负责对接。
  项目由秀绣坊（覃秀英）负责对接。
  项目由秀禾（覃秀英）负责对接。
  项目由秀楼（覃秀英）负责对接。
  项目由秀岭（覃秀英）负责对接。
  项目由秀城区（覃秀英）负责对接。
  项目由秀水镇（覃秀英）负责对接。
  项目由秀谷（覃秀英）负责对接。
  项目由秀洲（覃秀英）负责对接。
  项目由秀丽山川（覃秀英）负责对接。
  项目由秀丽江南（覃秀英）负责对接。
  项目由秀田（覃秀英）负责对接。
  项目由秀屏（覃秀英）负责对接。
  项目由秀美（覃秀英）负责对接。
  项目由秀甲（覃秀英）负责对接。
  项目由秀文（覃秀英）负责对接。
  项目由覃塘（覃秀英）负责对接。
  项目由秀岩（覃秀英）负责对接。
  项目由秀宁（覃秀英）负责对接。
  项目由秀兰花（覃秀英）负责对接。
`)

describe('detectPersons on what a text calls a person before the full name or in the clause after it', () => {
  it('should mask 阿, 小 or 老 and a character of the name right before the name in parentheses', () => {
    expect(persons('阿芬（覃丽芬）带着姐妹们办起了合作社。')).toEqual(['阿芬', '覃丽芬'])
  })

  it('should mask what the clause after a name calls the person, after a cue word or a verb of calling', () => {
    expect(persons('村民佘德旺，人称“佘大胆”，是有名的致富能手。')).toEqual(['佘德旺', '佘大胆'])
  })

  it('should keep a unit or a place named with a character of the name before it in parentheses unmasked', () => {
    expect(aliasBeforeDecoys.length).toBeGreaterThanOrEqual(45)
    for (const decoy of aliasBeforeDecoys) expect(persons(decoy), decoy).toEqual(['覃秀英'])
  })
})

describe('detectPersons on names of the minorities with an ending or Yi given names', () => {
  it('should mask a part and the ending 江, and a Yi clan name and given name', () => {
    expect(persons('艾力江笑着说，这家店是工作队帮着开起来的。')).toEqual(['艾力江'])
    expect(persons('禁毒专干吉克拉且和村民一起编排了节目。')).toEqual(['吉克拉且'])
    expect(persons('艾力江南路完成改造。')).toEqual([])
  })
})

describe('detectPersons before more words that follow names', () => {
  it('should read names before 迅速, 冒用, 创办 and other verbs of people', () => {
    expect(persons('站长魏子健及队员杜鹏、黎明迅速赶赴现场。')).toEqual(['魏子健', '杜鹏', '黎明'])
    expect(persons('四是参保人甘露冒用他人医保凭证购药。')).toEqual(['甘露'])
  })
})

describe('detectPersons on parts of a minority name', () => {
  it('should end a dotted name where its parts end, not on a character jieba read into it', () => {
    expect(persons('天刚蒙蒙亮，吉克·阿呷已经背起了药箱。')).toEqual(['吉克·阿呷'])
    expect(persons('在凉山，像吉克·阿呷这样的乡村医生还有很多。')[0]).toBe('吉克·阿呷')
  })

  it('should keep a last part longer than a part the list holds whole where its last character opens no word (阿卜杜 + 拉主持, 买买提 + 力)', () => {
    expect(persons('和田县拉依喀乡党委书记麦麦提江·阿卜杜拉主持会议。')).toEqual(['麦麦提江·阿卜杜拉'])
    expect(persons('阿依努尔·托合提（组长）\n2．吐尔洪·买买提力\n3．努尔别克·阿山')).toEqual(['阿依努尔·托合提', '吐尔洪·买买提力', '努尔别克·阿山'])
    expect(persons('驻村工作队员买买提江·阿布都拉、古丽娜尔·艾合买提入户走访')).toEqual(['买买提江·阿布都拉', '古丽娜尔·艾合买提'])
  })

  it('should end a last part where a part the list holds ends, past the word jieba read its last character into (托合/x 提在/v)', () => {
    expect(persons('吐尔逊·托合提在阿克苏地区温宿县开了一家馕坑。')).toEqual(['吐尔逊·托合提'])
    // a dotted part jieba reads short of a part, before a word of prose: the part as read
    expect(persons('达吾提·阿布都热合曼说，今年的收成不错。')).toEqual(['达吾提·阿布都热合曼'])
  })

  it('should mask a part of a minority name found said alone', () => {
    expect(persons('天刚蒙蒙亮，吉克·阿呷已经背起了药箱。阿呷就在自家堂屋里看病。在村民眼中，吉克医生更像是自家人。')).toEqual(['吉克·阿呷', '阿呷', '吉克'])
    expect(persons('合作社由村党支部书记俄木拉且牵头成立。“帮了大忙。”俄木书记说。')).toEqual(['俄木拉且', '俄木'])
  })

  it('should keep prose and places that hold a part of a name found unmasked', () => {
    const names = '牧民扎西多吉、乌云其木格、格桑德吉、巴图孟和、努尔古丽和才让卓玛参加了表彰会。'
    const expected = persons(names)
    for (const decoy of minorityNameDecoys.filter((line) => !line.startsWith('古丽巴格乡'))) expect(persons(names + decoy), decoy).toEqual(expected)
  })
})

describe('detectPersons on a column of people whose rows are typed with one space between cells', () => {
  it('should read a row with one space between cells below a header of a column of people, and drop a note closing a cell', () => {
    const table = [
      '经营主体名称\t经营者\t所在地\t发现问题',
      '满堂红超市\t谌立群\t集镇新街\t销售过期饼干',
      '米粉店 向前进 集镇老街 健康证过期',
      '水果店\t高洁（联营）\t集镇新街\t未标明产地',
      '星光KTV 彭亮 集镇新街 酒水未明码标价'
    ].join('\n')
    expect(persons(table)).toEqual(['谌立群', '向前进', '高洁', '彭亮'])
  })

  it('should leave a line of prose below a table alone', () => {
    const table = ['经营主体名称\t经营者\t所在地\t发现问题', '满堂红超市\t谌立群\t集镇新街\t销售过期饼干', '对表中 高度重视 立即整改 问题'].join('\n')
    expect(persons(table)).toEqual(['谌立群'])
  })

  it('should read a header typed with one space between short words, and every column of people it heads', () => {
    const table = ['国庆节值班表', '日期 带班领导 值班人员 联系电话', '10月1日 周密 杨帆、林立 0335-7123456', '10月2日 高明 石磊、金秋 0335-7123456'].join('\n')
    expect(persons(table)).toEqual(['周密', '杨帆', '林立', '高明', '石磊', '金秋'])
  })

  it('should read a header so typed whose cell carries a note in parentheses (罚款金额（元）)', () => {
    const table = ['企业名称 法定代表人 罚款金额（元）', '重庆市黔江区武陵山珍食品有限公司 冉光华 20000', '黔江区濯水镇古镇客栈 龚丽 3000'].join('\n')
    expect(persons(table)).toEqual(['冉光华', '龚丽'])
    // a note makes no header of a line of prose: its words are no short cells
    expect(persons(['全年 高度重视（元） 负责人 推进', '企业名称 高峰 3000'].join('\n'))).toEqual([])
  })

  it('should read no header in a line of prose or of slogans typed with spaces, nor rows of another width', () => {
    const decoys = [
      ['党建引领 产业兴旺 生态宜居 乡风文明', '坚持 高度重视 全面推进 乡村振兴'].join('\n'),
      ['我们 坚持 以人民为中心 的 发展思想', '负责人 高度 重视'].join('\n'),
      ['序号 村名 负责人 完成时限', '1 高峰村 年底前'].join('\n'),
      ['序号 单位 完成时限', '1 高新区 年底前'].join('\n')
    ]
    for (const decoy of decoys) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read no header in a line of more than eight short words, though a word for people stands among them', () => {
    const slogans = ['坚持 党建 引领 强化 责任 担当 负责人 带头 落实', '做到 精心 组织 全面 推进 务求 周密 部署 实效'].join('\n')
    expect(persons(slogans)).toEqual([])
  })
})

describe('detectPersons on nicknames of a form of address', () => {
  it('should mask a surname and a form of address, 阿 and a character and one, or 小 and 阿 and a character, quoted after a verb of calling', () => {
    expect(persons('街坊们都叫她“蒋师傅”。')).toEqual(['蒋师傅'])
    // 小 before 阿 and a character stays: the given name 阿芝 is the person's (as w96's gold asks of 小阿呷)
    expect(persons('村里人都叫她“小阿芝”。')).toEqual(['阿芝'])
    expect(persons('乡亲们都亲切地叫她“阿芝阿姨”。')[0]).toBe('阿芝阿姨')
    for (const decoy of ['大家叫他“老师傅”。', '孩子们都叫她“好阿姨”。', '大家都叫他“小能手”。', '大家都叫他“大师傅”。', '大家都叫他“小阿哥”。']) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons where a pronoun jieba reads opens at the second given character', () => {
  it('should end a name before 每周 or 各地 that jieba reads as a pronoun', () => {
    expect(persons('卫生院主治医师钟慧每周二到门诊部坐诊。')).toEqual(['钟慧'])
    expect(persons('主任李万全每天值班。')).toEqual(['李万全'])
  })
})

// A title and 和 or 那 before the words that follow (局长和群众, 书记那里, 主任和美丽乡村): no surname.
const functionWordSurnameDecoys = linesOf(`
  局长和群众一起参加了活动。
  书记和大家一起参加了活动。
  主任和村民一起参加了活动。
  副镇长和美丽乡村一起参加了活动。
  负责人和丽江市领导一起参加了活动。
  村民和秀山县同志一起参加了活动。
  校长和振兴办一起参加了活动。
  站长和副主任一起参加了活动。
  所长和技术员一起参加了活动。
  队长和分管领导一起参加了活动。
  局长和驻村工作队一起参加了活动。
  书记和老师们一起参加了活动。
  主任和民警一起参加了活动。
  副镇长那天一起参加了活动。
  负责人那里一起参加了活动。
  村民那边一起参加了活动。
  校长那时一起参加了活动。
  站长那番话一起参加了活动。
  所长那些年一起参加了活动。
  队长那份责任一起参加了活动。
  局长和和谐一起参加了活动。
  书记和和美一起参加了活动。
  主任和平安一起参加了活动。
  副镇长和睦邻一起参加了活动。
  负责人那么一起参加了活动。
  村民和群众座谈交流。
  校长和大家座谈交流。
  站长和村民座谈交流。
  所长和技术员座谈交流。
  队长和民警座谈交流。
  局长和老师座谈交流。
  书记和干部座谈交流。
  主任和党员座谈交流。
  副镇长和居民座谈交流。
  负责人和家属座谈交流。
  村民和志愿者座谈交流。
  校长和网格员座谈交流。
  站长和同事座谈交流。
  所长和副局长座谈交流。
  队长和分管领导座谈交流。
  局长和各位同仁座谈交流。
  书记和社区工作者座谈交流。
  主任和学生座谈交流。
  副镇长和孩子们座谈交流。
  负责人和专家座谈交流。
  村民和乡亲们座谈交流。
  校长和企业家座谈交流。
  站长和职工座谈交流。
  所长和代表座谈交流。
  队长和委员座谈交流。
`)

describe('detectPersons on surnames that are far more often function words', () => {
  it('should mask 和 or 那 and two characters of a given name right after a title where jieba reads them as a name', () => {
    expect(persons('当天，副镇长和丽芬走进直播间。')).toEqual(['和丽芬'])
    expect(persons('公司负责人那振华反映，资金缺口较大。')).toEqual(['那振华'])
  })

  it('should keep 和 and 那 after a title as function words', () => {
    expect(functionWordSurnameDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of functionWordSurnameDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// A verb or a noun and a character of words for people that jieba reads apart (安置 + 户, 咨询 + 师), before prose.
const apartNounDecoys = linesOf(`
  全镇安置户全部入住新居。
  全镇安置户高度重视整改。
  全镇安置户安全意识增强。
  全镇搬迁户方便快捷。
  全镇搬迁户常态化开展。
  全镇参保人万元以上。
  全镇参保人单独建档。
  全镇参保人严格落实。
  全镇监测户马上整改。
  全镇监测户余额不足。
  全镇监测户江边散步。
  全镇种植户和群众一起。
  全镇种植户于近日完成。
  全镇种植户石材加工。
  全镇养殖户金额较大。
  全镇养殖户黄金周期间值班。
  全镇养殖户周边环境改善。
  全镇经营户林下种植。
  全镇经营户程序规范。
  全镇经营户包干到户。
  全镇承包人连续三年达标。
  全镇管理员安全意识增强。
  全镇管理员方便快捷。
  全镇报账员常态化开展。
  全镇报账员万元以上。
  全镇报账员单独建档。
  全镇咨询师严格落实。
  全镇咨询师马上整改。
  全镇咨询师余额不足。
  全镇焊工江边散步。
  全镇焊工和群众一起。
  全镇焊工于近日完成。
  全镇钳工石材加工。
  全镇钳工金额较大。
  全镇钳工黄金周期间值班。
  全镇电工周边环境改善。
  全镇电工林下种植。
  全镇电工程序规范。
  全镇协管员包干到户。
  全镇协管员连续三年达标。
  全镇讲解员高度重视整改。
  全镇讲解员安全意识增强。
  全镇调解员方便快捷。
  全镇调解员常态化开展。
  全镇调解员万元以上。
  全镇网格员单独建档。
  全镇网格员严格落实。
  全镇网格员马上整改。
`)

describe('detectPersons after a word for people jieba reads as a word and a character', () => {
  it('should mask a name after a verb or a noun and 户 or 师 that jieba reads apart', () => {
    expect(persons('首批安置户揭国华一家拿到了新房钥匙。')).toEqual(['揭国华'])
    expect(persons('由国家二级心理咨询师郜雪梅带队开展心理疏导。')).toEqual(['郜雪梅'])
  })

  it('should keep prose after such a word for people unmasked', () => {
    expect(apartNounDecoys.length).toBeGreaterThanOrEqual(45)
    for (const decoy of apartNounDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Words for people ending in 匠, 友, 徒, 医 or 童 before prose that opens with a surname's character (儿童安全, 中医药).
const personEndingDecoys = linesOf(`
  全县儿童安全意识明显增强。
  全县儿童高度重视。
  全县女童常见病防治。
  全县女童全部参加培训。
  全县女童方便群众就医。
  全县工匠金牌数量增加。
  全县工匠周边环境改善。
  全县工匠林下种植。
  全县木匠马上整改到位。
  全县木匠万元补助发放到位。
  全县木匠于近日完成体检。
  全县银匠石材加工技艺传承。
  全县银匠黄金周值守。
  全县银匠连续三年获奖。
  全县工友严格落实制度。
  全县工友江边义诊。
  全县工友关爱行动持续开展。
  全县病友文明素养提升。
  全县病友宁静致远。
  全县病友平安建设成效明显。
  全县网友何时开课尚未确定。
  全县网友叶面施肥技术推广。
  全县网友钱款到账。
  全县学徒陈列馆开馆。
  全县学徒安全意识明显增强。
  全县师徒高度重视。
  全县师徒常见病防治。
  全县师徒全部参加培训。
  全县村医方便群众就医。
  全县村医金牌数量增加。
  全县村医周边环境改善。
  全县中医林下种植。
  全县中医马上整改到位。
  全县中医万元补助发放到位。
  全县西医于近日完成体检。
  全县西医石材加工技艺传承。
  全县西医黄金周值守。
  全县校医连续三年获奖。
  全县校医严格落实制度。
  全县校医江边义诊。
  全县兽医关爱行动持续开展。
  全县兽医文明素养提升。
  全县兽医宁静致远。
  全县学童平安建设成效明显。
  全县学童何时开课尚未确定。
  全县学童叶面施肥技术推广。
  全县牧童钱款到账。
  全县牧童陈列馆开馆。
  全县牧童安全意识明显增强。
  全县队友高度重视。
  全县队友常见病防治。
  全县战友全部参加培训。
  全县战友方便群众就医。
  全县战友金牌数量增加。
  全县校友周边环境改善。
  全县校友林下种植。
  全县校友马上整改到位。
`)

// Words of prose ending in 主, 长, 兵, 属, 嫂, 弟, 官, 哥 or 儿 (民主, 特长, 金属, 器官, 婴儿) before prose.
const personEndingDecoysMore = linesOf(`
  全县民主安全意识明显增强。
  全县民主高度重视。
  全县自主常见病防治。
  全县自主全部参加培训。
  全县特长方便群众就医。
  全县特长周边环境改善。
  全县专长马上整改到位。
  全县专长万元补助发放到位。
  全县金属于近日完成体检。
  全县金属严格落实制度。
  全县器官文明素养提升。
  全县器官平安建设成效明显。
  全县婴儿关爱行动持续开展。
  全县婴儿连续三年获奖。
  全县幼儿金额较大。
  全县幼儿黄金周值守。
  全县子弟石材加工技艺传承。
  全县子弟何时开课尚未确定。
  全县兄弟江边义诊。
  全县兄弟林下种植。
  全县士兵安全意识明显增强。
  全县士兵高度重视。
  全县家属常见病防治。
  全县家属全部参加培训。
  全县业主方便群众就医。
  全县业主周边环境改善。
  全县船长马上整改到位。
  全县船长万元补助发放到位。
  全县家长于近日完成体检。
  全县家长严格落实制度。
  全县孤儿文明素养提升。
  全县孤儿平安建设成效明显。
  全县老兵关爱行动持续开展。
  全县老兵连续三年获奖。
  全县军嫂金额较大。
  全县军嫂黄金周值守。
  全县法官石材加工技艺传承。
  全县法官何时开课尚未确定。
  全县村官江边义诊。
  全县村官林下种植。
  全县宗主安全意识明显增强。
  全县宗主高度重视。
  全县成长常见病防治。
  全县成长全部参加培训。
  全县增长方便群众就医。
  全县增长周边环境改善。
  全县延长马上整改到位。
  全县延长万元补助发放到位。
  全县学长于近日完成体检。
  全县学长严格落实制度。
  全县官兵文明素养提升。
  全县官兵平安建设成效明显。
  全县亲属关爱行动持续开展。
  全县亲属连续三年获奖。
  全县下属金额较大。
  全县下属黄金周值守。
  全县直属石材加工技艺传承。
  全县直属何时开课尚未确定。
  全县附属江边义诊。
  全县附属林下种植。
`)

describe('detectPersons after words for people ending in 匠, 友, 徒, 医, 童, 主, 长, 兵, 属, 嫂, 弟, 官, 哥 or 儿', () => {
  it('should mask a name after such a word for people', () => {
    expect(persons('由牵头业主梁振邦与其签订补偿协议。')).toEqual(['梁振邦'])
    expect(persons('老兵覃建华说，退伍不褪色。')).toEqual(['覃建华'])
    expect(persons('家长詹秀梅说，孩子的成绩提高了。')).toEqual(['詹秀梅'])
    expect(persons('图为苗族银匠龙秀山（左二）在银饰工坊展示技艺。')).toEqual(['龙秀山'])
    expect(persons('工友覃建华说，今年工资按时发放。')).toEqual(['覃建华'])
    expect(persons('学徒詹立新已能独立操作数控机床。')).toEqual(['詹立新'])
  })

  it('should keep prose after such a word unmasked', () => {
    expect(personEndingDecoys.length).toBeGreaterThanOrEqual(50)
    expect(personEndingDecoysMore.length).toBeGreaterThanOrEqual(50)
    for (const decoy of [...personEndingDecoys, ...personEndingDecoysMore]) expect(persons(decoy), decoy).toEqual([])
  })
})

// Fixed phrases jieba tags l before prose that opens with a surname's character (各家各户安全用电, 为国为民文明新风).
const fixedPhraseDecoys = linesOf(`
  全县各家各户安全用电知识普及。
  全县各家各户高度重视。
  全县破土动工高度重视。
  全县破土动工全部完成。
  全县包产到户全部完成。
  全县包产到户方便快捷。
  全县见不得人方便快捷。
  全县见不得人周边环境改善。
  全县险象环生周边环境改善。
  全县险象环生严格落实。
  全县为国为民严格落实。
  全县为国为民文明新风吹进村。
  全县拥政爱民文明新风吹进村。
  全县拥政爱民连续三年获奖。
  全县无从下手连续三年获奖。
  全县无从下手常态化开展。
  全县救国救民常态化开展。
  全县救国救民金额较大。
  全县受制于人金额较大。
  全县受制于人安全用电知识普及。
  全县消极怠工安全用电知识普及。
  全县消极怠工高度重视。
  全县劫后余生高度重视。
  全县劫后余生全部完成。
  全县以理服人全部完成。
  全县以理服人方便快捷。
  全县走村串户方便快捷。
  全县走村串户周边环境改善。
  全县上下其手周边环境改善。
  全县上下其手严格落实。
  全县还政于民严格落实。
  全县还政于民文明新风吹进村。
  全县技不如人文明新风吹进村。
  全县技不如人连续三年获奖。
  全县夜不闭户连续三年获奖。
  全县夜不闭户常态化开展。
  全县吃大户常态化开展。
  全县吃大户金额较大。
  全县一展身手金额较大。
  全县一展身手安全用电知识普及。
  全县入户走访安全用电知识普及。
  全县入户走访高度重视。
  全县千家万户高度重视。
  全县千家万户全部完成。
  全县家家户户全部完成。
  全县家家户户方便快捷。
  全县以人为本方便快捷。
  全县以人为本周边环境改善。
  全县与人为善周边环境改善。
  全县与人为善严格落实。
  全县助人为乐严格落实。
  全县助人为乐文明新风吹进村。
  全县舍己为人文明新风吹进村。
  全县舍己为人连续三年获奖。
  全县后继有人连续三年获奖。
  全县后继有人常态化开展。
  全县大有人在常态化开展。
  全县大有人在金额较大。
  全县先声夺人金额较大。
  全县先声夺人安全用电知识普及。
`)

describe('detectPersons after a fixed phrase for people', () => {
  it('should mask a name after a fixed phrase for people that jieba tags l (退役军人)', () => {
    expect(persons('退役军人陈卫东创办的汽车修理厂优先招聘退役军人。')).toEqual(['陈卫东'])
  })

  it('should keep prose after fixed phrases unmasked, and read 文明 + 新风 as two words after any role', () => {
    expect(fixedPhraseDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of fixedPhraseDecoys) expect(persons(decoy), decoy).toEqual([])
    for (const decoy of ['全县农民文明新风吹进村。', '全县讲解员文明程度提高。']) expect(persons(decoy), decoy).toEqual([])
  })
})

// A village and spaces before words, places and units of its own (金龙村 文化, 金龙村 王家湾, 金龙村 金银花): no name.
const spacedHomeDecoys = linesOf(`
  富罗镇金龙村 国家 工作推进会
  富罗镇金龙村 全国 工作推进会
  富罗镇金龙村 公司 工作推进会
  富罗镇金龙村 文化 工作推进会
  富罗镇金龙村 时间 工作推进会
  富罗镇金龙村 关系 工作推进会
  富罗镇金龙村 时候 工作推进会
  富罗镇金龙村 石首 工作推进会
  富罗镇金龙村 管理 工作推进会
  富罗镇金龙村 方面 工作推进会
  富罗镇金龙村 国际 工作推进会
  富罗镇金龙村 计划 工作推进会
  富罗镇金龙村 时期 工作推进会
  富罗镇金龙村 方法 工作推进会
  富罗镇金龙村 单位 工作推进会
  富罗镇金龙村 方式 工作推进会
  富罗镇金龙村 农业 工作推进会
  富罗镇金龙村 任务 工作推进会
  富罗镇金龙村 战争 工作推进会
  富罗镇金龙村 权力 工作推进会
  富罗镇金龙村 利用 工作推进会
  富罗镇金龙村 项目 工作推进会
  富罗镇金龙村 全省 工作推进会
  富罗镇金龙村 原因 工作推进会
  富罗镇金龙村 公民 工作推进会
  富罗镇金龙村 信息 工作推进会
  富罗镇金龙村 范围 工作推进会
  富罗镇金龙村 丰富 工作推进会
  富罗镇金龙村 农民 工作推进会
  富罗镇金龙村 劳动 工作推进会
  富罗镇金龙村 农村 工作推进会
  富罗镇金龙村 全部 工作推进会
  富罗镇金龙村 时代 工作推进会
  富罗镇金龙村 成功 工作推进会
  富罗镇金龙村 严重 工作推进会
  富罗镇金龙村 商品 工作推进会
  富罗镇金龙村 战略 工作推进会
  富罗镇金龙村 程度 工作推进会
  富罗镇金龙村 平均 工作推进会
  富罗镇金龙村 安全 工作推进会
  富罗镇金龙村 干部 工作推进会
  富罗镇金龙村 原则 工作推进会
  富罗镇金龙村 全面 工作推进会
  富罗镇金龙村 明显 工作推进会
  富罗镇金龙村 武器 工作推进会
  富罗镇金龙村 王家湾 工作推进会
  富罗镇金龙村 李家沟 工作推进会
  富罗镇金龙村 张庄 工作推进会
  富罗镇金龙村 石桥头 工作推进会
  富罗镇金龙村 高标准 工作推进会
  富罗镇金龙村 金银花 工作推进会
  富罗镇金龙村 林下 工作推进会
  富罗镇金龙村 马铃薯 工作推进会
  富罗镇金龙村 黄桃园 工作推进会
  富罗镇金龙村 杨梅基地 工作推进会
`)

describe('detectPersons on a name alone after a village and spaces', () => {
  it('should mask a name typed after a village and spaces, as lists of winners are', () => {
    expect(persons('一等奖：富罗镇金龙村 莫丽清\n二等奖：富罗镇金龙村 詹华　兴桥镇丁塘村 柏小龙\n三等奖：空缺')).toEqual(['莫丽清', '詹华', '柏小龙'])
  })

  it('should keep words, places and units after a village and spaces unmasked', () => {
    expect(spacedHomeDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of spacedHomeDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// A role after a role before a position in a caption (学生班长（左一）, 村民代表（左二）): no name.
const captionRoleDecoys = linesOf(`
  图为村民代表（左一）参加活动。
  图为党员代表（左二）参加活动。
  图为党员干部（左一）参加活动。
  图为学生干部（左二）参加活动。
  图为学生班长（左一）参加活动。
  图为教师班长（左二）参加活动。
  图为教师队长（左一）参加活动。
  图为志愿者队长（左二）参加活动。
  图为志愿者组长（左一）参加活动。
  图为网格员组长（左二）参加活动。
  图为网格员成员（左一）参加活动。
  图为医生成员（左二）参加活动。
  图为医生骨干（左一）参加活动。
  图为护士骨干（左二）参加活动。
  图为护士同志（左一）参加活动。
  图为干部同志（左二）参加活动。
  图为干部群众（左一）参加活动。
  图为居民群众（左二）参加活动。
  图为居民家属（左一）参加活动。
  图为职工家属（左二）参加活动。
  图为职工老师（左一）参加活动。
  图为农民老师（左二）参加活动。
  图为农民党员（左一）参加活动。
  图为代表党员（左二）参加活动。
  图为代表专家（左一）参加活动。
  图为村民专家（左二）参加活动。
  图为村民学员（左一）参加活动。
  图为党员学员（左二）参加活动。
  图为党员志愿者（左一）参加活动。
  图为学生志愿者（左二）参加活动。
  图为学生骨干力量（左一）参加活动。
  图为教师骨干力量（左二）参加活动。
  图为教师负责人（左一）参加活动。
  图为志愿者负责人（左二）参加活动。
  图为志愿者技术员（左一）参加活动。
  图为网格员技术员（左二）参加活动。
  图为网格员管理员（左一）参加活动。
  图为医生管理员（左二）参加活动。
  图为医生先进（左一）参加活动。
  图为护士先进（左二）参加活动。
  图为护士模范（左一）参加活动。
  图为干部模范（左二）参加活动。
  图为干部标兵（左一）参加活动。
  图为居民标兵（左二）参加活动。
  图为居民能手（左一）参加活动。
  图为职工能手（左二）参加活动。
  图为职工典型（左一）参加活动。
  图为农民典型（左二）参加活动。
  图为农民组员（左一）参加活动。
  图为代表组员（左二）参加活动。
  图为代表会员（左一）参加活动。
  图为村民会员（左二）参加活动。
  图为村民委员（左一）参加活动。
  图为党员委员（左二）参加活动。
  图为党员学生（左一）参加活动。
  图为学生学生（左二）参加活动。
  图为学生社员（左一）参加活动。
  图为教师社员（左二）参加活动。
  图为教师村民（左一）参加活动。
  图为志愿者村民（左二）参加活动。
  图为志愿者居民（左一）参加活动。
  图为网格员居民（左二）参加活动。
`)

describe('detectPersons on a name that is also a word between a title and a position in a caption', () => {
  it('should mask a surname and one or two characters between a title and a position, whatever jieba reads', () => {
    expect(persons('图为老宅社区网格员江山（右一）入户核查。')).toEqual(['江山'])
  })

  it('should keep a role after a role before a position unmasked', () => {
    expect(captionRoleDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of captionRoleDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

// Roles new to data/person-titles.txt before prose that opens with a surname's character (老板高度重视, 邻居常来常往).
const newRoleDecoys = linesOf(`
  老干部高度重视安全。
  老干部全部到位。
  老干部安全意识强。
  老干部方便群众办事。
  老干部常来常往。
  老干部文明礼让。
  老干部金额巨大。
  老干部马上就办。
  老板高度重视安全。
  老板全部到位。
  老板安全意识强。
  老板方便群众办事。
  老板常来常往。
  老板文明礼让。
  老板金额巨大。
  老板马上就办。
  房东高度重视安全。
  房东全部到位。
  房东安全意识强。
  房东方便群众办事。
  房东常来常往。
  房东文明礼让。
  房东金额巨大。
  房东马上就办。
  楼长高度重视安全。
  楼长全部到位。
  楼长安全意识强。
  楼长方便群众办事。
  楼长常来常往。
  楼长文明礼让。
  楼长金额巨大。
  楼长马上就办。
  邻居高度重视安全。
  邻居全部到位。
  邻居安全意识强。
  邻居方便群众办事。
  邻居常来常往。
  邻居文明礼让。
  邻居金额巨大。
  邻居马上就办。
  乡医高度重视安全。
  乡医全部到位。
  乡医安全意识强。
  乡医方便群众办事。
  乡医常来常往。
  乡医文明礼让。
  乡医金额巨大。
  乡医马上就办。
  企业老板高度重视安全。
  企业老板全部到位。
  企业老板安全意识强。
  企业老板方便群众办事。
  企业老板常来常往。
  企业老板文明礼让。
  企业老板金额巨大。
  企业老板马上就办。
`)

describe('detectPersons after 老干部, 老板, 房东, 楼长, 邻居 and 乡医', () => {
  it('should mask a name after these roles', () => {
    expect(persons('老干部于春生自愿担任关工委义务辅导员。')).toEqual(['于春生'])
    expect(persons('朝鲜族邻居朴成浩合办的冷面馆生意红火。')).toEqual(['朴成浩'])
    expect(persons('餐馆老板詹建国说，今年生意比去年好。')).toEqual(['詹建国'])
  })

  it('should keep prose after these roles unmasked', () => {
    expect(newRoleDecoys.length).toBeGreaterThanOrEqual(50)
    for (const decoy of newRoleDecoys) expect(persons(decoy), decoy).toEqual([])
  })
})

describe('detectPersons on a word jieba tags as a name but counts as prose, before a character of words', () => {
  it('should read a frequent word tagged nr and a character of words as no name (顾客/nr + 可), but keep a given character after it', () => {
    expect(persons('店内安装摄像头，顾客可在屏幕实时查看。')).toEqual([])
    expect(persons('村民顾客来在家，群众道德观提升。')).toEqual([])
    expect(persons('村民文明华在家，局长文明华主持会议')).toEqual(['文明华', '文明华'])
  })
})

describe('detectPersons on runs that repeat their first character', () => {
  it('should read a run whose last character repeats the surname as a phrase that pairs two words on it (师德师风), no name', () => {
    expect(persons('牵头制定《临猗二中师德师风负面清单》，加强党风党纪教育，师德师风建设')).toEqual([])
  })
})

describe('detectPersons on names a PDF line break cuts after where the person lives, after a village clerk, or in a dotted part', () => {
  it('should mask both pieces of a name cut after its surname after 来自…的 or a village and 的, read on the joined text', () => {
    expect(persons('会上，来自郭城驿镇红堡子村的王\n建国发言时说，村里的路通了。')).toEqual(['王', '建国'])
    expect(persons('红堡子村的王\n建国说')).toEqual(['王', '建国'])
  })

  it('should read no name across the break where the joined text is none (王⏎大力支持, 刘⏎备受关注)', () => {
    expect(persons('红堡子村的王\n大力支持，来自大山深处的刘\n备受关注，来自各村的代\n表参加')).toEqual([])
  })

  it('should read 村文书 as a title, and the name after it across a break', () => {
    expect(persons('记录人：后厦村文书亓\n秀丽\n列席：后厦村村民代表8人')).toEqual(['亓', '秀丽'])
    expect(persons('村文书王芳负责记录。规范村文书档案管理，村文书工作有序')).toEqual(['王芳'])
  })

  it('should mask the rest of a dotted name\'s last part a line break cuts off, and no word after a break', () => {
    expect(persons('努尔兰·吐尔\n逊别克在乌拉斯台镇巴音沟村流转土地')).toEqual(['努尔兰·吐尔', '逊别克'])
    expect(persons('会上，阿依达娜·努尔\n兰别克将出席')).toEqual(['阿依达娜·努尔', '兰别克'])
    expect(persons('村民吐尔洪·沙吾提\n结亲户，党建·引领\n发展')).toEqual(['吐尔洪·沙吾提'])
    expect(persons('合作社理事长朝克图·巴雅\n尔说，抱团以后')).toEqual(['朝克图·巴雅', '尔'])
    // a character jieba reads into the part is left out, as on one line (沙马·日火已经)
    expect(persons('天刚蒙蒙亮，沙马·日火\n已经背起药箱')).toEqual(['沙马·日火'])
    // a break right after the last part's first character (阿⏎布都拉), before a line much longer than its own
    expect(persons('驻村工作队员买买提江·阿\n布都拉、古丽娜尔·艾合买提利用农闲开设国家通用语言培训班14期')).toEqual(['买买提江·阿', '布都拉', '古丽娜尔·艾合买提'])
    // a word's first character before a break is no part (党建·引⏎领发展)
    expect(persons('坚持党建·引\n领发展，推动乡村振兴')).toEqual([])
  })
})

describe('detectPersons across a blank line', () => {
  it('should read no name on across a blank line, which ends a paragraph or a caption (沙马·日火⏎⏎文/王晓川)', () => {
    expect(persons('乡村医生沙马·日火\n\n文/王晓川　图/刘一鸣')).toEqual(['沙马·日火', '王晓川', '刘一鸣'])
    expect(persons('来自红堡子村的王\n\n建国发言时说')).toEqual([])
  })
})

describe('detectPersons before 并', () => {
  it('should end a name before 并, which joins what the person does next (欧阳建国并退还), and read no name in words before it', () => {
    expect(persons('已解聘涉事教练员欧阳建国并退还学员费用。')).toEqual(['欧阳建国'])
    expect(persons('书记周密部署并落实，教师管理并重，群众文明并进，干部作风并举')).toEqual([])
  })
})

describe('detectPersons after a place already masked', () => {
  it('should read no name opening with the level a placeholder kept, but the rest of a masked name after a person', () => {
    expect(persons('“一支部一品牌”创建，*区澄泉供水有限公司（')).toEqual([])
    expect(persons('妻子**阿芝是村里的妇女主任，大家都叫她')).toEqual(['阿芝'])
  })
})

describe('detectPersons on a surname and a word of kin or address that calls a person in a feature', () => {
  it('should mask the surname before 奶奶, 婆婆, 二嫂, 婶婶 or 阿婆, and leave the word of address visible', () => {
    expect(persons('皇都村侗族大歌队的吴奶奶，带出了23名徒弟')).toEqual(['吴'])
    expect(persons('下午到二组走访，刘二嫂拉着我的手说')).toEqual(['刘'])
    expect(persons('李四和王婆婆都来了，赵婶婶说')).toEqual(['王', '赵'])
  })

  it('should still read 奶奶 and 婆婆 before a name as its kin (婆婆张桂兰)', () => {
    expect(persons('婆婆张桂兰患有慢性病，奶奶王秀英照顾孙子')).toEqual(['张桂兰', '王秀英'])
  })

  it('should read no surname in a word of prose before a word of kin (牛奶, 老奶奶, 爷爷奶奶)', () => {
    for (const decoy of linesOf(`
      他每天喝牛奶奶粉也不缺
      爷爷奶奶都在家
      孩子的爷爷奶奶和外公外婆
      隔壁的老奶奶和老婆婆
      留守儿童奶奶说
      大婶们和阿婆们都来了`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on 老 or 小 before a surname and a title', () => {
  it('should mask the surname after 老 or 小 where the three call one person (老杨书记, 老王局长, 小李老师)', () => {
    expect(persons('大家都知道有事找“老杨书记”。')).toEqual(['杨'])
    expect(persons('老王局长说，小李老师也来了')).toEqual(['王', '李'])
  })

  it('should read no surname after 老 or 小 that jieba reads into a word of prose (老区, 小组, 老村支书, 老百姓)', () => {
    for (const decoy of linesOf(`
      老区书记来了
      老村支书说
      他是小组长，小区主任说
      这是老党员书记的心愿
      老百姓书记
      小姐姐主任`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on given-name characters that famous names of jieba hold (淑, 彬, 珊)', () => {
  it('should score 淑 as a given name\'s character, which the names jieba tags nrfg hold (郭淑珍, 毕淑敏)', () => {
    expect(persons('经营者郭淑珍说，今年生意好。')).toEqual(['郭淑珍'])
    expect(persons('王淑华在村里开了一家超市。')).toEqual(['王淑华'])
    expect(persons('老板娘李淑芬笑着说。')).toEqual(['李淑芬'])
  })

  it('should read no name in words that hold those characters (魁梧, 彬彬有礼, 石珊瑚, 贤淑)', () => {
    for (const decoy of linesOf(`
      他长得高大魁梧，彬彬有礼。
      海底的石珊瑚保护区正在建设。
      这是一位贤淑的母亲，平庸的日子里也有光。
      全村人都在保佑平安。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on names padded to the width of three in running text', () => {
  it('should read a padded name in a sentence as the same name unpadded is read there, spaces and all', () => {
    expect(persons('现予以公示。沈  浩，男，汉族，1981年10月生。')).toEqual(['沈  浩'])
    expect(persons('市委常委、组织部部长陈  静指出，要压实责任。')).toEqual(['陈  静'])
    expect(persons('会议由县委常委、宣传部部长龙　英同志主持。')).toEqual(['龙　英'])
    expect(persons('镇人大主席团推荐顾建平、沈  丽、陆卫东3名同志为区人大代表候选人。')).toContain('沈  丽')
    expect(persons('市委常委、组织部部长陈   静指出，要压实责任。')).toEqual(['陈   静'])
  })

  it('should read no padding in one ASCII space inside a sentence, which sets words apart (where a comma was)', () => {
    expect(persons('跟着甘院长干 有奔头。')).toEqual([])
    expect(persons('市委常委、组织部部长陈 静指出，要压实责任。')).toEqual([])
  })

  it('should read no name of three over a padded name a spaced label follows (郑  斌记  录), nor in text spaced out evenly or padded words', () => {
    // 郑  斌 stays visible here (a known leak: the spaced label after it hides where the name ends); 苏晴 is found
    expect(persons('物业服务中心经理郑  斌记  录：苏晴')).toEqual(['苏晴'])
    for (const decoy of linesOf(`
      会  议  纪  要
      关于加强  管理工作的通知，方  案如下
      请各单位于本周五前张  贴公告。
      为进一步加强  管理，特制定本方案。
      项目负责人要高  度重视安全生产。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on 老 or 小 and the surname of a full name found, opening a clause', () => {
  it('should mask 老 or 小 and the surname where the text names a person of that surname in full (赵德明 … 老赵说)', () => {
    expect(persons('赵德明是村里的老党员，老赵说，要带头。')).toEqual(['赵德明', '老赵'])
    expect(persons('李明亮告诉记者，小李现在是技术骨干。')).toEqual(['李明亮', '小李'])
    expect(persons('陈建华是老党员。老陈说：“我带头。”')).toEqual(['陈建华', '老陈'])
  })

  it('should read no address in a word of prose after a full name of that surname (老王牌, 小张家口, 小李子, 老区), nor one with no full name found', () => {
    expect(persons('王建国说，老王牌企业要转型。')).toEqual(['王建国'])
    expect(persons('李明亮告诉记者，小李子树结果了。')).toEqual(['李明亮'])
    expect(persons('区建华说，老区改造要加快。')).toEqual(['区建华'])
    expect(persons('老陈说：“我带头。”')).toEqual([])
  })
})

describe('detectPersons before the votes a candidate got', () => {
  it('should read a name before 得 and a count of votes (李国平得38票), padded or not', () => {
    expect(persons('选举结果：李建华得二十三票。')).toEqual(['李建华'])
    expect(persons('会议推荐票统计：李国平得38票，占有效票的90.5%；孙  磊得31票。')).toEqual(['李国平', '孙  磊'])
  })

  it('should read no name in what else gets votes (该方案, 赞成票, a city, a role)', () => {
    for (const decoy of linesOf(`
      该方案得30票，获得通过。
      赞成票得45票。
      第一轮投票中，张家港得12票。
      三号候选人得12票。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on a name after a title that a line break cuts, read as jieba reads it joined', () => {
  it('should mask both pieces where jieba reads the joined name as one before a verb (村支书孙⏎德胜去地里)', () => {
    expect(persons('跟村支书孙\n德胜去地里看苞米，今年雨水好。')).toEqual(['孙', '德胜'])
  })

  it('should read no name in a word a break cuts after a title (局长高⏎度重视), nor where the joined text holds none', () => {
    for (const decoy of ['局长高\n度重视安全生产。', '主任李\n明白了这个道理。', '书记高\n标准推进项目建设。']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons after a title that opens with the level ending the place before it', () => {
  it('should read the title from its start where jieba reads the level twice as one word (海雀村|村民: 村村/n 民安/n)', () => {
    expect(persons('赫章县河镇乡海雀村村民安启华掰着指头算起了收入。')).toEqual(['安启华'])
  })

  it('should read no name where the title opens a longer word or no name follows', () => {
    for (const decoy of linesOf(`
      河镇乡海雀村村民代表大会召开。
      新华镇镇长助理高度重视。
      海雀村村民大会上，群众踊跃发言。
      高峰村村民高度认可。
      村村民主管理，户户参与。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons after the heads of a banner and a league', () => {
  it('should read 旗长 and 盟长 as titles before a name, as 县长 is', () => {
    expect(persons('旗委副书记、旗长巴特尔带领旗林草局、水利局负责人调研。')).toEqual(['巴特尔'])
    expect(persons('副盟长王建军出席。')).toEqual(['王建军'])
  })

  it('should read no title in a flag that goes on (红旗长久, 彩旗长廊) nor a name where none follows', () => {
    for (const decoy of linesOf(`
      五星红旗长久飘扬。
      插红旗长见识。
      彩旗长廊迎宾。
      会议由旗长主持。
      旗长在讲话中指出。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons after a word for people that jieba reads into a run with the surname', () => {
  it('should read the word for people before the name alone where jieba reads an unknown run across (作坊主李/x + 红军)', () => {
    expect(persons('“小作坊”规范提升验收，作坊主李红军表示将扩大生产。')).toEqual(['李红军'])
  })

  it('should read no name where a known word crosses (民宿) or the given characters stand in words more than in names', () => {
    for (const decoy of linesOf(`
      村里的老人张罗着办喜事。
      发展乡村民宿产业。
      征收补偿款已转入被征收人账户。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on a name after a title whose surname and first given character jieba knows as a word', () => {
  it('should mask the name where jieba, in context, reads a surname and a given name both tagged as names (施/nr + 惠民/nr)', () => {
    expect(persons('崇明区副区长施惠民带领区农业农村委负责人调研。')).toEqual(['施惠民'])
  })

  it('should read no name in a word of three or a phrase after a title', () => {
    for (const decoy of linesOf(`
      局长高标准推进项目建设。
      局长高度重视安全生产。
      副县长施惠民生工程调研。
      局长施惠于民。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on a surname and one character of words after a word for people', () => {
  it('should mask a name whose given character words hold as often as names, read as one run before a predicate', () => {
    expect(persons('药店店员韦成违规为参保人刷卡。')).toEqual(['韦成'])
    expect(persons('市场监管所约谈经营者薛国，督促整改。')).toEqual(['薛国'])
    expect(persons('工人王成在车间值班。')).toEqual(['王成'])
  })

  it('should read no name in a run at the clause end, a word or before a noun', () => {
    for (const decoy of linesOf(`
      女人全吃
      女人全吃了。
      工人全在车间。
      村民全到齐了。
      学生多在外地。
      牧民常年在外。
      员工都在岗。
      农户多种植玉米。
      老人安度晚年。
      居民全被转移。
      工人常加班。
      患者方便了，
      村民全，`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })
})

describe('detectPersons on what the people of a title do, opening with a surname\'s character', () => {
  it('should read no name where jieba reads a verb and its object after the title (村民包/v + 粽子/n)', () => {
    for (const decoy of linesOf(`
      组织村民包粽子比赛。
      村民包粽子。
      组织村民包饺子、包粽子。`)) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should still mask a name whose given name is an adjective or a name after a verb-like surname', () => {
    expect(persons('村党支部书记付明福说。')).toEqual(['付明福'])
    expect(persons('村民韦成家属反映。')).toEqual(['韦成'])
  })
})

describe('detectPersons on a name after a title that jieba reads as a verb and a noun', () => {
  it('should mask a name whose given name is a noun of names\' characters (买/v + 建军/n, 顾/v + 学兵/n)', () => {
    expect(persons('乡村医生买建军每天出诊。')).toEqual(['买建军'])
    expect(persons('驻村第一书记顾学兵走访农户。')).toEqual(['顾学兵'])
  })
})

describe('detectPersons on a title read across a word, a title named as a person, a question', () => {
  it('should read no villager where the title closes a place and its last character makes a word with the next (村 + 民宿)', () => {
    for (const decoy of ['察看了红旗村民宿集群和文创中心。', '1 独龙江乡 孔当村民宿提升改造 32户']) expect(persons(decoy), decoy).toEqual([])
    // a title that opens with no level keeps its name, though jieba reads a word across its end (师范)
    expect(persons('中学教师范大海获评优秀教师。')).toEqual(['范大海'])
    expect(persons('红旗村村民王建国说。')).toEqual(['王建国'])
  })

  it('should read no name in a title where a name stands after a cue (聘请楼长、楼栋长)', () => {
    for (const decoy of ['聘请楼长、热心居民担任调解员。', '由楼栋长牵头收集居民诉求。']) expect(persons(decoy), decoy).toEqual([])
    expect(persons('由楼栋长佘德明牵头收集居民诉求。')).toEqual(['佘德明'])
  })

  it('should read a list item that holds a title as the title and the name after it (弄排屯屯长黄志坚)', () => {
    expect(persons('那汤屯屯长覃家顺、弄排屯屯长黄志坚都是党员。')).toEqual(['覃家顺', '黄志坚'])
  })

  it('should read no name in a word asked with its negation (农民富不富)', () => {
    for (const decoy of ['农业强不强、农民富不富，决定着成色。', '村民好不好，群众说了算。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should mask a name that a surname and 国 of an ancient state open (吴国/ns + 华)', () => {
    expect(persons('茶叶站高级农艺师吴国华、省茶叶研究所专家田园等到村指导。')).toEqual(['吴国华', '田园'])
    expect(persons('雷山县丹江镇中学教师吴国清激动得热泪盈眶。')).toEqual(['吴国清'])
    // the state named as one in prose stays
    expect(persons('春秋时期吴国的都城。')).toEqual([])
  })
})

describe('detectPersons on a villager whose surname makes a word with 民, and hamlets listed before their heads (review 2)', () => {
  it('should mask a villager whose given name scores as one, though 民 and the surname make a word alone (民乐, 民和, 民安)', () => {
    expect(persons('红旗村民乐德才家的果园。')).toEqual(['乐德才'])
    expect(persons('团结村民和永明反映问题。')).toEqual(['和永明'])
    expect(persons('海雀村民安启华说')).toEqual(['安启华'])
    // 民宿 before words, not a given name: the place and a thing
    for (const decoy of ['察看了红旗村民宿集群和文创中心。', '1 独龙江乡 孔当村民宿提升改造 32户', '红旗村民宿集中连片。', '改造红旗村民宿舍区。']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should read a hamlet listed before its head as the head\'s place, not a name (上坝屯屯长, 张家屯屯长)', () => {
    expect(persons('下坝屯屯长罗家旺、上坝屯屯长韦福生带头')).toEqual(['罗家旺', '韦福生'])
    expect(persons('王家屯屯长李国富、张家屯屯长刘春生')).toEqual(['李国富', '刘春生'])
    // names listed after one title still share it
    expect(persons('村民陆阿根、顾秀英夫妇')).toEqual(['陆阿根', '顾秀英'])
  })
})

describe('detectPersons on the last reviews\' leaks and over-masks: groups, A不A, roles before names, nicknames of a given name', () => {
  it('should end one name, or the last of a list, where the people split into groups, patches or ways (分组, 分片, 分头)', () => {
    expect(persons('工作人员周平分三组入户走访。')).toEqual(['周平'])
    expect(persons('工作人员王平分组包片。')).toEqual(['王平'])
    expect(persons('网格员王平分头走访。')).toEqual(['王平'])
    expect(persons('村干部刘海、王平分组包片。')).toEqual(['刘海', '王平'])
    expect(persons('村干部刘海、王平分片包干。')).toEqual(['刘海', '王平'])
    // 分 that opens no split stays with the words after the name
    expect(persons('网格员黄晓婷、高原分布的牧场，')).toEqual(['黄晓婷'])
    for (const decoy of ['工作人员分组包片，责任到人。', '村干部分头走访农户。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read no name in a question of a word and its negation (满不满意)', () => {
    for (const decoy of ['群众满不满意。', '服务对象满不满意，村民说了算。', '农民富不富，关键看支部。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a name after a role that opens it, not the role and the surname (楼长王, 村医宋/x, 总裁)', () => {
    expect(persons('选聘楼长，由楼长王德顺牵头。')).toEqual(['王德顺'])
    expect(persons('村医宋国庆每周上门随访。')).toEqual(['宋国庆'])
    expect(persons('考察期间，恒昌集团总裁吴海涛、副总裁林晓燕一行先后参观。')).toEqual(['吴海涛', '林晓燕'])
    // the dotted name starts after the title jieba read into its first part (辅警叶尔兰/x)
    expect(persons('辅警叶尔兰·努尔兰在巡逻中发现')[0]).toBe('叶尔兰·努尔兰')
    for (const decoy of ['聘请楼长、热心居民参加。', '每月举办“徐泾企业家沙龙”，上半年共举办沙龙6场。', '创始人团队持股。', '村民警惕性很高，乡村医生队伍不断壮大']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should read no name in the count a table\'s header names after a role (网格员⇥楼栋数)', () => {
    expect(persons('网格\t网格长\t网格员\t楼栋数\n')).toEqual([])
  })

  it('should mask the given name of 小 before 阿 and a given character (小阿呷), not the 小', () => {
    const text = '从州卫校毕业的海来·阿呷今年24岁，村里人都叫她“小阿呷”。'
    expect(persons(text)).toContain('阿呷')
    expect(persons(text)).not.toContain('小阿呷')
  })
})

describe('detectPersons on forms of address: 老 and a surname jieba reads as one word, after a conjunction; a surname and an address after a word for people; the full name in brackets', () => {
  it('should mask 老 and a surname that opens a clause where jieba reads the two as a run or a time word rare in prose (老徐/x, 老周/t)', () => {
    expect(persons('老徐的乐器厂每年消耗泡桐。')).toEqual(['老徐'])
    expect(persons('在技改攻坚中，老周带着徒弟们连续奋战4个月。')).toEqual(['老周'])
    expect(persons('村民和老周一起修路。')).toEqual(['老周'])
    // Review 2, finding 5: 老李/nr, 老王/nr, 老/a 郑带/x, 老/a 韩/j; only a list of 老 words is refused, no tag.
    expect(persons('今年以来，老李带领合作社社员闯市场。')).toEqual(['老李'])
    expect(persons('今年以来，老王带领合作社社员闯市场。')).toEqual(['老王'])
    expect(persons('和老周一样，老李也是党员。')).toEqual(['老周', '老李'])
    expect(persons('在脱贫攻坚中，老郑带着乡亲们修路。')).toEqual(['老郑'])
    expect(persons('老韩的修理铺开张了。')).toEqual(['老韩'])
    for (const decoy of ['老年大学开课，老路改造，老街区整治。', '和老同事聊天，与老乡交流，及老干部座谈。', '与老挝合作，和老伴儿散步，老虎，老鼠。']) {
      expect(persons(decoy), decoy).toEqual([])
    }
    for (const decoy of ['老年人经常锻炼。', '，老年活动中心建成。', '老区人民，老街改造，老板说，老师说，老百姓说，老乡说，老兵说，老总说', '他和老伴一起，和老人聊天，和老师一起，与老同志交流，及老旧小区改造']) {
      expect(persons(decoy), decoy).toEqual([])
    }
  })

  it('should mask a surname and a form of address right after a word for people jieba reads (果农|薛大爷, 保育员|汪大姐)', () => {
    expect(persons('与果农薛大爷拉家常、算收入账。')).toEqual(['薛大爷'])
    expect(persons('幼儿园保育员汪大姐每天提前一小时到园。')).toEqual(['汪大姐'])
    // 游客 ends in 客 (review 2, finding 6a), where jieba reads 周先生/nr as one word.
    expect(persons('游客周先生点赞。')).toEqual(['周'])
    expect(persons('游客何师傅点赞。')).toEqual(['何师傅'])
    for (const decoy of ['博客和微信同步更新。', '他热情好客，待客周到。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should read a surname and 女士 where jieba reads a word of kinship (孙女|士), no name after 孙女 (review 2, finding 6b)', () => {
    expect(persons('游客孙女士点赞。')).toEqual(['孙'])
    expect(persons('村民孙女士反映问题。')).not.toContain('士反映')
    for (const decoy of ['他的孙女今年考上大学。', '老人的孙女在外地工作。']) expect(persons(decoy), decoy).toEqual([])
  })

  it('should mask the full name in brackets after a surname and a form of address of that surname (张大爷（张永福）)', () => {
    expect(persons('张大爷（张永福）今年七十有六，独居。')).toContain('张永福')
    expect(persons('王局长（兼任组长）主持会议。')).toEqual(['王'])
  })
})

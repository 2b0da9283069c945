import {describe, expect, it} from 'vitest'
import {redact} from '@gongwen/redactor'

/** The persons masked in `text`, as `original:rule`, in order. */
function maskedPersons(text: string): string[] {
  return redact(text)
    .spans.filter((span) => span.type === 'PERSON')
    .map((span) => `${span.original}:${span.rule}`)
}

/** The names `text` masks, and nothing of any other type but places. */
function names(text: string): string[] {
  const {spans} = redact(text)
  expect(spans.filter((span) => span.type !== 'PERSON' && span.type !== 'PLACE'), text).toEqual([])
  return spans.filter((span) => span.type === 'PERSON').map((span) => span.original)
}

describe('persons recall in official prose', () => {
  it('should mask a name after a title that jieba reads together with its unit (市委书记, 县委书记)', () => {
    expect(redact('汝州市委书记王留剑主持会议。').text).toBe('*市委书记**主持会议。')
    expect(redact('市委书记王留剑<script>').text).toBe('市委书记**<script>')
    expect(names('区委书记张建国调研企业复工复产情况')).toEqual(['张建国'])
    expect(names('旗委书记赵小龙同志带队检查')).toEqual(['赵小龙'])
  })

  it('should mask a name after compound and listed titles', () => {
    expect(redact('会议由副县长张建国主持').text).toBe('会议由副县长**主持')
    expect(names('县委常委、宣传部部长刘芳')).toEqual(['刘芳'])
    expect(names('镇党委副书记、镇长赵小龙')).toEqual(['赵小龙'])
    expect(names('驻村第一书记杨帆')).toEqual(['杨帆'])
    expect(names('带队的是县委副书记李文斌同志')).toEqual(['李文斌'])
    expect(names('县长张建国、副县长李明华参加会议')).toEqual(['张建国', '李明华'])
    expect(names('联系人：王小明')).toEqual(['王小明'])
    expect(names('村委会主任孙丽萍介绍了村里的产业发展情况')).toEqual(['孙丽萍'])
    expect(names('县卫生健康局局长高建国带领专家团队深入基层义诊')).toEqual(['高建国'])
    expect(names('村医王传芳扎根山村行医多年')).toEqual(['王传芳'])
    expect(names('市农科所高级农艺师郑国良联系的基地亩产提高')).toEqual(['郑国良'])
    expect(names('致富带头人陈德明创办的生态农庄')).toEqual(['陈德明'])
    expect(names('发挥致富带头人作用，带头人李红梅说')).toEqual(['李红梅'])
  })

  it('should mask a name on the leaders list after a local title, and keep the national leader', () => {
    const local = redact('局长李强出席')
    expect(local.text).toBe('局长**出席')
    expect(local.spans.map((span) => span.rule)).toEqual(['local-namesake'])
    expect(names('村民李强说，今年的收成比去年好')).toEqual(['李强'])
    for (const national of ['国务院总理李强主持会议', '李强总理指出', '李强同志强调', '毛主席说', '习主席指出']) {
      expect(redact(national).text, national).toBe(national)
    }
  })

  it('should mask the other mentions of a local namesake, but not the leader next to a national title', () => {
    const text = '局长李强出席会议。李强强调，要抓好落实。学习国务院总理李强讲话精神，李强总理指出'
    expect(redact(text).text).toBe('局长**出席会议。**强调，要抓好落实。学习国务院总理李强讲话精神，李强总理指出')
  })

  it('should mask the surname before a title when no full name is found (王局长, 李主任, 欧阳书记)', () => {
    expect(redact('王局长指出').text).toBe('**局长指出')
    expect(maskedPersons('王局长指出')).toEqual(['王:surname-title'])
    expect(redact('李主任介绍了情况').text).toBe('**主任介绍了情况')
    expect(names('会上，高书记对下一步工作作了安排')).toEqual(['高'])
    expect(names('请欧阳书记讲话')).toEqual(['欧阳'])
    expect(names('号召大家向王留剑同志学习')).toEqual(['王留剑'])
    const [span] = redact('王局长指出').spans
    expect(span?.confidence).toBeLessThan(0.85)
    expect(span?.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it('should mask bare names before verbs of official prose and after cues', () => {
    expect(redact('王留剑在汝州市调研。').text).toBe('**在*市调研。')
    expect(redact('张建国主持会议并讲话').text).toBe('**主持会议并讲话')
    expect(redact('会议由李文斌主持').text).toBe('会议由**主持')
    expect(redact('赵小龙强调').text).toBe('**强调')
    expect(redact('刘芳指出').text).toBe('**指出')
    expect(maskedPersons('刘芳指出')).toEqual(['刘芳:name-before-verb'])
    expect(names('3月12日，周海涛深入联系点开展调研')).toEqual(['周海涛'])
    expect(names('经王伟同意，项目提前开工')).toEqual(['王伟'])
    expect(names('陈建华汇报了全年工作完成情况')).toEqual(['陈建华'])
    expect(names('孙立平带队赴先进地区考察学习')).toEqual(['孙立平'])
    expect(names('马明出席活动并致辞')).toEqual(['马明'])
  })

  it('should mask a bare name after a word that opens the sentence (会上, 随后, 上午)', () => {
    expect(names('会上刘芳指出，要压实工作责任')).toEqual(['刘芳'])
    expect(names('随后李文斌强调了安全生产工作')).toEqual(['李文斌'])
    expect(names('上午张建国主持召开专题会议')).toEqual(['张建国'])
    for (const decoy of ['我县全面在推进', '城乡居民在家门口就医', '年度考核在年底进行', '领导班子深入一线', '同时全面在推进']) {
      expect(maskedPersons(decoy), decoy).toEqual([])
    }
  })

  it('should mask names listed before a verb, after 本人 and in a list labelled by participants', () => {
    expect(redact('李文斌、刘芳等同志参加会议').text).toBe('**、**等同志参加会议')
    expect(names('王留剑、张建国出席会议')).toEqual(['王留剑', '张建国'])
    expect(redact('张建国任组长，李文斌任副组长').text).toBe('**任组长，**任副组长')
    expect(names('本人王留剑，2019年起任现职')).toEqual(['王留剑'])
    expect(names('参会人员：张建国、李文斌、刘芳')).toEqual(['张建国', '李文斌', '刘芳'])
    expect(names('会议听取了刘芳关于财政工作的汇报')).toEqual(['刘芳'])
    expect(names('村干部张建国说，这条路修到了群众心坎上')).toEqual(['张建国'])
    expect(names('述职人简介：王留剑，男，汉族，大学学历')).toEqual(['王留剑'])
    expect(names('值班领导：张建国，主讲人：李文斌')).toEqual(['张建国', '李文斌'])
    for (const decoy of ['全县干部群众、党员代表参加会议', '各乡镇、各部门在年底前完成', '本人高度重视，本人在工作中', '干部任免严格按程序进行']) {
      expect(maskedPersons(decoy), decoy).toEqual([])
    }
  })

  it('should mask the people of bylines, attendance lines, tables, credits and residence in a report, and only the surname before a title', () => {
    const text = [
      '本报记者 胡娜娜 通讯员 付平 报道',
      '出席：郭平燕、侯俊玉；列席：袁兰雪',
      '据孙兰亮介绍，今年新建大棚120个。孙书记说：“这是大家的功劳。”',
      '1　吴桂萍　女　汉族　1975.03　村党支部书记　大专',
      '文/刘磊　图/周晓',
      '家住某村的熊玉，今年种植烤烟30亩。'
    ].join('\n')
    const {spans} = redact(text)
    expect(spans.filter((span) => span.type === 'PERSON').map((span) => span.original)).toEqual([
      '胡娜娜', '付平', '郭平燕', '侯俊玉', '袁兰雪', '孙兰亮', '孙', '吴桂萍', '刘磊', '周晓', '熊玉'
    ])
    expect(redact(text).text).toContain('**书记说')
  })

  it('should mask both pieces of a name a PDF line break cuts after a title, keeping the lines', () => {
    expect(redact('局长钟\n\n庆出席活动').text).toBe('局长**\n\n**出席活动')
    expect(redact('县委书记王\n留剑主持会议').text).toBe('县委书记**\n**主持会议')
    expect(maskedPersons('党委高度重视，局长高\n度重视')).toEqual([])
  })

  it('should not take a city that jieba tags as a name for a person (张家港, 张家口)', () => {
    expect(maskedPersons('，张家港在全省率先推开')).toEqual([])
    expect(maskedPersons('，张家口到北京的高铁')).toEqual([])
  })

  it('should not mask the surname of another name a second time, nor spread a lone surname (王牌)', () => {
    expect(redact('局长王留剑出席。王局长指出，王牌产品要做强').text).toBe('局长**出席。**局长指出，王牌产品要做强')
  })

  it('should not take ordinary words with surname characters for names (述职报告, 会议纪要, 工作简报)', () => {
    const decoys = [
      '高度重视，周密部署，全面推进',
      '打造王牌产品，做强石油化工',
      '引导群众向上向善，争创文明城市',
      '常务副县长分管财政工作',
      '老局长退休了，副局长分管',
      '各局长参加会议，原局长列席',
      '全局长期坚持学习制度',
      '高校长期以来重视人才培养',
      '向局长汇报工作进展',
      '由于工作需要，经济发展加快',
      '请示报告制度落实到位',
      '于是在全镇推开',
      '黄河在这里拐了一个弯',
      '全体干部在岗在位',
      '安全生产在全年工作中排在首位',
      '方案经党组会议研究通过',
      '由党委书记主持召开专题会议',
      '石头在路边堆放',
      '马上到村入户开展排查',
      '同时在全县范围内开展整治',
      '号召全体党员向先进同志学习',
      '成立村民委员会，中国共产党第十次代表大会选举产生新一届党委员会'
    ]
    for (const decoy of decoys) expect(maskedPersons(decoy), decoy).toEqual([])
  })
})

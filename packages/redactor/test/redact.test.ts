import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode, parse} from '@gongwen/parser'
import {redact} from '@gongwen/redactor'
import type {RedactionSpan} from '@gongwen/schema'
import {zonesFromTree} from '../lib/zones.js'

const corpusFolder = new URL('../../../corpus/', import.meta.url)
const corpusNames = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).sort()

function corpus(name: string): string {
  return readFileSync(new URL(name, corpusFolder), 'utf8')
}

const seed004 = corpus('004_cfd3e7e0ca2ab7ec.txt')
const redacted004 = redact(seed004)
const lines004 = redacted004.text.split('\n')

/** The text between spans, in order: it must be the same before and after redaction. */
function between(text: string, spans: readonly RedactionSpan[], replaced: boolean): string[] {
  const parts: string[] = []
  let position = 0
  let shift = 0
  for (const span of spans) {
    parts.push(text.slice(position, span.start + (replaced ? shift : 0)))
    if (replaced) shift += span.replacement.length - (span.end - span.start)
    position = span.end + (replaced ? shift : 0)
  }
  parts.push(text.slice(position))
  return parts
}

describe('redact on seed 004 (raw PDF text of two magazine articles)', () => {
  it('should mask the province and the city of the first subtitle', () => {
    expect(lines004).toContain('——*省*市创建全国文明城市工作纪实')
  })

  it('should keep 国家税务总局 and the level of the county in the second subtitle', () => {
    expect(lines004).toContain('——国家税务总局*县税务局精神文明建设工作综述')
  })

  it('should mask the authors of both bylines', () => {
    expect(lines004[3]).toBe('** **')
    expect(lines004[8]).toBe('** ** ** ** **')
  })

  it('should mask an official after the title and keep the title: 局长**', () => {
    expect(redacted004.text).toContain('*县税务局党委书记*县税务局党委书记、、局长**局长**（（左三左三））')
    expect(redacted004.text).not.toContain('钟庆')
  })

  it('should mask the name of a unit and keep its generic part (*市实验小学, *小学)', () => {
    expect(redacted004.text).toContain('*市实验小学“陪')
    expect(redacted004.text).toContain('连续七年在*小学组织开展')
  })

  it('should mask lengths and counts but keep the unit: **公里', () => {
    expect(redacted004.text).toContain('改建城市道路**公里')
    expect(redacted004.text).toContain('建成 ** 公里的自行')
    expect(redacted004.text).not.toMatch(/51\.2|1573|49138/u)
  })

  it('should mask every occurrence of a place and its short form (汝州市, 汝州, 江安)', () => {
    expect(redacted004.text).not.toMatch(/汝州|河南|江安|平顶山/u)
    expect(redacted004.text).toContain('也是*精神文明创建工作的最大特')
    expect(redacted004.spans.some((span) => span.original === '汝州' && span.rule === 'propagated' && span.replacement === '*')).toBe(true)
  })

  it('should keep national bodies, leaders, programmes and years', () => {
    for (const kept of ['习近平', '党中央', '全国文明城市', '中国青年志愿服务大赛', '新时代文明实践中心', '从 2018 年开始', '2020 年 11 月']) {
      expect(redacted004.text).toContain(kept)
    }
  })

  it('should change nothing outside the spans', () => {
    expect(between(redacted004.text, redacted004.spans, true)).toEqual(between(seed004, redacted004.spans, false))
    for (const span of redacted004.spans) expect(seed004.slice(span.start, span.end)).toBe(span.original)
  })

  it('should return sorted spans that never overlap', () => {
    let previousEnd = 0
    for (const span of redacted004.spans) {
      expect(span.start).toBeGreaterThanOrEqual(previousEnd)
      expect(span.end).toBeGreaterThan(span.start)
      previousEnd = span.end
    }
  })
})

// Reports whose paragraphs hold inline enumerations (一是…二是…) and end on closing sentences, where the parser's
// default tree (items, closings split off) and the redactor's own (blocks only) differ.
const enumeratedReports = [
  `关于张庄镇2023年乡村振兴工作的报告

一、主要做法
今年以来，张庄镇党委书记王建国带领干部群众扎实推进乡村振兴。一是抓产业，王庄村建成蔬菜大棚120座；二是抓治理，李家沟村党支部书记赵德明牵头成立议事会；三是抓民生，新建村卫生室3所。全镇上下形成了齐抓共管的良好局面。

二、下一步打算
一是加强组织领导，由副镇长孙立国具体负责；二是强化督查考核，联系电话0371-62345678。以上报告，请审阅。

张庄镇人民政府
2023年12月20日
`,
  `各村（社区）：
为做好防汛工作，现将有关事项通知如下。一要提高认识，二要压实责任，三要加强值守，值班人员刘芳（手机13812345678）。请各村认真贯彻落实。
特此通知。
`
]

describe('redact', () => {
  it('should redact a report as it redacts the document the parser gives with its defaults, enumerations and closings read', () => {
    for (const text of enumeratedReports) {
      const fromString = redact(text)
      const fromParsed = redact(parse(text))
      expect(fromString.spans, text).toEqual(fromParsed.spans)
      expect(fromString.text).toBe(fromParsed.text)
      expect(fromString.spans.length).toBeGreaterThan(0)
    }
  })

  it('should change nothing outside the spans, and nothing when it redacts again, on every corpus document', () => {
    for (const name of corpusNames) {
      const text = corpus(name)
      const once = redact(text)
      expect(between(once.text, once.spans, true), name).toEqual(between(text, once.spans, false))
      const twice = redact(once.text)
      expect(twice.spans.map((span) => span.original), name).toEqual([])
      expect(twice.text).toBe(once.text)
    }
  })

  it('should be deterministic', () => {
    expect(redact(seed004)).toEqual(redacted004)
  })

  it('should read a row as long as the output has it when it looks again around the masks (no table cell in a 172-character line)', () => {
    const row = `3  2  民馨家园社区  马平安等23户  物业服务  签订协议  ${'县教育局将深入贯彻全国教育大会精神，重点抓好以下工作，推动城乡学校结对共建，'.repeat(3)}  （二）守牢安全底线，保障群众舌尖上的安全。`
    const result = redact(`1  提升城市品位  江安县  报告\n${row}\n`)
    // a row read over 160 characters is no table: the 2 after the row number is no cell, in the text or in the output
    expect(result.spans.map((span) => span.original)).toEqual(['江安县', '23'])
    expect(redact(result.text).spans).toEqual([])
  })

  it('should show the second look the boundary before a window, as the first look saw it (（街道）和县直部门: no county 和县)', () => {
    // the mask of the quoted name opens a second-look window right after （街道）
    const text = '为奋力谱写中国式现代化湄潭篇章作出新的更大贡献。\n各镇（街道）和县直有关部门要加大先进典型宣传力度，用好县融媒体中心和“湄潭发布”等平台讲好身边故事'
    const {spans, text: redacted} = redact(text)
    expect(spans.length).toBeGreaterThan(0)
    expect(spans.filter((span) => span.original.includes('和县'))).toEqual([])
    expect(redacted).toContain('各镇（街道）和县直有关部门')
  })

  it('should read a year a wrap cut (20⏎22年) whole when it looks again around a mask, as the first look read it', () => {
    // w25 wrapped at 16: the mask of 45 opens a window at the line break before 22年; blanked, the line before it read
    // as a table's cells, the wrap stayed and 22 was a figure of its own
    const text = '工作，她一年有两百多天吃住在镇里\n，家里的事全靠丈夫一人操持。20\n22年疫情防控期间，她连续45天\n坚守在卡口一线，女儿生日那天也只\n是在电话里说'
    const {spans, text: redacted} = redact(text)
    expect(spans.map((span) => span.original)).toEqual(['45'])
    expect(redacted).toContain('20\n22年')
  })

  it('should find a table cell in the first redaction where only the masks make its row short enough to be one (idempotence)', () => {
    // a line of prose spliced before a row: over 160 characters as written, under once the unit and figures are masked
    const text = '的万元户。孔村镇卧龙山社区引进百花谷田园综合体项目，建设玫瑰主题民宿12套。2.种植基地扩面提质。玫瑰镇新建标准化玫瑰种植基地1200亩，野仙沟村与锦绣玫瑰农业开发有限公司签订保底收购协议，带动村民户均增收1.1万元，昔日的贫困户变成了新时代管服务转型升级，切实优化政务服务5\t三明晴川新能源有限公司\t村部及仓库屋顶分布式光伏\t2025—2049年\t12000'
    const once = redact(text).text
    expect(redact(once).text).toBe(once)
    expect(once.endsWith('\t**')).toBe(true)
  })

  it('should read a wrapped table again as it read it first, once masks made its rows short (idempotence: no 山林权属 as a name)', () => {
    // w100 wrapped at 20: the unwrap view joins the table's rows in the text, not in the output, where the masks made the
    // rows shorter than the page; there the header's first line (序号  当事人, blanks after it) headed a table of two
    // columns, and the rest of a row below it (*村*组    山林权属) gave a word of a cell as a name
    const text = [
      '枫树下组因318亩山林权属争议长期对峙，',
      '    表1  2024年典型矛盾纠纷调',
      '处情况',
      '    序号  当事人         ',
      '   所在村组        纠纷类型 ',
      '     调处人    结果',
      '    1     郑国平、郑国安   ',
      ' 蜀口村下屋组    宅基地界址    ',
      '郑德明    达成协议',
      '    2     刘春娇等11人   ',
      '   上樟村第五组    拖欠工资   ',
      '   周志华    全额兑付',
      '    3     胡友根、曾凡林   ',
      ' 嘉禾村坳背组    山林权属     ',
      ' 罗永红    签订协议',
      '    4     肖满秀       ',
      '     马市街社区      赡养纠纷',
      '      王秋英    按月履行',
      '    5     胡小兵       ',
      '     恒通电子        工伤赔',
      '偿      刘晓燕    达成和解'
    ].join('\n')
    const once = redact(text)
    expect(once.spans.map((span) => span.original)).toContain('胡友根')
    expect(once.text).toContain('**亩山林权属争议')
    expect(redact(once.text).text).toBe(once.text)
  })

  it('should never mask what the allow-list names, and always mask what the deny-list names', () => {
    const text = '汝州市新时代文明实践中心举办“七七事变”主题读书会，丁税宝平台上线。'
    expect(redact(text, {allow: ['汝州']}).text).toBe('汝州市新时代文明实践中心举办“七七事变”主题读书会，丁税宝平台上线。')
    expect(redact(text, {deny: [{text: '丁税宝', type: 'ORG'}]}).text).toBe('*市新时代文明实践中心举办“七七事变”主题读书会，*平台上线。')
    expect(redact('组织参与“习近平”学习', {deny: [{text: '习近平', type: 'PERSON'}]}).text).toBe('组织参与“**”学习')
  })

  it('should keep 万元户 and 十万元户 (slogans of rural income) while masking an income of 十万元', () => {
    expect(redact('出现了一批“十万元户”，全村万元户达到12户，收入十万元。').text).toBe('出现了一批“十万元户”，全村万元户达到**户，收入**元。')
  })

  it('should mask a district whose name holds a generic word whole (城区 of 雨城区), and cut one at its level (东城区|区委)', () => {
    expect(redact('深入雨城区调研指导。来自郾城区的代表参加座谈。').text).toBe('深入*区调研指导。来自*区的代表参加座谈。')
    expect(redact('东城区委书记主持会议。').text).toBe('*区委书记主持会议。')
  })

  it('should mask a town whose name a generic word reaches into from its county (江安县城关镇 holds 县城) whole, and keep the county seat', () => {
    expect(redact('江安县城关镇、宁化县城南镇的群众').text).toBe('*县*镇、*县*镇的群众')
    expect(redact('江安县城关镇').spans.map((span) => span.original)).toEqual(['江安', '城关镇'])
    expect(redact('江安县城新区建设').text).toBe('*县城新区建设')
  })

  it('should keep national companies by their short names (中石化加油站, 中储粮直属库, 联通公司)', () => {
    expect(redact('中石化加油站、中储粮直属库、中国铁塔公司').text).toBe('中石化加油站、中储粮直属库、中国铁塔公司')
    expect(redact('协调移动公司、联通公司、电信公司，宽带联通到户').spans).toEqual([])
  })

  it('should mask years when the policy does not keep them', () => {
    const text = '从 2018 年开始，2022年度共出具党风廉政意见'
    expect(redact(text).text).toBe(text)
    expect(redact(text, {keepYears: false}).text).toBe('从 ** 年开始，**年度共出具党风廉政意见')
    expect(redact(text, {keepYears: false, styles: {FIGURE: 'star-per-char'}}).text).toBe('从 **** 年开始，****年度共出具党风廉政意见')
  })

  it('should warn instead of masking below minConfidence, with the position of the mention', () => {
    const {text, spans, warnings} = redact('汝州位于河南省中西部', {minConfidence: 0.99})
    expect(text).toBe('汝州位于河南省中西部')
    expect(spans).toEqual([])
    const warning = warnings.find((message) => message.actual === '河南省')
    expect(warning).toMatchObject({ruleId: 'low-confidence-detection', source: 'gongwen-redactor', fatal: false, line: 1, column: 5})
    expect(warning?.place).toEqual({start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 8, offset: 7}})
  })

  it('should give warnings the line and column of multi-line text', () => {
    const {warnings} = redact('第一行\r\n汝州位于河南省', {minConfidence: 0.99})
    expect(warnings.find((message) => message.actual === '河南省')).toMatchObject({line: 2, column: 5})
  })

  it('should throw a TypeError with zod’s message on a bad policy', () => {
    expect(() => redact('汝州', {minConfidence: 2})).toThrow(TypeError)
    expect(() => redact('汝州', {minConfidence: 2})).toThrow(/minConfidence/u)
    expect(() => redact('汝州', {styles: {PLACE: 'stars' as 'star'}})).toThrow(/styles\.PLACE/u)
  })

  it('should return an empty result for an empty text', () => {
    expect(redact('')).toEqual({text: '', spans: [], warnings: []})
  })
})

describe('propagation', () => {
  // w05: a GB18030 report on 江桥镇 with the villages 幸福村 and 太平村, and 幸福感 in its prose.
  const w05 = decode(new Uint8Array(readFileSync(new URL('w05-jiangqiao-governance-gb18030.txt', corpusFolder)))).text
  const redacted = redact(w05)

  it('should mask the short form of a town wherever it stands as a word (江桥老娘舅, 江桥样本)', () => {
    expect(redacted.text).not.toContain('江桥')
    expect(redacted.spans.some((span) => span.original === '江桥' && span.rule === 'propagated')).toBe(true)
  })

  it('should mask a town’s name that is an everyday word where a unit, road or feature is named after it, and keep the word of prose (review 1, finding 1)', () => {
    expect(redact('龙头镇召开会议，龙头水库，龙头中学，龙头派出所').text).toBe('*镇召开会议，*水库，*中学，*派出所')
    expect(redact('玫瑰镇党委召开会议，玫瑰村两委，玫瑰路，玫瑰湖').text).toBe('*镇党委召开会议，*村两委，*路，*湖')
    expect(redact('光明街道开展活动，光明小学').text).toBe('*街道开展活动，*小学')
    expect(redact('龙头镇召开会议，发展龙头企业，发挥龙头作用，以县人民医院为龙头，龙头卫生院').text).toBe('*镇召开会议，发展龙头企业，发挥龙头作用，以县人民医院为龙头，*卫生院')
    expect(redact('玫瑰镇党委召开会议，玫瑰花茶，玫瑰产业').text).toBe('*镇党委召开会议，玫瑰花茶，玫瑰产业')
  })

  it('should not mask a village’s short form inside a longer word (幸福村 → *村, but 幸福感 stays)', () => {
    expect(redacted.text).toContain('推进*村、*村乡村治理')
    expect(redacted.text).toContain('获得感、幸福感、安全感')
  })
})

describe('zonesFromTree', () => {
  it('should give the detectors the bylines, subtitles and captions of seed 004', () => {
    const zones = zonesFromTree(parse(seed004).tree).map((zone) => `${zone.kind}:${seed004.slice(zone.start, zone.end).trim()}`)
    expect(zones).toContain('byline:王留剑 王润英')
    expect(zones).toContain('byline:赵睿 李静 胡然 石永会 冯顺帆')
    expect(zones).toContain('subtitle:——河南省汝州市创建全国文明城市工作纪实')
    expect(zones.some((zone) => zone.startsWith('caption:江安县税务局党委书记'))).toBe(true)
    expect(zones.filter((zone) => zone.startsWith('body:')).length).toBeGreaterThan(20)
  })

  it('should give zones in document order that never overlap', () => {
    let previousEnd = 0
    for (const zone of zonesFromTree(parse(seed004).tree)) {
      expect(zone.start).toBeGreaterThanOrEqual(previousEnd)
      previousEnd = zone.end
    }
  })
})

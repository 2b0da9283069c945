import {normalizedText, outline, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {articles, enumItems, ofType, readCorpus, sections} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

describe('seed 000 (lead paragraph, 一、 headings, 一是 inside paragraphs)', () => {
  const text = readCorpus('000')
  const {tree, messages} = parse(text)

  it('should be a valid lossless tree without warnings', () => {
    expectValidTree(text, tree)
    expect(messages).toEqual([])
  })

  it('should open with the lead paragraph ending in 汇报如下：', () => {
    const [first] = articles(tree)[0]?.children ?? []
    expect(first?.type).toBe('paragraph')
    expect(first?.type === 'paragraph' && first.role).toBe('lead')
    expect(first && normalizedText(first).endsWith('现将相关情况汇报如下：')).toBe(true)
  })

  it('should find every 一、 heading with its ordinal', () => {
    const top = sections(tree)
    expect(top.map((section) => [section.marker, section.ordinal])).toEqual([
      ['一、', 1],
      ['二、', 2],
      ['三、', 3],
      ['四、', 4],
      ['五、', 5]
    ])
    expect(top[0]?.title).toBe('完善创建机制，强化组织保障')
  })

  it('should turn the 一是…四是 running inside the first section into items with their leads', () => {
    const items = enumItems(sections(tree)[0] ?? tree)
    expect(items.map((item) => [item.marker, item.ordinal, item.lead])).toEqual([
      ['一是', 1, '加强领导聚合力'],
      ['二是', 2, '周密部署促推进'],
      ['三是', 3, '强化督导重落实'],
      ['四是', 4, '大力宣传营氛围']
    ])
    const [item] = items
    expect(item && toText(item).startsWith('一是加强领导聚合力。专门成立')).toBe(true)
    expect(item?.children[0]).toMatchObject({type: 'marker', value: '一是'})
  })

  it('should keep the text before the first item in its paragraph', () => {
    const paragraph = ofType(sections(tree)[0] ?? tree, 'paragraph')[0]
    expect(paragraph?.children[0]?.type).toBe('text')
    expect(paragraph?.children[0]?.type === 'text' && paragraph.children[0].value.startsWith('*国税局党组高度重视')).toBe(true)
  })
})

describe('seed 001 (title, 一、 headings, 一是 items starting lines)', () => {
  const text = readCorpus('001')
  const {tree} = parse(text)

  it('should read the title after the leading blank line', () => {
    expectValidTree(text, tree)
    expect(tree.children[0]?.type).toBe('break')
    const [title] = ofType(tree, 'title')
    expect(title && normalizedText(title)).toBe('2023年上半年作风能力建设工作总结（汇报材料）')
  })

  it('should give four level 1 sections, titles without the final 。', () => {
    expect(outline(tree).map((entry) => entry.title)).toEqual([
      '以学习之“力”，筑思想政治之“基”',
      '以制度之“治”，提机关治理之“效”',
      '以服务之“优”，促营商环境之“好”',
      '以举措之“实”，推税收事业之“兴”'
    ])
  })

  it('should make each line starting with 一是 a paragraph holding one item, not a heading', () => {
    const first = sections(tree)[0]
    expect(first?.children.filter((child) => child.type === 'section')).toEqual([])
    const items = enumItems(first ?? tree)
    expect(items.map((item) => [item.marker, item.lead])).toEqual([
      ['一是', '发挥党委头雁作用，带头学'],
      ['二是', '支部充分凝聚合力，系统学'],
      ['三是', '青年干部持续发力，深入学']
    ])
    // The item's text keeps 第一议题 as text: a lone 第一 is no enumeration.
    expect(items.map((item) => item.marker)).not.toContain('第一')
  })
})

describe('seed 002 (addressee, lead, run-in （一） headings, closing at the end of a paragraph)', () => {
  const text = readCorpus('002')
  const {tree} = parse(text)

  it('should read title, addressee and lead paragraph', () => {
    expectValidTree(text, tree)
    const [article] = articles(tree)
    const kinds = article?.children.filter((child) => child.type !== 'break').map((child) => (child.type === 'paragraph' ? `paragraph:${child.role}` : child.type))
    expect(kinds?.slice(0, 4)).toEqual(['title', 'addressee', 'paragraph:lead', 'section'])
    const [addressee] = ofType(tree, 'addressee')
    expect(addressee && toText(addressee)).toBe('区委组织部：')
  })

  it('should split run-in （一） headings from their body', () => {
    const first = sections(tree).find((section) => section.marker === '（一）')
    expect(first?.depth).toBe(2)
    expect(first?.title).toBe('党建领航、补钙铸魂，强化引领“聚合力”')
    const [heading, body] = first?.children ?? []
    expect(heading && toText(heading)).toBe('（一）党建领航、补钙铸魂，强化引领“聚合力”。')
    expect(body?.type).toBe('paragraph')
    expect(body && toText(body).startsWith('坚持把党的政治建设放在首位')).toBe(true)
    expect(body && heading && body.position.start.offset).toBe(heading?.position.end.offset)
  })

  it('should split the closing sentence off the last paragraph', () => {
    const closings = ofType(tree, 'closing')
    expect(closings.map((closing) => toText(closing))).toEqual(['以上汇报不妥之处，敬请批评指正。\u00a0'])
    const paragraphs = ofType(sections(tree).at(-1) ?? tree, 'paragraph')
    expect(paragraphs.at(-1) && toText(paragraphs.at(-1) ?? tree).endsWith('给予区局指导、关心和帮助。')).toBe(true)
  })

  it('should nest four （一） sections under each of the first two 一、 sections', () => {
    const top = articles(tree)[0]?.children.filter((child) => child.type === 'section') ?? []
    expect(top.map((section) => (section.type === 'section' ? section.children.filter((child) => child.type === 'section').length : -1))).toEqual([4, 4, 0])
  })
})

describe('seed 003 (一、 → （一）, 一是 after a run-in heading, closing line)', () => {
  const text = readCorpus('003')
  const {tree} = parse(text)

  it('should nest （一）…（五） under 一、 and keep 二、 三、 at level 1', () => {
    expectValidTree(text, tree)
    expect(outline(tree).map((entry) => `${entry.level}${entry.marker}`)).toEqual(['1一、', '2（一）', '2（二）', '2（三）', '2（四）', '2（五）', '1二、', '1三、'])
  })

  it('should find the items in the run-in body and not take 第一责任 for one', () => {
    const second = sections(tree).find((section) => section.marker === '（二）')
    expect(second?.title).toBe('扛牢“第一责任”，推出“三项举措”')
    expect(enumItems(second ?? tree).map((item) => item.lead)).toEqual(['夯实基础保推进', '清单管理保落实', '跟踪督办保效果'])
  })

  it('should end the article with the closing line, outside the last section', () => {
    const article = articles(tree)[0]
    const blocks = article?.children.filter((child) => child.type !== 'break') ?? []
    const last = blocks.at(-1)
    expect(last?.type).toBe('closing')
    expect(last && toText(last)).toBe('以上述责述廉，敬请评议！')
  })
})

describe('seed 004 (PDF text: two articles, hard wraps, subheads, doubled captions)', () => {
  const text = readCorpus('004')
  const {tree, messages} = parse(text)

  it('should be a valid lossless tree marked as PDF text', () => {
    expectValidTree(text, tree)
    expect(tree.data?.pdf).toBe(true)
    expect(messages).toEqual([])
  })

  it('should read two articles with their titles, subtitles and bylines', () => {
    const front = articles(tree).map((article) =>
      article.children.filter((child) => child.type === 'title' || child.type === 'subtitle' || child.type === 'byline').map((child) => `${child.type}:${normalizedText(child).trim()}`)
    )
    expect(front).toEqual([
      ['title:创建成炬 文明满城', 'subtitle:——河南省汝州市创建全国文明城市工作纪实', 'byline:王留剑 王润英'],
      ['title:勠力同心谋发展文明新雨润税苑', 'subtitle:——国家税务总局江安县税务局精神文明建设工作综述', 'byline:赵睿 李静 胡然 石永会 冯顺帆']
    ])
  })

  it('should find the seven two-line subheads as unnumbered level 1 headings', () => {
    expect(outline(tree)).toEqual(
      [
        '压实领导干部责任 盘活创建工作机制',
        '打造宜居环境 提升城市品位',
        '城乡联动 推进城市农村全域创建',
        '上下同心 凝聚创建工作的强大合力',
        '同舟共济 抗疫一线擦亮税务蓝',
        '“三全”服务 画好征纳和谐“同心圆”',
        '互助共进 弘扬文明创建“新风尚”'
      ].map((title) => ({level: 1, marker: '', title}))
    )
    expect(sections(tree).every((section) => section.kind === 'unnumbered' && section.ordinal === null)).toBe(true)
  })

  it('should reflow the hard-wrapped lines into paragraphs with soft breaks', () => {
    const paragraphs = ofType(tree, 'paragraph')
    const first = paragraphs[0]
    expect(first && normalizedText(first)).toBe(
      '多年来，汝州市牢固树立执政为民理念，坚持以创建惠民探索出创建全国文明城市的长效机制，使之科学化、制度化、常态化。汝州市委、市政府把创建全国文明城市摆上突出位置，多次召开高规格、大规模的动员部署会和分析推进会，进行专题研究，全力推进，形成了“市委、市政府统一领导，创建指挥部定期研究，创建办公室具体负责，各责任单位各司其职、各负其责，社会各界广泛参与”的工作局面，凝聚了共创共建的强大合力。'
    )
    expect(first?.children.filter((child) => child.type === 'break').every((child) => child.type === 'break' && child.data?.soft === true && child.value === '\n\n')).toBe(true)
    // The bold lead sentences open paragraphs; they are not headings.
    expect(paragraphs.some((paragraph) => normalizedText(paragraph).startsWith('实施道路改造提升工程。坚持以构建大交通'))).toBe(true)
    // The single-newline block of ~13-character lines is one paragraph too.
    expect(paragraphs.some((paragraph) => normalizedText(paragraph).startsWith('礼 赞 新 时 代 ，奋 进 新 征程。今年以来') && normalizedText(paragraph).endsWith('道德滋养。'))).toBe(true)
    expect(paragraphs.some((paragraph) => normalizedText(paragraph).startsWith('如今，漫步在汝州市大街小巷'))).toBe(true)
  })

  it('should repair the doubled captions and keep their source text', () => {
    const captions = ofType(tree, 'caption')
    expect(captions.map((caption) => normalizedText(caption))).toEqual([
      '2020年7月7日，汝州市新时代文明实践中心举办“七七事变”主题读书会',
      '城市中央公园',
      '江安县税务局远程咨询中心为纳税人缴费人提供远程辅导',
      '纳税服务代表为纳税人服务',
      '疫情发生后，县局党员先锋志愿服务队到联系乡镇开展扶贫工作',
      '江安县税务局党委书记、局长钟庆（左三）关爱妇女儿童'
    ])
    expect(captions[1] && toText(captions[1])).toBe('城市中央公园城市中央公园')
  })
})

import {readFileSync, readdirSync} from 'node:fs'
import {GoldAnnotation, type OutlineEntry, type RootNode} from '@gongwen/schema'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {decode} from '../lib/decode.js'
import {fromMarkdown} from '../lib/from-markdown.js'
import {expectValidTree, walkTree} from './tree-invariants.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const gold = new URL('../../../test/gold/', import.meta.url)
const files = readdirSync(corpus).filter((name) => /\.(txt|md)$/.test(name))

function outlineOf(tree: RootNode): OutlineEntry[] {
  return walkTree(tree).nodes.flatMap((node) => (node.type === 'section' ? [{level: node.depth, marker: node.marker, title: node.title}] : []))
}

function goldOf(name: string): GoldAnnotation {
  return GoldAnnotation.parse(JSON.parse(readFileSync(new URL(`${name}.json`, gold), 'utf8')))
}

function parse(text: string): {tree: RootNode; file: VFile} {
  const file = new VFile({value: text, path: 'report.md'})
  return {tree: fromMarkdown(text, file), file}
}

/** A seed as a Markdown author would write it: title `#`, 一、 headings `##`, blank lines between paragraphs. */
function seedAsMarkdown(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines
    .map((line, index) => (index === 0 ? `# ${line}` : /^[一二三四五六七八九十]+、/.test(line) ? `## ${line}` : line))
    .join('\n\n')
}

const sample = [
  '# 2022年工作总结',
  '',
  '——**县税务局',
  '',
  '区委组织部：',
  '',
  '今年以来，我局扎实推进各项工作，现将有关情况汇报如下：',
  '',
  '## 一、总体情况',
  '',
  '全年组织税收**收入**12.5亿元，',
  '  同比增长\\*8%，完成&amp;计划的`103%`。',
  '',
  '### （一）党建领航、补钙铸魂，强化引领“聚合力”。坚持把党的政治建设摆在首位',
  '',
  '- 加强学习',
  '- 压实责任',
  '',
  '  续段落',
  '',
  '  1. 嵌套条目',
  '',
  '> 引用的话',
  '',
  '```',
  '代码块',
  '```',
  '',
  '二、存在问题',
  '============',
  '',
  '#### （1）跳级标题',
  ''
].join('\r\n')

describe('fromMarkdown', () => {
  it('should keep every character of a Markdown report in exactly one leaf', () => {
    const {tree} = parse(sample)
    expectValidTree(sample, tree)
    expect(tree.data?.format).toBe('markdown')
  })

  it('should map headings to sections with the GB/T level, marker, ordinal and title', () => {
    const {tree} = parse(sample)
    expect(outlineOf(tree)).toEqual([
      {level: 1, marker: '一、', title: '总体情况'},
      {level: 2, marker: '（一）', title: '党建领航、补钙铸魂，强化引领“聚合力”'},
      {level: 1, marker: '二、', title: '存在问题'},
      {level: 4, marker: '（1）', title: '跳级标题'}
    ])
    const sections = walkTree(tree).nodes.filter((node) => node.type === 'section')
    expect(sections.map((section) => [section.kind, section.ordinal])).toEqual([
      ['numbered', 1],
      ['numbered', 1],
      ['numbered', 2],
      ['numbered', 1]
    ])
    const heading = sections[0]?.children[0]
    expect(heading?.type === 'heading' && heading.children.map((leaf) => [leaf.type, leaf.value])).toEqual([
      ['text', '## '],
      ['marker', '一、'],
      ['text', '总体情况']
    ])
  })

  it('should take the first # heading as the title, then the subtitle, addressee and lead paragraph', () => {
    const {tree} = parse(sample)
    const article = tree.children.find((child) => child.type === 'article')
    const blocks = article?.children.filter((child) => child.type !== 'break') ?? []
    expect(blocks.slice(0, 5).map((block) => (block.type === 'paragraph' ? `paragraph:${block.role}` : block.type))).toEqual([
      'title',
      'subtitle',
      'addressee',
      'paragraph:lead',
      'section'
    ])
  })

  it('should mark Markdown syntax as text with an empty reading and resolve escapes', () => {
    const {tree} = parse(sample)
    const {leaves} = walkTree(tree)
    const syntax = leaves.filter((leaf) => leaf.type === 'text' && leaf.data?.normalized === '').map((leaf) => leaf.value)
    expect(syntax).toEqual(expect.arrayContaining(['# ', '## ', '### ', '**', '- ', '> ', '```', '============', '#### ']))
    const escaped = leaves.find((leaf) => leaf.value === '  同比增长\\*8%，完成&amp;计划的')
    expect(escaped?.type === 'text' && escaped.data?.normalized).toBe('同比增长*8%，完成&计划的')
    const wraps = leaves.filter((leaf) => leaf.type === 'break' && leaf.data?.soft)
    expect(wraps.map((leaf) => leaf.value)).toContain('\r\n')
    const code = leaves.find((leaf) => leaf.value === '代码块')
    expect(code?.type === 'text' && code.data).toBeUndefined()
  })

  it('should turn each list item into a paragraph, with an ordered item number as its marker', () => {
    const {tree} = parse(sample)
    const paragraphs = walkTree(tree).nodes.filter((node) => node.type === 'paragraph')
    const texts = paragraphs.map((paragraph) =>
      paragraph.children.map((leaf) => (leaf.type === 'text' ? (leaf.data?.normalized ?? leaf.value) : leaf.type === 'marker' ? `[${leaf.value}]` : '')).join('')
    )
    expect(texts).toEqual(expect.arrayContaining(['加强学习', '压实责任续段落', '[1.]嵌套条目', '引用的话']))
  })

  it('should warn with a position when a heading skips a level or a number', () => {
    const {file} = parse(sample)
    expect(file.messages.map(String)).toEqual(['report.md:32:1-32:13: Unexpected heading `（1）` at level 4 under `二、` at level 1, expected a level 2 heading first'])
    expect(file.messages[0]?.ruleId).toBe('heading-level-skip')
    expect(file.messages[0]?.source).toBe('gongwen-parser')
    const gap = parse('## 一、总体情况\n\n正文。\n\n三、存在问题\n\n正文。\n')
    expect(gap.file.messages.map((message) => [String(message), message.ruleId])).toEqual([
      ['report.md:5:1-5:7: Unexpected heading `三、` after `一、`, expected `二、`', 'heading-number-gap']
    ])
  })

  it('should count unnumbered heading levels from the shallowest heading', () => {
    const text = '# 工作综述\n\n## 同舟共济 抗疫一线擦亮税务蓝\n\n正文。\n\n### 跑出复工复产“加速度”\n\n正文。\n'
    expect(outlineOf(parse(text).tree)).toEqual([
      {level: 1, marker: '', title: '同舟共济 抗疫一线擦亮税务蓝'},
      {level: 2, marker: '', title: '跑出复工复产“加速度”'}
    ])
  })

  it('should parse every seed written as Markdown losslessly, with its gold outline', () => {
    for (const name of files.filter((file) => /^00[0-3]/.test(file))) {
      const markdown = seedAsMarkdown(readFileSync(new URL(name, corpus), 'utf8'))
      const {tree} = parse(markdown)
      expectValidTree(markdown, tree)
      expect(outlineOf(tree), name).toEqual(goldOf(name).outline)
    }
  })

  it('should read numbered paragraphs as headings, run-in or not, as the text route does', () => {
    // The corpus reports whose outline is all GB/T markers (magazine subheads and standalone 一是
    // headings need the text route's line layout), with each line made a Markdown paragraph.
    const numbered = [
      '000_d26a4c45c7bfb6a6.txt', '001_48945e91124a5b07.txt', '002_33d94cbde2d09b72.txt', '003_d25e2ba0161a5821.txt',
      'w01-jiangan-tax-half-year.txt', 'w02-zhujiajiao-rural-revitalisation.txt', 'w03-jiading-tax-shuzhi-shulian.txt',
      'w05-jiangqiao-governance-gb18030.txt', 'w08-jiangan-open-government-notice.txt', 'w09-yuquan-village-work-report.txt',
      'w10-anji-xiaofeng-ecology-report.txt', 'w11-ruijin-yeping-shuzhi-shulian.txt', 'w12-linze-medical-insurance-fund.txt',
      'w14-huayuan-rural-revitalisation-speech.txt'
    ]
    for (const name of numbered) {
      const lines = decode(readFileSync(new URL(name, corpus)), name).text.split(/\r?\n|\r/).filter((line) => line.trim() !== '')
      const markdown = lines.map((line, index) => (index === 0 ? `# ${line}` : line)).join('\n\n')
      const {tree} = parse(markdown)
      expectValidTree(markdown, tree)
      expect(outlineOf(tree), name).toEqual(goldOf(name).outline)
    }
    const bold = '**一、总体情况**\n\n正文。\n\n**（一）党建领航。**坚持把党的政治建设摆在首位。\n'
    expectValidTree(bold, parse(bold).tree)
    expect(outlineOf(parse(bold).tree)).toEqual([
      {level: 1, marker: '一、', title: '总体情况'},
      {level: 2, marker: '（一）', title: '党建领航'}
    ])
    const runIn = '（一）党建领航、补钙铸魂，强化引领“聚合力”。坚持把党的政治建设摆在首位。'
    const section = walkTree(parse(runIn).tree).nodes.find((node) => node.type === 'section')
    const [heading, body] = section?.type === 'section' ? section.children : []
    expect(heading?.type === 'heading' && heading.children.map((leaf) => leaf.value)).toEqual(['（一）', '党建领航、补钙铸魂，强化引领“聚合力”。'])
    expect(body?.type === 'paragraph' && body.children.map((leaf) => leaf.type === 'text' && leaf.value)).toEqual(['坚持把党的政治建设摆在首位。'])
  })

  it('should read the Markdown report of the corpus with its gold outline, title, signature and date', () => {
    const name = 'w04-jiangan-health-review.md'
    const text = readFileSync(new URL(name, corpus), 'utf8')
    const {tree, file} = parse(text)
    expectValidTree(text, tree)
    expect(outlineOf(tree)).toEqual(goldOf(name).outline)
    expect(file.messages).toEqual([])
    const blocks = walkTree(tree).nodes.map((node) => node.type)
    expect(blocks.filter((type) => ['title', 'signature', 'dateLine'].includes(type))).toEqual(['title', 'signature', 'dateLine'])
  })

  it('should read a contact note below the date, as the text route does', () => {
    const markdown = '# 一、基本情况\n\n工作有序推进。\n\n县政府办公室\n\n2024年3月28日\n\n（联系人：王明；联系电话：0437-6216583）\n'
    const {tree} = parse(markdown)
    expectValidTree(markdown, tree)
    const blocks = walkTree(tree).nodes.map((node) => node.type)
    expect(blocks.filter((type) => ['signature', 'dateLine', 'note'].includes(type))).toEqual(['signature', 'dateLine', 'note'])
  })

  it('should read distribution lines at the end (抄送：…, 共印60份), as the text route does', () => {
    const markdown = '# 一、基本情况\n\n工作有序推进。\n\n县政府办公室\n\n2024年3月28日\n\n抄送：县委办公室，县人大常委会办公室。\n\n（共印60份）\n'
    const {tree} = parse(markdown)
    expectValidTree(markdown, tree)
    const blocks = walkTree(tree).nodes.map((node) => node.type)
    expect(blocks.filter((type) => ['signature', 'dateLine', 'distribution'].includes(type))).toEqual(['signature', 'dateLine', 'distribution', 'distribution'])
  })

  it('should split inline enumerations of a section body into items, as the text route does', () => {
    const markdown = seedAsMarkdown(readFileSync(new URL('001_48945e91124a5b07.txt', corpus), 'utf8'))
    const {tree} = parse(markdown)
    expectValidTree(markdown, tree)
    const items = walkTree(tree).nodes.flatMap((node) => (node.type === 'enumItem' ? [[node.marker, node.ordinal, node.lead]] : []))
    expect(items.slice(0, 3)).toEqual([
      ['一是', 1, '发挥党委头雁作用，带头学'],
      ['二是', 2, '支部充分凝聚合力，系统学'],
      ['三是', 3, '青年干部持续发力，深入学']
    ])
  })

  it('should keep every corpus file lossless when read as Markdown', () => {
    for (const name of files) {
      const {text} = decode(readFileSync(new URL(name, corpus)), name)
      expectValidTree(text, parse(text).tree)
    }
  })

  it('should give an empty root for empty text and a break for blank text', () => {
    expect(parse('').tree.children).toEqual([])
    const blank = '\n \r\n'
    const {tree} = parse(blank)
    expectValidTree(blank, tree)
    expect(tree.children.map((child) => child.type)).toEqual(['break'])
  })
})

import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizedText, outline, parse, toMarkdown, toText} from '@gongwen/parser'
import {decode} from '../lib/decode.js'
import {splitDoubledLine} from '../lib/normalize/collapse-doubled-glyphs.js'
import {foldWidth} from '../lib/normalize/fold-width.js'
import {expectValidTree, walkTree} from './tree-invariants.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const files = readdirSync(corpus).filter((name) => /\.(txt|md)$/.test(name))
const seed004 = readFileSync(new URL('004_cfd3e7e0ca2ab7ec.txt', corpus), 'utf8')

// The photo captions of seed 004 and their single reading (the agreed reading of the seed).
const captions = new Map([
  [
    '20202020年年77月月77日日，，汝州市新时代文明实践中心举办汝州市新时代文明实践中心举办““七七事变七七事变””主题读书会主题读书会',
    '2020年7月7日，汝州市新时代文明实践中心举办“七七事变”主题读书会'
  ],
  ['城市中央公园城市中央公园', '城市中央公园'],
  [
    '江安县税务局远程咨询中心为纳税人缴费人提供远程辅导江安县税务局远程咨询中心为纳税人缴费人提供远程辅导',
    '江安县税务局远程咨询中心为纳税人缴费人提供远程辅导'
  ],
  ['纳税服务代表为纳税人服务纳税服务代表为纳税人服务', '纳税服务代表为纳税人服务'],
  [
    '疫情发生后疫情发生后，，县局党员先锋志愿服务队到联系乡镇开展扶贫工作县局党员先锋志愿服务队到联系乡镇开展扶贫工作',
    '疫情发生后，县局党员先锋志愿服务队到联系乡镇开展扶贫工作'
  ],
  [
    '江安县税务局党委书记江安县税务局党委书记、、局长钟庆局长钟庆（（左三左三））关爱妇女儿童关爱妇女儿童',
    '江安县税务局党委书记、局长钟庆（左三）关爱妇女儿童'
  ]
])
// The captions of the PDF-style written report w06.
const w06Captions = new Map([
  ['练塘镇泖甸村茭白种植基地练塘镇泖甸村茭白种植基地', '练塘镇泖甸村茭白种植基地'],
  ['茭白采收季节茭白采收季节，，村民在田间忙碌村民在田间忙碌', '茭白采收季节，村民在田间忙碌']
])

// The doubled caption of the PDF-style written profile w84; its other caption is a line of its own, not doubled.
const w84Captions = new Map([['关振山（左）在村民家中为老人测量血压关振山（左）在村民家中为老人测量血压', '关振山（左）在村民家中为老人测量血压']])

// Held-out documents with doubled captions, by how many lines are doubled: their text is not read while tuning, so
// only the count (what the writer of the document reported) is checked.
const heldOutDoubledLines = new Map([['w57-keshan-potato-newspaper-feature.txt', 1]])

/** The line with its doubled stretch read once, whitespace around it as written; undefined for a line not doubled. */
function collapseDoubledGlyphs(line: string): string | undefined {
  const doubled = splitDoubledLine(line)
  return doubled && line.slice(0, doubled.start) + doubled.reading + line.slice(doubled.end)
}

describe('splitDoubledLine', () => {
  it('should repair every doubled caption of seed 004', () => {
    const lines = seed004.split('\n')
    for (const [doubled, reading] of captions) {
      expect(lines).toContain(doubled)
      expect(collapseDoubledGlyphs(doubled)).toBe(reading)
    }
  })

  it('should repair the captions of the PDF-style written report', () => {
    const name = files.find((file) => file.startsWith('w06-'))
    expect(name).toBeDefined()
    const lines = decode(readFileSync(new URL(name ?? '', corpus))).text.split(/\r?\n/)
    for (const [doubled, reading] of w06Captions) {
      expect(lines).toContain(doubled)
      expect(collapseDoubledGlyphs(doubled)).toBe(reading)
    }
  })

  it('should touch no other line of any corpus file', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const name of files) {
      const {text} = decode(readFileSync(new URL(name, corpus)), name)
      const lines = text.split(/\r?\n|\r/)
      const doubledCount = heldOutDoubledLines.get(name)
      if (doubledCount !== undefined) {
        expect(lines.filter((line) => collapseDoubledGlyphs(line) !== undefined).length, name).toBe(doubledCount)
        continue
      }
      for (const line of lines) {
        if (captions.has(line) || w06Captions.has(line) || w84Captions.has(line)) continue
        expect(collapseDoubledGlyphs(line), `${name}: ${line}`).toBeUndefined()
      }
    }
  })

  it('should give the parsed captions of the PDF-style reports their single reading', () => {
    for (const [name, expected] of [
      ['004_cfd3e7e0ca2ab7ec.txt', [...captions.values()]],
      ['w06-liantang-jiaobai-pdf.txt', [...w06Captions.values()]],
      ['w84-huinan-village-doctor-profile.txt', ['关振山（右）在村卫生室为村民听诊', ...w84Captions.values()]]
    ] as const) {
      const {tree} = parse(readFileSync(new URL(name, corpus)), {path: name})
      const readings = walkTree(tree).nodes.flatMap((node) => (node.type === 'caption' ? [normalizedText(node).trim()] : []))
      expect(readings, name).toEqual(expected)
    }
  })

  it('should keep the whitespace around a doubled line', () => {
    expect(collapseDoubledGlyphs('  城市中央公园城市中央公园\t')).toBe('  城市中央公园\t')
  })

  it('should split runs that a greedy reading gets wrong', () => {
    // Greedy takes 七七 as one doubled 七 and is then stuck on 事变七七事变.
    expect(collapseDoubledGlyphs('七七事变七七事变纪念纪念活动活动')).toBe('七七事变纪念活动')
  })

  it('should leave ordinary reduplications alone', () => {
    for (const line of ['谢谢谢谢', '谢谢谢谢谢谢谢谢', '天天看看谢谢常常', '哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈', '研究研究', '————————————————']) {
      expect(collapseDoubledGlyphs(line), line).toBeUndefined()
    }
  })

  it('should leave a line alone when only part of it is doubled', () => {
    expect(collapseDoubledGlyphs('城市中央公园城市中央公园，这是正文')).toBeUndefined()
    expect(collapseDoubledGlyphs('正文：城市中央公园城市中央公园')).toBeUndefined()
  })

  it('should repair a long line of one-glyph runs', () => {
    expect(collapseDoubledGlyphs('22002222年年度度工工作作总总结结')).toBe('2022年度工作总结')
  })

  it('should repair a line of 200 000 one-glyph runs without running out of stack', () => {
    // A square-free reading (the 1s between 0s of the Thue–Morse word) has only one split, so
    // its glyph-by-glyph doubling must come back exactly.
    const glyphs = '甲乙丙'
    let reading = ''
    let ones = 0
    for (let index = 0; reading.length < 200_000; index++) {
      const bit = popCount(index) % 2
      if (bit === 1) ones++
      else if (index > 0) {
        reading += glyphs.charAt(ones)
        ones = 0
      }
    }
    expect(collapseDoubledGlyphs(reading.replace(/./g, '$&$&'))).toBe(reading)
  })

  it('should repair a very long doubled line and give up quickly on a long ordinary one', () => {
    const paragraph = seed004.split('\n').filter((line) => line.length > 30).join('')
    const doubled = [...paragraph.matchAll(/[^，。、]+|[，。、]/g)].map(([run]) => run.slice(0, 60).repeat(2)).join('')
    const reading = [...paragraph.matchAll(/[^，。、]+|[，。、]/g)].map(([run]) => run.slice(0, 60)).join('')
    expect(collapseDoubledGlyphs(doubled)).toBe(reading)
    expect(collapseDoubledGlyphs(paragraph.repeat(20))).toBeUndefined()
  })
})

function popCount(value: number): number {
  let count = 0
  for (let rest = value; rest > 0; rest >>>= 1) count += rest & 1
  return count
}

describe('foldWidth', () => {
  it('should fold full-width digits, letters, full stop and percent sign', () => {
    expect(foldWidth('ＡＢＣ１２３')).toBe('ABC123')
    expect(foldWidth('增长１２．５％，ｗｗｗ')).toBe('增长12.5%，www')
  })

  it('should keep Chinese punctuation and the length', () => {
    const text = '（一）１．加强领导：统筹推进；完成。'
    const folded = foldWidth(text)
    expect(folded).toBe('（一）1.加强领导：统筹推进；完成。')
    expect(folded.length).toBe(text.length)
  })

  it('should fold the full-width percent sign of seed 003 and leave its other characters', () => {
    const text = readFileSync(new URL('003_d25e2ba0161a5821.txt', corpus), 'utf8')
    const folded = foldWidth(text)
    expect(folded.length).toBe(text.length)
    expect(text).toContain('％')
    expect(folded).not.toContain('％')
    expect(folded.replaceAll('%', '')).toBe(text.replaceAll('％', '').replaceAll('%', ''))
  })
})

/** A line as a fake bold draws it, glyph by glyph (主要做法 → 主主要要做做法法). */
function bold(line: string): string {
  return [...line].map((char) => char + char).join('')
}

describe('numbered headings in fake bold', () => {
  const text = [bold('金寨县大湾村2023年工作总结'), '', bold('一、主要做法'), '大湾村党支部坚持党建引领，全村茶园1.2万亩。', bold('（一）聚焦“三农”，推动乡村全面振兴'), '村党支部书记何家枝带头。', bold('二、存在问题'), '产业链条较短。'].join('\n')

  it('should read them as sections with their markers and titles read once, losing no character', () => {
    const {tree} = parse(text)
    expect(outline(tree).map((entry) => [entry.level, entry.marker, entry.title])).toEqual([
      [1, '一、', '主要做法'],
      [2, '（一）', '聚焦“三农”，推动乡村全面振兴'],
      [1, '二、', '存在问题']
    ])
    expect(toText(tree)).toBe(text)
    expectValidTree(text, tree)
    expect(toMarkdown(tree)).toContain('## 一、主要做法')
  })

  it('should read the title and byline in fake bold once, each as what it is', () => {
    const title = walkTree(parse(text).tree).nodes.find((node) => node.type === 'title')
    expect(title && normalizedText(title)).toBe('金寨县大湾村2023年工作总结')
    const withByline = text.replace('\n\n', `\n${bold('王留剑 王润英')}\n\n`)
    const front = walkTree(parse(withByline).tree).nodes.filter((node) => node.type === 'title' || node.type === 'byline')
    expect(front.map((node) => [node.type, normalizedText(node)])).toEqual([
      ['title', '金寨县大湾村2023年工作总结'],
      ['byline', '王留剑 王润英']
    ])
  })

  it('should leave a doubled line whose marker a run cuts, and lines that only look doubled, as they are', () => {
    // 一一对应 opens a sentence; 天天向上 is no heading
    const {tree} = parse('一、总体情况\n一一对应开展帮扶，逐户建立台账。\n天天天天向向上上\n')
    expect(outline(tree).map((entry) => entry.marker)).toEqual(['一、'])
  })
})

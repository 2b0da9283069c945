import {formatOutline, normalizedText, outline, parse, toMarkdown, toText} from '@gongwen/parser'
import {OutlineEntry} from '@gongwen/schema'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, it} from 'vitest'
import {fromMarkdown} from '../lib/from-markdown.js'
import {expectValidTree} from './tree-invariants.js'

// Pieces of Chinese reports, with what trips parsers: every marker family, both line endings,
// full-width and ideographic spaces, a BOM, full-width digits, surrogate pairs, Markdown syntax.
const pieces = [
  '一、', '二、', '十二、', '第一部分', '（一）', '(二)', '1.', '2．', '3、', '（1）', '(2)', '①', '②',
  '一是', '二是', '第一，', '首先，', '最后，',
  '。', '，', '：', '；', '！', '“', '”', '——', '、',
  '\n', '\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u3000', '\ufeff', '\u2028', '\f', '\v', '\u0085', '\u00a0',
  '2022年', '12.5', '３０', '１２．５％', 'ＡＢＣ', 'abc', 'GB/T 9704',
  '工作总结', '加强组织领导', '汝州市', '税务局', '汇报如下', '以上汇报', '2023年6月30日', '附件：',
  '城市中央公园城市中央公园', '20202020年年', '😀', '𠮷',
  '#', '## ', '**', '- ', '> ', '`', '\\'
]

const reportText = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))

const adversarial = fc.oneof(
  fc.integer({min: 1, max: 2000}).map((count) => '一、'.repeat(count)),
  fc.integer({min: 1, max: 2000}).map((count) => '（'.repeat(count)),
  fc.integer({min: 1, max: 2000}).map((count) => '（一）'.repeat(count)),
  fc.integer({min: 1, max: 2000}).map((count) => '\n'.repeat(count)),
  fc.integer({min: 1, max: 500}).map((count) => '\r\n'.repeat(count)),
  fc.integer({min: 1, max: 400}).map((count) => '汝州市新时代文明实践中心举办'.repeat(count)),
  fc.integer({min: 1, max: 200}).map((count) => '城市中央公园城市中央公园\n\n'.repeat(count)),
  fc.integer({min: 1, max: 200}).map((count) => '一是加强领导。'.repeat(count)),
  fc.integer({min: 1, max: 300}).map((count) => '# '.repeat(count)),
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 200})
)

const runs = {numRuns: 200}

describe('parse (property)', () => {
  it('should never throw and give back a valid, lossless tree of report-like text', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const result = parse(text)
        expectValidTree(text, result.tree)
        return toText(result.tree) === text && result.text === text
      }),
      runs
    )
  })

  it('should derive an outline, Markdown and a reading from any tree without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(reportText, adversarial), (text) => {
        const {tree} = parse(text)
        const entries = outline(tree)
        formatOutline(entries)
        toMarkdown(tree)
        normalizedText(tree)
        return entries.every((entry) => OutlineEntry.safeParse(entry).success)
      }),
      runs
    )
  })

  it('should stay lossless on adversarial text', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const {tree} = parse(text)
        expectValidTree(text, tree)
        return toText(tree) === text
      }),
      {numRuns: 60}
    )
  })

  it('should parse UTF-8 bytes as their text, dropping only a leading byte order mark', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const bytes = new TextEncoder().encode(text)
        const {tree, text: decoded} = parse(bytes)
        expectValidTree(decoded, tree)
        return decoded === (text.startsWith('\ufeff') ? text.slice(1) : text)
      }),
      runs
    )
  })

  it('should be lossless on the Markdown route too', () => {
    fc.assert(
      fc.property(fc.oneof(reportText, adversarial), (text) => {
        const tree = fromMarkdown(text, new VFile({value: text}))
        expectValidTree(text, tree)
        return toText(tree) === text
      }),
      // remark-parse dominates here and is slow on long runs of blank lines: fewer runs.
      {numRuns: 100}
    )
  })
})

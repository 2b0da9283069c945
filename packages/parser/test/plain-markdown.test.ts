import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {readPlainMarkdown} from '../lib/markdown/read-plain-markdown.js'
import {readCorpus} from './helpers.js'

const processor = unified().use(remarkParse).freeze()

function remarkChildren(text: string) {
  return processor.parse(text).children
}

// Words of reports, and what sits at the edges of the subset: digits before `.` `)` `、`, `#`
// inside a line, spaces inside and around, full-width forms, surrogate pairs.
const words = ['一、', '（一）', '加强组织领导', '全年完成', '12.5%', '2023年', '1.', '2)', '3、', 'abc', 'GB', '。', '，', '“', '”', '#', ' ', '  ', '\u3000', '１２', '😀', '𠮷', '-', '+', ':']
// Inline and block syntax the subset leaves to remark-parse.
const syntax = ['*', '**', '_', '`', '[', ']', '<', '&amp;', '\\', '>', '=', '~', '\t', '\r', '\r\n', '\0', '---', '***', '\ufeff']

const content = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), {minLength: 0, maxLength: 8}).map((parts) => parts.join(''))

function lineOf(pieces: readonly string[]) {
  return fc.oneof(
    fc.tuple(fc.integer({min: 1, max: 7}), fc.constantFrom('', ' ', '  '), content(pieces)).map(([depth, space, text]) => '#'.repeat(depth) + space + text),
    fc.tuple(fc.constantFrom('-', '- ', '-  ', ' - '), content(pieces)).map(([bullet, text]) => bullet + text),
    content(pieces),
    fc.constantFrom('', '', ' ')
  )
}

/** Lines of the subset: headings, `-` items, paragraph lines (indented with U+3000, opening with digits). */
const cleanLine = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 6}), fc.constantFrom('加强领导', '一、总体情况', 'Title 2', '（一）  两格')).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.constantFrom('- 第一项', '- 2023年完成', '- abc def', '- 项 # 号'),
  fc.constantFrom('全年完成12.5%。', '2023年，我局', '15万元', 'GB/T 9704 规定', '　　缩进的段落', '正文 # 号', '😀𠮷'),
  fc.constant('')
)

/** Documents wholly inside the subset: the reader must take every one. */
const cleanDocument = fc.array(cleanLine, {maxLength: 30}).map((lines) => lines.join('\n'))

/** Documents of the subset with lines near and across its edges here and there. */
const edgeDocument = fc
  .array(fc.oneof({arbitrary: cleanLine, weight: 9}, {arbitrary: lineOf([...words, ...words, ...syntax]), weight: 1}), {maxLength: 30})
  .map((lines) => lines.join('\n'))

describe('readPlainMarkdown', () => {
  it('should read plain Markdown to the nodes remark-parse makes', () => {
    fc.assert(
      fc.property(cleanDocument, (text) => {
        const children = readPlainMarkdown(text)
        expect(children).toStrictEqual(remarkChildren(text))
      }),
      {numRuns: 300}
    )
  })

  it('should leave to remark-parse every document it would read differently', () => {
    fc.assert(
      fc.property(edgeDocument, (text) => {
        const children = readPlainMarkdown(text)
        if (children !== undefined) expect(children).toStrictEqual(remarkChildren(text))
      }),
      {numRuns: 1000}
    )
  })

  it('should read the corpus Markdown report as remark-parse does', () => {
    const text = readCorpus('w04')
    const children = readPlainMarkdown(text)
    expect(children).toBeDefined()
    expect(children).toStrictEqual(remarkChildren(text))
  })

  it('should leave emphasis, escapes, indentation, tabs, CRLF and a byte order mark to remark-parse', () => {
    for (const text of ['正文**加粗**。', '正文\\*', '    缩进代码', '正文\t制表', '一行\r\n二行', '1. 有序', '> 引用', '正文  \n硬换行', '## 标题 ##', '\ufeff# 标题']) {
      expect(readPlainMarkdown(text)).toBeUndefined()
    }
  })
})

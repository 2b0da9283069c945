import {outline, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {expectValidTree} from './tree-invariants.js'

// Adversarial and degenerate inputs: the parser must stay lossless and never throw. How fast it
// stays on them is measured by bench/parse.ts, not here.
const cases: Array<[string, string]> = [
  ['empty text', ''],
  ['only blank lines', '\n\n  \n\t\n'],
  ['a lone BOM', '\uFEFF'],
  ['a lone CR', '\r'],
  ['markers without text', '一、\n（一）\n1.\n①\n'],
  ['one long line of 一、', '一、'.repeat(20_000)],
  ['a long line of open brackets', '（'.repeat(20_000)],
  ['many short lines of markers', '一、一\n（一）一\n1.一\n（1）一\n'.repeat(2_000)],
  ['many enumeration markers in one paragraph', '一、甲\n' + '一是。二是。'.repeat(5_000)],
  ['hard-wrapped lines of equal width', '这是一行被硬换行的正文文字内容\n\n'.repeat(3_000)],
  ['mixed line ends', '标题\r\n一、甲\r二、乙\n\r\n正文。']
]

describe('degenerate input', () => {
  for (const [name, text] of cases) {
    it(`should stay lossless on ${name}`, () => {
      const {tree} = parse(text)
      expectValidTree(text, tree)
      expect(toText(tree)).toBe(text)
    })
  }

  it('should read markers without text as plain text, not empty headings', () => {
    expect(outline(parse('一、\n（一）\n').tree)).toEqual([])
  })
})

// The shape of a name of two characters padded to the width of three, which every rule that reads one shares.
import {describe, expect, it} from 'vitest'
import {paddedNameEnd, paddedPairEnd} from '../lib/detect/persons/name-shape.js'

describe('paddedPairEnd and paddedNameEnd', () => {
  it('should read one to four ASCII or ideographic spaces between two characters as padding, and no tab', () => {
    for (const padding of [' ', '  ', '   ', '    ', '\u3000', '\u3000\u3000', ' \u3000', '\u3000 ']) {
      const text = `周${padding}洋`
      expect(paddedPairEnd(text, 0), JSON.stringify(padding)).toBe(text.length)
      expect(paddedNameEnd(text, 0), JSON.stringify(padding)).toBe(text.length)
    }
    // five blanks are a gap between columns, a tab sets cells apart, no blank is no padding
    for (const text of ['周     洋', '周\t洋', '周 \t洋', '周洋', '周  ', '  洋']) {
      expect(paddedPairEnd(text, 0), JSON.stringify(text)).toBeUndefined()
      expect(paddedNameEnd(text, 0), JSON.stringify(text)).toBeUndefined()
    }
  })

  it('should read the padded pair wherever it starts, the characters after it aside', () => {
    expect(paddedNameEnd('组员：王  欣、张三', 3)).toBe(7)
    expect(paddedNameEnd('王  欣欣', 0)).toBe(4)
    expect(paddedPairEnd('1  周  洋', 0)).toBeUndefined()
  })

  it('should read a padded word of two characters as a pair but no name: a header, a row label', () => {
    // 姓  名 heads a column; 平  均, 单  位 and 合  计 are rows' labels of data/person-table-row-labels.txt (a heading
    // such as 方  案 is name-shaped: the rules that read one refuse it as a word)
    for (const text of ['姓  名', '平  均', '单  位', '合  计']) {
      expect(paddedPairEnd(text, 0), text).toBe(4)
      expect(paddedNameEnd(text, 0), text).toBeUndefined()
    }
  })
})

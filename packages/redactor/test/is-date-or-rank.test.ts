// The evaluation lists each figure string once and finds its occurrences: those that are dates, numberings,
// outline markers or ranks are not figures (ANNOTATION.md) and must not count as leaks.
import {describe, expect, it} from 'vitest'
import {isDateOrRank} from '../lib/eval/is-date-or-rank.js'

function occurrenceOf(text: string, figure: string, from = 0): {start: number; end: number} {
  const start = text.indexOf(figure, from)
  return {start, end: start + figure.length}
}

describe('isDateOrRank', () => {
  it('should take outline markers for numbering, not figures', () => {
    const text = '全年发展党员2名。\n2.发展乡村旅游。\n  （2）完善配套设施。\n增长2.5%，排名第2。'
    expect(isDateOrRank(text, occurrenceOf(text, '2'))).toBe(false)
    expect(isDateOrRank(text, occurrenceOf(text, '2', text.indexOf('\n')))).toBe(true)
    expect(isDateOrRank(text, occurrenceOf(text, '2', text.indexOf('（')))).toBe(true)
    expect(isDateOrRank(text, occurrenceOf(text, '2', text.indexOf('增长')))).toBe(false)
    expect(isDateOrRank(text, occurrenceOf(text, '2', text.indexOf('第')))).toBe(true)
  })

  it('should take dates and years apart from figures of years', () => {
    const text = '2023年3月，连续8年增长。'
    expect(isDateOrRank(text, occurrenceOf(text, '2023'))).toBe(true)
    expect(isDateOrRank(text, occurrenceOf(text, '3', text.indexOf('年')))).toBe(true)
    expect(isDateOrRank(text, occurrenceOf(text, '8'))).toBe(false)
  })
})

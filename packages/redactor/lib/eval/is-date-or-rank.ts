import type {Range} from './find-occurrences.js'

// A number right before one of these (spaces allowed, as PDF text has them: `2 月`) is part of a date or a
// numbering (5号橡胶坝), a four-digit one before 年 is a year (but 连续8年 is a figure), and one right after
// 第 is a rank: ANNOTATION.md does not count them as figures.
const dateOrNumberingAfter = /^[ \t\u3000]*[月日号时]/
const yearAfter = /^[ \t\u3000]*年/
const fourDigits = /^[0-9０-９]{4}$/
const rankBefore = /第[ \t\u3000]*$/

/**
 * Whether an occurrence of a gold figure string is a date part, a numbering or a rank instead. The gold
 * lists each figure string once, so a short one (`2`) also occurs in `2 月`; that occurrence is not a figure.
 */
export function isDateOrRank(text: string, range: Range): boolean {
  const after = text.slice(range.end, range.end + 4)
  return (
    dateOrNumberingAfter.test(after) ||
    (yearAfter.test(after) && fourDigits.test(text.slice(range.start, range.end))) ||
    rankBefore.test(text.slice(Math.max(0, range.start - 4), range.start))
  )
}

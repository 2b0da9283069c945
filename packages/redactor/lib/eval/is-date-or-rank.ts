import type {Range} from './find-occurrences.js'

// A number right before one of these (spaces allowed, as PDF text has them: `2 月`) is part of a date or a
// numbering (5号橡胶坝), a four-digit one before 年 is a year (but 连续8年 is a figure), and one right after
// 第 is a rank: ANNOTATION.md does not count them as figures.
const dateOrNumberingAfter = /^[ \t\u3000]*[月日号时]/
const yearAfter = /^[ \t\u3000]*年/
const fourDigits = /^[0-9０-９]{4}$/
const rankBefore = /第[ \t\u3000]*$/
// An outline marker (2.发展乡村旅游, （3）完善配套): a number that opens its line, before a full stop or 、, or
// in brackets; a numbered attachment (附件：1.…) as well.
const markerAfter = /^[.．、](?![0-9０-９])/
const attachmentBefore = /附件[：:]$/
// A row number: a number that opens its line, before a tab or two spaces (1  甘沟路社区  …).
const rowNumberAfter = /^(?:\t|[ \u3000]{2})/
const openingBracket = /[（(]/
const closingBracket = /^[）)]/
const lineSpace = /[ \t\u3000]/

/**
 * Whether an occurrence of a gold figure string is a date part, a numbering (an outline marker too) or a rank
 * instead. The gold lists each figure string once, so a short one (`2`) also occurs in `2 月` and `2.发展…`;
 * that occurrence is not a figure.
 */
export function isDateOrRank(text: string, range: Range): boolean {
  const after = text.slice(range.end, range.end + 4)
  const before = text.slice(Math.max(0, range.start - 4), range.start)
  return (
    dateOrNumberingAfter.test(after) ||
    (yearAfter.test(after) && fourDigits.test(text.slice(range.start, range.end))) ||
    rankBefore.test(before) ||
    (markerAfter.test(after) && (opensLine(text, range.start) || attachmentBefore.test(before))) ||
    (rowNumberAfter.test(after) && opensLine(text, range.start)) ||
    (closingBracket.test(after) && openingBracket.test(text.charAt(range.start - 1)) && opensLine(text, range.start - 1))
  )
}

/** Whether only spaces stand between the start of its line and `offset`. */
function opensLine(text: string, offset: number): boolean {
  let at = offset
  while (at > 0 && lineSpace.test(text.charAt(at - 1))) at--
  return at === 0 || text.charAt(at - 1) === '\n' || text.charAt(at - 1) === '\r'
}

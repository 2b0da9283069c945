/** A half-open range of UTF-16 offsets into a document. */
export interface Range {
  start: number
  end: number
}

const digit = /[0-9０-９]/
const numberPart = /[0-9０-９.．]/
const decimalPoint = /[.．]/

/**
 * Every place where `needle` occurs in `text`, overlapping occurrences included.
 * An occurrence that would cut through a run of digits is not one: the gold figure `20` must not
 * match inside `2021年`, nor `4.` inside `4.5`.
 */
export function findOccurrences(text: string, needle: string): Range[] {
  const found: Range[] = []
  let start = text.indexOf(needle)
  while (start !== -1) {
    const end = start + needle.length
    if (!cutsNumber(text, start, end)) found.push({start, end})
    start = text.indexOf(needle, start + 1)
  }
  return found
}

function cutsNumber(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1)
  const cutsHead =
    digit.test(text.charAt(start)) &&
    (digit.test(before) || (decimalPoint.test(before) && digit.test(text.charAt(start - 2))))
  const cutsTail = numberPart.test(text.charAt(end - 1)) && digit.test(text.charAt(end))
  return cutsHead || cutsTail
}

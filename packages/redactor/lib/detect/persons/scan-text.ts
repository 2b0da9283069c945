// Character tests and bounded scans of a text that the persons rules share.
import {type CharClass, charCodes, inClass, isWhiteSpace} from '@gongwen/parser'
import {isCjkCode} from '../../jieba-dictionary.js'

/** Whether the character at `position` is Chinese (false past either end of the text). */
export function isCjkAt(text: string, position: number): boolean {
  return isCjkCode(text.charCodeAt(position))
}

/** Whether every character of `text[start, end)` is Chinese. */
export function isCjkRun(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (!isCjkAt(text, position)) return false
  return true
}

/**
 * Where a run of `separators` starts right before a character of `marks` that ends the text or stands before one of
 * `followers`, for each such mark in order: what a global `/[S]+[M](?=[F]|$)/` finds where no mark is a separator,
 * in one pass. The expression tries every position of a run of blanks and reads on to the run's end from each, so it
 * took time in the square of the runs' lengths, and the second look's text is blanked far from its masks (2,000 runs
 * of 400 blanks: 2.2 s).
 */
export function separatedMarks(text: string, marks: CharClass, separators: CharClass, followers: CharClass): number[] {
  const runStarts: number[] = []
  for (let at = 1; at < text.length; at++) {
    if (!inClass(marks, text.charCodeAt(at)) || !inClass(separators, text.charCodeAt(at - 1))) continue
    if (at + 1 < text.length && !inClass(followers, text.charCodeAt(at + 1))) continue
    let start = at - 1
    while (start > 0 && inClass(separators, text.charCodeAt(start - 1))) start--
    runStarts.push(start)
  }
  return runStarts
}

/** Whether `code` is an ASCII or full-width digit, or the `*` of a masked figure. */
export function isNumberCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || code === 0x2a
}

/** Skips a few spaces or line breaks: 审计局局长 陈建华, and a PDF line ending between a title and its name. */
export function skipSpace(text: string, from: number, limit: number): number {
  let position = from
  while (position < text.length && position - from < limit && isWhiteSpace(text.charCodeAt(position))) position++
  return position
}

// How far before a title the parenthesis or comma that sets it off may open: its unit (（县农业农村局局长）).
const roleUnitReach = 10

/**
 * Where the run of Chinese characters that ends right before `position` (a unit, a title, a name) stops going
 * back, at most `roleUnitReach` characters: the offset of the character before it, -1 at the text's start.
 */
export function beforeUnit(text: string, position: number): number {
  let open = position - 1
  while (open >= 0 && position - open <= roleUnitReach && isCjkAt(text, open)) open--
  return open
}

/**
 * The end of the line at `from`, or of the text, but at most `limit` characters on: a look-ahead that never
 * searches the rest of a text without line breaks (王局长 repeated), so a scan of every title stays linear.
 */
export function lineEndWithin(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit)
  let end = from
  while (end < stop && text.charCodeAt(end) !== 10) end++
  return end
}

export const openingQuotes = charCodes('“‘"「『《')

export const closingQuotes = charCodes('”’"」』》')

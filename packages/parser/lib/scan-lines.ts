import {displayWidth} from './display-width.js'

/**
 * Widths past this are not measured exactly: the widest any layout test looks is a hard-wrapped
 * line of 1.5 × the widest column (infer-wraps: 1.5 × 160), and a paragraph on one line of 1 MB,
 * or of 300 characters, should not be walked for it.
 */
export const maxMeasuredWidth = 240

/**
 * One line of the text. Offsets index the whole text; `[start, end)` is the content, `[end, next)`
 * the line ending. Blank lines are all `blankLine`, without offsets.
 */
export interface LineInfo {
  start: number
  end: number
  next: number
  /** First character after indentation (spaces, tabs, ideographic spaces). */
  textStart: number
  /** End of the content without trailing whitespace; `textStart === textEnd` for a blank line. */
  textEnd: number
  /** Display width of `[textStart, textEnd)` (two columns per CJK character); past `maxMeasuredWidth`, some width above it. */
  width: number
}

/** The lines of a text, and where each line starts for points (`locatePoints`). */
export interface ScannedLines {
  lines: LineInfo[]
  /** Offsets where lines start as unist counts them: 0 (before any BOM), then after every line ending. */
  starts: number[]
}

/**
 * Split `text` into lines in one pass (native `indexOf` for the line ends). `\r\n`, `\n` and `\r`
 * end a line; a byte order mark at the start is left out of the first line (`from`).
 *
 * @param text the whole text
 * @param from where the first line starts (1 after a BOM)
 */
export function scanLines(text: string, from: number): ScannedLines {
  const lines: LineInfo[] = []
  const starts = [0]
  const length = text.length
  let start = from
  let lf = -1
  let cr = -1
  while (start < length) {
    if (lf < start) lf = indexOrEnd(text, '\n', start)
    if (cr < start) cr = indexOrEnd(text, '\r', start)
    const end = Math.min(lf, cr)
    const next = end === length ? end : end === cr && lf === cr + 1 && lf < length ? cr + 2 : end + 1
    lines.push(describeLine(text, start, end, next))
    if (end < length) starts.push(next)
    start = next
  }
  return {lines, starts}
}

function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from)
  return found === -1 ? text.length : found
}

/**
 * Every blank line shares this record: the parser only ever asks whether a line is blank (blank
 * lines become parts of break leaves, whose offsets come from the lines around them), so a text
 * of a million empty lines costs no million objects.
 */
export const blankLine: LineInfo = Object.freeze({start: 0, end: 0, next: 0, textStart: 0, textEnd: 0, width: 0})

function describeLine(text: string, start: number, end: number, next: number): LineInfo {
  let textStart = start
  while (textStart < end && isSpace(text.charCodeAt(textStart))) textStart++
  if (textStart === end) return blankLine
  let textEnd = end
  while (textEnd > textStart && isSpace(text.charCodeAt(textEnd - 1))) textEnd--
  // Each character but a stray low surrogate is at least one column wide, so a capped slice
  // measures a long line enough; CJK text passes the limit in half of it.
  const width = displayWidth(text, textStart, Math.min(textEnd, textStart + maxMeasuredWidth + 1), maxMeasuredWidth)
  return {start, end, next, textStart, textEnd, width}
}

/** Space, tab, no-break space, ideographic space, BOM, form feed, vertical tab. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 12 || code === 11
}

import {displayWidth} from './display-width.js'

/** One line of the text. Offsets index the whole text; `[start, end)` is the content, `[end, next)` the line ending. */
export interface LineInfo {
  start: number
  end: number
  next: number
  /** First character after indentation (spaces, tabs, ideographic spaces). */
  textStart: number
  /** End of the content without trailing whitespace; `textStart === textEnd` for a blank line. */
  textEnd: number
  /** Display width of `[textStart, textEnd)`: two columns for a CJK character, one for ASCII. */
  width: number
}

/**
 * Split `text` into lines, one pass over the characters. `\r\n`, `\n` and `\r` end a line; a
 * byte order mark at the start is left out of the first line (`from`).
 *
 * @param text the whole text
 * @param from where the first line starts (1 after a BOM)
 */
export function scanLines(text: string, from: number): LineInfo[] {
  const lines: LineInfo[] = []
  let start = from
  let index = from
  const length = text.length
  while (start < length) {
    index = start
    let code = 0
    while (index < length) {
      code = text.charCodeAt(index)
      if (code === 10 || code === 13) break
      index++
    }
    const next = index < length ? (code === 13 && text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1) : index
    lines.push(describeLine(text, start, index, next))
    start = next
  }
  return lines
}

function describeLine(text: string, start: number, end: number, next: number): LineInfo {
  let textStart = start
  while (textStart < end && isSpace(text.charCodeAt(textStart))) textStart++
  let textEnd = end
  while (textEnd > textStart && isSpace(text.charCodeAt(textEnd - 1))) textEnd--
  return {start, end, next, textStart, textEnd, width: displayWidth(text, textStart, textEnd)}
}

/** Space, tab, no-break space, ideographic space, BOM. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 12 || code === 11
}

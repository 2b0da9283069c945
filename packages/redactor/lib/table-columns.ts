import {codeAt} from './measure-words.js'

// How far a table row is read for its cell separators: a row of a report's table is short.
const maxRowReach = 160
// How far up a table's header is looked for.
const maxHeaderDistance = 40

/** Whether `at` is a line break or outside the text (a row may open or close it). */
export function isLineEnd(text: string, at: number): boolean {
  const code = codeAt(text, at)
  return at < 0 || at >= text.length || code === 0x0a || code === 0x0d
}

/** Where the line holding `at` starts, reading back at most `maxRowReach` characters. */
export function lineStart(text: string, at: number): number {
  let start = at
  while (start > 0 && at - start < maxRowReach && !isLineEnd(text, start - 1)) start--
  return start
}

/** Where the line holding `at` ends, reading on at most `maxRowReach` characters. */
export function lineEnd(text: string, at: number): number {
  let end = at
  while (end < text.length && end - at < maxRowReach && !isLineEnd(text, end)) end++
  return end
}

/**
 * The header over the column of the cell at `cellStart`, in the row starting at `rowStart`: that column's cell in the
 * first line of the table, the lines above the row that are rows as it is (cells set apart by pipes where the row has
 * them, by blanks otherwise; Markdown's rule |---|---| is no header). A table's rows may hold no digit (—, 责令改正), so
 * the first line is the header, not the nearest line without one. Undefined when the line above is no row.
 */
export function columnHeader(text: string, rowStart: number, cellStart: number): string | undefined {
  const row = text.slice(rowStart, cellStart)
  const piped = /[|｜]/u.test(row)
  const column = piped ? pipedCells(row).length - 1 : spacedCells(row).length - 1
  let header: string | undefined
  let line = rowStart
  for (let step = 0; step < maxHeaderDistance && line > 0; step++) {
    const headerStart = lineStart(text, line - 1)
    const above = text.slice(headerStart, line - 1)
    if (!(piped ? /[|｜]/u.test(above) : setsCellsApart(above))) break
    if (!markdownRule.test(above)) header = above
    line = headerStart
  }
  return header === undefined ? undefined : (piped ? pipedCells(header) : spacedCells(header))[column]?.trim()
}

/** Whether a line without pipes is a table's row: a tab, a run of blanks, or three cells single blanks set apart. */
function setsCellsApart(line: string): boolean {
  return /\t|[ \u3000]{2}|[^ \u3000][ \u3000][^ \u3000]+[ \u3000][^ \u3000]/u.test(line.trim())
}

// Markdown's rule under a table's header (|---|:--:|): a blank line is none (it is a header without a money word)
const markdownRule = /^[\s|｜:]*-[\s|｜:\-]*$/u

/**
 * The cells of a row that pipes set apart, empty ones included (| 1 |  | 2019 | has an empty second cell), without the
 * pipe that opens the row: a row's text up to a cell gives that cell's column as its count less one.
 */
function pipedCells(line: string): string[] {
  return line.replace(/^\s*[|｜]/u, '').split(/[|｜]/u)
}

/**
 * The cells of a row without pipes, its indentation left out: a spreadsheet's row (tabs) has a cell between every
 * two tabs, empty ones included (合计\t\t12 has an empty second cell); other rows are set apart by runs of blanks.
 * A row's text up to a cell gives that cell's column as its count less one.
 */
function spacedCells(line: string): string[] {
  const cells = line.replace(/^[ \u3000]+/u, '')
  return cells.includes('\t') ? cells.split(/[ \u3000]*\t[ \u3000]*/u) : cells.split(/[ \u3000]+/u)
}

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
 * nearest line above with no digit (Markdown's rule |---|---| is no header), cells set apart by pipes where the row
 * has them, by blanks otherwise. Undefined when no such line is near.
 */
export function columnHeader(text: string, rowStart: number, cellStart: number): string | undefined {
  const row = text.slice(rowStart, cellStart)
  const piped = /[|｜]/u.test(row)
  const column = piped ? pipedCells(row).length - 1 : row.trim() === '' ? 0 : row.trim().split(spacedCells).length
  let line = rowStart
  for (let step = 0; step < maxHeaderDistance && line > 0; step++) {
    const headerStart = lineStart(text, line - 1)
    const header = text.slice(headerStart, line - 1)
    if (!/[0-9０-９]/.test(header) && !markdownRule.test(header)) return piped ? pipedCells(header)[column]?.trim() : header.trim().split(spacedCells)[column]
    line = headerStart
  }
  return undefined
}

const markdownRule = /^[\s|｜:\-]+$/u
const spacedCells = /[\t \u3000]+/

/**
 * The cells of a row that pipes set apart, empty ones included (| 1 |  | 2019 | has an empty second cell), without the
 * pipe that opens the row: a row's text up to a cell gives that cell's column as its count less one.
 */
function pipedCells(line: string): string[] {
  return line.replace(/^\s*[|｜]/u, '').split(/[|｜]/u)
}

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
 * table's header, the first line with a cell over the column that holds no digit (Markdown's rule |---|---| is none),
 * among the lines right above the row that are rows of the same table (cells set apart by pipes where the row has
 * them, by blanks otherwise). A table's rows may hold no digit (—, 责令改正), so the first such line, not the nearest;
 * a caption or prose above the table (附表1  2023年…, 全年共核发 2 张) is no row of it or has no such cell. A row typed
 * with single blanks under a header that tabs set apart is read from its end, as its cells of prose may hold blanks.
 * Undefined when no such line is near.
 */
export function columnHeader(text: string, rowStart: number, cellStart: number): string | undefined {
  const before = text.slice(rowStart, cellStart)
  const piped = /[|｜]/u.test(before)
  const cellsOf = piped ? pipedCells : spacedCells
  const column = cellsOf(before).length - 1
  const rowLine = text.slice(rowStart, lineEnd(text, cellStart)).trimEnd()
  const rowCells = cellsOf(rowLine).length
  // A row typed with single blanks under a header that tabs set apart is read from its end where the cell is its last
  const rowTabbed = rowLine.includes('\t')
  const fromEnd = !piped && !rowTabbed && column === rowCells - 1
  const cellOver = (cells: string[], tabbed: boolean): string | undefined => (fromEnd && tabbed ? cells[cells.length - rowCells + column] : cells[column])
  let header: string | undefined
  let line = rowStart
  for (let step = 0; step < maxHeaderDistance && line > 0; step++) {
    const aboveStart = lineStart(text, line - 1)
    const above = text.slice(aboveStart, line - 1).trimEnd()
    const cells = cellsOf(above)
    // A row of a table that pipes set apart has its header set apart so; one that tabs set apart, by tabs or runs of
    // blanks (a line of prose with single blanks above it is none: 全年共核发许可证 2 张)
    const ofTable = piped ? /[|｜]/u.test(above) : rowTabbed ? wideSeparator.test(above.trim()) : isTableRow(above) || (rowCells >= 2 && cells.length === rowCells)
    if (!ofTable) break
    const cell = markdownRule.test(above) ? undefined : cellOver(cells, above.includes('\t'))
    if (cell !== undefined && !/[0-9０-９]/.test(cell.replace(yearInHeader, ''))) header = cell
    line = aboveStart
  }
  return header?.trim()
}

/** Whether a line without pipes is a table's row: a tab, a run of blanks, or three cells single blanks set apart. */
function isTableRow(line: string): boolean {
  const trimmed = line.trim()
  return wideSeparator.test(trimmed) || threeSingleSpacedCells.test(trimmed)
}

// What sets a row's cells apart beyond doubt: a tab or a run of blanks
const wideSeparator = /\t|[ \u3000]{2}/u
const threeSingleSpacedCells = /[^ \u3000][ \u3000][^ \u3000]+[ \u3000][^ \u3000]/u

// A year a header's cell may name (2023年罚没金额（元）, 2024年度): a row's cell holds other digits
const yearInHeader = /(?:19|20)[0-9]{2}年度?/gu
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
export function spacedCells(line: string): string[] {
  const cells = line.replace(/^[ \u3000]+/u, '')
  return cells.includes('\t') ? cells.split(/[ \u3000]*\t[ \u3000]*/u) : cells.split(/[ \u3000]+/u)
}

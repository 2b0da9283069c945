// Tables of people: the cell before a sex, rows that hold a title, columns headed by a word for people.
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isColumnName, isListedName} from './list-items.js'
import {isPaddingBlankAt, paddedNameEnd, paddedPairEnd, withoutPadding} from './name-shape.js'
import {personHeaderEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {TitleMention} from './scan-person-cues.js'
import {isCjkAt, isCjkRun, lineEndWithin, separatedMarks} from './scan-text.js'
import {endsWithTitle, titleAt} from './titles.js'

const cellSeparators = charCodes(' \t\u3000|｜')
// A cell of a table that holds a sex (`1　陈建华　男　汉族　1975.03`, `| 陈建华 | 女 |`): the cell before it is a name.
const sexes = charCodes('男女')
const afterSex = charCodes(' \t\u3000|｜\r\n')
// Whatever splits a line into cells (`rowCells`) but its end: a separator other than an ASCII space, two ASCII spaces,
// or a carriage return that no line feed follows.
const cellSeparator = /[\t\u3000|｜]| {2}|\r(?!\n)/g

/** Rows of a table of people: a name in the cell right before the cell of its sex. */
export function detectSexCells(text: string, found: Detection[]): void {
  // The scan reads every character; a native search finds most texts without 男 or 女 first.
  if (!text.includes('男') && !text.includes('女')) return
  for (const end of separatedMarks(text, sexes, cellSeparators, afterSex)) {
    let start = end
    while (start > 0 && end - start < 5 && isCjkAt(text, start - 1)) start--
    if (start > 0 && !inClass(cellSeparators, text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 10) continue
    if (isListedName(text, start, end)) found.push(person(start, end, 'name-before-sex', 0.85, 'a name in the cell before its sex in a table row'))
  }
}

// How far a row of a table is read around a title that ends a cell: rows are short, and a bound keeps a scan
// of a long line without breaks linear.
const rowReach = 120

/**
 * Rows of a table of people without a sex column (`1\t胡娜娜\t县农业农村局\t局长`, `| 付平 | 村党支部书记 |`): a
 * title that ends a cell of a row of three cells or more makes each other cell that is a name (`isListedName`) a
 * person. Only titles that end at a cell's edge are read, each row once.
 */
export function detectTitledRows(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  let rowRead = -1
  for (const title of titles) {
    const next = text.charCodeAt(title.end)
    if (title.end < text.length && next !== 10 && next !== 13 && !inClass(cellSeparators, text.charCodeAt(title.end))) continue
    let start = title.start
    while (start > 0 && title.start - start < rowReach && text.charCodeAt(start - 1) !== 10) start--
    if (start === rowRead) continue
    rowRead = start
    const cells = rowCells(text, start, lineEndWithin(text, title.end, rowReach))
    if (cells.length < 3) continue
    for (const [cellStart, cellEnd] of cells) {
      if (cellEnd !== title.end && cellEnd - cellStart <= 4 && isListedName(text, cellStart, cellEnd)) {
        found.push(person(cellStart, cellEnd, 'table-row', 0.8, 'a name in a row of a table that holds a title'))
      }
    }
  }
}

// A note in parentheses that closes a cell (（联户）, （返乡创业青年）).
const cellNote = /[（(][^（()）]*[）)]$/u

// What closes a list of names in a cell: 等 and a count of people or households (马平安等23户, 常青等37人).
const cellListClose = /等(?:[0-9０-９]+[人户名位个])?$/u

/** The header of a table with columns of people: which columns, of how many cells, and whether a wrap cut its line. */
interface PeopleHeader {
  columns: number[]
  cells: number
  /** Its line ends in blanks and the next line is no row of it: more cells follow there (`    序号  当事人         `). */
  cut: boolean
}

/**
 * Columns of a table headed by a word for people (姓名, 当事人, 牧场主, 负责人, 值班人员, 承包（流转）方, 户主姓名: a title of
 * data/person-titles.txt or a word of two to four characters ending in 人, 主, 者, 员 or 方), in a header of three cells
 * or more, or of two short words (`当选人\t得票数`): each cell below one, while rows
 * have as many cells, holds names, listed with 、 and closed by 等 and a count (`1  民馨家园社区  马平安等23户  物业服务`).
 * The column vouches for a name jieba knows as a word (常青, 白雪, 周密), and for one with no surname of the list whose
 * characters are names' more than words' (宝音德力格尔). A header typed with one space between its cells is read when
 * each cell is a short word (`日期 带班领导 值班人员 联系电话`), as the rows below such a header are.
 */
export function detectNameColumns(text: string, found: Detection[]): void {
  // Rows are split by tabs, bars of either width or spaces: some texts have none of them.
  if (!text.includes(' ') && !text.includes('\t') && !text.includes('\u3000') && !text.includes('|') && !text.includes('｜')) return
  let header: PeopleHeader | undefined
  cellSeparator.lastIndex = 0
  let separator = cellSeparator.exec(text)?.index ?? text.length
  let space = text.indexOf(' ')
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    if (separator < lineStart) {
      cellSeparator.lastIndex = lineStart
      separator = cellSeparator.exec(text)?.index ?? text.length
    }
    if (space !== -1 && space < lineStart) space = text.indexOf(' ', lineStart)
    // A line with no separator is one cell, no row: most lines of a report are read no further.
    let cells = separator < lineEnd ? rowCells(text, lineStart, lineEnd) : []
    // Below a header, a row typed with one space between cells (柴火灶米粉店 向前进 集镇老街) is a row of the table too,
    // and so is one whose name is padded to the width of three (周  洋\t138), which the blanks split in two cells.
    if (header !== undefined && cells.length !== header.cells) cells = spacedCells(text, lineStart, lineEnd)
    if (header !== undefined && cells.length !== header.cells) cells = joinPaddedPairs(text, cells, paddedNameEnd)
    // A name with no surname padded so (次  仁, 拉  姆) is read after the names that have one.
    if (header !== undefined && cells.length !== header.cells) cells = joinPaddedPairs(text, cells, paddedPairEnd)
    // A row that lacks its last cells (2\t李娜\t江安县财政局 under 序号\t姓名\t单位\t职务) still holds its name in the
    // column of people, its cells read from the left; the column vouches less for a row of other width, so only a name
    // as a list holds it is read, and a row without one ends the table as any row of other width does (高远  县委 under
    // 姓名  单位  到岗: 高远 is a word)
    const lackingRowNames = header !== undefined && cells.length !== header.cells ? namesOfRowLackingCells(text, lineStart, lineEnd, header) : []
    if (header !== undefined && cells.length === header.cells) {
      for (const column of opensRow(text, header, cells) ? header.columns : []) {
        const [cellStart, cellEnd] = cells[column] ?? [0, 0]
        if (isPaddedColumnName(text, cellStart, cellEnd)) found.push(person(cellStart, cellEnd, 'name-column', 0.85, 'a name padded to the width of three in a column of a table headed by a word for people'))
        else detectCellNames(text, cellStart, cellEnd, found)
      }
    } else if (lackingRowNames.length > 0) {
      for (const [cellStart, cellEnd] of lackingRowNames) found.push(person(cellStart, cellEnd, 'name-column', 0.8, 'a name in a column of a table headed by a word for people, in a row that lacks cells'))
    } else {
      header = undefined
      if (cells.length < 3 && space !== -1 && space < lineEnd) cells = spacedHeaderCells(text, lineStart, lineEnd)
      // A header's word of two characters padded to the width of three (姓  名) is one cell, as a name below it is: a
      // table's header repeated on its next page, padded so, heads the same columns.
      // Only a pair that heads a column of people is joined: 村  组 of 户主  村  组  面积 are two cells, as in its rows.
      cells = joinPaddedPairs(text, cells, paddedPersonHeaderEnd)
      const columns = cells.length >= 3 || isTwoCellHeader(text, cells) ? cells.flatMap(([start, end], column) => (isPersonHeader(text, start, end) ? [column] : [])) : []
      if (columns.length > 0) {
        const cellCount = cells.length
        // Blanks end a header's line where cells are to come after the break, but so do a table's padded to its width:
        // only one whose next line is no row of its cells with a name in its column of people (所在村组  纠纷类型 below
        // 序号  当事人) was cut (胡友根  嘉禾村  3.2 below 户主姓名  村组  面积（亩）: whole)
        const cut = endsWithBlankRun(text, cells.at(-1)?.[1] ?? lineEnd, lineEnd) && !opensTable(text, lineEnd + 1, {columns, cells: cellCount, cut: false})
        header = {columns, cells: cellCount, cut}
      }
    }
    lineStart = lineEnd + 1
  }
}

// The longest name read in a row that lacks cells: a name of the list, surname and given name
const maxLackingRowName = 4

/**
 * The names in the columns of people of the row between `start` and `end` when it holds two cells or more but fewer
 * than its `header`, set apart as a table's cells are (`rowCells`): cells of at most `maxLackingRowName` characters
 * that are names as a list holds them (`isListedName`).
 */
function namesOfRowLackingCells(text: string, start: number, end: number, header: PeopleHeader): [number, number][] {
  const cells = rowCells(text, start, end)
  if (cells.length < 2 || cells.length >= header.cells) return []
  return header.columns.flatMap((column) => {
    const [cellStart, cellEnd] = cells[column] ?? [0, 0]
    return cellEnd - cellStart <= maxLackingRowName && isListedName(text, cellStart, cellEnd) ? [[cellStart, cellEnd] as [number, number]] : []
  })
}

/**
 * The cells of a row with each pair of one-character cells set apart by blanks alone that `pairEnd` reads as one
 * padded to the width of three (a name, 周  洋: `paddedNameEnd`; a header's word, 姓  名: `paddedPairEnd`) joined in one cell.
 */
function joinPaddedPairs(text: string, cells: readonly [number, number][], pairEnd: (text: string, start: number) => number | undefined): [number, number][] {
  const joined: [number, number][] = []
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]
    const next = cells[index + 1]
    if (cell !== undefined && next !== undefined && pairEnd(text, cell[0]) === next[1]) {
      joined.push([cell[0], next[1]])
      index++
    } else if (cell !== undefined) joined.push(cell)
  }
  return joined
}

/** Where a header's word padded to the width of three (姓  名) that heads a column of people ends, if one starts at `start`. */
function paddedPersonHeaderEnd(text: string, start: number): number | undefined {
  const end = paddedPairEnd(text, start)
  return end !== undefined && isPersonHeader(text, start, end) ? end : undefined
}

/**
 * Whether the cell `text[start, end)` of a column of people is a name padded to the width of three: a surname and a
 * given character (`paddedNameEnd`), or two characters that the column vouches for as a listed name is (`isListedName`:
 * 次  仁, 拉  姆, parts of the names of minorities).
 */
function isPaddedColumnName(text: string, start: number, end: number): boolean {
  if (paddedNameEnd(text, start) === end) return true
  if (paddedPairEnd(text, start) !== end) return false
  const pair = text.charAt(start) + text.charAt(end - 1)
  return isListedName(pair, 0, 2)
}

// How long a cell of a header typed with one space between cells may be: a header's words are short.
const spacedHeaderCell = {least: 2, most: 6}
// How many cells such a header holds at most: a line of more short words is prose.
const maxSpacedHeaderCells = 8

/**
 * The cells of a header typed with one space between them (`日期 带班领导 值班人员 联系电话`), where every cell is a run
 * of two to six Chinese characters (`spacedHeaderCell`) but for a note in parentheses (`企业名称 法定代表人 罚款金额（元）`)
 * and the line holds eight cells at most, or none: a line of prose is no row of short words.
 */
function spacedHeaderCells(text: string, start: number, end: number): [number, number][] {
  if (end - start > (spacedHeaderCell.most + headerNoteLength.most + 3) * maxSpacedHeaderCells) return []
  const cells = spacedCells(text, start, end)
  return cells.length <= maxSpacedHeaderCells && cells.every(([cellStart, cellEnd]) => isSpacedHeaderWord(text.slice(cellStart, cellEnd).replace(headerNote, ''))) ? cells : []
}

/** Whether a cell of a header typed with single spaces, its note in parentheses taken out, is a short word. */
function isSpacedHeaderWord(word: string): boolean {
  return word.length >= spacedHeaderCell.least && word.length <= spacedHeaderCell.most && isCjkRun(word, 0, word.length)
}

// A note in parentheses inside a header's word (承包（流转）方), and 姓名 after a word for people (户主姓名, 申请人姓名):
// the word for people is what heads the column.
const headerNoteLength = {least: 1, most: 6}
const headerNote = new RegExp(`[（(][^（()）]{${headerNoteLength.least},${headerNoteLength.most}}[）)]`, 'u')
const nameLabel = '姓名'

/**
 * Whether the cell `text[start, end)` heads a column of people: a title or a word ending in one that may follow a name
 * (社区民警; not 典型代表 or 资格审核, whose 代表 and 审核 stand only before names, and so are ordinary words too), or a
 * word ending in 人, 主, 者, 员 or 方 (当选人, 户主, 承包方), read without a note in parentheses inside it, blanks that pad it (姓  名) or 姓名 after it.
 */
function isPersonHeader(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 10) return false
  let word = withoutPadding(text, start, end).replace(headerNote, '')
  if (word.length > 2 && word.endsWith(nameLabel)) word = word.slice(0, -nameLabel.length)
  if (word.length < 2 || word.length > 5 || !isCjkRun(word, 0, word.length)) return false
  return titleAt(word, 0)?.end === word.length || endsWithTitle(word, 0, word.length, 'before') || (word.length <= 4 && inClass(personHeaderEndings, word.charCodeAt(word.length - 1)))
}

// How long the other cell of a header of two cells may be: a short word (得票数, 所在村, 补贴金额).
const maxTwoCellHeaderWord = 6

/**
 * Whether a row of two cells may head a table (`当选人\t得票数`): the other cell of the word for people is a short word
 * with no digit and no name, as headers hold; a label and its value (`联系人\t王伟`) are no header.
 */
function isTwoCellHeader(text: string, cells: readonly [number, number][]): boolean {
  return cells.length === 2 && cells.every(([start, end]) => end - start >= 2 && end - start <= maxTwoCellHeaderWord && isCjkRun(text, start, end) && !isColumnName(text, start, end))
}

// A row's number in its first cell (1, 12, ３, 1., 2、, （2）, 一, 十二, ①)
const rowNumber = /^(?:[0-9０-９]{1,3}[.．、]?|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]?|[①-⑳])$/u

/**
 * Whether a line of `cells` under `header` may be a row of it: any line, but under a header a wrap cut only one that
 * opens with its row's number (`    1     郑国平、郑国安   `); the lines between hold the rest of a row's cells, which fall
 * under no column of the header's (` 嘉禾村坳背组    山林权属     `).
 */
function opensRow(text: string, header: PeopleHeader, cells: readonly [number, number][]): boolean {
  const first = cells[0]
  return !header.cut || (first !== undefined && rowNumber.test(text.slice(first[0], first[1])))
}

/** Whether the line at `start` is a row of `header`'s cells holding a name in a column of people (see `detectCellNames`). */
function opensTable(text: string, start: number, header: PeopleHeader): boolean {
  if (start >= text.length) return false
  const newline = text.indexOf('\n', start)
  const end = newline === -1 ? text.length : newline
  const cells = rowCells(text, start, end)
  if (cells.length !== header.cells) return false
  const names: Detection[] = []
  for (const column of header.columns) {
    const [cellStart, cellEnd] = cells[column] ?? [0, 0]
    if (isPaddedColumnName(text, cellStart, cellEnd)) return true
    detectCellNames(text, cellStart, cellEnd, names)
  }
  return names.length > 0
}

/** Whether `text[from, lineEnd)`, after a row's last cell, holds two blanks or more: cells to come after the break. */
function endsWithBlankRun(text: string, from: number, lineEnd: number): boolean {
  let blanks = 0
  for (let at = from; at < lineEnd; at++) if (isPaddingBlankAt(text, at)) blanks++
  return blanks >= 2
}

/** The names of a cell of a column of people: items between 、 or ，, the last closed by 等 and a count. */
function detectCellNames(text: string, start: number, end: number, found: Detection[]): void {
  // A note in parentheses closes the cell (余长根（联户）, 卓越（返乡创业青年）): the names come before it.
  const cell = text.slice(start, end).replace(cellNote, '').replace(cellListClose, '')
  let itemStart = start
  for (const item of cell.split(/[、，,]/)) {
    const itemEnd = itemStart + item.length
    if (isColumnName(text, itemStart, itemEnd)) found.push(person(itemStart, itemEnd, 'name-column', 0.85, 'a name in a column of a table headed by a word for people'))
    itemStart = itemEnd + 1
  }
}

/** The cells of a row between `start` and `end` split at every space, tab or bar, one ASCII space too. */
function spacedCells(text: string, start: number, end: number): [number, number][] {
  const cells: [number, number][] = []
  let cellStart = -1
  for (let position = start; position <= end; position++) {
    const separates = position === end || text.charCodeAt(position) === 13 || inClass(cellSeparators, text.charCodeAt(position))
    if (!separates && cellStart === -1) cellStart = position
    if (separates && cellStart !== -1) {
      cells.push([cellStart, position])
      cellStart = -1
    }
  }
  return cells
}

/**
 * The cells of a row of a table between `start` and `end`: runs of text between tabs, bars, ideographic spaces and
 * the ASCII spaces next to one of them or to another (one ASCII space between two characters stays in its cell).
 */
function rowCells(text: string, start: number, end: number): [number, number][] {
  const cells: [number, number][] = []
  let cellStart = -1
  for (let position = start; position <= end; position++) {
    const code = position < end ? text.charCodeAt(position) : 10
    const separates =
      code === 10 || code === 13 || (inClass(cellSeparators, text.charCodeAt(position)) && (code !== 32 || inClass(cellSeparators, text.charCodeAt(position + 1)) || inClass(cellSeparators, text.charCodeAt(position - 1))))
    if (!separates && cellStart === -1) cellStart = position
    if (separates && cellStart !== -1) {
      cells.push([cellStart, position])
      cellStart = -1
    }
  }
  return cells
}

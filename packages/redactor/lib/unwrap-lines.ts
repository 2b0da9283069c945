import {charCodes, inClass, isWhiteSpace} from '@gongwen/parser'
import type {Detection} from './detection.js'
import {hanCharacter} from './gazetteer/place-context.js'
import {isLabelAndNumberRow, lineWrapEnd, prosePunctuationCharacters} from './line-wrap.js'
import {countAtOrBelow} from './lower-bound.js'
import {measureWordAt} from './measure-words.js'
import {readLexicon} from './read-lexicon.js'
import {lineEnd} from './table-columns.js'
import {topLevelDomains} from './top-level-domains.js'

/**
 * A text with the line breaks a PDF's hard wrap left inside words taken out (赫⏎章县 → 赫章县, 12⏎653.7万元 →
 * 12653.7万元), so that every detector reads a name or number cut by a wrap as a whole; and how to map offsets
 * between it and the text.
 */
export interface UnwrappedText {
  text: string
  /** The wraps taken out, in order: `at` is where the text resumes in the unwrapped text, `removed` the blanks taken out up to there. */
  cuts: readonly {at: number; removed: number}[]
}

// A wrapped line is as wide as the page: a line shorter than this ends a heading, a label or a row, not a wrap.
const minWrappedLine = 10
const wordChar = /[\p{Script=Han}0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u
// A line opening with an item's number (2 李金花, 3、, 1.) or an inline enumeration's (二是, 第三，, （一）) starts an
// item or a table's row, whatever ended the line before; a decimal's part after a wrap (12⏎653.7) does not. Headings
// are told by their numbers alone, not by the parser's reading, which masks change (76、 after a phone cut by a wrap
// reads as an item, **、 does not).
const itemOpening = /^(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:[、\s]|[.．](?![0-9０-９]))|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，、,]|[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)])/u
// After a number cut by a wrap, a row's number and a blank open a row only where the line before is a table's row
// too, opening with its number and holding no punctuation of prose (1 城关镇东关村残疾人补贴发放 800⏎2 西关村特困供养
// 人员补助发放, whatever the cells hold): 76、 after 139598124 is the rest of a phone, and a mask (**、) would make it
// no item when the redacted text is read again; a number's rest before a blank and its unit (完成 1⏎3 条道路 和 5 座
// 桥梁, 授信额度近 30⏎00 万) ends no row, nor does a line of prose that opens with a number (69 台，清运垃圾 3.⏎3 万吨).
const rowOpening = /^[ \t\u3000]*[0-9０-９]{1,3}[^\S\r\n]+\S/u
const prosePunctuation = new RegExp(`[${prosePunctuationCharacters}]`, 'u')
const tab = 9
// The bars that draw a table's cells in text (`1｜横州市六景镇阿强粉店｜黄志强｜`), as a tab sets them apart
const cellBars = charCodes('|｜')

/**
 * The text with its word wraps taken out, or undefined when it has none. A word wrap is a line break with a few
 * spaces around it (see `lineWrapEnd`) between two word characters (Han, digits, Latin letters, half- or full-width; before it also a
 * number's separator), inside a number or code (see `isCodeCut`) or inside a sentence at its punctuation (see
 * `isPunctuationWrap`), after a line of at least ten characters as a wrapped line is (see `isWrappedLine`), before a
 * line that opens no item: a break after a sentence's end cuts nothing, and one after a short line or a table's row
 * ends it.
 */
export function unwrapLines(text: string): UnwrappedText | undefined {
  const parts: string[] = []
  const cuts: {at: number; removed: number}[] = []
  let kept = 0
  let removed = 0
  let lineStart = 0
  const blocks = blocksOf(text)
  const tableRowWraps = rowWraps(text, blocks)
  const margins = marginsByLineStart(blocks)
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const previousStart = lineStart
    lineStart = at + 1
    // The line before and the next are of one block (a blank line is no wrap): they share its margin
    const margin = margins.get(lineStart) ?? 0
    if (tableRowWraps.has(at)) {
      // Only the line break and the margin go: the tab or blanks around them set the row's cells apart, as before the wrap
      const breakStart = text.charCodeAt(at - 1) === carriageReturn ? at - 1 : at
      parts.push(text.slice(kept, breakStart))
      removed += at + 1 + margin - breakStart
      cuts.push({at: at + 1 + margin - removed, removed})
      kept = at + 1 + margin
      continue
    }
    let from = at
    while (from > previousStart && isBlankBefore(text, from)) from--
    const to = lineWrapEnd(text, from, margin)
    if (to === undefined) continue
    if (endsAddress(text, from) && !codeSeparators.includes(text.charAt(to))) continue
    // Two blanks or more around the break set a table's cells apart (23  86.4), whatever stands on either side; the
    // next line's margin is no blank between its words
    if (to - from - 1 - margin - (text.charCodeAt(at - 1) === carriageReturn ? 1 : 0) >= 2) continue
    const codeCut = isCodeCut(text, from - 1, to)
    if (!codeCut && !isWordCut(text, from - 1, to) && !isPunctuationWrap(text, from - 1, to)) continue
    const marginEnd = previousStart + margin
    // A line a mask shortened (**，对1233) may have been as wide as the page (68-5123386，对1233): the second look reads
    // the redacted text, and takes out the wraps the first look took out of the text
    const masked = holdsMask(text, marginEnd, from)
    if ((!masked && from - marginEnd < minWrappedLine) || !isWrappedLine(text, marginEnd, from, to, codeCut, masked) || (codeCut ? isNumberedRow(text.slice(previousStart, from)) && rowOpening.test(text.slice(to, lineEnd(text, to))) : itemOpening.test(text.slice(to, to + 6))) || dateOpening.test(text.slice(to, to + 11))) continue
    if (isLabelAndNumberRow(text.slice(previousStart, from)) && isLabelAndNumberRow(text.slice(to, lineEnd(text, to)))) continue
    parts.push(text.slice(kept, from))
    removed += to - from
    cuts.push({at: to - removed, removed})
    kept = to
  }
  if (cuts.length === 0) return undefined
  parts.push(text.slice(kept))
  return {text: parts.join(''), cuts}
}

/** A line of a text: where it starts and ends (before any carriage return), and where its line feed stands. */
interface Line {
  start: number
  end: number
  feed: number
}

/**
 * A run of lines with no blank line between, and its margin: the spaces that open every one of its lines. A PDF's
 * extraction that keeps the page's layout (pdftotext -layout) indents every line by the page's margin, four or eight
 * spaces, and a paragraph's first line or a centred title further: read from the margin, its lines wrap as a page's
 * without one do, and a line indented no further than the block opens no paragraph. Only spaces count: the full-width
 * blanks that open a paragraph (　　) are its writer's.
 */
interface Block {
  lines: Line[]
  margin: number
}

/** The blocks of `text`, in order (see Block). */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  let lines: Line[] = []
  let margin = Number.POSITIVE_INFINITY
  let start = 0
  while (start <= text.length) {
    const feed = text.indexOf('\n', start)
    const next = feed === -1 ? text.length : feed
    const end = text.charCodeAt(next - 1) === carriageReturn ? next - 1 : next
    let indentEnd = start
    while (indentEnd < end && text.charCodeAt(indentEnd) === space) indentEnd++
    // Char codes, not a string a line: every line of a text is asked, and the second look's text, blanked far from
    // its masks, is mostly blank lines
    let contentStart = indentEnd
    while (contentStart < end && isWhiteSpace(text.charCodeAt(contentStart))) contentStart++
    if (contentStart === end) {
      if (lines.length > 0) blocks.push({lines, margin})
      lines = []
      margin = Number.POSITIVE_INFINITY
    } else {
      lines.push({start, end, feed: next})
      margin = Math.min(margin, indentEnd - start)
    }
    start = next + 1
  }
  if (lines.length > 0) blocks.push({lines, margin})
  return blocks
}

/** The margin of every line that has one (see Block), by the offset where the line starts. */
function marginsByLineStart(blocks: readonly Block[]): Map<number, number> {
  const margins = new Map<number, number>()
  for (const {lines, margin} of blocks) if (margin > 0) for (const line of lines) margins.set(line.start, margin)
  return margins
}

/**
 * The line feeds a PDF's hard wrap put inside the rows of a table (cells set apart by tabs, bars or runs of blanks),
 * by offset. A table is read as cut by a wrap where, in a run of lines with no blank line between, its lines do not all
 * hold as many cells or one opens or ends with a tab, and lines as long as the longest (the page's width) stand more
 * than once: a table as typed has as many cells in every row, and its rows are as long as what they hold. In such a
 * table a row goes on past a line as long as the page's (see isRowCut) until it holds as many cells as most rows do.
 */
function rowWraps(text: string, blocks: readonly Block[]): Set<number> {
  const wraps = new Set<number>()
  if (!tableSeparator.test(text)) return wraps
  for (const block of blocks) addRowWraps(text, block, wraps)
  return wraps
}

// Whether a text may hold a table's cells
const tableSeparator = /\t|[|｜]|[ \u3000]{2}/u

/** The wraps inside the rows of the tables in `block`, added to `wraps`. Its lines are read from its margin. */
function addRowWraps(text: string, {lines: run, margin}: Block, wraps: Set<number>): void {
  const lines = run.map((line) => text.slice(line.start + margin, line.end))
  const cells = lines.map(cellSeparators)
  const firstCells = cells.find((count) => count > 0)
  if (firstCells === undefined) return
  let longest = 0
  let widest = 0
  for (const line of lines) {
    longest = Math.max(longest, line.length)
    widest = Math.max(widest, widthOfLine(line))
  }
  const full = lines.map((line) => line.length === longest || widthOfLine(line) >= widest - 2)
  if (full.filter(Boolean).length < 2) return
  const cutBefore = (index: number, rowNumbered: boolean): boolean => full[index] === true && index + 1 < lines.length && isRowCut(lines[index] ?? '', lines[index + 1] ?? '', rowNumbered)
  // Cut by a wrap: rows that do not hold as many cells, a tab at a line's edge, or a row's line as long as the page's
  // cut before a line without cells (a cell's rest: 38.⏎2)
  const cutAtCell = lines.some((line, index) => (cells[index] ?? 0) > 0 && (line.startsWith('\t') || line.endsWith('\t') || (cells[index + 1] === 0 && cutBefore(index, true))))
  if (!cutAtCell && cells.every((count) => count === 0 || count === firstCells)) return
  // Rows joined at every cut before a line that opens no row with its number, to learn how many cells most rows hold
  const rowsByCells = new Map<number, number>()
  let rowCells = 0
  for (let index = 0; index < lines.length; index++) {
    rowCells += cellsJoined(lines, cells, index)
    if (cutBefore(index, true)) continue
    if (rowCells > 0) rowsByCells.set(rowCells, (rowsByCells.get(rowCells) ?? 0) + 1)
    rowCells = 0
  }
  let columns = 0
  let rows = 0
  for (const [count, seen] of rowsByCells) {
    if (seen > rows || (seen === rows && count > columns)) [columns, rows] = [count, seen]
  }
  // A row goes on while it has fewer cells than most rows (a tab that ends it opens a cell still to come), then only into
  // the rest of its last cell: a short line without cells
  rowCells = 0
  lines.forEach((line, index) => {
    rowCells += cellsJoined(lines, cells, index)
    const before = rowCells - (line.endsWith('\t') ? 1 : 0)
    const goesOn = before > 0 && (before < columns ? cutBefore(index, false) : cutBefore(index, true) && cells[index + 1] === 0 && full[index + 1] !== true)
    if (goesOn) wraps.add(run[index]?.feed ?? -1)
    else rowCells = 0
  })
}

/**
 * The cells line `index` adds to the row it goes on with: its own separators, and one more where blanks at the end of
 * the line before and the start of this one set two cells apart (a run of blanks the wrap cut or left at a line's edge).
 */
function cellsJoined(lines: readonly string[], cells: readonly number[], index: number): number {
  const separatedAcross = index > 0 && blanksAcross(lines[index - 1] ?? '', lines[index] ?? '') >= 2
  return (cells[index] ?? 0) + (separatedAcross ? 1 : 0)
}

/** How many blanks end `line` and open `next`: two or more set two cells apart across the break. */
function blanksAcross(line: string, next: string): number {
  let before = 0
  while (before < line.length && isBlank(line.charCodeAt(line.length - 1 - before))) before++
  let after = 0
  while (after < next.length && isBlank(next.charCodeAt(after))) after++
  return before + after
}

/**
 * Whether a wrap may have cut a table's row between `line` and `next`: one of them holds cells, the next opens no row
 * with its number, no item, field's label or date, and the break falls inside a cell (a word or number on both sides, a
 * range's dash after a number) or between two cells (a tab on either side, or blanks on both).
 */
function isRowCut(line: string, next: string, rowNumbered: boolean): boolean {
  if (cellSeparators(line) === 0 && cellSeparators(next) === 0) return false
  // Inside a row that has cells still to come, a number and a blank opening the next line are a cell's (2021年⇥1049⇥1⏎68⇥52.8%)
  const opensRow = rowNumbered ? rowOpening.test(next) || itemOpening.test(next.slice(0, 6)) : itemOpening.test(next.slice(0, 6)) && !numberAndBlank.test(next)
  if (opensRow || labelOpening.test(next.slice(0, 10)) || dateOpening.test(next.slice(0, 11))) return false
  if (line.endsWith('\t') || next.startsWith('\t') || blanksAcross(line, next) >= 2) return true
  if (endsWithWholeNumber(line) && opensRowWithName(next)) return false
  const joined = `${line}\n${next.slice(0, 3)}`
  const [last, resumed] = [line.length - 1, line.length + 1]
  return isWordCut(joined, last, resumed) || isCodeCut(joined, last, resumed) || isPunctuationWrap(joined, last, resumed) || openingMarks.includes(line.charAt(last)) || rangeGoesOn.test(joined.slice(last))
}

/**
 * Whether `line` ends with a cell that is a whole number or phone (⇥13812345678, ⇥860, ⇥46.5): after it a wrap cuts
 * no cell unless the number's unit follows (⇥3200⏎亩, ⇥2039⏎年).
 */
function endsWithWholeNumber(line: string): boolean {
  return wholeNumberCell.test(line)
}

const wholeNumberCell = /(?:^|\t|[|｜]|[ \u3000]{2})[0-9０-９]+(?:[.．][0-9０-９]+)?$/u

/**
 * Whether `next` opens a row with a name: Han characters that are no measure word, and cells after them (李娜  东风村).
 * A number's unit opens the rest of its cell, not a row.
 */
function opensRowWithName(next: string): boolean {
  return hanCharacter.test(next.charAt(0)) && measureWordAt(next, 0) === undefined && cellSeparators(next) > 0
}

// Marks no line ends with but where a wrap cut it: a bracket or quote opened (集体毛竹林3200亩（⏎含林道）)
const openingMarks = '（(《“‘【'

const numberAndBlank = /^[0-9０-９]+[^\S\r\n]/u
// A number, the break, then a range's dash and its second number (2025⏎—2034年)
const rangeGoesOn = /^[0-9０-９]\n[—－~～][0-9０-９]/u

/**
 * How many tabs, bars or runs of two blanks or more set the cells of `line` apart, blanks at its ends left out. A loop
 * over char codes: every line of a text that may hold a table is asked (the second look's text, blanked far from its
 * masks, is one), and trimming then matching with expressions made two strings and an array a line.
 */
function cellSeparators(line: string): number {
  let start = 0
  let end = line.length
  while (start < end && isBlank(line.charCodeAt(start))) start++
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--
  let count = 0
  for (let at = start; at < end; at++) {
    const code = line.charCodeAt(at)
    if (code === tab || inClass(cellBars, code)) count++
    else if (isBlank(code)) {
      let runEnd = at + 1
      while (runEnd < end && isBlank(line.charCodeAt(runEnd))) runEnd++
      if (runEnd - at >= 2) count++
      at = runEnd - 1
    }
  }
  return count
}

/** The columns `line` takes on a page (see columnsOf). */
function widthOfLine(line: string): number {
  let width = 0
  for (let at = 0; at < line.length; at++) width += columnsOf(line.charCodeAt(at))
  return width
}

/** Whether `line` is a table's row that opens with its number: no punctuation of prose in its cells. */
function isNumberedRow(line: string): boolean {
  return rowOpening.test(line) && !prosePunctuation.test(line)
}

/** Whether the wrap between `last` and `next` cuts a word: word characters on both sides, or a number's separator before. */
function isWordCut(text: string, last: number, next: number): boolean {
  return (wordChar.test(text.charAt(last)) || isNumberSeparator(text, last)) && wordChar.test(text.charAt(next))
}

/**
 * Whether the wrap between `last` and `next` falls inside a sentence at its punctuation: after a pause no paragraph
 * ends with (指导教师仇海燕、⏎柏向阳, 宋堡子村马学义、⏎王新庄村), or before punctuation no line opens with (…达成赔偿协议⏎。民馨
 * 家园社区). Rules that read a list or a sentence's words read it whole.
 */
function isPunctuationWrap(text: string, last: number, next: number): boolean {
  if (pauseMarks.includes(text.charAt(last))) return wordChar.test(text.charAt(next))
  return closingMarks.includes(text.charAt(next)) && wordChar.test(text.charAt(last))
}

const pauseMarks = '、，；'
const closingMarks = '。，、；：！？）》”'

/**
 * Whether the wrap between `last` and `next` cuts a number or code: a digit or Latin letter on each side, or beyond
 * the separators that join the parts of a phone, a plate, an e-mail or a web address on either side of it
 * (0757-⏎25638417, 915115⏎23MA6ALR531X, 0471⏎-4925310, 川Q·⏎12345, hlsqjwh@163⏎.com, qyss_⏎dj@163.com, http:⏎//wjj…).
 * Blanks between fields of its line (联系人：岑晓彤  联系电话：) do not make it a table's row.
 */
function isCodeCut(text: string, last: number, next: number): boolean {
  return isCodeBeyondSeparators(text, last, -1) && isCodeBeyondSeparators(text, next, 1)
}

const codeCharacter = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/
// the full-width point of a number typed in full-width digits (１２．⏎８万平方米) too
const codeSeparators = '-.@_:/·．'
// The most separators in a row between two parts of a code (http://)
const longestSeparatorRun = 3

/** Whether a digit or Latin letter stands at `at`, or after a few separators from there in the direction `step`. */
function isCodeBeyondSeparators(text: string, at: number, step: 1 | -1): boolean {
  let from = at
  // charAt past either end is '', which includes() would count as a separator: stay inside the text
  while (from >= 0 && from < text.length && codeSeparators.includes(text.charAt(from)) && Math.abs(from - at) < longestSeparatorRun) from += step
  return codeCharacter.test(text.charAt(from))
}

// An e-mail or web address that ends in a top-level domain (abc@163.com, www.abc.gov.cn, ABC@163.COM), read back from a line's end
const addressAtEnd = new RegExp(`(?:[@＠]|www\\.)[A-Za-z0-9.-]{0,250}\\.(?:${topLevelDomains})$`, 'i')

/**
 * Whether an address ends at `at` (a line's end, before the wrap's blanks): what the next line opens with (QQ群, 2023年)
 * is no part of it, unless a separator goes on with it (hlsqjwh@163.com⏎.cn).
 */
function endsAddress(text: string, at: number): boolean {
  return /[a-z]/i.test(text.charAt(at - 1)) && addressAtEnd.test(text.slice(Math.max(0, at - 320), at))
}

/** Whether `at` is a hyphen or point after a digit: a number's separator, where a wrap cuts a phone (0954-⏎3012245). */
function isNumberSeparator(text: string, at: number): boolean {
  const char = text.charAt(at)
  return (char === '-' || char === '.') && /[0-9]/.test(text.charAt(at - 1))
}

// A date opening a line opens a row (10月2日 高明 石磊 0335-7123456) or is a signature's date line (…建设局⏎2024年3月5日),
// whatever ended the line before.
const dateOpening = /^(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日/u

/** Whether the character before `at` is a blank a wrap may leave before its line break (or the \r of \r\n). */
function isBlankBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1)
  return code === 32 || code === 13 || code === 0x3000
}

/**
 * Whether the line `[from, to)` is as a PDF's hard wrap leaves it before the line at `next`: as wide as a page's
 * column may be, no narrower than most of the next line (one paragraph per line puts a short heading or label
 * before a long line), with no tab or bar, and unless the wrap cuts a number or code, no run of blanks or second blank that
 * sets a table's cells or a padded name apart (组  长：李志明, 万年青大药房 欧阳秋菊 集镇新街), in it after its indent nor in the
 * next line as far as it is read, before a line that is no field opening with a label (成  员：, 联系电话：). A line
 * that holds a mask (`masked`) may be narrower than the next: the mask stands for a name or number of any length.
 */
function isWrappedLine(text: string, from: number, to: number, next: number, codeCut: boolean, masked: boolean): boolean {
  let width = 0
  const lineBlanks = {lone: 0}
  // The blanks that open a paragraph's first line indent it (　　皇姑区…居民刘玉⏎珍反映): they set no cells apart
  let indentEnd = from
  while (indentEnd < to && isBlank(text.charCodeAt(indentEnd))) indentEnd++
  for (let at = from; at < to; at++) {
    if (at >= indentEnd && setsCellsApart(text, at, codeCut, lineBlanks, false)) return false
    width += columnsOf(text.charCodeAt(at))
  }
  if (width > maxWrappedWidth) return false
  // A page wraps by width, a text cut by characters (as some extractions do) by length: either may measure it
  const length = to - from
  // The next line's cells set apart as the line's own would be are a table's row or header, no paragraph's rest
  // (…值班表⏎日期 带班领导 值班人员 联系电话, …补贴公示⏎姓名\t作业面积（亩）); blanks that end it set nothing apart, nor
  // do lone blanks that typesetting puts around numbers and Latin words (章县 2024 年 1 月, 地区 GDP 增长): only a lone
  // blank between two Chinese characters counts.
  let nextEnd = lineEnd(text, next)
  while (nextEnd > next && (isBlank(text.charCodeAt(nextEnd - 1)) || text.charCodeAt(nextEnd - 1) === carriageReturn)) nextEnd--
  let nextWidth = 0
  const nextBlanks = {lone: 0}
  let at = next
  for (; at < text.length && text.charCodeAt(at) !== lineFeed && nextWidth <= width * widerNextLine; at++) {
    if (at < nextEnd && setsCellsApart(text, at, codeCut, nextBlanks, true)) return false
    nextWidth += columnsOf(text.charCodeAt(at))
  }
  const narrower = nextWidth <= width * widerNextLine || at - next <= length * widerNextLine
  return (narrower || masked) && !labelOpening.test(text.slice(next, next + 10))
}

/**
 * Whether the character at `at` sets a line's cells apart: a tab or a bar, or unless the wrap cuts a number or code, a run of
 * blanks or the second lone blank of the line (`seen` counts them as the line is read). With `betweenHanOnly`, only
 * a lone blank between two Chinese characters counts, as typesetting puts lone blanks around numbers and Latin words.
 */
function setsCellsApart(text: string, at: number, codeCut: boolean, seen: {lone: number}, betweenHanOnly: boolean): boolean {
  const code = text.charCodeAt(at)
  if (code === tab || inClass(cellBars, code)) return true
  if (codeCut || !isBlank(code)) return false
  if (isBlank(text.charCodeAt(at + 1))) return true
  if (betweenHanOnly && !(hanCharacter.test(text.charAt(at - 1)) && hanCharacter.test(text.charAt(at + 1)))) return false
  return ++seen.lone > 1
}

// How much wider than a wrapped line the next line of its paragraph may be: lines of a page are about as wide.
const widerNextLine = 1.25
// The widest line a PDF's column holds, in columns (a Han character takes two): some fifty characters.
const maxWrappedWidth = 100
// A field's label (成  员：, 联系电话：) or a credit's (文/胡娜娜　图/付平: data/person-credit-labels.txt) opens a line of
// its own: a credit line after another is no wrapped line's rest (…图/孙浩超⏎文/唐祥 read 孙浩超文 as one name).
const labelOpening = new RegExp(`^(?:[\\p{Script=Han}\\s]{1,8}[：:]|(?:${readLexicon('person-credit-labels.txt').join('|')})[/／])`, 'u')
const lineFeed = 10
const carriageReturn = 13
const space = 32

function isBlank(code: number): boolean {
  return code === 32 || code === 0x3000
}

/** Whether `text[from, to)` holds a mask (*, **), which stands for a name or number of any length. */
function holdsMask(text: string, from: number, to: number): boolean {
  const star = text.indexOf('*', from)
  return star !== -1 && star < to
}

/** Columns a character takes on a page: two for Han and full-width forms, one for ASCII and the like. */
function columnsOf(code: number): number {
  return code < 0x2e80 ? 1 : 2
}

/** The index of the last cut at or before unwrapped offset `at`, -1 if none. */
function lastCutAtOrBefore(view: UnwrappedText, at: number): number {
  return countAtOrBelow(view.cuts, at, (cut) => cut.at) - 1
}

/** The text's offset of the unwrapped text's character at `at`. */
export function wrappedOffset(view: UnwrappedText, at: number): number {
  return at + (view.cuts[lastCutAtOrBefore(view, at)]?.removed ?? 0)
}

/** The unwrapped text's offset of the text's offset `at`; inside a wrap taken out, where the text resumes. */
export function unwrappedOffset(view: UnwrappedText, at: number): number {
  // The cuts' text offsets (at + removed) grow as their unwrapped ones do: those that resume at or before `at`
  const low = countAtOrBelow(view.cuts, at, (cut) => cut.at + cut.removed)
  const before = view.cuts[low - 1]?.removed ?? 0
  const next = view.cuts[low]
  // Inside the blanks the next cut took out: they are gone, and the text resumes at that cut
  if (next !== undefined && at > next.at + before) return next.at
  return at - before
}

/**
 * A detection of the unwrapped text as detections of the text. A name keeps the wrap inside its span, and its
 * generic ending counts what of the text it covers (江安县税⏎务局 keeps 税⏎务局); a figure or contact is masked on each
 * side of the wrap, so that the line break stays where it was, as the contacts detector does with wraps it reads.
 */
export function toWrappedDetections(view: UnwrappedText, detection: Detection): Detection[] {
  const start = wrappedOffset(view, detection.start)
  const end = wrappedOffset(view, detection.end - 1) + 1
  if (end - start === detection.end - detection.start) return [{...detection, start, end}]
  if (detection.type === 'FIGURE' || detection.type === 'CONTACT') {
    const pieces: Detection[] = []
    let from = detection.start
    for (let index = lastCutAtOrBefore(view, detection.start) + 1; index < view.cuts.length; index++) {
      const cut = view.cuts[index]
      if (cut === undefined || cut.at >= detection.end) break
      pieces.push({...detection, start: wrappedOffset(view, from), end: wrappedOffset(view, cut.at - 1) + 1, suffixLength: 0})
      from = cut.at
    }
    pieces.push({...detection, start: wrappedOffset(view, from), end, suffixLength: Math.min(detection.suffixLength, detection.end - from)})
    return pieces
  }
  const suffixLength = detection.suffixLength === 0 ? 0 : end - wrappedOffset(view, detection.end - detection.suffixLength)
  return [{...detection, start, end, suffixLength}]
}

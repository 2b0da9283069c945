import type {Detection, DetectionContext} from '../detection.js'
import {chineseNumeralCharacters, parseChineseNumeral} from '../chinese-numerals.js'
import {isLabelAndNumberRow, lineWrapEnd, lineWrapStart, prosePunctuationCharacters} from '../line-wrap.js'
import {columnHeader, isLineEnd, lineEnd, lineStart, spacedCells} from '../table-columns.js'
import {codeAt, measureWordAt, type MeasureWord, type WordClass} from '../measure-words.js'

// Digits, half- or full-width, with thousands separators and decimals; the integer part is bounded so
// that phone numbers and IDs (the contacts detector's business) are never read as counts.
const arabic = String.raw`[0-9０-９]{1,3}(?:,[0-9]{3}){1,4}(?:[.．][0-9０-９]+)?|[0-9０-９]{1,12}(?:[.．][0-9０-９]+)?`
// A range (3-5人, 3～5, 4到 5个) is two figures that share the unit after the second. Sticky: it is tried only
// where a plain run of digits does not settle the match (see arabicMatch).
const arabicFigure = new RegExp(String.raw`(?<![0-9０-９.．,])(${arabic})(?:[ \t\u3000]{0,3}(?:-|－|~|～|〜|至|到)[ \t\u3000]{0,3}(${arabic}))?(?![0-9０-９])`, 'y')
const arabicDigit = 1
const chineseNumeral = 2
/**
 * What each UTF-16 code unit can start: an Arabic figure (digits, half- or full-width), a Chinese one, or nothing.
 * A table read per character beats a regex scan here: V8 scans a class mixing ASCII and CJK slowly.
 */
const figureStarts = new Uint8Array(0x1_00_00)
for (const char of '0123456789０１２３４５６７８９') figureStarts[char.charCodeAt(0)] = arabicDigit
for (const char of chineseNumeralCharacters) figureStarts[char.charCodeAt(0)] = chineseNumeral

/** What the character at `index` can start; nothing outside the text. */
function kindAt(text: string, index: number): number | undefined {
  return index < text.length ? figureStarts[text.charCodeAt(index)] : undefined
}

// A rank: 位居全省第2, 排名第四, 第2名. Ranks are soft (ANNOTATION.md), so they get a confidence just above the default threshold.
const rankBefore = /(?:位居|位列|排名|排在|居|列|名列)[^，。；、\n]{0,6}第\s*$/
const rankAfter = /^\s*(?:名|位)/
// A tier (位列第一方阵, 进入第二梯队) groups many; it ranks nothing.
const tierAfter = /^\s*(?:方阵|梯队)/

const maxGap = 4

/**
 * Read what follows a number: spaces (PDF text breaks lines anywhere, so a bounded run of whitespace),
 * 余/多, a multiplier 万/亿, 余/多 again, then a unit. Bounded, so linear over the text. Gives the word that
 * makes the number a figure (the unit, or 万/亿 alone: 总人口 120 万), or undefined when nothing does.
 */
function readTail(text: string, from: number): MeasureWord | undefined {
  let position = skipSpace(text, from)
  let crossedTab = hasTab(text, from, position)
  let approx = false
  let multiplier: MeasureWord | undefined
  let multiplierEnd = position
  for (let step = 0; step < 3; step++) {
    const match = measureWordAt(text, position)
    if (match === undefined) break
    const end = position + match.word.length
    if (match.wordClass === 'approx') {
      if (approx) break
      approx = true
    } else if (match.wordClass === 'multiplier') {
      if (multiplier !== undefined) break
      multiplier = match
      multiplierEnd = end
    } else {
      return crossedTab && opensNextCell(text, end) ? undefined : match
    }
    position = skipSpace(text, end)
    crossedTab ||= hasTab(text, end, position)
  }
  // 千 and 百 alone do not make a statistic (百 is often rhetoric).
  return multiplier?.large === true && !(crossedTab && opensNextCell(text, multiplierEnd)) ? multiplier : undefined
}

/**
 * Whether a tab stands in `text[from, to)`, a gap of a few blanks: read there alone, not by a search of the rest of the
 * text, which found no tab in most documents only at their end, for every number (a pass over the text per number).
 */
function hasTab(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 0x09) return true
  return false
}

// A tab sets a table's cells apart: a measure word after it opens the next cell when a longer word or name goes on
// after it (8⇥双宝塑胶制品厂), or a name padded to its column's width with blanks inside the cell (1⇥张  伟, 2⇥张　伟:
// a letter after spaces, with no tab or line break between), and is the number's unit when it stands alone
// (贫困户 35⇥户，脱贫人口 120⇥人).
function opensNextCell(text: string, wordEnd: number): boolean {
  if (wordEnd < text.length && wordCharacter.test(text.charAt(wordEnd))) return true
  let position = wordEnd
  while (position - wordEnd < maxGap && isPaddingSpace(text.charCodeAt(position))) position++
  return position > wordEnd && position < text.length && letterCharacter.test(text.charAt(position))
}

// Space and the ideographic space: what pads a name inside a table's cell (a tab or a line break ends the cell).
function isPaddingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000
}

/**
 * Where the blanks (at most maxGap) from `from` end, read forward, or (backward) where the blanks before `from`
 * begin: one bound both ways, as PDF text breaks lines and spaces words anywhere, before a number as after it.
 */
function skipSpace(text: string, from: number, direction: 1 | -1 = 1): number {
  // Forward reads the character at the position, backward the one before it; outside the text, charCodeAt is NaN.
  const offset = direction === 1 ? 0 : -1
  let position = from
  while (Math.abs(position - from) < maxGap && isSpace(text.charCodeAt(position + offset))) position += direction
  return position
}

// Space, tab, line breaks and the ideographic space: a char-code test, as this runs for every number.
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0
}

// A letter or digit of any script: a word that goes on.
const wordCharacter = /[\p{L}\p{N}]/u
// A letter of any script: a name's next character.
const letterCharacter = /\p{L}/u

// Space, tab and the ideographic space: what may stand between 第 and its number.
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000
}

function precededByOrdinal(text: string, start: number): boolean {
  let position = start - 1
  while (position >= 0 && position > start - 3 && isInlineSpace(text.charCodeAt(position))) position--
  return codeAt(text, position) === 0x7b2c // 第
}

// Numbers glued to Latin letters or `+` are codes and slogans (5G, 1+N, 5C+5R, APP2), not statistics.
function isCodeNeighbour(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    code === 0x2b || // +
    code === 0xff0b || // ＋
    code === 0x2f || // /
    code === 0x5f || // _
    code === 0x23 || // #
    code === 0x40 // @
  )
}

/** Whether a Latin unit of data/measure-words.txt stands whole at `at` (0.52mg/kg, 12km), not a code's letters (5G, 12kmx, 20KG01). */
function isLatinMeasure(text: string, at: number): boolean {
  const unit = measureWordAt(text, at)
  if (unit === undefined) return false
  const next = codeAt(text, at + unit.word.length)
  // a unit per another (mg/kg, km/h) is a unit still; a letter or digit after it makes it a code's (20KG01)
  return next === 0x2f || !(isCodeNeighbour(next) || (next >= 0x30 && next <= 0x39))
}

// What joins the two numbers of a range (after up to three spaces): dashes, tildes, 至 and 到.
function isRangeSeparator(code: number): boolean {
  return (
    code === 0x2d || // -
    code === 0xff0d || // －
    code === 0x7e || // ~
    code === 0xff5e || // ～
    code === 0x301c || // 〜
    code === 0x81f3 || // 至
    code === 0x5230 // 到
  )
}

/** An Arabic figure: its first number, and the second when it is a range. */
interface ArabicMatch {
  /** The first number (the whole match without its range), as [start, end]. */
  first: readonly [number, number]
  second: readonly [number, number] | undefined
  end: number
  /** The range joins its numbers with a word (4到5个), not a dash. */
  joinedByWord: boolean
}

/**
 * The match of `arabicFigure` at the start of a run of digits, or undefined when there is none. Most numbers are
 * read without the regex: a plain run longer than 12 digits cannot match (the integer part is bounded and must
 * not be followed by a digit), and a run of at most 12, with its decimals if any, that no thousands separator
 * follows and no range separator after at most three spaces, is the whole match (the greedy path that succeeds
 * first). Only thousands separators and ranges are left to the regex.
 */
function arabicMatch(text: string, start: number, runEnd: number): ArabicMatch | undefined {
  if (runEnd - start > 12) return undefined
  let end = runEnd
  const after = codeAt(text, end)
  if (after === 0x2c) return arabicMatchByRegex(text, start) // ,
  if ((after === 0x2e || after === 0xff0e) && kindAt(text, end + 1) === arabicDigit) {
    end += 2
    while (kindAt(text, end) === arabicDigit) end++
  }
  let position = end
  while (position < end + 3 && isInlineSpace(codeAt(text, position))) position++
  if (isRangeSeparator(codeAt(text, position))) return arabicMatchByRegex(text, start)
  return {first: [start, end], second: undefined, end, joinedByWord: false}
}

function arabicMatchByRegex(text: string, start: number): ArabicMatch | undefined {
  arabicFigure.lastIndex = start
  const match = arabicFigure.exec(text)
  if (match === null) return undefined
  const [whole, first = '', second] = match
  const end = start + whole.length
  return {
    first: [start, start + first.length],
    // The second number closes the match: nothing after it but a look-ahead.
    second: second === undefined ? undefined : [end - second.length, end],
    end,
    joinedByWord: /[到至]/.test(whole)
  }
}

// Punctuation of prose: a row that holds none may be a table's even where one space sets its cells apart.
const prosePunctuation = new RegExp(`[${prosePunctuationCharacters}]`)

/**
 * Whether `[start, end)` is a whole cell of a table row in plain text: set apart by a tab or two spaces on both
 * sides (the end of the line after it), not the row's first cell (a row number or label), not a year (2023) unless
 * its column's header counts money (罚没金额（元）|2000), in a row of three cells or more. The numbers of a table (牲畜存栏（头只）|860) have their unit in the header.
 * Tables copied from a PDF or typed by hand set their cells apart by one space (佘桂芳 3 1580): there a single
 * space separates cells only in a row with no punctuation of prose whose line above or below has as many cells
 * (its header or another row), so that one line of words and numbers (第一组 12 第二组 15) is no table.
 */
function isTableCell(text: string, start: number, end: number): boolean {
  const yearLike = end - start === 4 && /^(?:19|20)\d\d$/.test(text.slice(start, end))
  const rowStart = lineStart(text, start)
  const rowEnd = lineEnd(text, end)
  if (isPipeCell(text, rowStart, start, end)) return !yearLike || countsMoney(text, rowStart, start)
  if (!isInlineSpace(codeAt(text, start - 1)) || !(isLineEnd(text, end) || isInlineSpace(codeAt(text, end)))) return false
  // The first cell, indented or not, numbers or names the row
  if (text.slice(rowStart, start).trim() === '' || !isLineEnd(text, rowStart - 1) || !isLineEnd(text, rowEnd)) return false
  if (yearLike && !countsMoney(text, rowStart, start)) return false
  const row = text.slice(rowStart, rowEnd)
  if (separatesCells(text, start - 1, -1) && (isLineEnd(text, end) || separatesCells(text, end, 1))) {
    if (wideSeparators(row) >= 2) return true
    // A row of two cells (钱国平\t156) is a table's where the line above or below is a row of two cells too
    return twoCellRow(row) && (twoCellRow(lineAbove(text, rowStart)) || twoCellRow(lineBelow(text, rowEnd)))
  }
  const cells = singleSpacedCells(row)
  // A row of a label and a number (厂房租金（鸿鑫五金厂） 36000, 卫华集团　126.8) is a table's beside another such row or
  // under a header whose last cell names the unit (金额（元）)
  if (isLabelAndNumberRow(row)) {
    return !numberingLabel.test(row) && [lineAbove(text, rowStart), lineBelow(text, rowEnd)].some((line) => isLabelAndNumberRow(line) || (singleSpacedCells(line) === 2 && namesUnit(line)))
  }
  if (cells >= 3 && (singleSpacedCells(lineAbove(text, rowStart)) === cells || singleSpacedCells(lineBelow(text, rowEnd)) === cells)) return true
  // A row of three cells or more typed with single blanks is a table's under a header whose column counts money,
  // though its cells hold prose (立案查处，警告并罚款 3000) or its neighbours are set apart otherwise (a year-like
  // number got here only in such a column)
  return spacedCells(row).length >= 3 && (yearLike || countsMoney(text, rowStart, start))
}

// A label that numbers an attachment, a table, a figure or a page (附件 1, 表 2) rather than counting
const numberingLabel = /^\s*(?:附件|附表|附图|表|图|页|第\S*)[\t \u3000]/u
const bracketsAtEnd = /[（(]([^）)]{1,8})[）)]\s*$/u

/** Whether a header line ends with a unit in brackets (金额（元）, 产值（亿元）, 面积（平方米）): a measure word of data/measure-words.txt. */
function namesUnit(line: string): boolean {
  const unit = bracketsAtEnd.exec(line)?.[1] ?? ''
  for (let at = 0; at < unit.length; at++) if (measureWordAt(unit, at) !== undefined) return true
  return false
}

const isPipe = (code: number): boolean => code === 0x7c || code === 0xff5c

/**
 * Whether `[start, end)` is a cell of a row whose cells pipes set apart (1 | 某公司 | 468,000.00, as Markdown writes
 * tables and as tables are pasted from spreadsheets), and not its first cell, which numbers the row.
 */
function isPipeCell(text: string, rowStart: number, start: number, end: number): boolean {
  let before = start - 1
  while (isInlineSpace(codeAt(text, before))) before--
  let after = end
  while (isInlineSpace(codeAt(text, after))) after++
  if (!isPipe(codeAt(text, before)) || !(isPipe(codeAt(text, after)) || isLineEnd(text, after))) return false
  // The first cell: nothing but blanks and the row's opening pipe before it
  return /[^\s|｜]/u.test(text.slice(rowStart, before))
}

// A header cell that counts money (罚没金额（元）, 补助资金（万元）): a number like a year in its column is an amount.
const moneyHeader = /元|金额/u
/**
 * Whether the column of the cell at `start`, in the row starting at `rowStart`, counts money by its header (rows
 * typed with one space may sit under a header set apart by tabs).
 */
function countsMoney(text: string, rowStart: number, start: number): boolean {
  return moneyHeader.test(columnHeader(text, rowStart, start) ?? '')
}

/** The line above the row starting at `rowStart`, or '' for the first. */
function lineAbove(text: string, rowStart: number): string {
  return rowStart > 0 ? text.slice(lineStart(text, rowStart - 1), rowStart - 1) : ''
}

/** The line below the row ending at `rowEnd`, or '' for the last. */
function lineBelow(text: string, rowEnd: number): string {
  return rowEnd < text.length ? text.slice(rowEnd + 1, lineEnd(text, rowEnd + 1)) : ''
}

/** How many tabs or runs of two spaces or more set the cells of `row` apart. */
function wideSeparators(row: string): number {
  return row.trim().match(/\t|[ \u3000]{2,}/g)?.length ?? 0
}

/** Whether `line` is a row of two cells set apart by a tab or two spaces, with no punctuation of prose. */
function twoCellRow(line: string): boolean {
  return wideSeparators(line) === 1 && !prosePunctuation.test(line)
}

/** How many cells one space or more sets apart in `line`, 0 where it holds punctuation of prose. */
function singleSpacedCells(line: string): number {
  const trimmed = line.trim()
  if (trimmed === '' || prosePunctuation.test(trimmed)) return 0
  return (trimmed.match(/[\t \u3000]+/g)?.length ?? 0) + 1
}

/** Whether the character at `at` is a tab, or the first (reading in `direction`) of two or more spaces. */
function separatesCells(text: string, at: number, direction: 1 | -1): boolean {
  const code = codeAt(text, at)
  if (code === 0x09) return true
  return (code === 0x20 || code === 0x3000) && (codeAt(text, at + direction) === 0x20 || codeAt(text, at + direction) === 0x3000 || codeAt(text, at + direction) === 0x09)
}

// The groups of a village or community are numbered (新利村3组, 红星社区2队, 前进村5社): an address, not a count.
const villageGroupWords = new Set(['组', '队', '社'])
const villageEnds = new Set(['村', '区', '屯'])

/** Whether the number at `start`, before the measure word `word`, numbers a group right after its village (新利村3组). */
function numbersVillageGroup(text: string, start: number, word: string): boolean {
  return villageGroupWords.has(word) && villageEnds.has(text.charAt(start - 1)) && (text.charAt(start - 1) !== '区' || text.charAt(start - 2) === '社')
}

/** Whether 对 after the number at `end` has a number after it too: 1对1帮扶 pairs one with one, 22对师徒 counts pairs. */
function pairsWithNumber(text: string, end: number): boolean {
  const pair = skipSpace(text, end)
  return kindAt(text, skipSpace(text, pair + 1)) === arabicDigit
}

function figure(start: number, end: number, rule: string, confidence: number, reason: string): Detection {
  return {type: 'FIGURE', start, end, suffixLength: 0, detector: 'figures', rule, confidence, reason}
}

const confidenceByClass: Record<WordClass, number> = {
  people: 0.95,
  household: 0.95,
  money: 0.95,
  count: 0.9,
  measure: 0.9,
  percent: 0.95,
  age: 0.6,
  time: 0.55,
  group: 0.6,
  multiplier: 0.9,
  approx: 0.9
}

// A fraction is a share only where words of shares frame it (约占1/3, 份额的1/3以上, 近1/4): elsewhere a slash
// between numbers is a date (5/1), a score or a code (24/7, 1/2000 of a map's scale).
const shareBefore = /(?:占|约|近|达|超过|超|不足|仅|的)\s*$/u
const shareAfter = /^\s*(?:以上|以下|左右|多|强)/u

/** Where a fraction `[start, …)` like 1/3 ends when it is a share (see shareBefore), or undefined. */
function shareAsFractionEnd(text: string, start: number, numeratorEnd: number): number | undefined {
  if (codeAt(text, numeratorEnd) !== 0x2f || kindAt(text, numeratorEnd + 1) !== arabicDigit) return undefined
  let end = numeratorEnd + 1
  while (kindAt(text, end) === arabicDigit) end++
  if (end - numeratorEnd > 3 || codeAt(text, end) === 0x2f || codeAt(text, start - 1) === 0x2f || codeAt(text, end) === 0x2e) return undefined
  if (Number(text.slice(start, numeratorEnd)) >= Number(text.slice(numeratorEnd + 1, end))) return undefined
  return shareBefore.test(text.slice(Math.max(0, start - 3), start)) || shareAfter.test(text.slice(end, end + 3)) ? end : undefined
}

function isRank(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 3)
  return !tierAfter.test(after) && (rankAfter.test(after) || rankBefore.test(text.slice(Math.max(0, start - 12), start)))
}

// A temperature below zero (零下三十多度, 零下 20℃) is the weather's, no statistic of the unit's (ANNOTATION.md: figures about the unit).
function isBelowZero(text: string, start: number): boolean {
  return text.startsWith('零下', skipSpace(text, start, -1) - 2)
}

// 几十元, 几百人: some tens, a guess rather than a count.
function isGuessOfTens(text: string, start: number): boolean {
  return text.charAt(start - 1) === '几'
}

/**
 * Whether the digits `[start, end)` are part of a year a PDF's line wrap cut (比20⏎20年, 2025—203⏎4年, ⇥20⏎25—2030年):
 * the digits on the other side of the break make with them four that read as a year, before 年 or a range's dash,
 * or after a range's dash. Where the wrap is taken out before the detectors read the text, the year is read whole; this
 * is for wraps left in (a table's row, a line a mask shortened in the second look).
 */
function isYearCutByWrap(text: string, start: number, end: number): boolean {
  if (!isSpace(text.charCodeAt(start - 1)) && !isSpace(text.charCodeAt(end))) return false
  let first = start
  let last = end
  let digits = text.slice(start, end)
  const before = lineWrapStart(text, start)
  if (before !== undefined) {
    first = before
    while (first > 0 && kindAt(text, first - 1) === arabicDigit) first--
    digits = text.slice(first, before) + digits
  }
  const after = lineWrapEnd(text, end)
  if (after !== undefined) {
    last = after
    while (kindAt(text, last) === arabicDigit) last++
    digits += text.slice(after, last)
  }
  if ((first === start && last === end) || !/^(?:19|20)[0-9]{2}$/.test(digits)) return false
  return isYearNeighbour(codeAt(text, last)) || isYearNeighbour(codeAt(text, first - 1))
}

/**
 * The unit after the rest of a number a PDF's line wrap cut before it, where the wrap stays in the text the detectors
 * read (a table's last cell: ⇥立案查处，罚款500⏎0元, whose next line the unwrap reads as the next row's): the digits
 * after the break, then the unit right after them. The number's part before the break is a figure as the rest is (500
 * and 0 of 5000元), which is read where it stands. Not a year (附件1⏎2024年度), nor a row's number before its cells
 * (合计 3⏎1 张伟: the unit must follow the digits).
 */
function unitAfterWrappedRest(text: string, end: number): MeasureWord | undefined {
  const resume = lineWrapEnd(text, end)
  if (resume === undefined || kindAt(text, resume) !== arabicDigit) return undefined
  let restEnd = resume + 1
  while (kindAt(text, restEnd) === arabicDigit || (isDecimalPoint(text.charCodeAt(restEnd)) && kindAt(text, restEnd + 1) === arabicDigit)) restEnd++
  const unit = measureWordAt(text, restEnd)
  return unit === undefined || (unit.word === '年' && restEnd - resume >= 4) ? undefined : readTail(text, restEnd)
}

function isDecimalPoint(code: number): boolean {
  return code === 0x2e || code === 0xff0e
}

// 年 after a year, or the dash of a range of years (2025—2034年, 2025-2034年) on either side of it
function isYearNeighbour(code: number): boolean {
  return code === 0x5e74 || code === 0x2014 || isRangeSeparator(code)
}

/** Figures from the digit run at `start`; returns where the search goes on. */
function detectArabic(text: string, start: number, found: Detection[]): number {
  let runEnd = start + 1
  while (kindAt(text, runEnd) === arabicDigit) runEnd++
  // The look-behind of arabicFigure: a number right after a decimal point or a comma is part of another.
  const before = codeAt(text, start - 1)
  const match = before === 0x2e || before === 0xff0e || before === 0x2c ? undefined : arabicMatch(text, start, runEnd)
  if (match === undefined) return runEnd
  const {first, second, end} = match
  const fractionEnd = second === undefined ? shareAsFractionEnd(text, start, end) : undefined
  if (fractionEnd !== undefined) {
    found.push(figure(start, fractionEnd, 'arabic-fraction', 0.8, 'a share written as a fraction (约占1/3, 1/4以上)'))
    return fractionEnd
  }
  if (isCodeNeighbour(before) || (isCodeNeighbour(codeAt(text, end)) && !isLatinMeasure(text, end))) return end
  if (precededByOrdinal(text, start)) {
    if (isRank(text, start, end)) found.push(figure(first[0], first[1], 'rank', 0.55, 'a rank (第N名, 位居第N)'))
    return end
  }
  if (second === undefined && isYearCutByWrap(text, start, end)) return end
  const unit = readTail(text, end) ?? (second === undefined ? unitAfterWrappedRest(text, end) : undefined)
  if (unit?.word === '对' && pairsWithNumber(text, end)) return end
  if (unit !== undefined && (numbersVillageGroup(text, start, unit.word) || isBelowZero(text, start))) return end
  if (unit === undefined) {
    if (second === undefined && isTableCell(text, start, end)) found.push(figure(start, end, 'table-cell', 0.6, 'a number in a cell of a table, whose unit is in its header'))
    return end
  }
  // A four-digit (or longer) plain number before 年 is a year.
  if (unit.word === '年' && first[1] - first[0] >= 4 && first[1] <= runEnd) return end
  const rule = unit.wordClass === 'percent' ? 'arabic-percent' : second === undefined ? 'arabic-unit' : 'arabic-range'
  const reason = unit.arabicReason
  const confidence = confidenceByClass[unit.wordClass]
  if (second === undefined) {
    found.push(figure(first[0], first[1], rule, confidence, reason))
  } else if (match.joinedByWord) {
    // 4到5个 is two numbers around a word; 4-6名 reads as one figure and leaves nothing between to see.
    found.push(figure(first[0], first[1], rule, confidence, reason), figure(second[0], second[1], rule, confidence, reason))
  } else {
    found.push(figure(first[0], end, rule, confidence, reason))
  }
  return end
}

/** A figure from the run of Chinese numerals at `start`; returns where the search goes on. */
function detectChinese(text: string, start: number, found: Detection[]): number {
  let end = start + 1
  while (kindAt(text, end) === chineseNumeral) end++
  if (start >= 3 && text.startsWith('百分之', start - 3)) {
    found.push(figure(start, end, 'chinese-percent', 0.8, 'a Chinese-numeral percentage (百分之十五)'))
    return end
  }
  // Cheap checks first: most Chinese numerals in a report are rhetoric (一是, 两个维护) with no unit after them.
  if (precededByOrdinal(text, start)) {
    if (isRank(text, start, end) && parseChineseNumeral(text.slice(start, end)) !== undefined) {
      found.push(figure(start, end, 'rank', 0.55, 'a rank in Chinese numerals (第二名, 排名第四)'))
    }
    return end
  }
  const unit = readTail(text, end)
  if (unit === undefined || isVeryAdverb(text, start, end, unit.word) || isBelowZero(text, start) || isGuessOfTens(text, start)) return end
  const value = parseChineseNumeral(text.slice(start, end))
  if (value === undefined || !isChineseStatistic(value, unit.wordClass)) return end
  found.push(figure(start, end, 'chinese-unit', 0.7, unit.chineseReason))
  return end
}

/**
 * Whether 十 before 分 is the adverb 十分 (十分重要, 十分满意: very), not ten points; a fraction (十分之一)
 * still counts.
 */
function isVeryAdverb(text: string, start: number, end: number, unit: string): boolean {
  return unit === '分' && end - start === 1 && text.charAt(start) === '十' && text.charAt(end) === '分' && text.charAt(end + 1) !== '之'
}

/**
 * Slogans and rhetoric count small things (两个维护, 三项举措, 一户一策, 一名干部), statistics count many:
 * people, households and money from 两 up, anything else from 十 up.
 */
function isChineseStatistic(value: number, wordClass: WordClass): boolean {
  switch (wordClass) {
    case 'people':
    case 'household':
    case 'money': {
      return value >= 2
    }
    case 'count':
    case 'measure':
    case 'percent': {
      return value >= 10
    }
    default: {
      return false
    }
  }
}

/**
 * Find statistical figures: Arabic numbers (decimals, thousands separators, ranges) and Chinese numerals
 * attached to a unit or measure word from data/measure-words.txt, possibly with 余/多 or 万/亿 between.
 * The span is the number alone, as the gold lists it (3.3 for 3.3 万吨, 4 and 5 for 4到5个).
 * Years, dates, document numbers, ordinals (第十二条) and codes (5G, 1+N) are not figures; ranks are, softly.
 * Keep-list hits (protectedRanges: slogans, years) are left to `redact`, which drops what overlaps them.
 *
 * One pass over the characters finds where each number starts; a number's characters never start another (no Chinese
 * numeral is part of an Arabic figure, nor a digit of a Chinese one), so the search goes on after it, and
 * detections come out in document order.
 */
export function detectFigures(context: DetectionContext): Detection[] {
  const {text} = context
  const found: Detection[] = []
  let index = 0
  while (index < text.length) {
    const kind = figureStarts[text.charCodeAt(index)]
    if (kind === arabicDigit) index = detectArabic(text, index, found)
    else if (kind === chineseNumeral) index = detectChinese(text, index, found)
    else index++
  }
  return found
}

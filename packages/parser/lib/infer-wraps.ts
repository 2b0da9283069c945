import {endsSentence, endsWithPunctuation} from './punctuation.js'
import type {LineInfo} from './scan-lines.js'

/** Lines on each side whose widths give the local line width. */
const windowRadius = 5
/** Wider than this (80 CJK characters) is a paragraph per line, not a hard-wrapped column. */
const maxColumnWidth = 160
/** Lines near the local width needed before a block counts as hard-wrapped. */
const minFullLines = 3

/** How a run of plain lines is wrapped. */
export interface Wrapping {
  /** `soft[i]`: line `run[i]` is hard-wrapped into `run[i + 1]`, so they are one paragraph. */
  soft: boolean[]
  /** `width[i]`: the inferred column width around `run[i]`, 0 where the lines are not hard-wrapped. */
  width: number[]
  /** `tolerance[i]`: how much shorter than `width[i]` a full line may be (indents, half-width digits). */
  tolerance: number[]
}

/**
 * Infer which line breaks of a run of plain lines are hard wraps (PDF text extraction).
 *
 * The column width is inferred per block: for each break, the lines around it that are separated
 * the same way (no blank line, or one blank line, as seed 004 has both) give a median width W.
 * The break is a wrap when the line before it is full (within a tolerance of W, smaller when the
 * line ends a sentence) and the block
 * looks like a column: W is at most 80 CJK characters and at least three lines are full, most of
 * them ending mid-sentence (a report with one short paragraph per line ends its lines with 。).
 * A sentence end before a short unpunctuated line (a subhead) is never a wrap.
 * Two or more blank lines always end a paragraph.
 *
 * @param text the whole text
 * @param lines all lines
 * @param run indices of consecutive plain lines (only blank lines between them)
 */
export function inferWraps(text: string, lines: readonly LineInfo[], run: readonly number[]): Wrapping {
  const count = run.length
  const soft: boolean[] = new Array<boolean>(count).fill(false)
  const width: number[] = new Array<number>(count).fill(0)
  const tolerance: number[] = new Array<number>(count).fill(0)
  const gap = (index: number): number => (run[index + 1] ?? 0) - (run[index] ?? 0) - 1
  const widthOf = (index: number): number => lines[run[index] ?? 0]?.width ?? 0

  let index = -1
  while (++index < count - 1) {
    const kind = gap(index)
    if (kind > 1) continue
    let low = index
    while (low > 0 && index - low < windowRadius && gap(low - 1) === kind) low--
    let high = index + 1
    while (high < count - 1 && high - index <= windowRadius && gap(high) === kind) high++
    const widths: number[] = []
    let member = low - 1
    while (++member <= high) widths.push(widthOf(member))
    widths.sort((a, b) => a - b)
    const median = widths[widths.length >> 1] ?? 0
    const slack = Math.max(6, Math.round(median * 0.15))
    if (median > maxColumnWidth || !isColumn(text, lines, run, low, high, median, slack)) continue
    const own = widthOf(index)
    const line = lines[run[index] ?? 0]
    // A paragraph's last line ends a sentence and falls short; a first line is short by its indent
    // but runs on, so a sentence end must come nearer the full width to count as a wrap.
    const closes = line !== undefined && endsSentence(text, line.textStart, line.textEnd)
    const full = median - (closes ? Math.max(3, Math.round(median * 0.08)) : slack)
    soft[index] = own >= full && own <= median * 1.5 && !beforeSubhead(text, lines, run, index, median - slack)
    width[index] = median
    tolerance[index] = slack
    if (width[index + 1] === 0) {
      width[index + 1] = median
      tolerance[index + 1] = slack
    }
  }
  return {soft, width, tolerance}
}

function isColumn(
  text: string,
  lines: readonly LineInfo[],
  run: readonly number[],
  low: number,
  high: number,
  median: number,
  slack: number
): boolean {
  let full = 0
  let open = 0
  let member = low - 1
  while (++member <= high) {
    const line = lines[run[member] ?? 0]
    if (!line || Math.abs(line.width - median) > slack) continue
    full++
    if (!endsSentence(text, line.textStart, line.textEnd)) open++
  }
  return full >= minFullLines && open * 2 >= full
}

/**
 * A full line that ends a sentence, followed by a short line without end punctuation, ends its
 * paragraph: the short line is a subhead, not the rest of the sentence.
 */
function beforeSubhead(text: string, lines: readonly LineInfo[], run: readonly number[], index: number, full: number): boolean {
  const line = lines[run[index] ?? 0]
  const next = lines[run[index + 1] ?? 0]
  if (!line || !next || next.width >= full) return false
  return endsSentence(text, line.textStart, line.textEnd) && !endsWithPunctuation(text, next.textStart, next.textEnd)
}

import {endsSentence, endsWithPunctuation} from './punctuation.js'
import type {LineInfo} from './scan-lines.js'

const phrasePair = /^[\p{Script=Han}“”‘’《》]{2,}[ \u3000]{1,2}[\p{Script=Han}“”‘’《》]{2,}$/u
// One quotation and nothing else, with no sentence end in it: a comma may stand inside, a stop may not (a
// quoted sentence, “咋就种不出好日子？”, is speech).
const quotedPhrase = /^[“「][^“”「」。！？；!?;…]+[”」]$/u

/** A subhead of two phrases, or of one quotation, is at most this wide: 24 CJK characters and the space. */
const maxWholeWidth = 50

/**
 * Whether the line is a subhead that is whole by its shape: two phrases set apart by a space (打造宜居环境
 * 提升城市品位, “三全”服务 画好征纳和谐“同心圆”) or one quotation that is no sentence (“村里的事，比自家的事还大”).
 * In a narrow column it is as wide as a wrapped line, but a wrapped line of prose never sets two phrases apart,
 * nor starts and ends exactly with a quotation.
 */
function isWholeLine(text: string, line: LineInfo): boolean {
  if (line.width > maxWholeWidth) return false
  const value = text.slice(line.textStart, line.textEnd)
  return phrasePair.test(value) || quotedPhrase.test(value)
}

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
  /** `whole[i]`: line `run[i]` is a subhead by its shape (see `isWholeLine`), however wide its column. */
  whole: boolean[]
}

/**
 * Infer which line breaks of a run of plain lines are hard wraps (PDF text extraction).
 *
 * The column width is inferred per block: for each break, the lines around it that are separated
 * the same way (no blank line, or one blank line, as seed 004 has both) give a median width W.
 * The break is a wrap when the line before it is full (within a tolerance of W, smaller when the
 * line ends a sentence) and the block looks like a column: W is at most 80 CJK characters and at
 * least three lines are full, most of them ending mid-sentence (a report with one short paragraph
 * per line ends its lines with 。). A sentence end before a short unpunctuated line (a subhead) is
 * never a wrap, nor is the break after a subhead whole by its shape (see `isWholeLine`). Two or more blank
 * lines always end a paragraph.
 *
 * Work per line is a constant (an 11-line window, sorted in place), so hard-wrapped text with
 * very short lines stays fast.
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
  // Plain arrays: a report has many short runs (one per section body), and typed arrays cost
  // more to allocate than they save on a handful of lines.
  const widths: number[] = new Array<number>(count).fill(0)
  const gaps: number[] = new Array<number>(count).fill(0)
  const closes: boolean[] = new Array<boolean>(count).fill(false)
  const unpunctuated: boolean[] = new Array<boolean>(count).fill(false)
  const whole: boolean[] = new Array<boolean>(count).fill(false)
  let position = -1
  while (++position < count) {
    const line = lines[run[position] ?? 0]
    if (!line) continue
    widths[position] = line.width
    gaps[position] = (run[position + 1] ?? 0) - (run[position] ?? 0) - 1
    closes[position] = endsSentence(text, line.textStart, line.textEnd)
    unpunctuated[position] = !endsWithPunctuation(text, line.textStart, line.textEnd)
    whole[position] = isWholeLine(text, line)
  }
  const window = sharedWindow
  // The window's lines `[windowLow, windowHigh]`, sorted by width in `window`. Consecutive breaks
  // have windows one line apart, so each moves it on (one width out, one in) instead of sorting anew.
  let windowLow = 0
  let windowHigh = -1

  // The run of equal gaps around `index`: `gaps[runStart, runEnd)` all equal `gaps[index]`, so the
  // window's bounds are found without walking to them for every line.
  let runStart = 0
  let runEnd = 0
  let index = -1
  while (++index < count - 1) {
    const kind = gaps[index] ?? 2
    if (index >= runEnd) {
      runStart = index
      runEnd = index + 1
      while (runEnd < count - 1 && gaps[runEnd] === kind) runEnd++
    }
    // Too wide to be a wrapped line in any column: a report's paragraph-per-line. No window needed.
    if (kind > 1 || (widths[index] ?? 0) > maxColumnWidth * 1.5) continue
    const low = Math.max(runStart, index - windowRadius)
    const high = Math.min(runEnd, index + windowRadius + 1)
    const size = high - low + 1
    if (low < windowLow || high < windowHigh || low > windowHigh) {
      let member = -1
      while (++member < size) insertSorted(window, member, widths[low + member] ?? 0)
    } else {
      let held = windowHigh - windowLow + 1
      while (windowLow < low) removeSorted(window, held--, widths[windowLow++] ?? 0)
      while (windowHigh < high) insertSorted(window, held++, widths[++windowHigh] ?? 0)
    }
    windowLow = low
    windowHigh = high
    const median = window[size >> 1] ?? 0
    if (median > maxColumnWidth) continue
    const slack = Math.max(6, Math.round(median * 0.15))
    let full = 0
    let open = 0
    let member = low - 1
    while (++member <= high) {
      if (Math.abs((widths[member] ?? 0) - median) > slack) continue
      full++
      if (closes[member] !== true) open++
    }
    if (full < minFullLines || open * 2 < full) continue
    const own = widths[index] ?? 0
    // A paragraph's last line ends a sentence and falls short; a first line is short by its indent
    // but runs on, so a sentence end must come nearer the full width to count as a wrap.
    const closing = closes[index] === true
    const least = median - (closing ? Math.max(3, Math.round(median * 0.08)) : slack)
    const subheadNext = closing && ((unpunctuated[index + 1] === true && (widths[index + 1] ?? 0) < median - slack) || whole[index + 1] === true)
    const subhead = whole[index] === true && (index === 0 || closes[index - 1] === true)
    soft[index] = own >= least && own <= median * 1.5 && !subheadNext && !subhead
    width[index] = median
    tolerance[index] = slack
    if (width[index + 1] === 0) {
      width[index + 1] = median
      tolerance[index + 1] = slack
    }
  }
  return {soft, width, tolerance, whole}
}

/** Scratch space for the window's widths, reused by every call (the parser is synchronous). */
const sharedWindow = new Int32Array(windowRadius * 2 + 2)

/** Remove one `value` from the sorted prefix `window[0, size)`. */
function removeSorted(window: Int32Array, size: number, value: number): void {
  let slot = 0
  while (slot < size && window[slot] !== value) slot++
  while (++slot < size) window[slot - 1] = window[slot] ?? 0
}

/** Insert `value` into the sorted prefix `window[0, size)`. */
function insertSorted(window: Int32Array, size: number, value: number): void {
  let slot = size
  while (slot > 0 && (window[slot - 1] ?? 0) > value) {
    window[slot] = window[slot - 1] ?? 0
    slot--
  }
  window[slot] = value
}

import {isWhiteSpace, splitDoubledLine, vouchedLineTrust, type DoubledLine} from '@gongwen/parser'
import type {Detection} from './detection.js'
import {countAtOrBelow} from './lower-bound.js'

/**
 * A text with the lines a PDF's fake bold doubled read once (金金寨寨县县大大湾湾村村 → 金寨县大湾村), so that every
 * detector reads their names and figures whole; and how to map offsets between it and the text.
 */
export interface UndoubledText {
  text: string
  /** The doubled stretches, in order. */
  stretches: readonly DoubledStretch[]
}

/** One doubled stretch of a line: where it lies in the text and in the undoubled text, and its runs. */
interface DoubledStretch {
  /** Offset of the stretch in the text. */
  start: number
  /** Offset of its reading in the undoubled text. */
  readingStart: number
  /** Length of the reading: half the stretch. */
  readingLength: number
  /** Where each run starts in the reading, relative to `readingStart`, and after the last, `readingLength`. */
  runStarts: readonly number[]
}

/** The text with its doubled lines read once, or undefined when it has none. */
export function undoubleLines(text: string): UndoubledText | undefined {
  const parts: string[] = []
  const stretches: DoubledStretch[] = []
  let kept = 0
  let removed = 0
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const next = lineEnd + 1
    const line = doubledLine(text.slice(lineStart, lineEnd))
    if (line !== undefined) {
      const start = lineStart + line.start
      parts.push(text.slice(kept, start), line.reading)
      const runStarts = [0]
      let runStart = 0
      for (const run of line.runs) {
        // The fewest runs read 村村村村 as one run 村村; as two, a name ending at the first 村 (洋伯村|村务公开) is masked
        // without the next
        if (isOneGlyphRepeated(line.reading, runStart, run)) for (let glyph = 1; glyph < run; glyph++) runStarts.push(runStart + glyph)
        runStart += run
        runStarts.push(runStart)
      }
      stretches.push({start, readingStart: start - removed, readingLength: line.reading.length, runStarts})
      removed += line.reading.length
      kept = lineStart + line.end
    }
    lineStart = next
  }
  if (stretches.length === 0) return undefined
  parts.push(text.slice(kept))
  return {text: parts.join(''), stretches}
}

/** Whether `reading[start, start + length)` is one UTF-16 unit repeated. */
function isOneGlyphRepeated(reading: string, start: number, length: number): boolean {
  for (let at = start + 1; at < start + length; at++) if (reading.charCodeAt(at) !== reading.charCodeAt(start)) return false
  return true
}

/**
 * A line in fake bold: as the parser trusts one, or shorter, as it trusts a line whose role vouches for it, where the
 * line holds no digit or letter: a byline or signature (王王留留剑剑  王王润润英英) is read once, and an ordinary line this
 * short made only of doubled glyphs (高高兴兴) names nobody either way; but half a number or code is another one
 * (66889900 is a phone, not 6890).
 */
function doubledLine(line: string): DoubledLine | undefined {
  return splitDoubledLine(line) ?? (digitOrLetter.test(line) ? undefined : splitDoubledLine(line, vouchedLineTrust))
}

const digitOrLetter = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u

/** The last stretch whose reading starts at or before reading offset `at`, if any. */
function stretchFrom(view: UndoubledText, at: number): DoubledStretch | undefined {
  return view.stretches[countAtOrBelow(view.stretches, at, (candidate) => candidate.readingStart) - 1]
}

/** The stretch a reading offset falls in (`readingStart <= at < readingStart + readingLength`), if any. */
function stretchAtReading(view: UndoubledText, at: number): DoubledStretch | undefined {
  const stretch = stretchFrom(view, at)
  return stretch !== undefined && at < stretch.readingStart + stretch.readingLength ? stretch : undefined
}

/** Characters taken out of the text before reading offset `at`, outside any stretch. */
function removedBefore(view: UndoubledText, at: number): number {
  const stretch = stretchFrom(view, at)
  return stretch === undefined ? 0 : stretch.start - stretch.readingStart + stretch.readingLength
}

/** The run of `stretch` that reading offset `at` (relative to the stretch) falls in. */
function runAt(stretch: DoubledStretch, at: number): number {
  return countAtOrBelow(stretch.runStarts, at, (start) => start) - 1
}

/** The text's offset where run `run` of `stretch` starts (its first copy). */
function runOffset(stretch: DoubledStretch, run: number): number {
  return stretch.start + 2 * (stretch.runStarts[run] ?? 0)
}

/**
 * A detection of the undoubled text as detections of the text. One inside a run is found in both its copies
 * (江安县税务局党委书记江安县税务局党委书记: 江安县 twice). One over several runs (金|寨|县 of 金金寨寨县县) covers those runs
 * whole and keeps its reading, so it is masked as the reading is and the mask is doubled glyph by glyph (**县县): the
 * line reads doubled again when the redacted text is read. One over several lines (a name a wrap cut) is masked a
 * line at a time, so the line breaks stay; a line's part that is all generic ending stays visible.
 */
export function toDoubledDetections(view: UndoubledText, detection: Detection): Detection[] {
  // The last stretch starting before the detection ends: none, or one ending before it starts, and it touches none
  const stretch = stretchFrom(view, detection.end - 1)
  if (stretch === undefined || stretch.readingStart + stretch.readingLength <= detection.start) {
    const shift = removedBefore(view, detection.start)
    return [{...detection, start: detection.start + shift, end: detection.end + shift}]
  }
  const suffixStart = detection.end - detection.suffixLength
  const pieces: Detection[] = []
  let from = detection.start
  while (from < detection.end) {
    const lineBreak = view.text.indexOf('\n', from)
    let to = lineBreak === -1 || lineBreak >= detection.end ? detection.end : lineBreak
    const next = to + 1
    // A piece ends where its line's text does: the \r of \r\n and blanks before the break stay outside it
    if (to < detection.end) while (to > from && isWhiteSpace(view.text.charCodeAt(to - 1))) to--
    const suffixLength = Math.max(0, to - Math.max(from, suffixStart))
    if (suffixLength < to - from) pieces.push(...lineDetections(view, {...detection, start: from, end: to, suffixLength}))
    from = next
  }
  return pieces
}

/** `toDoubledDetections` for a detection within one line. */
function lineDetections(view: UndoubledText, detection: Detection): Detection[] {
  const first = stretchAtReading(view, detection.start)
  const last = stretchAtReading(view, detection.end - 1)
  if (first === undefined || first !== last) {
    // Blanks around a doubled stretch, or none: the text's offsets, a stretch's runs widened whole
    const start = first === undefined ? detection.start + removedBefore(view, detection.start) : runOffset(first, runAt(first, detection.start - first.readingStart))
    const end = last === undefined ? detection.end + removedBefore(view, detection.end - 1) : runOffset(last, runAt(last, detection.end - 1 - last.readingStart) + 1)
    return [{...detection, start, end, suffixLength: first === undefined && last === undefined ? detection.suffixLength : 0}]
  }
  const from = detection.start - first.readingStart
  const to = detection.end - first.readingStart
  const firstRun = runAt(first, from)
  const lastRun = runAt(first, to - 1)
  if (firstRun === lastRun) {
    const copy = runOffset(first, firstRun) + from - (first.runStarts[firstRun] ?? 0)
    const runLength = (first.runStarts[firstRun + 1] ?? 0) - (first.runStarts[firstRun] ?? 0)
    return [
      {...detection, start: copy, end: copy + to - from},
      {...detection, start: copy + runLength, end: copy + runLength + to - from}
    ]
  }
  const readingFrom = first.runStarts[firstRun] ?? 0
  const readingTo = first.runStarts[lastRun + 1] ?? 0
  // The generic ending stays where it is runs of its own (县 of 金|寨|县); in a run with the name, or before one
  // reaching past the mention, the whole is masked
  const suffixStart = to - detection.suffixLength
  const suffixLength = readingTo === to && first.runStarts[runAt(first, suffixStart)] === suffixStart ? detection.suffixLength : 0
  return [
    {
      ...detection,
      start: runOffset(first, firstRun),
      end: runOffset(first, lastRun + 1),
      suffixLength: 2 * suffixLength,
      reading: {text: view.text.slice(first.readingStart + readingFrom, first.readingStart + readingTo), suffixLength}
    }
  ]
}

/** `mask` with each character doubled, as a fake bold draws it (*县 → **县县). */
export function doubleGlyphs(mask: string): string {
  let doubled = ''
  for (const char of mask) doubled += char + char
  return doubled
}

import type {Block} from './blocks.js'
import {inClass} from './char-codes.js'
import {inferWraps, type Wrapping} from './infer-wraps.js'
import {headingTerminatorCodes} from './markers.js'
import {matchEnumerationMarker, matchHeadingMarker, type HeadingMarkerMatch} from './match-marker.js'
import {splitDoubledLine, vouchedLineTrust, type DoubledLine} from './normalize/collapse-doubled-glyphs.js'
import {endsWithPunctuation, hasPunctuation, hasUnpairedBracket} from './punctuation.js'
import type {LineInfo} from './scan-lines.js'

/** An enumeration heading (`一是加强组织领导。` alone on its line) is at most this many characters. */
const maxEnumerationHeadingLength = 40
/** A doubled photo caption is at most this many characters (twice a long caption). */
const maxCaptionLength = 400
/** An unnumbered heading line (magazine subhead) is at most this wide: 20 CJK characters. */
const maxSubheadWidth = 40
/**
 * Where lines are whole paragraphs (no hard wraps), an unnumbered heading may be a news headline of up to 32 CJK
 * characters (a bulletin's 铁岭市人大常委会副主任某某一行到我县调研梅花鹿产业): no wrapped line can pass for it there.
 */
const maxWholeLineSubheadWidth = 64

/** The body's blocks, and whether it was recognised as hard-wrapped or doubled PDF text. */
export interface Body {
  blocks: Block[]
  pdf: boolean
}

type LineKind =
  | {kind: 'heading'; marker: HeadingMarkerMatch; reading?: string}
  | {kind: 'enumeration'; family: string; marker: string; ordinal: number; end: number}
  | {kind: 'caption'; reading: string}
  | {kind: 'photoCaption'; last: number}
  | {kind: 'plain'}

/**
 * Classify the body lines: numbered headings, enumeration headings, photo captions (lines whose
 * glyphs are doubled), and runs of plain lines, which are reflowed into paragraphs (hard wraps
 * joined) and, in documents without level 1 numbered headings, searched for unnumbered headings:
 * one or two short lines without end punctuation, standing alone between paragraphs, directly
 * before a paragraph.
 *
 * @param text the whole text
 * @param lines all lines
 * @param content indices of the body's non-blank lines
 */
export function classifyBody(text: string, lines: readonly LineInfo[], content: readonly number[]): Body {
  const kinds = content.map((index) => classifyLine(text, lines, index))
  // A report numbered 一、二、 has no unnumbered headings: its short standalone lines are text.
  const subheads = !kinds.some((kind) => kind.kind === 'heading' && kind.marker.depth === 1)
  confirmEnumerationHeadings(kinds, content, lines)
  findPhotoCaptions(text, lines, content, kinds)
  // One width model for the whole body, so the short bodies between headings of a hard-wrapped
  // report are measured against the column around them; only breaks into plain lines may be wraps.
  const wrapping = inferWraps(text, lines, content)
  const blocks: Block[] = []
  let pdf = false
  let position = 0
  while (position < content.length) {
    const kind = kinds[position] ?? plain
    const index = content[position] ?? 0
    if (kind.kind === 'heading') {
      // A run-in body wrapped onto the next lines continues the heading's paragraph.
      const line = lines[index]
      let last = position
      if (line && kind.reading === undefined && runInEnd(text, line, kind.marker.end) !== undefined) {
        while (wrapping.soft[last] === true && kinds[last + 1] === plain) last++
      }
      blocks.push({kind: 'heading', first: index, last: content[last] ?? index, soft: last > position, marker: kind.marker, ...(kind.reading === undefined ? {} : {reading: kind.reading})})
      if (last > position) pdf = true
      position = last + 1
      continue
    } else if (kind.kind === 'enumeration') {
      blocks.push({kind: 'enumerationHeading', first: index, last: index, soft: false, enumeration: kind})
    } else if (kind.kind === 'caption') {
      blocks.push({kind: 'caption', first: index, last: index, soft: false, reading: kind.reading})
      pdf = true
    } else if (kind.kind === 'photoCaption') {
      blocks.push({kind: 'caption', first: index, last: content[kind.last] ?? index, soft: kind.last > position})
      position = kind.last + 1
      continue
    } else {
      const start = position
      while (position < content.length && kinds[position]?.kind === 'plain') position++
      if (reflow(text, lines, content, start, position, wrapping, subheads, blocks)) pdf = true
      continue
    }
    position++
  }
  return {blocks, pdf}
}

/** Shared by every plain line: most lines are plain, and they need no object of their own. */
const plain: LineKind = {kind: 'plain'}

function classifyLine(text: string, lines: readonly LineInfo[], index: number): LineKind {
  const line = lines[index]
  if (!line) return plain
  const marker = matchHeadingMarker(text, line.textStart, line.textEnd)
  if (marker) return {kind: 'heading', marker}
  const enumeration = matchEnumerationMarker(text, line.textStart)
  if (enumeration && typeof enumeration.ordinal === 'number' && line.textEnd - line.textStart <= maxEnumerationHeadingLength) {
    const terminator = findTerminator(text, enumeration.end, line.textEnd)
    if (terminator === -1 || terminator + 1 === line.textEnd) {
      return {kind: 'enumeration', family: enumeration.family, marker: enumeration.marker, ordinal: enumeration.ordinal, end: enumeration.end}
    }
  }
  if (!mayBeDoubled(text, line)) return plain
  const lineText = text.slice(line.textStart, line.textEnd)
  const doubled = splitDoubledLine(lineText)
  if (doubled !== undefined) return doubledHeading(line, doubled) ?? {kind: 'caption', reading: doubled.reading}
  // A numbered heading in fake bold is often short (一一、、主主要要做做法法): its marker vouches for the line
  const short = splitDoubledLine(lineText, vouchedLineTrust)
  return (short && doubledHeading(line, short)) ?? plain
}

/**
 * A numbered heading in fake bold (（（一一））聚聚焦焦““三三农农””): its marker read once, placed over the doubled glyphs it
 * was read from, and the rest of the line read once. A marker that ends inside a doubled run stays a caption's text.
 */
function doubledHeading(line: LineInfo, doubled: DoubledLine): LineKind | undefined {
  const marker = matchHeadingMarker(doubled.reading, 0, doubled.reading.length)
  if (marker?.start !== 0) return undefined
  let reading = 0
  let source = 0
  for (const run of doubled.runs) {
    if (reading >= marker.end) break
    reading += run
    source += run * 2
  }
  if (reading !== marker.end) return undefined
  const start = line.textStart + doubled.start
  return {kind: 'heading', marker: {...marker, start, end: start + source}, reading: doubled.reading.slice(marker.end)}
}

// A photo caption as a newspaper prints it: it opens with 图为 (or 图：, ▲) and ends with the photographer's credit
// (本报记者 谷雨 摄, 通讯员 XX/摄, （记者 XX 摄）, 摄影：XX, XX供图).
const captionOpening = /^[（(]?(?:图为|图[：:]|▲)/u
const captionCredit = /(?:[\s/／]摄[）)]?|摄影[：:]\s*\S{2,12}|供图[）)]?)$/u
/** A photo caption runs over at most this many lines of a hard-wrapped column. */
const maxCaptionLines = 4
// Where a person stands in the photo (（左）, （右二）, （前排左三）, （中）): only captions say that. A line of its own
// that says it and ends with no punctuation is a caption, not a subhead (关振山（右）在村卫生室为村民听诊).
const photoPosition = /[（(](?:前排|中排|后排)?[左右中][一二三四五六七八九十0-9]?[）)]/u
const maxPositionCaptionWidth = 60

/**
 * Mark photo captions that are not doubled: a plain line opening like a caption, and the lines after it up to the
 * first that ends with a credit (no more than `maxCaptionLines`, only blank lines between them). Unmarked, a
 * caption set in a hard-wrapped column is read into the paragraph around it, and the subhead after it too.
 */
function findPhotoCaptions(text: string, lines: readonly LineInfo[], content: readonly number[], kinds: LineKind[]): void {
  for (let position = 0; position < content.length; position++) {
    const line = lines[content[position] ?? -1]
    if (kinds[position] !== plain || !line) continue
    const last = captionOpening.test(text.slice(line.textStart, line.textEnd)) ? creditedCaptionEnd(text, lines, content, kinds, position) : undefined
    if (last !== undefined) {
      kinds[position] = {kind: 'photoCaption', last}
      position = last
    } else if (isPositionCaption(text, line, content, position)) {
      kinds[position] = {kind: 'photoCaption', last: position}
    }
  }
}

/** The position of the line that ends a caption opening at `position` with its credit, if one does soon enough. */
function creditedCaptionEnd(text: string, lines: readonly LineInfo[], content: readonly number[], kinds: readonly LineKind[], position: number): number | undefined {
  for (let last = position; last < Math.min(content.length, position + maxCaptionLines); last++) {
    const member = lines[content[last] ?? -1]
    if (!member || kinds[last] !== plain || (last > position && (content[last] ?? 0) - (content[last - 1] ?? 0) > 2)) return undefined
    if (captionCredit.test(text.slice(member.textStart, member.textEnd))) return last
  }
  return undefined
}

/** Whether the line stands alone between blank lines, names where someone stands in a photo, and has no punctuation of a sentence. */
function isPositionCaption(text: string, line: LineInfo, content: readonly number[], position: number): boolean {
  const index = content[position] ?? 0
  const alone = (content[position - 1] ?? -2) < index - 1 && (content[position + 1] ?? Number.MAX_SAFE_INTEGER) > index + 1
  return (
    alone &&
    line.width <= maxPositionCaptionWidth &&
    !hasPunctuation(text, line.textStart, line.textEnd) &&
    photoPosition.test(text.slice(line.textStart, line.textEnd))
  )
}

/**
 * A cheap necessary condition for a doubled line, so most lines skip the full test: its first
 * and last characters each recur within the longest doubled run (64 characters).
 */
function mayBeDoubled(text: string, line: LineInfo): boolean {
  const {textStart, textEnd} = line
  // A photo caption is one short line, doubled or not.
  if (textEnd - textStart > maxCaptionLength) return false
  const reach = Math.min(64, (textEnd - textStart) >> 1)
  return recursWithin(text, textStart, 1, reach) && recursWithin(text, textEnd - 1, -1, reach)
}

/** Whether the character at `at` occurs again within `reach` characters in `direction` (bounded: never scans the text). */
function recursWithin(text: string, at: number, direction: 1 | -1, reach: number): boolean {
  const code = text.charCodeAt(at)
  let step = 0
  while (++step <= reach) if (text.charCodeAt(at + step * direction) === code) return true
  return false
}

/**
 * Where a run-in heading ends (after its first 。；：！) when body text follows on its line.
 *
 * @param text the whole text
 * @param line the heading's line
 * @param from the end of its marker
 * @returns the offset after the terminator, or `undefined` for a heading that fills its line
 */
export function runInEnd(text: string, line: LineInfo, from: number): number | undefined {
  return runInEndAt(line, findTerminator(text, from, line.textEnd))
}

/** `runInEnd` for a heading whose first terminator is known already (-1 for none). */
export function runInEndAt(line: LineInfo, terminator: number): number | undefined {
  return terminator !== -1 && terminator + 1 < line.textEnd ? terminator + 1 : undefined
}

/** Index of the first heading terminator (。；：！) in `text[from, to)`, or -1. */
export function findTerminator(text: string, from: number, to: number): number {
  let index = from
  while (index < to) {
    if (inClass(headingTerminatorCodes, text.charCodeAt(index))) return index
    index++
  }
  return -1
}

/**
 * Keep an enumeration heading only when it is followed by body text and is part of a sequence
 * (一是 … 二是 … under the same heading); anything else is a paragraph.
 */
function confirmEnumerationHeadings(kinds: LineKind[], content: readonly number[], lines: readonly LineInfo[]): void {
  let run: number[] = []
  let family = ''
  let last = 0
  let position = -1
  while (++position < kinds.length) {
    const kind = kinds[position]
    if (!kind) continue
    if (kind.kind === 'heading') {
      settleRun(kinds, run)
      run = []
      continue
    }
    if (kind.kind !== 'enumeration') continue
    const next = kinds[position + 1]
    const followed = next !== undefined && next.kind === 'plain' && lines[content[position + 1] ?? -1] !== undefined
    if (!followed) {
      kinds[position] = plain
      continue
    }
    if (kind.ordinal === 1) {
      settleRun(kinds, run)
      run = [position]
      family = kind.family
      last = 1
    } else if (run.length > 0 && kind.family === family && kind.ordinal === last + 1) {
      run.push(position)
      last = kind.ordinal
    } else {
      kinds[position] = plain
    }
  }
  settleRun(kinds, run)
}

/** A run of enumeration headings shorter than two is no sequence: its lines are plain. */
function settleRun(kinds: LineKind[], run: readonly number[]): void {
  if (run.length < 2) for (const position of run) kinds[position] = plain
}

/**
 * Turn the run of plain lines `content[runStart, runEnd)` into paragraphs (joining hard wraps) and
 * unnumbered headings; append the blocks. Returns whether any hard wrap was joined.
 */
function reflow(
  text: string,
  lines: readonly LineInfo[],
  content: readonly number[],
  runStart: number,
  runEnd: number,
  wrapping: Wrapping,
  subheads: boolean,
  blocks: Block[]
): boolean {
  const {soft, width, tolerance, whole} = wrapping
  const groups: Array<{first: number; last: number; soft: boolean; subhead: boolean}> = []
  let wrapped = false
  let position = runStart
  while (position < runEnd) {
    const start = position
    while (soft[position] === true && position < runEnd - 1) position++
    const first = content[start] ?? 0
    const last = content[position] ?? 0
    const line = lines[first]
    const columnWidth = width[start] ?? 0
    const subhead =
      subheads &&
      start === position &&
      line !== undefined &&
      line.width <= (columnWidth === 0 ? maxWholeLineSubheadWidth : maxSubheadWidth) &&
      (columnWidth === 0 || line.width < columnWidth - (tolerance[start] ?? 0) || whole[start] === true) &&
      !endsWithPunctuation(text, line.textStart, line.textEnd) &&
      // A short line of a hard-wrapped column with a comma or a cut quote is a piece of a sentence the wrap
      // inference left apart (its column's lines vary in width); a subhead is whole and unpunctuated, but for
      // a comma inside a quotation that fills the line.
      !(columnWidth > 0 && whole[start] !== true && hasPunctuation(text, line.textStart, line.textEnd)) &&
      !hasUnpairedBracket(text, line.textStart, line.textEnd)
    if (position > start) wrapped = true
    groups.push({first, last, soft: position > start, subhead})
    position++
  }
  let index = 0
  while (index < groups.length) {
    const group = groups[index]
    if (!group) break
    if (!group.subhead) {
      blocks.push({kind: 'paragraph', first: group.first, last: group.last, soft: group.soft})
      index++
      continue
    }
    let count = 1
    while (groups[index + count]?.subhead === true) count++
    const last = groups[index + count - 1] ?? group
    // One or two subhead lines (at most one blank line apart) directly before a paragraph; more in a
    // row are a list of short lines, not a heading.
    if (index + count < groups.length && (count === 1 || (count === 2 && last.first - group.first <= 2))) {
      blocks.push({kind: 'unnumberedHeading', first: group.first, last: last.first, soft: false})
      index += count
      continue
    }
    const end = index + count
    while (index < end) {
      const plain = groups[index++]
      if (plain) blocks.push({kind: 'paragraph', first: plain.first, last: plain.last, soft: plain.soft})
    }
  }
  return wrapped
}

import {messageRecords, parse, warn, type Options as ParseOptions, type ParseResult} from '@gongwen/parser'
import {Policy, type MessageRecord, type PolicyInput, type RedactionSpan, type RootNode} from '@gongwen/schema'
import {VFile} from 'vfile'
import * as z from 'zod'
import {applySpans} from './apply-spans.js'
import {concatenate} from './concatenate.js'
import {detectContacts} from './detect/detect-contacts.js'
import {detectFigures} from './detect/detect-figures.js'
import {detectPersons} from './detect/detect-persons.js'
import {detectPlaces} from './detect/detect-places.js'
import {detectUnits} from './detect/detect-units.js'
import type {Detection, DetectionContext, Detector, Zone} from './detection.js'
import {countAtOrBelow} from './lower-bound.js'
import {findProtectedRanges, findYears, protectDetections} from './keep-list.js'
import {assignPseudonyms, maskMention, type MaskTarget} from './mask.js'
import {propagate} from './propagate.js'
import {resolveOverlaps} from './resolve-overlaps.js'
import {doubleGlyphs, toDoubledDetections, undoubleLines} from './undouble-lines.js'
import {toWrappedDetections, unwrapLines, unwrappedOffset} from './unwrap-lines.js'
import {zonesFromTree} from './zones.js'

/** What `redact` returns: the redacted text, one span per masked mention, and the redactor's warnings. */
export interface RedactResult {
  text: string
  spans: RedactionSpan[]
  warnings: MessageRecord[]
}

/** The detectors by name, run in this order; their findings are merged by `resolveOverlaps`. The bench and scripts time and probe them by these names. */
export const namedDetectors: readonly (readonly [string, Detector])[] = [
  ['places', detectPlaces],
  ['units', detectUnits],
  ['persons', detectPersons],
  ['contacts', detectContacts],
  ['figures', detectFigures]
]
const detectors: readonly Detector[] = namedDetectors.map(([, detector]) => detector)

const source = 'gongwen-redactor'

/**
 * How the redactor parses: for the zones alone (`zonesFromTree`), which come from blocks, never from the items of an
 * inline enumeration (一是…二是…) inside a paragraph. Without them a paragraph's closing sentence may become a closing
 * of its own (the parser splits one off a paragraph that holds no items): two zones of the body where there was one,
 * and the detectors read no body zone's edges (only bylines' and signatures'). The pass was about a fifth of parsing.
 */
export const readBlocksOnly: Readonly<ParseOptions> = {inlineEnumerations: false}

/** Validate a policy: a bad one is a programmer error and throws a `TypeError` with zod's prettified message. */
export function resolvePolicy(input: Readonly<PolicyInput> | null | undefined): Policy {
  const result = Policy.safeParse(input ?? {})
  if (!result.success) throw new TypeError(z.prettifyError(result.error))
  return result.data
}

let resolvedDefault: Policy | undefined

/**
 * The default policy, validated once: most calls give none, and validating costs more than redacting a short
 * document's figures. Frozen, since every such call shares it.
 */
function defaultPolicy(): Policy {
  resolvedDefault ??= deepFreeze(resolvePolicy(undefined))
  return resolvedDefault
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}

/** A one-zone tree, for the second look at redacted text where only the neighbours of masks matter. */
export function plainTree(text: string): RootNode {
  const end = endPoint(text)
  const position = {start: {line: 1, column: 1, offset: 0}, end}
  return {type: 'root', children: text === '' ? [] : [{type: 'text', value: text, position}], position}
}

/** Offsets where lines start (after \n, \r\n or a lone \r), for turning offsets into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/gu)) starts.push(match.index + match[0].length)
  return starts
}

/** The point after the last character: `pointAt(lineStarts(text), text.length)` without the array of starts. */
function endPoint(text: string): {line: number; column: number; offset: number} {
  let line = 1
  let start = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === carriageReturn && text.charCodeAt(at + 1) === lineFeed) at++
    else if (code !== carriageReturn && code !== lineFeed) continue
    line++
    start = at + 1
  }
  return {line, column: text.length - start + 1, offset: text.length}
}

function pointAt(starts: readonly number[], offset: number): {line: number; column: number; offset: number} {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset}
}

// A batch redacts every document under one policy: what is read from it is read once.
const pseudonymPolicies = new WeakMap<Policy, boolean>()

function usesPseudonyms(policy: Policy): boolean {
  let uses = pseudonymPolicies.get(policy)
  if (uses === undefined) pseudonymPolicies.set(policy, (uses = Object.values(policy.styles).includes('pseudonym')))
  return uses
}

function findDenied(text: string, policy: Policy): Detection[] {
  const found: Detection[] = []
  for (const entry of policy.deny) {
    let index = text.indexOf(entry.text)
    while (index !== -1) {
      found.push({
        type: entry.type,
        start: index,
        end: index + entry.text.length,
        suffixLength: 0,
        detector: 'policy',
        rule: 'deny',
        confidence: 1,
        reason: `\`${entry.text}\` is on the policy's deny-list`
      })
      index = text.indexOf(entry.text, index + entry.text.length)
    }
  }
  return found
}

function yearDetections(text: string): Detection[] {
  return findYears(text).map((range) => ({
    type: 'FIGURE' as const,
    start: range.start,
    end: range.end,
    suffixLength: 0,
    detector: 'policy',
    rule: 'mask-years',
    confidence: 1,
    reason: 'a year, and the policy masks years (`keepYears: false`)'
  }))
}

/** What the detectors found, after the keep-lists, the confidence threshold, propagation and overlaps. */
export interface Findings {
  /** Non-overlapping detections to mask, sorted by start. */
  masked: Detection[]
  /** Detections below `minConfidence` that no masked span covers: left visible, reported as warnings. */
  doubtful: Detection[]
}

/** Run every detector over a document and decide what to mask. */
export function findMentions(text: string, tree: RootNode, policy: Policy): Findings {
  const {masked, unsure} = decideMasks(text, tree, policy)
  return {masked, doubtful: doubtfulOf(text, unsure, masked)}
}

/**
 * What `findMentions` masks, and the detections the keep-lists left below `minConfidence` (the doubtful ones are read
 * from these): the second look needs only what it masks.
 */
function decideMasks(text: string, tree: RootNode, policy: Policy): {masked: Detection[]; unsure: Detection[]} {
  return decideMasksThrough(readingViews, text, tree, zonesFromTree(tree), policy)
}

/** A reading of a text the detectors read better than the text, and how its offsets and findings map back. */
interface TextView {
  text: string
  /** The view's tree, and its zones given the text's. */
  tree: RootNode
  zonesIn(zones: readonly Zone[]): Zone[]
  /** A detection of the view as detections of the text. */
  detectionsOf(detection: Detection): Detection[]
}

// PDF text: doubled lines read once (金金寨寨县县 → 金寨县), then words a hard wrap cut joined (赫⏎章县 → 赫章县)
const readingViews: readonly ((text: string) => TextView | undefined)[] = [
  (text) => {
    const view = undoubleLines(text)
    if (view === undefined) return undefined
    // The parser reads a doubled line as a photo's caption; read once, a title, heading or byline is parsed as such
    const {tree} = parse(view.text, readBlocksOnly)
    return {text: view.text, tree, zonesIn: () => zonesFromTree(tree), detectionsOf: (detection) => toDoubledDetections(view, detection)}
  },
  (text) => {
    const view = unwrapLines(text)
    return (
      view && {
        text: view.text,
        tree: plainTree(view.text),
        zonesIn: (zones) => zones.map((zone) => ({...zone, start: unwrappedOffset(view, zone.start), end: unwrappedOffset(view, zone.end)})),
        detectionsOf: (detection) => toWrappedDetections(view, detection)
      }
    )
  }
]

/** `decideMasksOf` on each view of `views` that applies, one over the other, its findings mapped back to `text`. */
function decideMasksThrough(
  views: readonly ((text: string) => TextView | undefined)[],
  text: string,
  tree: RootNode,
  zones: readonly Zone[],
  policy: Policy
): {masked: Detection[]; unsure: Detection[]} {
  const [makeView, ...rest] = views
  if (makeView === undefined) return decideMasksOf(text, tree, zones, policy)
  const view = makeView(text)
  if (view === undefined) return decideMasksThrough(rest, text, tree, zones, policy)
  const {masked, unsure} = decideMasksThrough(rest, view.text, view.tree, view.zonesIn(zones), policy)
  return {masked: placedApart(mappedBack(view, masked)), unsure: mappedBack(view, unsure)}
}

/** `detections.flatMap(view.detectionsOf)` as a loop: see the detectors' loop in `decideMasksOf`. */
function mappedBack(view: TextView, detections: readonly Detection[]): Detection[] {
  const mapped: Detection[] = []
  for (const detection of detections) for (const piece of view.detectionsOf(detection)) mapped.push(piece)
  return mapped
}

/**
 * Masks mapped back from a view, sorted by start and apart. A doubled run's two copies interleave with the next
 * mention's (the first copy of 泖甸村 comes before the second of 练塘镇); a mention widened to whole runs may reach over
 * the next one in its run, which it then holds, or into one that goes on, which then goes on from its end, masked
 * plainly.
 */
function placedApart(detections: Detection[]): Detection[] {
  detections.sort((a, b) => a.start - b.start || b.end - a.end)
  const placed: Detection[] = []
  for (const detection of detections) {
    const previous = placed.at(-1)
    if (previous === undefined || detection.start >= previous.end) placed.push(detection)
    else if (detection.end > previous.end) {
      const {reading, ...plain} = detection
      placed.push({...plain, start: previous.end, suffixLength: reading === undefined ? Math.min(detection.suffixLength, detection.end - previous.end - 1) : 0})
    }
  }
  return placed
}

/** `decideMasks` on the text the detectors read, with its zones there. */
function decideMasksOf(text: string, tree: RootNode, zones: readonly Zone[], policy: Policy): {masked: Detection[]; unsure: Detection[]} {
  const protectedRanges = findProtectedRanges(text, {
    keepYears: policy.keepYears,
    keepLaws: policy.keepLaws,
    allow: policy.allow,
    pseudonyms: usesPseudonyms(policy)
  })
  // Detectors skip candidates that touch a range they are given; only placeholders mean that. A keep word
  // at the edge of a name (江安县|县税务局, 中央|村, 朱德|明) is settled by `protectDetections` below instead.
  const placeholders = protectedRanges.filter((range) => range.type === 'PLACEHOLDER')
  const context: DetectionContext = {text, tree, zones, protectedRanges: placeholders}
  // A loop, not `flatMap`: the builtin takes the generic path for every element, and flattened 300 findings in about
  // 40 µs where the loop takes 3 (two calls per document).
  const detected: Detection[] = []
  for (const detector of detectors) for (const detection of detector(context, detected)) detected.push(detection)
  if (!policy.keepYears) detected.push(...yearDetections(text))
  const kept = protectDetections(text, detected, protectedRanges)
  const allowed = protectedRanges.filter((range) => range.rule === 'allow')
  // Split here, not after a view maps them back: most detections are confident, and mapping them all cost more
  const confident: Detection[] = []
  const unsure: Detection[] = []
  for (const detection of kept) {
    if (detection.confidence >= policy.minConfidence) confident.push(detection)
    else unsure.push(detection)
  }
  confident.push(...protectDetections(text, findDenied(text, policy), allowed))
  const propagated = protectDetections(text, propagate(text, confident), protectedRanges)
  return {masked: resolveOverlaps([...confident, ...propagated], text), unsure}
}

/** The detections below `minConfidence` (`unsure`) that no masked one covers, without overlaps. */
function doubtfulOf(text: string, unsure: readonly Detection[], masked: readonly Detection[]): Detection[] {
  const covered = new Uint8Array(text.length)
  for (const detection of masked) covered.fill(1, detection.start, detection.end)
  return resolveOverlaps(
    unsure.filter((detection) => covered.subarray(detection.start, detection.end).every((value) => value === 0)),
    text
  )
}

// A PDF's line wrap inside a name: the line break and the blanks around it
const wrapInName = /[^\S\r\n]*\r?\n[^\S\r\n]*/gu

/**
 * What a detection masks: a name a PDF's wrap cuts is one name, masked and given its pseudonym without the line break
 * (王建⏎军 as 王建军, so that it gets the pseudonym of 王建军 elsewhere and three stars, not four); a break in its generic
 * ending stays. Figures and contacts a wrap cuts are detected a piece on each side (see unwrap-lines.ts).
 * `lineBreaks` are the breaks taken out of the name. The mask puts them back before it (毕⏎节市 → ⏎*市, 王⏎明华 → ⏎**),
 * so the output keeps the input's lines for a caller that reads it line by line or lays it beside the input; before
 * the mask, not after it, since a line that opened with a kept generic ending (⏎风电设备有限公司) would read as a unit
 * named 风电 to whoever reads the output again, this redactor's second look included.
 */
function maskTarget(text: string, detection: Detection): {target: MaskTarget; lineBreaks: string} {
  const reading = readingOf(detection)
  if (reading !== undefined) return {target: {type: detection.type, original: reading.text, suffixLength: reading.suffixLength}, lineBreaks: ''}
  const original = text.slice(detection.start, detection.end)
  if (!original.includes('\n')) return {target: {type: detection.type, original, suffixLength: detection.suffixLength}, lineBreaks: ''}
  // The generic ending stays visible as it stands, line break and all (*果蔬⏎专业合作社)
  const nameEnd = original.length - detection.suffixLength
  const name = original.slice(0, nameEnd)
  return {
    target: {type: detection.type, original: name.replace(wrapInName, '') + original.slice(nameEnd), suffixLength: detection.suffixLength},
    lineBreaks: name.match(wrapInName)?.join('') ?? ''
  }
}

/**
 * A detection's reading from doubled glyphs, while it still covers the runs it was read from: they are twice as long
 * as the reading. A detection whose edges a later step moved (`resolveOverlaps` joins and trims) is masked as it stands.
 */
function readingOf(detection: Detection): Detection['reading'] {
  const {reading} = detection
  return reading !== undefined && detection.end - detection.start === 2 * reading.text.length ? reading : undefined
}

/** Turn the chosen detections into spans: one mask per mention, pseudonyms assigned over the whole set. */
function toSpans(text: string, masked: readonly Detection[], policy: Policy): RedactionSpan[] {
  const targets = masked.map((detection) => maskTarget(text, detection))
  const labels = assignPseudonyms(
    targets.map(({target}) => target).filter((target) => policy.styles[target.type] === 'pseudonym'),
    policy.pseudonymKey
  )
  return masked.map((detection, index): RedactionSpan => {
    const {target, lineBreaks} = targets[index] ?? {target: {type: detection.type, original: '', suffixLength: 0}, lineBreaks: ''}
    const original = text.slice(detection.start, detection.end)
    const style = policy.styles[detection.type]
    // A mention read from doubled glyphs is masked doubled, so its line reads doubled again (see undouble-lines.ts)
    const replacement =
      style === 'keep'
        ? original
        : readingOf(detection) === undefined
          ? lineBreaks + maskMention(target, style, labels)
          : doubleGlyphs(maskMention(target, style, labels))
    return {
      type: detection.type,
      start: detection.start,
      end: detection.end,
      original,
      replacement,
      detector: detection.detector,
      rule: detection.rule,
      confidence: detection.confidence,
      reason: detection.reason
    }
  })
}

// How far from a mask the second look reads at least, before going on to the next boundary. Boundaries are
// spaces and Chinese punctuation, never `.` `,` `:` `-`, which occur inside numbers, times and addresses, nor a
// tab, which sets a table's cells apart: a window reads the row on, so a cell that is a figure only in a row as
// short as the masks made it is found in the first redaction, not the second.
const neighbourhood = 12
const boundary = /[^\S\t]|[，。；：、！？“”‘’（）《》【】"'()]/u
let boundaryCodes: Uint8Array | undefined

/** Whether the UTF-16 unit `code` is a boundary: `boundary` asked once per unit, then a table lookup. */
function isBoundary(code: number): boolean {
  if (!boundaryCodes) {
    boundaryCodes = new Uint8Array(65536)
    for (let unit = 0; unit < 65536; unit++) boundaryCodes[unit] = boundary.test(String.fromCharCode(unit)) ? 1 : 0
  }
  return boundaryCodes[code] === 1
}

/**
 * Whether a window may end at `text[at]`: a boundary, but not one a fake bold doubled (，，, ““ of 金金寨寨县县：：““…): a
 * window reads a doubled line whole, so the second look reads it undoubled as the first look did. Any boundary beside its
 * own kind is passed over so (padding of two blanks, ……, ——, indentation): windows are a little wider, never narrower.
 */
function endsWindow(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return isBoundary(code) && (code === lineFeed || code === carriageReturn || (text.charCodeAt(at - 1) !== code && text.charCodeAt(at + 1) !== code))
}

/**
 * Move from `offset` back to the nearest boundary character, or to `floor`. The boundary is kept in the window: a
 * detector that reads the character before a name must see what the first look saw there (（街道）和县直部门 is
 * 和 and 县直 after a bracket; after a blank it would read as the county 和县).
 */
function widenBack(text: string, offset: number, floor: number): number {
  let position = offset
  while (position > floor && !endsWindow(text, position - 1)) position--
  return position > floor ? position - 1 : position
}

/** Move from `offset` forward to the nearest boundary character, or to the end of the text. */
function widenForward(text: string, offset: number): number {
  let position = offset
  while (position < text.length && !endsWindow(text, position)) position++
  return position
}

const lineFeed = 10
const carriageReturn = 13

/**
 * `text[from, to)` with every UTF-16 unit but line breaks turned into a space, so lengths and offsets stay
 * those of the output (a regex replace with the `u` flag would turn a surrogate pair into one space).
 */
function blankOut(text: string, from: number, to: number): string {
  let blanked = ''
  let run = from
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code !== lineFeed && code !== carriageReturn) continue
    blanked += ' '.repeat(at - run) + text.charAt(at)
    run = at + 1
  }
  return blanked + ' '.repeat(to - run)
}

/** The line breaks of `text[from, to)`, in order. */
function lineBreaksOf(text: string, from: number, to: number): string {
  let breaks = ''
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === lineFeed || code === carriageReturn) breaks += text.charAt(at)
  }
  return breaks
}

// How much of a blank stretch between two windows the second look keeps at least on either side; further in, the
// lines it holds whole are dropped but for their line breaks. Blanks are spaces, where jieba and the patterns cut
// and where no name runs on (a name padded with spaces, 王  欣, has two or three), so the windows stay apart. A rule that reads on over blank
// text (a labelled list reads up to 200 characters on) sees the next window nearer than the output has it;
// with 256 kept instead, decisions were the same on 270 corpus variants, and the second look read 38% more.
const keptBlank = 16

/** The second look's text, and where stretches of blank text were dropped from it. */
interface Windowed {
  text: string
  /** Ascending: from offset `at` of `text` on, `dropped` characters of the output (in all) are missing. */
  cuts: {at: number; dropped: number}[]
}

/** The second look's text as it is built: its parts, their length so far, and the cuts. */
interface WindowedParts {
  parts: string[]
  length: number
  cuts: Windowed['cuts']
}

function keepPart(built: WindowedParts, part: string): void {
  built.parts.push(part)
  built.length += part.length
}

/**
 * Blanks `output[from, to)`, keeping its line breaks; of a long stretch, only `keptBlank` either side, and never
 * less than the rest of the lines the stretch starts and ends in: only whole lines are dropped, so every line of
 * the second look is as long as in the output (a row of a table is read to its line's ends: see detect-figures.ts).
 */
function keepBlank(built: WindowedParts, output: string, from: number, to: number): void {
  const cutFrom = lineStartFrom(output, from + keptBlank, to)
  const cutTo = lineStartBefore(output, to - keptBlank, cutFrom)
  if (cutTo <= cutFrom) {
    keepPart(built, blankOut(output, from, to))
    return
  }
  const lineBreaks = lineBreaksOf(output, cutFrom, cutTo)
  keepPart(built, blankOut(output, from, cutFrom) + lineBreaks)
  const dropped = (built.cuts.at(-1)?.dropped ?? 0) + cutTo - cutFrom - lineBreaks.length
  built.cuts.push({at: built.length, dropped})
  keepPart(built, blankOut(output, cutTo, to))
}

/** The start of the first line that starts at or after `from` and before `to`, or `to`. */
function lineStartFrom(text: string, from: number, to: number): number {
  for (let at = Math.max(from, 1); at < to; at++) if (startsLine(text, at)) return at
  return to
}

/** The start of the last line that starts after `floor` and at or before `at`, or `floor`. */
function lineStartBefore(text: string, at: number, floor: number): number {
  for (let position = at; position > floor; position--) if (startsLine(text, position)) return position
  return floor
}

/** Whether a line starts at `at`: after a line feed, or after a carriage return not followed by a line feed. */
function startsLine(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  return before === lineFeed || (before === carriageReturn && text.charCodeAt(at) !== lineFeed)
}

/**
 * The output with everything far from a replacement blanked (line breaks kept) and long blank stretches
 * shortened, so the second look costs a fraction of the first. Each kept window reaches `neighbourhood`
 * characters either side of a replacement, then on to a boundary, so no number or name is cut in two (a
 * text without boundaries is kept whole: slower, never wrong). Exported for test/second-look-reach.test.ts, which
 * holds the rules that read nothing beyond such a window to finding there what the whole output holds.
 */
export function neighboursOfMasks(output: string, replacements: readonly {start: number; end: number}[]): Windowed {
  const built: WindowedParts = {parts: [], length: 0, cuts: []}
  const wraps = joinedWraps(output)
  let position = 0
  for (const replacement of replacements) {
    // Each character is scanned once: backwards only as far as the previous window, forwards only past it.
    const wantedEnd = Math.min(output.length, replacement.end + neighbourhood)
    if (wantedEnd <= position) continue
    const {from, to} = overWraps(output, wraps, position, {
      from: widenBack(output, Math.max(position, replacement.start - neighbourhood), position),
      to: widenForward(output, wantedEnd)
    })
    if (from > position) keepBlank(built, output, position, from)
    keepPart(built, output.slice(from, to))
    position = to
  }
  keepBlank(built, output, position, output.length)
  return {text: concatenate(built.parts), cuts: built.cuts}
}

/**
 * The line breaks the unwrap view of `output` takes out (a word or number a PDF's wrap cut: 20⏎22年), as ranges of the
 * output, in order. Whether it takes one out depends on the lines on both sides whole (their widths, and blanks that
 * set a table's cells apart: see unwrapLines), so a window reaching one must hold both lines as they are: with the
 * line before blanked in part, its blanks read as cells, the wrap stayed, and the second look read the year's part
 * after it as a figure of its own (20⏎**年) where the first look had read 2022年.
 */
function joinedWraps(output: string): {from: number; to: number}[] {
  const wraps: {from: number; to: number}[] = []
  let before = 0
  for (const {at, removed} of unwrapLines(output)?.cuts ?? []) {
    wraps.push({from: at + before, to: at + removed})
    before = removed
  }
  return wraps
}

/**
 * `window` widened over whole lines around every joined wrap it reaches (touches or holds), and again around those
 * the widening reaches, but never back before `floor`, where the previous window ended: a paragraph a wrap cut into
 * lines is read whole where a mask falls in it.
 */
function overWraps(output: string, wraps: readonly {from: number; to: number}[], floor: number, window: {from: number; to: number}): {from: number; to: number} {
  let {from, to} = window
  // The first wrap that ends at or after the window's start
  let first = countAtOrBelow(wraps, from - 1, (wrap) => wrap.to)
  for (let index = first; index < wraps.length; index++) {
    const wrap = wraps[index]
    if (wrap === undefined || wrap.from > to) break
    from = Math.min(from, Math.max(floor, output.lastIndexOf('\n', wrap.from - 1) + 1))
    const lineEnd = output.indexOf('\n', wrap.to)
    to = Math.max(to, lineEnd === -1 ? output.length : lineEnd)
    // The widening back may reach the wraps before this one
    while (first > 0 && (wraps[first - 1]?.to ?? 0) >= from) {
      first--
      const earlier = wraps[first]
      if (earlier !== undefined) from = Math.min(from, Math.max(floor, output.lastIndexOf('\n', earlier.from - 1) + 1))
    }
  }
  return {from, to}
}

/** The output offset of offset `at` of the second look's text: by the last cut at or before it. */
export function outputOffset(windowed: Windowed, at: number): number {
  return at + (windowed.cuts[countAtOrBelow(windowed.cuts, at, (cut) => cut.at) - 1]?.dropped ?? 0)
}

/** What the second look read and found since the last `forgetSecondLookCounts`: load-free figures for the benchmark. */
export interface SecondLookCounts {
  /** Documents with a mask, which the second look read. */
  documents: number
  /** Characters of the second look's texts, blanks and line breaks included: every detector reads them all. */
  characters: number
  /** Detections it added to the first look's. */
  found: number
}

const secondLook: SecondLookCounts = {documents: 0, characters: 0, found: 0}

/** The counts since the last `forgetSecondLookCounts`. */
export function secondLookCounts(): Readonly<SecondLookCounts> {
  return {...secondLook}
}

/** Starts the counts of `secondLookCounts` again from zero. */
export function forgetSecondLookCounts(): void {
  secondLook.documents = 0
  secondLook.characters = 0
  secondLook.found = 0
}

/**
 * What a second look at the redacted text finds that the first missed, in offsets of the input. Masking
 * changes the neighbours of what is left (a phone number masked before a figure frees the figure), so a
 * second look around the masks is what makes redaction idempotent. Findings touching a replacement are
 * left out: they are not text of the input. `output` is the input as `spans` redact it.
 */
function findUncovered(spans: readonly RedactionSpan[], output: string, policy: Policy): Detection[] {
  // With no mask, the second look's text would be blanks and line breaks, where no detector finds anything
  if (spans.length === 0) return []
  const replacements: {start: number; end: number; shift: number}[] = []
  let shift = 0
  for (const span of spans) {
    const start = span.start + shift
    shift += span.replacement.length - (span.end - span.start)
    replacements.push({start, end: start + span.replacement.length, shift})
  }
  const windowed = neighboursOfMasks(output, replacements)
  secondLook.documents++
  secondLook.characters += windowed.text.length
  // A finding that spans a shortened stretch spans the whole of it in the output: its end is mapped from its
  // last character.
  const again = decideMasks(windowed.text, plainTree(windowed.text), policy).masked.map((detection) => ({
    ...detection,
    start: outputOffset(windowed, detection.start),
    end: outputOffset(windowed, detection.end - 1) + 1
  }))
  const found: Detection[] = []
  let index = 0
  let before: {end: number; shift: number} = {end: 0, shift: 0}
  for (const detection of again) {
    while (index < replacements.length) {
      const replacement = replacements[index]
      if (replacement === undefined || replacement.start >= detection.end) break
      before = replacement
      index++
    }
    if (detection.start < before.end) continue
    found.push({...detection, start: detection.start - before.shift, end: detection.end - before.shift})
  }
  secondLook.found += found.length
  return found
}

/**
 * The redaction spans of a parsed document under a resolved policy. Warnings (detections below the
 * confidence threshold) are added to `file` as messages with positions.
 */
export function findRedactions(text: string, tree: RootNode, policy: Policy, file: VFile): RedactionSpan[] {
  return redactions(text, tree, policy, file).spans
}

/**
 * `findRedactions`, with the text its spans redact where the second look made it already: it reads the text as the
 * first look's spans redact it, and most often finds nothing, so those spans are the last and that is the output.
 */
function redactions(text: string, tree: RootNode, policy: Policy, file: VFile): {spans: RedactionSpan[]; output: string | undefined} {
  const {masked, doubtful} = findMentions(text, tree, policy)
  const first = toSpans(text, masked, policy)
  const firstOutput = first.length === 0 ? text : applySpans(text, first)
  const uncovered = findUncovered(first, firstOutput, policy)
  const spans = uncovered.length === 0 ? first : toSpans(text, resolveOverlaps([...masked, ...uncovered], text), policy)
  // Line starts only for a document with warnings to place: finding them is a pass over the text.
  const starts = doubtful.length > 0 ? lineStarts(text) : []
  for (const detection of doubtful) {
    const original = text.slice(detection.start, detection.end)
    warn(
      file,
      `Unexpected ${detection.type} \`${original}\` left visible: confidence ${detection.confidence} is below \`minConfidence\` ${policy.minConfidence}; add it to \`deny\` to mask it`,
      {place: {start: pointAt(starts, detection.start), end: pointAt(starts, detection.end)}, ruleId: 'low-confidence-detection', source, actual: original}
    )
  }
  return {spans, output: spans === first ? firstOutput : undefined}
}

/**
 * Redact a report: places, units, people, figures and contacts are masked as the policy says; what the
 * keep-lists name stays visible. A string is parsed first; a parsed document is used as it is.
 *
 * @param input The report text, or the result of `parse` from `@gongwen/parser`.
 * @param policy The redaction policy (optional; default: the seeds' convention, `*` for names, `**` for the rest).
 * @returns The redacted text, one span per masked mention, and the warnings.
 * @throws TypeError when the policy is invalid.
 */
export function redact(input: string | Readonly<ParseResult>, policy?: Readonly<PolicyInput> | null): RedactResult {
  const resolved = policy == null ? defaultPolicy() : resolvePolicy(policy)
  const {text, tree, file: parsedFile} = typeof input === 'string' ? parse(input, readBlocksOnly) : input
  // A file of our own, so the redactor's warnings are not added to the caller's parse result.
  const file = new VFile({value: text, ...(parsedFile.path ? {path: parsedFile.path} : {})})
  const {spans, output} = redactions(text, tree, resolved, file)
  return {text: output ?? applySpans(text, spans), spans, warnings: messageRecords(file)}
}

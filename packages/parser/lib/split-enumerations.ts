import type {FlowContent, InlineContent, ParagraphNode} from '@gongwen/schema'
import {charCodes, inClass, isWhiteSpace} from './char-codes.js'
import {cutText, isSingleLine} from './cut-text.js'
import {headingTerminatorCodes} from './markers.js'
import {matchEnumerationMarker, type EnumerationMarkerMatch} from './match-marker.js'
import {normalizedText} from './normalized-text.js'

// Where an enumeration marker may start: first characters of 一是…十是, 第一，…, 首先/其次/再次/最后.
const candidatePattern = /[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，、：,:]|首先|其次|再次|最后/g
/** An item starts a sentence: after one of these (or a closing quote after a sentence end), or at the start. */
const sentenceBoundaries = charCodes('。；！？：;!?:')
const closers = charCodes('”’」』）)')

interface Candidate {
  paragraph: number
  /** Index into the paragraph's concatenated leaf values. */
  index: number
  match: EnumerationMarkerMatch
  ordinal: number
}

/**
 * Turn inline enumerations (一是…二是…, 第一，…第二，…, 首先…其次…最后…) into `enumItem` nodes.
 *
 * Pass the consecutive paragraphs of one section body: a sequence may run inside one paragraph
 * (seed 000) or over paragraphs that each start with an item (seed 001). Only plausible sequences
 * count: an item numbered 1 followed by 2 (and so on) of the same family, each at the start of a
 * sentence; a lone 第一 (第一议题, 第一书记) or a 一是 without a 二是 stays text. Each item runs to
 * the next item or the end of its paragraph; text before the first item stays in the paragraph.
 * Paragraphs already holding items, and leaves other than text, breaks and markers, are left as they are.
 *
 * @param paragraphs consecutive paragraphs of one section body, leaves positioned
 * @returns the paragraphs, in order, those with items rebuilt (same position)
 */
export function splitEnumerations(paragraphs: readonly ParagraphNode[]): ParagraphNode[] {
  const values = paragraphs.map((paragraph) => flatValue(paragraph.children))
  const candidates = findCandidates(paragraphs, values)
  // Most section bodies hold no sequence at all: nothing to sort, group or rebuild.
  if (candidates.length < 2) return paragraphs.slice()
  const accepted = acceptSequences(candidates)
  if (accepted.size === 0) return paragraphs.slice()
  return paragraphs.map((paragraph, index) => {
    const items = accepted.get(index)
    const children = paragraph.children
    if (!items || !isFlat(children)) return paragraph
    return rebuild(paragraph, children, items)
  })
}

/** The concatenated values of a paragraph's leaves; `undefined` when it holds items already. */
function flatValue(children: FlowContent[]): string | undefined {
  if (!isFlat(children)) return undefined
  const [only] = children
  if (children.length === 1 && only) return only.value
  let value = ''
  for (const child of children) value += child.value
  return value
}

function isFlat(children: FlowContent[]): children is InlineContent[] {
  return children.every((child) => child.type !== 'enumItem')
}

function findCandidates(paragraphs: readonly ParagraphNode[], values: readonly (string | undefined)[]): Candidate[] {
  const candidates: Candidate[] = []
  let paragraph = -1
  while (++paragraph < paragraphs.length) {
    const value = values[paragraph]
    const children = paragraphs[paragraph]?.children
    if (value === undefined || !children || !isFlat(children)) continue
    let starts: number[] | undefined
    candidatePattern.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = candidatePattern.exec(value))) {
      // `十一是` is found at 十; `一是` inside `统一是` fails the boundary test.
      if (!startsSentence(value, found.index)) continue
      const match = matchEnumerationMarker(value, found.index)
      if (!match) continue
      starts ??= leafStarts(children)
      if (!insideOneText(children, starts, found.index, match.end)) continue
      const ordinal = typeof match.ordinal === 'number' ? match.ordinal : 0
      candidates.push({paragraph, index: found.index, match, ordinal})
    }
  }
  return candidates
}

/** Where each leaf starts in the concatenated values. */
function leafStarts(children: readonly InlineContent[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const child of children) {
    starts.push(offset)
    offset += child.value.length
  }
  return starts
}

function startsSentence(value: string, index: number): boolean {
  let before = index - 1
  while (before >= 0 && isWhiteSpace(value.charCodeAt(before))) before--
  if (before < 0) return true
  const code = value.charCodeAt(before)
  // A closing quote opening the paragraph counts as a boundary, as a sentence end would.
  if (inClass(closers, code)) return before === 0 || inClass(sentenceBoundaries, value.charCodeAt(before - 1))
  return inClass(sentenceBoundaries, code)
}

/** Whether `[from, to)` of the concatenated values lies inside one text leaf (a marker never spans a break). */
function insideOneText(children: readonly InlineContent[], starts: readonly number[], from: number, to: number): boolean {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= from) low = middle
    else high = middle - 1
  }
  const child = children[low]
  return child !== undefined && child.type === 'text' && to <= (starts[low] ?? 0) + child.value.length
}

/** Keep the items of sequences 1, 2, … of one family with at least two items; per paragraph, one family. */
function acceptSequences(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const runs = new Map<string, Candidate[]>()
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    const family = candidate.match.family
    const run = runs.get(family)
    const previous = run?.at(-1)
    const ordinal = candidate.match.ordinal === 'next' ? (previous ? previous.ordinal + 1 : 0) : candidate.ordinal
    if (ordinal === 1) {
      settleFamily(runs, kept, family)
      runs.set(family, [{...candidate, ordinal}])
    } else if (run && previous && ordinal === previous.ordinal + 1) {
      run.push({...candidate, ordinal})
    }
  }
  for (const family of [...runs.keys()]) settleFamily(runs, kept, family)
  kept.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index)
  const byParagraph = new Map<number, Candidate[]>()
  for (const candidate of kept) {
    const items = byParagraph.get(candidate.paragraph)
    if (!items) byParagraph.set(candidate.paragraph, [candidate])
    else if (items[0]?.match.family === candidate.match.family) items.push(candidate)
  }
  return byParagraph
}

/** Keep the open run of `family` when it has at least two items, and close it. */
function settleFamily(runs: Map<string, Candidate[]>, kept: Candidate[], family: string): void {
  const run = runs.get(family)
  if (run && run.length >= 2) for (const item of run) kept.push(item)
  runs.delete(family)
}

function rebuild(paragraph: ParagraphNode, children: readonly InlineContent[], items: readonly Candidate[]): ParagraphNode {
  const total = children.reduce((sum, child) => sum + child.value.length, 0)
  // Cut points in order: each item's start and marker end; pieces[k] covers cuts[k]..cuts[k+1].
  const cuts: number[] = [0]
  for (const item of items) cuts.push(item.index, item.match.end)
  cuts.push(total)
  const pieces = cutLeaves(children, cuts)
  const result: FlowContent[] = [...(pieces[0] ?? [])]
  let position = -1
  while (++position < items.length) {
    const item = items[position]
    const marker = pieces[1 + position * 2]?.[0]
    if (!item || !marker) continue
    const rest = pieces[2 + position * 2] ?? []
    const markerNode: InlineContent = {type: 'marker', value: marker.value, position: marker.position}
    const itemChildren: InlineContent[] = [markerNode, ...rest]
    const last = itemChildren.at(-1) ?? markerNode
    result.push({
      type: 'enumItem',
      marker: item.match.marker,
      ordinal: item.ordinal,
      lead: leadOf(rest),
      children: itemChildren,
      position: {start: markerNode.position.start, end: last.position.end}
    })
  }
  return {...paragraph, children: result}
}

/** Split the leaves at ascending `cuts` (indices into the concatenated values) in one pass. */
function cutLeaves(children: readonly InlineContent[], cuts: readonly number[]): InlineContent[][] {
  const pieces: InlineContent[][] = cuts.slice(1).map(() => [])
  let segment = 0
  let offset = 0
  for (const child of children) {
    const start = offset
    const end = offset + child.value.length
    offset = end
    let from = start
    // Tested once per leaf, only when a cut falls inside it.
    let flat: boolean | undefined
    while (from < end) {
      while (segment < pieces.length - 1 && (cuts[segment + 1] ?? end) <= from) segment++
      const to = Math.min(end, cuts[segment + 1] ?? end)
      let piece: InlineContent = child
      if (child.type === 'text' && (from !== start || to !== end)) {
        flat ??= isSingleLine(child)
        piece = cutText(child, from - start, to - start, flat)
      }
      pieces[segment]?.push(piece)
      if (piece === child && to < end) break
      from = to
    }
  }
  return pieces
}

/** The lead phrase: the item's text after the marker up to the first 。；！：, normalised. */
function leadOf(rest: readonly InlineContent[]): string {
  let lead = ''
  for (const leaf of rest) {
    const reading = normalizedText(leaf)
    let end = 0
    while (end < reading.length && !inClass(headingTerminatorCodes, reading.charCodeAt(end))) end++
    lead += reading.slice(0, end)
    // Stop at the first terminator: the rest of the item is not read.
    if (end < reading.length) break
  }
  return lead.trim()
}

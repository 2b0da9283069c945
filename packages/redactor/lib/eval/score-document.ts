import {EntityType, type GoldAnnotation, type RedactionSpan} from '@gongwen/schema'
import {collectOccurrences, type Occurrence} from './collect-occurrences.js'
import {genericEndingLength} from './generic-ending-length.js'
import {isDateOrRank} from './is-date-or-rank.js'
import {showContext} from './show-context.js'
import {spanCoverage} from './span-coverage.js'
import {emptyTally, type Tally} from './tally.js'

/** One thing a reviewer should look at: a leak, an over-masked keep string, or a mask the gold does not ask for. */
export interface Finding {
  doc: string
  /** The gold type for a leak or an over-mask (PLACE…, NATIONAL…), the span's type for an unlisted mask. */
  type: string
  /** The gold string, or the span's original for an unlisted mask. */
  text: string
  start: number
  end: number
  /** Characters left visible (leak) or hidden (over-mask, unlisted mask). */
  chars: number
  /** The span that hid it: `detector/rule: original → replacement`; null for a leak. */
  by: string | null
  context: string
}

/** How one redaction of one document compares with its gold. */
export interface DocumentScore {
  doc: string
  split: GoldAnnotation['split']
  /** Gold `keep` occurrences in the document. */
  keepMentions: number
  /** Tallies by type: gold type for recall and soft, span type for precision and over-masks. */
  byType: Record<EntityType, Tally>
  leaks: Finding[]
  overMasks: Finding[]
  unlisted: Finding[]
}

/** Scores the spans one system produced for `text` against the document's gold annotation. */
export function scoreDocument(text: string, gold: GoldAnnotation, spans: readonly RedactionSpan[]): DocumentScore {
  const {covering, hidden} = spanCoverage(text.length, spans)
  const byType = Object.fromEntries(EntityType.options.map((type) => [type, emptyTally()])) as Record<EntityType, Tally>
  const spanAt = (offset: number) => spans[(covering[offset] ?? 0) - 1]
  const describe = (span: RedactionSpan | undefined) =>
    span ? `${span.detector}/${span.rule}: ${span.original} → ${span.replacement}` : null
  const finding = (type: string, found: {text: string; start: number; end: number}, chars: number, by: string | null): Finding => ({
    doc: gold.doc,
    type,
    text: found.text,
    start: found.start,
    end: found.end,
    chars,
    by,
    context: showContext(text, found.start, found.end)
  })

  const must = new Uint8Array(text.length)
  const leaks: Finding[] = []
  for (const occurrence of collectOccurrences(text, gold.mask)) {
    if (occurrence.type === 'FIGURE' && isDateOrRank(text, occurrence)) continue
    const tally = byType[occurrence.type]
    tally.mentions++
    const mayShow = mayStayVisible(text, occurrence)
    // The visible rest a span keeps (*县税务局) covers a mention only where the span hides some of the mention:
    // a brand inside the kept rest (宜宾宏达建材有限公司 → *宏达建材有限公司) is in plain sight.
    const hidesSome = hidden.subarray(occurrence.start, occurrence.end).includes(1)
    const coveredAt = (offset: number) => hidden[offset] === 1 || (hidesSome && covering[offset] !== 0)
    const identifyingCovered = mayShow.every((may, index) => may || coveredAt(occurrence.start + index))
    let visible = 0
    for (let offset = occurrence.start; offset < occurrence.end; offset++) {
      const covered = coveredAt(offset) || (identifyingCovered && mayShow[offset - occurrence.start] === true)
      if (!covered) visible++
      if (must[offset]) continue
      must[offset] = 1
      tally.mustChars++
      if (covered) tally.coveredChars++
    }
    if (visible === 0) tally.coveredMentions++
    else leaks.push(finding(occurrence.type, occurrence, visible, null))
  }

  const soft = new Uint8Array(text.length)
  for (const occurrence of collectOccurrences(text, gold.soft)) {
    const tally = byType[occurrence.type]
    for (let offset = occurrence.start; offset < occurrence.end; offset++) {
      if (must[offset] || soft[offset]) continue
      soft[offset] = 1
      tally.softChars++
      if (covering[offset] !== 0) tally.softCoveredChars++
    }
  }

  const unlistedBySpan = new Map<number, number>()
  for (let offset = 0; offset < text.length; offset++) {
    const span = spanAt(offset)
    if (!span || !hidden[offset] || soft[offset]) continue
    const tally = byType[span.type]
    tally.maskedChars++
    if (must[offset]) tally.correctChars++
    else unlistedBySpan.set(covering[offset] ?? 0, (unlistedBySpan.get(covering[offset] ?? 0) ?? 0) + 1)
  }
  const unlisted = [...unlistedBySpan].flatMap(([index, chars]) => {
    const span = spans[index - 1]
    return span ? [finding(span.type, {text: span.original, start: span.start, end: span.end}, chars, describe(span))] : []
  })

  const keep = collectOccurrences(text, gold.keep)
  const overMasks: Finding[] = []
  for (const occurrence of keep) {
    let chars = 0
    let first: RedactionSpan | undefined
    for (let offset = occurrence.start; offset < occurrence.end; offset++) {
      if (!hidden[offset] || must[offset]) continue
      chars++
      first ??= spanAt(offset)
    }
    if (!first) continue
    byType[first.type].overMasks++
    overMasks.push(finding(occurrence.type, occurrence, chars, describe(first)))
  }

  return {doc: gold.doc, split: gold.split, keepMentions: keep.length, byType, leaks, overMasks, unlisted}
}

/**
 * Which characters of a gold mention may stay visible once the rest is masked: the generic ending of a
 * place or unit (江安县 masked as `*县` by a span over 江安 alone does not leak 县), the title after a
 * person's surname (张副区长 as `**副区长`) and the spaces that pad a name (王  欣). They count as covered when every other character is; otherwise they are leaks too.
 */
function mayStayVisible(text: string, occurrence: Occurrence<EntityType>): boolean[] {
  const ending = genericEndingLength(occurrence.text, occurrence.type)
  const endingStart = occurrence.end - ending
  return Array.from({length: occurrence.end - occurrence.start}, (_, index) => {
    const offset = occurrence.start + index
    return offset >= endingStart || /\s/.test(text.charAt(offset))
  })
}

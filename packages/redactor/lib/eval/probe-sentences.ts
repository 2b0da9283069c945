import type {RedactionSpan} from '@gongwen/schema'

/** How one probe sentence fared: its name slots, how many were masked as asked, and some that were not. */
export interface SentenceResult {
  sentence: string
  mentions: number
  masked: number
  /** Up to five names left (partly) visible, as they stood in the sentence. */
  missed: string[]
}

/** A probe's totals over its sentences, worst recall first. */
export interface SentenceTotals {
  mentions: number
  masked: number
  sentences: SentenceResult[]
}

/**
 * A fixed pseudo-random draw (a linear congruential generator): `draw(bound)` gives a whole number below
 * `bound`, the same sequence on every run and machine, so a probe always asks about the same names.
 */
export function seededDraw(seed: number): (bound: number) => number {
  let state = seed >>> 0
  return (bound) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return (state >>> 8) % bound
  }
}

/** What fills a slot of a probe sentence, and the part of it that must be masked: `text[maskStart, maskEnd)`. */
export interface SlotFiller {
  text: string
  maskStart: number
  maskEnd: number
}

// Lines per probe document: a report's worth, each line with other fillers.
const linesPerDocument = 20

/**
 * Fills the slots of `sentence` (each `slot`, one filler per slot, in order) with `fillers`, twenty lines to a
 * document, and counts the fillers whose part to mask the redactor masked whole (every character inside a span).
 * A sentence without the slot is a mistake in the probe's data (it would fill no line and never end): it throws
 * a `TypeError` naming the sentence.
 */
export function probeSentence(
  redact: (text: string) => {spans: RedactionSpan[]},
  sentence: string,
  slot: string,
  fillers: readonly SlotFiller[]
): SentenceResult {
  const parts = sentence.split(slot)
  const slots = parts.length - 1
  if (slots === 0) throw new TypeError(`Probe sentence \`${sentence}\` has no \`${slot}\` slot to fill`)
  const result: SentenceResult = {sentence, mentions: 0, masked: 0, missed: []}
  let next = 0
  while (next + slots <= fillers.length) {
    const lines: string[] = []
    const mentions: {filler: SlotFiller; start: number}[] = []
    let offset = 0
    while (lines.length < linesPerDocument && next + slots <= fillers.length) {
      let line = parts[0] ?? ''
      for (let index = 1; index < parts.length; index++) {
        const filler = fillers[next++]
        if (filler === undefined) break
        mentions.push({filler, start: offset + line.length})
        line += filler.text + (parts[index] ?? '')
      }
      lines.push(line)
      offset += line.length + 1
    }
    const covered = new Uint8Array(offset)
    for (const span of redact(lines.join('\n')).spans) covered.fill(1, span.start, span.end)
    for (const {filler, start} of mentions) {
      result.mentions++
      if (covered.subarray(start + filler.maskStart, start + filler.maskEnd).every((value) => value === 1)) result.masked++
      else if (result.missed.length < 5) result.missed.push(filler.text)
    }
  }
  return result
}

/** The totals of the sentences' results, the sentences sorted worst recall first. */
export function totalOf(results: SentenceResult[]): SentenceTotals {
  const mentions = results.reduce((sum, result) => sum + result.mentions, 0)
  const masked = results.reduce((sum, result) => sum + result.masked, 0)
  return {mentions, masked, sentences: [...results].sort((a, b) => a.masked / a.mentions - b.masked / b.mentions)}
}

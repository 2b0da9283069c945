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

/** Which characters of a text of `length` characters the spans mask. */
export function maskedCharacters(spans: readonly RedactionSpan[], length: number): Uint8Array {
  const covered = new Uint8Array(length)
  for (const span of spans) covered.fill(1, span.start, span.end)
  return covered
}

/** Whether every character of `[start, end)` is masked. */
export function isMaskedWhole(covered: Uint8Array, start: number, end: number): boolean {
  return covered.subarray(start, end).every((value) => value === 1)
}

/** The totals of the sentences' results, the sentences sorted worst recall first. */
export function totalOf(results: SentenceResult[]): SentenceTotals {
  const mentions = results.reduce((sum, result) => sum + result.mentions, 0)
  const masked = results.reduce((sum, result) => sum + result.masked, 0)
  return {mentions, masked, sentences: [...results].sort((a, b) => a.masked / a.mentions - b.masked / b.mentions)}
}

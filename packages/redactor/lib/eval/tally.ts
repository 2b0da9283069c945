/** Character and mention counts behind every figure of the evaluation; tallies add up across documents. */
export interface Tally {
  /** Characters of gold `mask` occurrences. */
  mustChars: number
  /** Of those, characters covered by a masking span. */
  coveredChars: number
  /** Gold `mask` occurrences. */
  mentions: number
  /** Of those, occurrences covered entirely. */
  coveredMentions: number
  /** Characters hidden by spans, outside gold `soft` occurrences (the precision denominator). */
  maskedChars: number
  /** Of those, characters inside a gold `mask` occurrence. */
  correctChars: number
  /** Characters of gold `soft` occurrences (outside `mask` occurrences). */
  softChars: number
  /** Of those, characters covered by a masking span. */
  softCoveredChars: number
  /** Gold `keep` occurrences with a character hidden (attributed to the type of the span that hid it). */
  overMasks: number
}

/** Ratios of a tally; null when the denominator is zero. */
export interface Rates {
  precision: number | null
  recall: number | null
  mentionRecall: number | null
  leakRate: number | null
  overMaskRate: number | null
  softMasked: number | null
}

export function emptyTally(): Tally {
  return {
    mustChars: 0,
    coveredChars: 0,
    mentions: 0,
    coveredMentions: 0,
    maskedChars: 0,
    correctChars: 0,
    softChars: 0,
    softCoveredChars: 0,
    overMasks: 0
  }
}

/** Adds `source` into `target`. */
export function addTally(target: Tally, source: Readonly<Tally>): void {
  for (const key of Object.keys(target) as (keyof Tally)[]) target[key] += source[key]
}

/** The rates of a tally; `keepMentions` is the number of gold `keep` occurrences the over-mask rate is a share of. */
export function tallyRates(tally: Readonly<Tally>, keepMentions: number): Rates {
  return {
    precision: ratio(tally.correctChars, tally.maskedChars),
    recall: ratio(tally.coveredChars, tally.mustChars),
    mentionRecall: ratio(tally.coveredMentions, tally.mentions),
    leakRate: ratio(tally.mustChars - tally.coveredChars, tally.mustChars),
    overMaskRate: ratio(tally.overMasks, keepMentions),
    softMasked: ratio(tally.softCoveredChars, tally.softChars)
  }
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

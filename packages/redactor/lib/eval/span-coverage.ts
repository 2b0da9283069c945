import type {RedactionSpan} from '@gongwen/schema'

/** What the spans of one redaction do to each character of the input. */
export interface SpanCoverage {
  /** Per character: index + 1 of the masking span that covers it, 0 when none does. */
  covering: Int32Array
  /** Per character: 1 when the covering span hides it, 0 when it stays visible. */
  hidden: Uint8Array
}

/**
 * Which characters the spans cover and which they hide. A span that leaves its text as it is
 * (style `keep`) masks nothing and is ignored. A covered character can still be visible by design:
 * 江安县 → *县 covers all three characters but hides only 江安, so the visible suffix a span shares
 * with its replacement counts as covered (no leak) but not as hidden (no over-mask).
 */
export function spanCoverage(length: number, spans: readonly RedactionSpan[]): SpanCoverage {
  const covering = new Int32Array(length)
  const hidden = new Uint8Array(length)
  spans.forEach((span, index) => {
    if (span.replacement === span.original) return
    const start = Math.max(0, span.start)
    const end = Math.min(length, span.end)
    const hiddenEnd = end - sharedSuffixLength(span.original, span.replacement)
    for (let offset = start; offset < end; offset++) {
      covering[offset] = index + 1
      if (offset < hiddenEnd) hidden[offset] = 1
    }
  })
  return {covering, hidden}
}

function sharedSuffixLength(original: string, replacement: string): number {
  let length = 0
  while (
    length < original.length &&
    length < replacement.length &&
    original.charAt(original.length - 1 - length) === replacement.charAt(replacement.length - 1 - length)
  ) {
    length++
  }
  return length
}

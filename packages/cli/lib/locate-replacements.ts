import type {RedactionSpan} from '@gongwen/schema'

export interface PlacedSpan {
  /** Offset of the replacement in the redacted text. */
  start: number
  end: number
  span: RedactionSpan
}

/**
 * Where each span's replacement stands in the redacted text. Spans index the input; every earlier
 * replacement shifts later ones by its change in length. A span whose replacement is not where it should
 * be (the text was edited after redaction) is left out rather than highlighting the wrong characters.
 *
 * @param redacted the redacted text
 * @param spans the spans `redact` returned, in input offsets
 */
export function locateReplacements(redacted: string, spans: readonly RedactionSpan[]): PlacedSpan[] {
  const placed: PlacedSpan[] = []
  let shift = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = span.start + shift
    const end = start + span.replacement.length
    shift += span.replacement.length - (span.end - span.start)
    if (redacted.slice(start, end) === span.replacement) placed.push({start, end, span})
  }
  return placed
}

import type {RedactionSpan} from '@gongwen/schema'
import {concatenate} from './concatenate.js'

function describe(span: Readonly<RedactionSpan>): string {
  return `\`${span.original}\` at ${span.start}–${span.end}`
}

/**
 * Replace each span's `original` with its `replacement`; every character outside the spans is kept as it is.
 * Spans may come in any order. Spans that overlap, fall outside the text or do not match it are a programmer
 * error (spans of another text), and throw a `TypeError`.
 */
export function applySpans(text: string, spans: readonly Readonly<RedactionSpan>[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let position = 0
  for (const span of ordered) {
    if (span.start < position) throw new TypeError(`Expected spans that do not overlap, not ${describe(span)} before offset ${position}`)
    if (span.end < span.start || span.end > text.length) throw new TypeError(`Expected spans inside the text (length ${text.length}), not ${describe(span)}`)
    if (text.slice(span.start, span.end) !== span.original) {
      throw new TypeError(`Expected spans of this text, not ${describe(span)} where the text has \`${text.slice(span.start, span.end)}\``)
    }
    parts.push(text.slice(position, span.start), span.replacement)
    position = span.end
  }
  parts.push(text.slice(position))
  return concatenate(parts)
}

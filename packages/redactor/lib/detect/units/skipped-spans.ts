// Spans no unit rule takes: after a placeholder, over a protected range, or over a unit found already.
import type {DetectionContext} from '../../detection.js'
import {followsPlaceholder} from '../../gazetteer/place-context.js'
import {overlapsAny} from '../../overlaps.js'

/**
 * Whether `[start, end)` follows a placeholder or touches a range that must stay visible. A function of the
 * module rather than a closure per call: the detector runs twice per document, on thousands of documents.
 */
export function isSkipped(context: DetectionContext, start: number, end: number): boolean {
  return followsPlaceholder(context.text, start) || overlapsAny(context.protectedRanges, start, end)
}

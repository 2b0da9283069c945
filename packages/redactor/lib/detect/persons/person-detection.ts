// The detection every persons rule reports.
import type {Detection} from '../../detection.js'

export function person(start: number, end: number, rule: string, confidence: number, reason: string): Detection {
  return {type: 'PERSON', start, end, suffixLength: 0, detector: 'persons', rule, confidence, reason}
}

/** 1 at every offset of `text` inside a name found so far: the rules that read runs leave those to the names found. */
export function coveredByFound(text: string, found: readonly Detection[]): Uint8Array {
  const covered = new Uint8Array(text.length)
  for (const item of found) covered.fill(1, item.start, item.end)
  return covered
}

/**
 * Whether one of the first `count` names found covers an offset of `[start, end)`: a rule that asks at a few places
 * reads the names found, where `coveredByFound` would mark every offset of the text.
 */
export function overlapsFound(found: readonly Detection[], start: number, end: number, count = found.length): boolean {
  for (let index = 0; index < count; index++) {
    const item = found[index]
    if (item !== undefined && item.start < end && item.end > start) return true
  }
  return false
}

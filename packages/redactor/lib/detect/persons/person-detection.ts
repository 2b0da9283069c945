// The detection every persons rule reports.
import type {Detection} from '../../detection.js'
import {lowerBound} from '../../lower-bound.js'

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
 * A test of whether a name found before a rule ran covers an offset of `[start, end)`, for a rule that asks at its
 * candidates and adds names of its own (which the test does not see): the names found so far, sorted by start with
 * the furthest end among each prefix, searched in halves. Walking them per candidate made such a rule quadratic in a
 * document's names (a list of phones a name each: 4 times the text took 8 times as long). Built at the first question,
 * so a text without candidates pays nothing.
 */
export function overlapsEarlierFinds(found: readonly Detection[]): (start: number, end: number) => boolean {
  const count = found.length
  let index: {starts: Int32Array; furthestEnds: Int32Array} | undefined
  return (start, end) => {
    index ??= indexFinds(found.slice(0, count))
    // The names that start before `end`; one of them covers an offset of the range if it ends after `start`.
    const before = lowerBound(index.starts, end)
    return before > 0 && (index.furthestEnds[before - 1] ?? -1) > start
  }
}

/** The starts of `names` in ascending order, and at each the furthest end of the names up to it. */
function indexFinds(names: Detection[]): {starts: Int32Array; furthestEnds: Int32Array} {
  names.sort((a, b) => a.start - b.start)
  const starts = new Int32Array(names.length)
  const furthestEnds = new Int32Array(names.length)
  let furthest = -1
  names.forEach((name, at) => {
    starts[at] = name.start
    furthest = Math.max(furthest, name.end)
    furthestEnds[at] = furthest
  })
  return {starts, furthestEnds}
}

import type {Position} from '@gongwen/schema'
import type {VFile} from 'vfile'
import {markerWithOrdinal, type HeadingMarkerMatch} from './match-marker.js'
import {warn} from './warn.js'

/** Past this many warnings of one rule in one file, one last note says the rest are not listed. */
const maxWarningsPerRule = 100

/** Warnings already given per rule id, so adversarial input cannot flood the file with messages. */
export type WarningCounts = Map<string, number>

/**
 * Warn about a numbered heading that does not follow its siblings or skips a level. Nothing is
 * fixed: the tree keeps the markers as written.
 *
 * - `heading-level-skip`: a level 3 heading directly under a level 1 heading
 * - `heading-number-gap`: `四、` after `二、`, or a first heading that is not numbered 1
 * - `heading-number-duplicate`: `二、` after `二、`
 * - `heading-number-restart`: `一、` after `三、`
 *
 * @param file the file to warn on
 * @param counts warnings given so far per rule
 * @param heading the new heading's marker
 * @param previous the marker of the previous heading at the same level under the same parent
 * @param parent the marker of the enclosing numbered heading, if any
 * @param place the new heading's position
 */
export function checkNumbering(
  file: VFile,
  counts: WarningCounts,
  heading: HeadingMarkerMatch,
  previous: HeadingMarkerMatch | undefined,
  parent: HeadingMarkerMatch | undefined,
  place: Position
): void {
  // Said once, at the first heading of the skipped level; its siblings share the problem.
  if (parent && !previous && heading.depth > parent.depth + 1) {
    warnCounted(
      file,
      counts,
      `Unexpected heading \`${heading.marker}\` at level ${heading.depth} under \`${parent.marker}\` at level ${parent.depth}, expected a level ${parent.depth + 1} heading first`,
      'heading-level-skip',
      place,
      heading.marker,
      undefined
    )
  }
  if (!previous) {
    if (heading.ordinal !== 1 && !saturated(counts, 'heading-number-gap')) {
      const expected = markerWithOrdinal(heading, 1)
      warnCounted(file, counts, `Unexpected heading \`${heading.marker}\`, expected \`${expected}\``, 'heading-number-gap', place, heading.marker, expected)
    }
    return
  }
  const ruleId =
    heading.ordinal === previous.ordinal
      ? 'heading-number-duplicate'
      : heading.ordinal > previous.ordinal + 1
        ? 'heading-number-gap'
        : heading.ordinal < previous.ordinal
          ? 'heading-number-restart'
          : undefined
  if (ruleId && !saturated(counts, ruleId)) {
    const expected = markerWithOrdinal(heading, previous.ordinal + 1)
    warnCounted(file, counts, `Unexpected heading \`${heading.marker}\` after \`${previous.marker}\`, expected \`${expected}\``, ruleId, place, heading.marker, expected)
  }
}

/** Whether a rule has given all the warnings it may; then not even the expected marker is worked out. */
function saturated(counts: WarningCounts, ruleId: string): boolean {
  return (counts.get(ruleId) ?? 0) > maxWarningsPerRule
}

function warnCounted(
  file: VFile,
  counts: WarningCounts,
  reason: string,
  ruleId: string,
  place: Position,
  actual: string,
  expected: string | undefined
): void {
  const count = (counts.get(ruleId) ?? 0) + 1
  counts.set(ruleId, count)
  if (count > maxWarningsPerRule + 1) return
  if (count === maxWarningsPerRule + 1) {
    warn(file, `Too many \`${ruleId}\` warnings, the rest are not listed`, {place, ruleId, source: 'gongwen-parser', info: true})
    return
  }
  warn(file, reason, {place, ruleId, source: 'gongwen-parser', actual, ...(expected === undefined ? {} : {expected})})
}

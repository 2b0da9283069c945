import {ruleStarts} from './char-codes.js'
import {enumerationMarkers, headingMarkers, sequenceWords, type HeadingMarkerRule} from './markers.js'
import {numeralStyle, readOrdinal, writeOrdinal} from './ordinal-numeral.js'

// Every line is tested: its first code unit picks the rules worth a regex (most lines none, a
// line opening with （ two of six), without making a string of it.
const headingStarts = ruleStarts(headingMarkers)
const enumerationStarts = ruleStarts(enumerationMarkers)

/** A heading marker found at a line start. Offsets index the whole text. */
export interface HeadingMarkerMatch {
  rule: HeadingMarkerRule
  depth: number
  /** The marker as written, e.g. `（一）`. */
  marker: string
  ordinal: number
  start: number
  end: number
  /** Where the numeral sits inside `marker`, to write the expected marker in the same style. */
  numeralStart: number
  numeralEnd: number
}

/** An enumeration marker (`一是`, `第二，`, `最后，`). */
export interface EnumerationMarkerMatch {
  family: string
  /** The marker word without trailing punctuation: `一是`, `第二`, `最后`. */
  marker: string
  /** A number, or `next` for 最后 (one more than the item before it). */
  ordinal: number | 'next'
  start: number
  /** End of the marker including its trailing punctuation (`第二，`). */
  end: number
}

/**
 * The heading marker at `from`, when text follows it before `to`.
 *
 * @param text the whole text
 * @param from where the marker would start (after indentation)
 * @param to end of the line's content
 */
export function matchHeadingMarker(text: string, from: number, to: number): HeadingMarkerMatch | undefined {
  const candidates = from < to ? (headingStarts[text.charCodeAt(from)] ?? 0) : 0
  if (candidates === 0) return undefined
  let index = -1
  for (const rule of headingMarkers) {
    if ((candidates & (1 << ++index)) === 0) continue
    rule.pattern.lastIndex = from
    const match = rule.pattern.exec(text)
    const numeral = match?.[1]
    if (!match || numeral === undefined) continue
    const end = from + match[0].length
    const ordinal = readOrdinal(numeral)
    if (ordinal === undefined || end >= to) continue
    const numeralStart = match[0].indexOf(numeral)
    return {
      rule,
      depth: rule.depth,
      marker: match[0],
      ordinal,
      start: from,
      end,
      numeralStart,
      numeralEnd: numeralStart + numeral.length
    }
  }
  return undefined
}

/**
 * The enumeration marker at `from`, if any.
 *
 * @param text the whole text
 * @param from where the marker would start
 */
export function matchEnumerationMarker(text: string, from: number): EnumerationMarkerMatch | undefined {
  const candidates = enumerationStarts[text.charCodeAt(from)] ?? 0
  if (candidates === 0) return undefined
  let index = -1
  for (const rule of enumerationMarkers) {
    if ((candidates & (1 << ++index)) === 0) continue
    rule.pattern.lastIndex = from
    const match = rule.pattern.exec(text)
    const word = match?.[1]
    if (!match || word === undefined) continue
    const ordinal = sequenceWords.get(word) ?? readOrdinal(word)
    if (ordinal === undefined) continue
    const pause = match[2] ?? ''
    return {family: rule.name, marker: match[0].slice(0, match[0].length - pause.length), ordinal, start: from, end: from + match[0].length}
  }
  return undefined
}

/**
 * The marker a heading numbered `ordinal` would have in the style of `match` (`三、` for `二、`).
 *
 * @param match a marker as written
 * @param ordinal the number the other marker should carry
 */
export function markerWithOrdinal(match: HeadingMarkerMatch, ordinal: number): string {
  const numeral = match.marker.slice(match.numeralStart, match.numeralEnd)
  return match.marker.slice(0, match.numeralStart) + writeOrdinal(ordinal, numeralStyle(numeral)) + match.marker.slice(match.numeralEnd)
}

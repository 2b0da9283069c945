import {charCodes, inClass} from './char-codes.js'
import {enumerationMarkerStarts, enumerationMarkers, headingMarkerStarts, headingMarkers, sequenceWords, type HeadingMarkerRule} from './markers.js'
import {numeralStyle, readOrdinal, writeOrdinal} from './ordinal-numeral.js'

// Every line is tested: a code-unit set decides without making a string of its first character.
const headingStarts = charCodes(headingMarkerStarts)
const enumerationStarts = charCodes(enumerationMarkerStarts)

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
  if (from >= to || !inClass(headingStarts, text.charCodeAt(from))) return undefined
  for (const rule of headingMarkers) {
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
  if (!inClass(enumerationStarts, text.charCodeAt(from))) return undefined
  for (const rule of enumerationMarkers) {
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

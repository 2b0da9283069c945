// The numbering markers of Chinese official documents, as one table (GB/T 9704 and ANNOTATION.md
// § outline). Every pattern is sticky (matched at one position, never searched for), anchored to
// the marker itself and bounded, so a 1 MB line of `（（（（…` costs one failed match.
import {charCodes} from './char-codes.js'

/** A heading marker family: what it looks like and the outline level it stands for. */
export interface HeadingMarkerRule {
  /** Stable name of the family, e.g. `chinese-comma` for `一、`. */
  name: string
  /** Outline level: 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`. */
  depth: 1 | 2 | 3 | 4
  /** Sticky pattern; group 1 is the numeral. */
  pattern: RegExp
  /** Characters the marker can start with: the pattern is tried only at one of them. */
  starts: string
}

/** An enumeration marker family (`一是`, `第一，`, `首先`) used inside paragraphs. */
export interface EnumerationMarkerRule {
  name: string
  /** Sticky pattern; group 1 is the numeral or the sequence word, group 2 trailing punctuation if any. */
  pattern: RegExp
  /** Characters the marker can start with: the pattern is tried only at one of them. */
  starts: string
}

const chineseNumerals = '一二三四五六七八九十'
const openingParentheses = '（('
const digits = '0123456789０１２３４５６７８９'

export const headingMarkers: readonly HeadingMarkerRule[] = [
  {name: 'chinese-comma', depth: 1, pattern: /([一二三四五六七八九十]{1,3})、/y, starts: chineseNumerals},
  {name: 'chinese-part', depth: 1, pattern: /第([一二三四五六七八九十]{1,3})(?:部分|章)/y, starts: '第'},
  {name: 'chinese-paren', depth: 2, pattern: /[（(]([一二三四五六七八九十]{1,3})[）)]/y, starts: openingParentheses},
  // `1.5万元` and `2022.` are figures, not markers: no digit may follow the dot.
  {name: 'arabic-dot', depth: 3, pattern: /([0-9]{1,2}|[０-９]{1,2})[.．、](?![0-9０-９])/y, starts: digits},
  {name: 'arabic-paren', depth: 4, pattern: /[（(]([0-9]{1,2}|[０-９]{1,2})[）)]/y, starts: openingParentheses},
  {name: 'circled', depth: 4, pattern: /([①-⑳])/y, starts: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'}
]

export const enumerationMarkers: readonly EnumerationMarkerRule[] = [
  {name: 'shi', pattern: /([一二三四五六七八九十]{1,2})是()/y, starts: chineseNumerals},
  // A bare 第一 is a rank (第一议题, 第一书记, 第一副指挥长): only 第一 followed by a pause counts.
  {name: 'di', pattern: /第([一二三四五六七八九十]{1,2})([，、：,:])/y, starts: '第'},
  {name: 'sequence', pattern: /(首先|其次|再次|最后)([，、：,:])/y, starts: '首其再最'}
]

/** Ordinals of the sequence words; 最后 ("finally") continues whatever came before it. */
export const sequenceWords: ReadonlyMap<string, number | 'next'> = new Map<string, number | 'next'>([
  ['首先', 1],
  ['其次', 2],
  ['再次', 3],
  ['最后', 'next']
])

/** Characters that end a run-in heading and, before the body, the outline title (ANNOTATION.md). */
export const headingTerminators = '。；：！'

/** `headingTerminators` as code units, for tests on `charCodeAt`. */
export const headingTerminatorCodes = charCodes(headingTerminators)

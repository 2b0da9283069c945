// Where a name may start and end in running text: the words and characters around names.
import {charCodes, inClass, isWhiteSpace} from '@gongwen/parser'
import {mayEndKnownWord, mayStartKnownWord, sentenceOpenerTags} from '../../jieba-dictionary.js'
import {measureWordAt} from '../../measure-words.js'
import {segment} from '../../segment.js'
import {isNameShape, surnameLengthsAt} from './name-shape.js'
import {followers, notInListedGivenName, precedingBoundary, unitEndings} from './person-classes.js'
import {knownWordAcross, segmentTo, windowStart} from './read-words.js'
import {isCjkAt, isNumberCode} from './scan-text.js'
import {titleAt, titleEndingAt} from './titles.js'

// The first characters of the words that follow names: most positions start none, answered with no string compared.
const followerStarts = charCodes(followers.map((word) => word.charAt(0)).join(''))

/** Whether a word that follows names, of `minLength` characters or more (同志, 带领; 在, 家), starts at `position`. */
export function followerAt(text: string, position: number, minLength: number): boolean {
  return inClass(followerStarts, text.charCodeAt(position)) && followers.some((word) => word.length >= minLength && text.startsWith(word, position))
}

/** Whether a name may end at `end`: punctuation, space or the end of the text, a title, or a word that follows names. */
export function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true
  let next = end
  // Text from a PDF breaks lines anywhere: a line break followed by more Chinese continues the word.
  let crossedLine = false
  while (next < text.length && next - end < 4 && isWhiteSpace(text.charCodeAt(next))) {
    const code = text.charCodeAt(next)
    crossedLine ||= code === 10 || code === 13
    next++
  }
  if (next === end ? !isCjkAt(text, end) : !crossedLine || !isCjkAt(text, next)) return true
  if (titleAt(text, next) !== undefined) return true
  if (followerAt(text, next, 1)) return true
  return startsKnownWord(text, next)
}

/** Whether a dictionary word of two or more characters starts at `position` (村民陆阿根算了一笔账, 沈卫东牵头成立). */
export function startsKnownWord(text: string, position: number): boolean {
  if (!mayStartKnownWord(text, position, Math.min(text.length, position + 4))) return false
  const [token] = segmentTo(text, position, position + 4, position)
  return token !== undefined && token.word.length >= 2 && token.tag !== 'x'
}

/** Whether a name may start at `start` in running text (it has no title before it). */
export function startsName(text: string, start: number): boolean {
  if (start === 0) return true
  // After a digit, a measure word that is also a surname counts what the number says (180元涨到了460元), as after a
  // figure redact's second look reads masked (**元涨到).
  if (isNumberCode(text.charCodeAt(start - 1))) return measureWordAt(text, start) === undefined
  return !isCjkAt(text, start - 1) || inClass(precedingBoundary, text.charCodeAt(start - 1)) || titleEndingAt(text, start)
}

/** Whether a word that opens a sentence ends at `start` (会上刘芳指出, 随后李文斌强调), so a name may start there. */
export function followsSentenceOpener(text: string, start: number): boolean {
  let from = start
  while (from > 0 && start - from < 4 && isCjkAt(text, from - 1)) from--
  if (!mayEndKnownWord(text, from, start, 'opener')) return false
  const before = segment(text, from, start).at(-1)
  if (before === undefined || before.word.length < 2 || !sentenceOpenerTags.has(before.tag)) return false
  return segmentTo(text, windowStart(text, Math.max(0, start - 2), start), start + 1, start).some((token) => token.start === start)
}

/**
 * Whether a unit's name of two or more characters ends right before `start` (县财政局付平参加调研), and not a word
 * jieba reads on past it (学院路送去: 学院路 is a street, 路送去 no name).
 */
export function followsUnit(text: string, start: number): boolean {
  if (!inClass(unitEndings, text.charCodeAt(start - 1)) || !isCjkAt(text, start - 2)) return false
  return knownWordAcross(segmentTo(text, windowStart(text, Math.max(0, start - 3), start), start + 1, start), start) === undefined
}

/**
 * Whether jieba reads the character before `start` into a known word with the name's first (同位素, 经纪人: 同
 * and 经 are no prepositions there); a run it could not read (受何涛/x 委托) is no such word.
 */
export function continuesWordBefore(text: string, start: number, end: number): boolean {
  if (!isCjkAt(text, start - 1)) return false
  return knownWordAcross(segmentTo(text, start - 1, end, start), start) !== undefined
}

/**
 * The start of a name that ends at `end` where nothing before it says where it starts (the first item of a list,
 * a name before its phone): the longest name shape (a compound surname and two characters, a surname and two, a
 * surname and one) that opens after no Chinese character or where jieba reads no word across its start (授予|黄河,
 * 班组|王建军); undefined where none does.
 */
export function nameShapeStartBefore(text: string, end: number): number | undefined {
  for (const length of [4, 3, 2]) {
    const start = end - length
    if (start < 0 || !isNameShape(text, start, end, notInListedGivenName)) continue
    if (length === 4 && !surnameLengthsAt(text, start).includes(2)) continue
    if (!isCjkAt(text, start - 1) || !segmentTo(text, Math.max(0, start - 3), end, end).some((token) => token.start < start && token.end > start)) return start
  }
  return undefined
}

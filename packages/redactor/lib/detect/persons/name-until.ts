// The name that ends at a position right before its context (a title, a caption's position).
import {inClass} from '@gongwen/parser'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord, mayBeKnownWord} from '../../jieba-dictionary.js'
import {continuesWordBefore, startsName} from './name-boundaries.js'
import {startsWithFunctionWord} from './name-from.js'
import {isNameShape, nameLengths, surnameLengthsAt} from './name-shape.js'
import {isKnownPersonWord, isOrdinaryWord} from './ordinary-words.js'
import {precedingBoundary, unitEndings} from './person-classes.js'
import {loadLexicons} from './person-lexicons.js'
import {knownWordAcross, segmentTo, windowStart} from './read-words.js'
import {isCjkAt} from './scan-text.js'
import {startsPredicate} from './starts-predicate.js'
import {titleEndingAt} from './titles.js'

/** Whether jieba, reading the name together with the title after it, puts a word boundary between them (not in 由市委书记). */
function splitsBefore(text: string, start: number, boundary: number, end: number): boolean {
  return segmentTo(text, start, end, boundary).some((token) => token.start === boundary)
}

/**
 * The start of a name ending at `end` in running text, before a title or caption position ending at
 * `contextEnd`, or undefined; the longest fitting name wins. Where what follows `vouches` for a name (同志, a
 * caption's position), a word jieba tags as a person's name (张华/nr) is one too.
 */
export function nameUntil(text: string, end: number, contextEnd: number, vouches: boolean): number | undefined {
  for (const length of nameLengths) {
    const start = end - length
    // Character tests first, then the look back, then jieba.
    if (start < 0 || !isNameShape(text, start, end) || !(startsName(text, start) || inClass(unitEndings, text.charCodeAt(start - 1)))) continue
    if (startsPredicate(text, start) && titleEndingAt(text, start)) continue
    // 任 before the title is the verb, not a given name (付平任副组长), where a shorter name is left.
    if (end - start > 2 && startsPredicate(text, end - 1)) continue
    // A function word before a lone surname is a preposition, not a name's first character (向王局长汇报, 和李主任);
    // before a character no surname, it is the surname (向辉同志).
    if (end - start === 2 && inClass(precedingBoundary, text.charCodeAt(start)) && surnameLengthsAt(text, start + 1).includes(1)) continue
    if (startsWithFunctionWord(text, start, end) || endsWithVerb(text, start, end)) continue
    if (isOrdinaryWord(text, start, end, true) && !(vouches && isKnownPersonWord(text, start, end))) continue
    if (endsLongWordBefore(text, start, end) || followsFunctionWordInWord(text, start, end)) continue
    if (splitsBefore(text, start, end, contextEnd)) return start
  }
  return undefined
}

/**
 * Whether jieba reads a known word of three or more characters from before `start` into the candidate (办公楼（右）,
 * 众所周知同志, 与时俱进（书记）: 公楼, 周知, 时俱进 are the ends of words). Two-character words are left to the
 * tests of the name's start: a title's or unit's last character and a surname make one too often.
 */
function endsLongWordBefore(text: string, start: number, end: number): boolean {
  if (!isCjkAt(text, start - 1) || !mayCrossKnownWord(text, start, end)) return false
  const across = knownWordAcross(segmentTo(text, windowStart(text, Math.max(0, start - 3), start), end, start), start)
  return across !== undefined && across.word.length >= 3
}

/**
 * Whether the character before `start` is a function word or a unit's last character that would let a name start
 * there (由, 对; 部, 处) but makes a word frequent in prose with the name's first character, which jieba reads
 * (由于任副组长: 由于 + 任, 部门任组长: 部门 + 任; not 由 + 于任, 部 + 门任). Rarer words are left alone: 向陆强林同志
 * is 向 + 陆强林 although jieba reads 向陆. After a title the title decides.
 */
function followsFunctionWordInWord(text: string, start: number, end: number): boolean {
  if (!inClass(precedingBoundary, text.charCodeAt(start - 1)) && !inClass(unitEndings, text.charCodeAt(start - 1))) return false
  return isFrequentWord(text.slice(start - 1, start + 1)) && !titleEndingAt(text, start) && continuesWordBefore(text, start, end)
}

/** Whether a known word of three or four characters may start before `start` and end after it, by `end`. */
function mayCrossKnownWord(text: string, start: number, end: number): boolean {
  for (let wordStart = start - 1; wordStart >= Math.max(0, start - 3); wordStart--) {
    for (let wordEnd = Math.max(start + 1, wordStart + 3); wordEnd <= Math.min(end, wordStart + 4); wordEnd++) {
      if (mayBeKnownWord(text, wordStart, wordEnd)) return true
    }
  }
  return false
}

/**
 * Whether a word of two or more characters that follows names (担任, 当选, 两位同志) starts inside the candidate
 * and runs to its end or past it: 同时担任组长 holds no 时担任, 同时两位同志 no 时两位.
 */
export function endsWithVerb(text: string, start: number, end: number): boolean {
  const {verbs} = loadLexicons()
  for (let position = start + 1; position < end - 1; position++) {
    const verb = longestAt(verbs, text, position)
    if (verb !== undefined && verb.end - verb.start >= 2 && verb.end >= end) return true
  }
  return false
}

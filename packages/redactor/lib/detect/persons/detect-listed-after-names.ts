// Items listed with 、 after a name found: a list of people goes on with people.
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection, DetectionContext} from '../../detection.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {overlapsAny} from '../../overlaps.js'
import {segment} from '../../segment.js'
import {isColumnName} from './list-items.js'
import {endsName} from './name-boundaries.js'
import {isNameShape, paddedNameEnd} from './name-shape.js'
import {notInListedGivenName, precedingBoundary, unitOrPlaceEndings} from './person-classes.js'
import {closesListOfPeople} from './people-counts.js'
import {person} from './person-detection.js'
import {isCjkAt} from './scan-text.js'
import {loadLexicons} from './person-lexicons.js'
import {segmentTo} from './read-words.js'
import {endsWithTitle, titleAt, titleBeforeNamesAt} from './titles.js'
import {mayBeNamePart} from './unknown-runs.js'

// How far a list's next item may run.
const maxListedItem = 8

const listedItemClose = charCodes('、等，,。；;：:')

/**
 * The items listed with 、 after a name found (技术员那顺乌日图、朝鲁门负责, 网格员冶春生、王  军坚持): a list of people
 * goes on with people, so an item is a name where it is shaped as one in a column of people (`isColumnName`) or is
 * padded to three (王  军), and names no unit or place. Each name found so opens the next item.
 */
export function detectListedAfterNames(text: string, protectedRanges: DetectionContext['protectedRanges'], found: Detection[]): void {
  // A public name the keep-list holds (焦裕禄、…) opens a list of public people, not of the people of the report.
  const isProtected = (item: Detection) => overlapsAny(protectedRanges, item.start, item.end)
  const queue = found.filter((item) => text.charAt(item.end) === '、' && !isProtected(item))
  const seen = new Set(found.map((item) => item.start))
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    const start = item.end + 1
    const end = listedNameEnd(text, start)
    if (end === undefined || seen.has(start)) continue
    seen.add(start)
    const listed = person(start, end, 'listed-name', 0.8, `listed after \`${text.slice(item.start, item.end)}\``)
    found.push(listed)
    if (text.charAt(end) === '、') queue.push(listed)
  }
  detectListedBeforeNames(text, found, isProtected, seen)
}

/**
 * The items listed with 、 before a name found, from the name back to the list's start (为常青、林海燕、田野三名志愿者;
 * 周全、万里当选 after a name: `isListedPair`): an item of three characters that is a name in a column of people
 * (`isListedItemName`), or a surname and one character (`isListedPairBefore`), each opening right after the list's
 * start or the item before.
 */
function detectListedBeforeNames(text: string, found: Detection[], isProtected: (item: Detection) => boolean, seen: Set<number>): void {
  const queue = found.filter((item) => text.charAt(item.start - 1) === '、' && !isProtected(item))
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    const end = item.start - 1
    const start = listedNameStart(text, end)
    if (start === undefined || seen.has(start)) continue
    seen.add(start)
    const listed = person(start, end, 'listed-name', 0.8, `listed before \`${text.slice(item.start, item.end)}\``)
    found.push(listed)
    if (text.charAt(start - 1) === '、') queue.push(listed)
  }
}

/**
 * The start of a name listed right before a 、 at `end`, before a name found: an item of two or three characters that
 * opens after a list mark, a character that is no Chinese one, or a character after which names start (为, 和), and
 * is a name there.
 */
function listedNameStart(text: string, end: number): number | undefined {
  for (const length of [3, 2]) {
    const start = end - length
    if (start < 0 || !isCjkAt(text, start) || !opensListItem(text, start)) continue
    if (length === 3 ? isListedItemName(text, start, end) : isListedPairBefore(text, start)) return start
  }
  return undefined
}

/** Whether a list item may open at `start`: after a list mark, no Chinese character, or one after which names start. */
function opensListItem(text: string, start: number): boolean {
  return text.charAt(start - 1) === '、' || !isCjkAt(text, start - 1) || inClass(precedingBoundary, text.charCodeAt(start - 1))
}

/**
 * Whether the item at `start`, right before a 、 and a name found, is a single surname and one character (常青、林海燕):
 * jieba may know it as a word of names (常青, 田野), but not one frequent in prose (高原, 安全, 林业: a list of people
 * and things), no role (党员, 群众) nor a unit's or place's name, and jieba reads no word across its start.
 */
function isListedPairBefore(text: string, start: number): boolean {
  const end = start + 2
  if (!loadLexicons().singleSurnames.has(text.charAt(start)) || !isNameShape(text, start, end, notInListedGivenName)) return false
  if (inClass(unitOrPlaceEndings, text.charCodeAt(start + 1)) || (titleAt(text, start)?.end ?? 0) >= end || isFrequentWord(text.slice(start, end))) return false
  return !isCjkAt(text, start - 1) || !segmentTo(text, start - 1, end + 1, end).some((token) => token.start < start && token.end > start)
}

/** The end of a name listed at `start` after a name found, or undefined (see `detectListedAfterNames`). */
function listedNameEnd(text: string, start: number): number | undefined {
  const padded = paddedNameEnd(text, start)
  if (padded !== undefined) return padded
  // The item runs to the list's next mark (韩苏布达等) or the words that close a list of people (易国庆 + 分三个小组), or
  // else to where a name may end (朝鲁门 + 负责).
  let close = start
  while (close - start <= maxListedItem && isCjkAt(text, close) && !inClass(listedItemClose, text.charCodeAt(close)) && (close - start < 2 || !closesListOfPeople(text, close))) close++
  if (isListedItemName(text, start, close) && !titleBeforeNamesAt(text, close)) return close
  // An item that ends where a title starts is that title's place or unit (下坝屯屯长罗家旺、上坝屯屯长韦福生).
  for (let end = start + 2; end < close && end - start <= maxListedItem; end++) {
    if (endsName(text, end) && !titleBeforeNamesAt(text, end) && isListedItemName(text, start, end)) return end
  }
  return isListedPair(text, start) ? start + 2 : undefined
}

// What may follow a name of two characters that ends a list of people: the list's next mark, words that close a list
// of people (`closesListOfPeople`), or 分别 (苏日娜、高原分别获得).
const pairClose = charCodes('、等，,。；;')

/**
 * Whether the item at `start` is a single surname and one character listed after a name found (粘少峰、林立负责,
 * 苏日娜、高原分别获得): jieba may know it as a word (林立/nr, 高原/ns), but the list is one of people, where it ends
 * before a list mark, a word that follows names (data/person-verbs.txt) or 分别, and it is no role (党员, 群众) nor a
 * unit's or place's name.
 */
function isListedPair(text: string, start: number): boolean {
  const end = start + 2
  if (!loadLexicons().singleSurnames.has(text.charAt(start)) || !isNameShape(text, start, end, notInListedGivenName)) return false
  if (inClass(unitOrPlaceEndings, text.charCodeAt(start + 1)) || (titleAt(text, start)?.end ?? 0) >= end) return false
  const closes = inClass(pairClose, text.charCodeAt(end)) || text.startsWith('分别', end) || closesListOfPeople(text, end)
  if (!closes && longestAt(loadLexicons().verbs, text, end) === undefined) return false
  // jieba reads no word across the item's end (李四、王五高度重视 holds no 王五高).
  return !segmentTo(text, start, end + 3, end).some((token) => token.start < end && token.end > end)
}

/**
 * Whether a listed item is a name: of three characters or more, shaped as one in a column of people (`isColumnName`),
 * no role, with no character that ends units and places (桥头村戈成林) and, past a surname and one or two characters, no word of prose jieba reads in it
 * (全科医生欧阳俊, 千秋中学: each item names its unit).
 */
function isListedItemName(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (inClass(unitOrPlaceEndings, text.charCodeAt(position))) return false
  // A title inside the item names the role of the name after it (弄排屯屯长黄志坚), which the rules of titles read.
  if (endsWithTitle(text, start, end) || titleInside(text, start, end)) return false
  // A surname and one character may be a word listed with people as itself (党员, 群众, 高原): only a column vouches.
  if (end - start < 3 || (titleAt(text, start)?.end ?? 0) >= end || !isColumnName(text, start, end)) return false
  return isNameShape(text, start, end, notInListedGivenName) || segment(text, start, end).every((token) => mayBeNamePart(text, token))
}

/** Whether a title starts inside `text[start, end)` after its first character and ends within it. */
function titleInside(text: string, start: number, end: number): boolean {
  for (let position = start + 1; position < end - 1; position++) if ((titleAt(text, position)?.end ?? end + 1) <= end) return true
  return false
}

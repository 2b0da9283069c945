// Titles at, ending at and inside a stretch of text, and whether jieba reads a title as a word.
import {inClass} from '@gongwen/parser'
import {type TrieMatch, longestAt} from '../../gazetteer/trie.js'
import {isJiebaSeparator} from '../../segment.js'
import {isCjkAt} from './scan-text.js'
import {levels} from './person-classes.js'
import {nameScore} from './name-shape.js'
import {TitlePlace, loadLexicons} from './person-lexicons.js'
import {segmentTo, windowStart, wordTag} from './read-words.js'

export function titleAt(text: string, position: number): TrieMatch<{word: string; place: TitlePlace}> | undefined {
  return longestAt(loadLexicons().titles, text, position)
}

/**
 * Whether a title that stands before names starts at `position` (屯长 of 张家屯屯长刘春生; not 同志, which stands only
 * after them): a list's item that ends there is the place or the unit of that title's name, not a name listed.
 */
export function titleBeforeNamesAt(text: string, position: number): boolean {
  const place = titleAt(text, position)?.values[0]?.place
  return place !== undefined && place !== 'after'
}

/** Whether a title ends at `end`; with `place`, one that stands there (`both`: before and after names, 主任). */
export function titleEndingAt(text: string, end: number, place?: TitlePlace): boolean {
  if (end === 0 || loadLexicons().titleEnds[text.charCodeAt(end - 1)] !== 1) return false
  for (let length = 1; length <= 5 && length <= end; length++) {
    const title = titleAt(text, end - length)
    if (title?.end === end && (place === undefined || title.values[0]?.place === place)) return true
  }
  return false
}

/**
 * The end of a title jieba reads as a word that runs over `position` from before it (康复|师 of 康复师宁静), or
 * undefined: a name does not open with a title's last characters, whatever they and the characters after them look
 * like (师宁静); it may open where the title ends (宁静).
 */
export function titleEndOver(text: string, position: number): number | undefined {
  for (let start = position - 1; start >= 0 && position - start < maxTitleLength; start--) {
    const title = titleAt(text, start)
    if (title !== undefined && title.end > position && isTitleWord(text, start, title.end)) return title.end
  }
  return undefined
}

// The longest title of data/person-titles.txt, in characters, is shorter than this.
const maxTitleLength = 8

/**
 * Whether the title at `[start, end)` is a word for jieba, or ends one (区委书记, which jieba reads as one
 * word), or ends with a shorter title jieba reads as a word (据村党支部书记: 据村 + 党支部 + 书记), not the
 * middle of another (乡村民宿 holds no 村民) nor the start of a longer one (成员国, 会计师). A run jieba cannot read
 * that opens with the title is no longer word (村医宋/x + 国庆: jieba knows no 村医 and runs it on into the surname).
 */
export function isTitleWord(text: string, start: number, end: number): boolean {
  const tokens = segmentTo(text, windowStart(text, Math.max(0, start - 3), start), end + 4, end)
  if (tokens.some((token) => token.start === start && token.end > end && token.tag !== 'x')) return false
  if (start === 0 || isJiebaSeparator(text.charCodeAt(start - 1))) return true
  if (tokens.some((token) => token.start === start || (token.end === end && (token.start < start || titleAt(text, token.start)?.end === end)))) return true
  return opensWithPlaceLevel(text, start) && segmentTo(text, start, end + 4, end).some((token) => token.start === start && token.end === end)
}

/**
 * Whether the title at `start` opens with the level that ends the place's name right before it (海雀村|村民, 新华镇|镇长),
 * which jieba reads as a doubled word (村村/n 民安/n): the title is read from its start instead.
 */
function opensWithPlaceLevel(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === text.charCodeAt(start) && inClass(levels, text.charCodeAt(start))
}

/**
 * Whether a title starts after the candidate's first character and ends with it (胡书记说: a surname and a title,
 * whose surname `detectSurnameTitles` masks alone; the title stays); with `refused`, not a title that stands only there.
 */
export function endsWithTitle(text: string, start: number, end: number, refused?: TitlePlace): boolean {
  if (loadLexicons().titleEnds[text.charCodeAt(end - 1)] !== 1) return false
  for (let position = start + 1; position < end - 1; position++) {
    const title = titleAt(text, position)
    if (title?.end === end && (refused === undefined || title.values[0]?.place !== refused)) return true
  }
  return false
}

/**
 * Whether a role at `roleStart` (a title, a word for people) right before the name `text[nameStart, nameEnd)` opens
 * with the level that closes a place's name before it, and its last character makes a word with the surname after it,
 * while the characters after the surname stand in words more than in names (`givenNameBar`: 红旗村民宿集群, 孔当村民宿
 * 提升: 红旗村 + 民宿 + 集群, no 村民 named 宿集群): the text reads a place and a thing. jieba asked about the two
 * characters alone says only that they may be a word (民乐, 民和, 民安): a given name that scores as one (红旗村民乐德才,
 * 团结村民和永明) keeps its villager. A role with no level (教师范大海: 师范 is a word too) keeps its name, as one after
 * the level doubled (海雀村|村民安启华), where the place ends before it.
 */
export function closesPlaceBeforeWord(text: string, roleStart: number, nameStart: number, nameEnd: number): boolean {
  const level = text.charCodeAt(roleStart)
  if (!inClass(levels, level) || !isCjkAt(text, roleStart - 1) || text.charCodeAt(roleStart - 1) === level) return false
  if (nameScore(text, nameStart + 1, nameEnd) >= givenNameBar * (nameEnd - nameStart - 1)) return false
  const tag = wordTag(text, nameStart - 1, nameStart + 1)
  return tag !== undefined && tag !== 'x'
}

// The least score (×10, `givenScores`) a character of a given name averages where a word across the surname reads
// no name (德才 45, 永明 59, 启华 58 over two characters; 集群 -1, 提升 6).
const givenNameBar = 10

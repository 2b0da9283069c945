// Lists of units: their marks, where a listed name starts, and whether 等 closes them with a word for businesses.
import type {Detection} from '../../detection.js'
import {endsWithUnitSuffix, hasOnlyStopChars, isGenericWord, suffixRuleLength, unitSuffixAfter} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {measureWordAt} from '../../measure-words.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentBefore} from '../../segment.js'
import {businessKindAt} from './business-kinds.js'
import {clauseEnd, han, numeral} from './character-classes.js'
import {endsDivision} from './full-divisions.js'
import {isTradeText} from './kept-parts.js'
import {maxCuedName, maxNameAfterPlace} from './name-lengths.js'
import {predicateTags} from './predicate-tags.js'
import {describesQuantity} from './quantities.js'
import {describesUnit} from './unit-descriptions.js'

// The mark between the items of a list, and the word that closes one (…、同福烧烤、春晖大药房等26家商户).
export const listMark = '、'
export const listEnd = '等'

/**
 * The length of a count (两个, 3款, 37户) or of 等 at `at`, which may stand between quoted names and their trade
 * or between 等 and a word for businesses; 0 where none.
 */
export function countOrListLength(text: string, at: number): number {
  return text.startsWith(listEnd, at) ? listEnd.length : countLength(text, at)
}

/**
 * The length of a count at `at`: up to `maxNumerals` numerals and a measure word after them, one of `measures`
 * (家 and 户 for a count of businesses) or any of data/measure-words.txt (两个, 3款, 37户); 0 where none.
 */
export function countLength(text: string, at: number, measures?: readonly string[], maxNumerals = maxCountNumerals): number {
  let end = at
  while (end < text.length && end - at < maxNumerals && numeral.test(text.charAt(end))) end++
  // 百, 千 or 万 alone count nothing (a count writes 一万, 1万): they open brands (万家宜物业, 百家乐超市)
  if (end === at || roundNumber.test(text.slice(at, end))) return 0
  const measure = measures === undefined ? measureWordAt(text, end)?.word : measures.find((word) => text.startsWith(word, end))
  return measure === undefined ? 0 : end + measure.length - at
}

// How many numerals a count is read over (两, 37, 1200), and the numerals that alone count nothing.
const maxCountNumerals = 4
const roundNumber = /^[百千万]+$/u

// How long the brand of a listed unit may be (惠民 of 惠民粮油店、家和便利店).
export const minBrand = 2
export const maxBrand = 4

/**
 * Whether `name` may be the brand of a listed unit: two to four Han characters that no closed class claims, no
 * description of units, generic word, trade, quantity, place's suffix or unit suffix. The listed-unit and
 * counted-brand rules each refuse more where they read their items.
 */
export function mayBeListedBrand(name: string): boolean {
  if (name.length < minBrand || name.length > maxBrand || !han.test(name)) return false
  if (describesUnit(name) || isGenericWord(name) || isTradeText(name) || describesQuantity(name)) return false
  // A place's short form is listed as often as a brand (城关、东城等3家卫生院): masked either way, it is not read apart
  return suffixRuleLength(name, 'PLACE') === 0 && !endsWithUnitSuffix(name)
}

/**
 * Where the name of a unit listed right before another unit starts (好邻居便利店、和记茶餐厅), or of one in a list
 * that 等 closes with a word for businesses (好邻居便利店、和记茶餐厅等沿街商户), or -1: jieba's words read back from
 * the suffix, the one next to it whatever its tag (邻居/v), the others up to a frequent word, a verb or function
 * word, a stop character or 、 (联系/好/邻居, 查处/老/灶台), within `maxCuedName`. A unit read back to its place is
 * described by the place (两江村柑橘专业合作社: 柑橘 says what it grows), and no cue names it.
 */
export function listedBeforeStart(text: string, suffixStart: number, suffixEnd: number, units: readonly Detection[]): number {
  const beforeUnit = text.charAt(suffixEnd) === listMark && units.some((unit) => unit.start === suffixEnd + 1)
  if (!beforeUnit && !inListOfBusinesses(text, suffixEnd)) return -1
  let start = suffixStart
  for (const word of segmentBefore(text, suffixStart, maxCuedName + 2).reverse()) {
    if (!han.test(word.word) || hasOnlyStopChars(word.word)) break
    if (start < suffixStart && word.word.length > 1 && (isFrequentWord(word.word) || predicateTags.has(word.tag))) break
    if (suffixStart - word.start > maxCuedName) return -1
    start = word.start
  }
  const place = endsDivision(text, start) || suffixRuleLength(text.slice(Math.max(0, start - maxNameAfterPlace), start), 'PLACE') > 0
  return start < suffixStart && !place ? start : -1
}

// How far a list may run from a unit to the 等 that closes it, and how many characters of modifier (沿街, 龙头,
// 重点) may stand between 等, or the count after it, and the word for businesses.
const maxListReach = 40
const maxCollectiveModifier = 2

/**
 * Whether the unit suffix ending at `end` ends an item of a list that 等 closes with a word for businesses
 * (data/unit-collective-words.txt: 商户, 企业 …), within the clause: 好邻居便利店、和记茶餐厅等沿街商户,
 * 老灶台饺子馆等37户个体工商户. Lists of public bodies (等单位, 等学校) are not taken: their items are generic.
 */
export function inListOfBusinesses(text: string, end: number): boolean {
  if (!listFollows(text, end)) return false
  const clause = text.slice(end, end + maxListReach)
  const close = clause.indexOf(listEnd)
  const stop = clause.search(clauseEnd)
  if (close === -1 || (stop !== -1 && stop < close)) return false
  const after = end + close + listEnd.length
  const counted = after + countOrListLength(text, after)
  const words = unitCollectiveWords()
  for (let at = counted; at <= counted + maxCollectiveModifier; at++) {
    if (!han.test(text.charAt(at))) return false
    if (words.some((word) => text.startsWith(word, at))) return true
  }
  return false
}

/** Whether `、` or 等 follows at `end`: another item of a list, or its close. */
export function listFollows(text: string, end: number): boolean {
  return text.charAt(end) === listMark || text.startsWith(listEnd, end)
}

let collectiveWords: readonly string[] | undefined

/** The words for businesses (data/unit-collective-words.txt: 商户, 企业 …), read once for every unit rule. */
export function unitCollectiveWords(): readonly string[] {
  collectiveWords ??= readLexicon('unit-collective-words.txt')
  return collectiveWords
}

/** Whether a kind of business, a unit suffix or a word for businesses starts at `at` (超市, 有限公司, 商户). */
export function unitKindAt(text: string, at: number): boolean {
  return businessKindAt(text, at) !== undefined || unitSuffixAfter(text, at) !== undefined || unitCollectiveWords().some((word) => text.startsWith(word, at))
}

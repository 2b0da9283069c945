// The brand at the head of a unit's name, before its trade and kind (信和|劳务派遣 有限公司).
import {genericPrefixLength, isGenericWord, isProperWord, isStopChar, namesGovernmentBody, suffixRuleLength, wordsAroundUnitSuffix} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment, type Token} from '../../segment.js'
import {han} from './character-classes.js'
import {verbTags} from './predicate-tags.js'
import {describesQuantity} from './quantities.js'
import {describesUnit} from './unit-descriptions.js'

// How long a brand may be.
const maxBrand = 4
// jieba's tags of the words a trade is made of: nouns, verbal nouns and verbs of making or serving (劳务/vn 派遣/v,
// 种植/v), abbreviations and idioms (仓储/j).
const tradeTags = new Set(['n', 'nz', 'ng', 'vn', 'v', 'j', 'l', 'an'])
// jieba's tags of words no brand opens with: a predicate, a time, a locality, a place of its own, a measure.
const notBrandTags = new Set(['v', 'vd', 'p', 'd', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 't', 'f', 's', 'ns', 'm', 'q', 'mq', 'y', 'e', 'o'])
// jieba's tags of common words that say what a unit grows, makes or does (蔬菜/n 种植, 建筑/vn 劳务): a frequent
// one of them describes the place's units (草碧镇蔬菜种植专业合作社), it names none.
const commonWordTags = new Set(['n', 'vn', 'a', 'ad', 'an', 'b', 'z'])
// jieba's tag of measure words.
const measureTag = 'q'

/**
 * The brand at the head of `text[start, kindStart)`, the words between where a unit's name starts (after its place,
 * for one) and its kind or suffix ending at `kindEnd`, when the first word or the first two lone characters
 * are a brand (see `isBrand`) and the rest is a trade; undefined otherwise. `product` where the kind says what the
 * unit produces (产业园, 合作社). A place before `start` ends the words there, and a brand may open with a stop
 * character (常庄镇|和荣/x 信用社).
 */
export function brandBeforeKind(text: string, start: number, kindStart: number, kindEnd: number, product: boolean): {start: number; end: number} | undefined {
  const suffix = {start: kindStart, end: kindEnd}
  const words = wordsFrom(text, start, suffix.start, suffix.end)
  // A word that runs from the name into the suffix (家庭/农场 is the suffix; 物流仓储/中心) is the unit's kind
  const named = words.filter((word) => word.end <= suffix.start || (word.start < suffix.start && word.end > suffix.start))
  const [first, second] = named
  if (!first) return undefined
  const lone = first.word.length === 1
  // Two lone characters jieba could not join (信/和): the second may be a stop character, which joins nothing there
  // (家/q 和/c: a measure's tag means nothing where no numeral stands before it)
  const brandWords = lone ? (second?.word.length === 1 && !isStopChar(first.word) && (first.tag === measureTag || !notBrandTags.has(first.tag)) ? [first, second] : []) : [first]
  const last = brandWords.at(-1)
  if (!last || last.end > suffix.start) return undefined
  const trade = named.slice(brandWords.length)
  // One word right before a kind of one character is the trade (粮油|店, 汽修|店)
  if (trade.length === 0 && suffix.end - suffix.start === 1) return undefined
  return trade.every((word) => isTrade(word, suffix.start)) && isBrand(text.slice(first.start, last.end), brandWords, trade, suffix.start, product) ? {start: first.start, end: last.end} : undefined
}

/**
 * Whether `brand`, read as `words`, may be a brand before `trade` (which may end with the kind of unit, a word
 * running past `suffixStart`): two lone characters or a word jieba tags as a name (鼎盛/nz) name by themselves;
 * a common word (丰收, 春风) only before a trade of nouns (丰收|刺绣, 春风|旅游),
 * since before the kind of unit alone it is what the unit makes or how it sells (乳品|加工厂, 热力 有限公司, 平价
 * 大药房) and before a trade's verb what that verb takes (污水|处理, 蔬菜|种植).
 */
function isBrand(brand: string, words: readonly Token[], trade: readonly Token[], suffixStart: number, product: boolean): boolean {
  if (brand.length < 2 || brand.length > maxBrand || describesUnit(brand) || genericPrefixLength(brand) > 0 || describesQuantity(brand) || namesGovernmentBody(brand) || suffixRuleLength(brand, 'PLACE') > 0) return false
  const [word] = words
  if (!word || words.length > 1) return true
  if (notBrandTags.has(word.tag)) return false
  // Before a product suffix and generic words alone, one word is what the unit grows or breeds, whatever jieba
  // tags it (东游镇|锥栗/nr 现代农业 产业园, 梅花鹿/nr 产业园)
  if (product && isGenericWord(trade.map((part) => part.word).join(''))) return false
  if (isProperWord(word)) return true
  const [next] = trade
  return next !== undefined && next.end <= suffixStart && !verbTags.has(next.tag) && !(commonWordTags.has(word.tag) && isFrequentWord(word.word))
}

/** Whether `word` is part of a trade: a noun or verb of two characters or more, or the unit's kind. */
function isTrade(word: Token, suffixStart: number): boolean {
  if (word.end > suffixStart) return true
  return word.word.length >= 2 && han.test(word.word) && tradeTags.has(word.tag)
}

/**
 * jieba's words of `text[start, kindEnd)`: those of the window the unit suffix at `kindStart` was first read in
 * (cached; see `wordsAroundUnitSuffix`) where a word of it starts at `start`, else a reading of the name alone (a
 * word jieba glued over `start` in context: 市信/x).
 */
function wordsFrom(text: string, start: number, kindStart: number, kindEnd: number): Token[] {
  const around = wordsAroundUnitSuffix(text, kindStart, kindEnd)
  const first = around.findIndex((word) => word.start === start)
  const last = around.findIndex((word) => word.end >= kindEnd)
  return first === -1 || last === -1 ? segment(text, start, kindEnd) : around.slice(first, last + 1)
}

// A brand of common words before the trade of a works, a cooperative or a park (雪峰乳品加工厂): rule `brand-before-trade`.
import type {Detection, DetectionContext} from '../../detection.js'
import {hasStopChar, isGenericWord, suffixRuleLength, unitSuffixesIn, wordsAroundUnitSuffix} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import type {Token} from '../../segment.js'
import {closingQuote, han} from './character-classes.js'
import {isProcessWord} from './kept-parts.js'
import {verbTags} from './predicate-tags.js'
import {describesQuantity, isCounted} from './quantities.js'
import {describesUnit} from './unit-descriptions.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

const maxBrand = 4
// jieba's tags of a trade in goods (乳品/n, 刺绣/n, 服装/vn, 梅花鹿/nr, 卫星/nr: it tags some goods as names).
const tradeTags = new Set(['n', 'vn', 'nz', 'nr', 'ng'])
// jieba's tags of the words no brand is: function words, numerals, times, localities and places.
const notBrandTags = new Set(['p', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'm', 'mq', 'q', 't', 'f', 'y', 'e', 'o', 's', 'ns'])

// jieba's tag of places, and how long a place's suffix before a brand may be (村, 社区, 街道办事处).
const placeTag = 'ns'
const maxPlaceSuffix = 6

/**
 * The brand of a works, a cooperative or a park whose suffix says what it produces (data/unit-suffixes.txt,
 * product), where one word of trade stands between brand and suffix: 雪峰|乳品|加工厂, 巧手|刺绣|农民专业合作社,
 * 鸿飞|服装|工厂. A word there is the brand whatever its words (雪峰 and 巧手 are common words) unless it is one of
 * the closed class that describe a unit (data/unit-description-words.txt: 绿色食品加工厂, 本地乳品加工厂, 新建服装
 * 加工厂), a generic word, a frequent word of prose (蔬菜水果专业合作社), a quantity, a place or a function word;
 * nor is the object of a trade's verb (data/unit-process-words.txt: 肉牛|养殖 专业合作社, 塑料|制品厂) a brand. Only
 * the brand is masked: trade and suffix say what kind of unit it is.
 */
export function detectBrandsBeforeTrades(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const suffix of unitSuffixesIn(text)) {
    const rule = suffix.values[0]
    // Three Han characters before the suffix at least: a brand of two and a trade
    if (!rule?.product || suffix.start < 4 || !han.test(text.slice(suffix.start - 4, suffix.start))) continue
    if (overlapsAny(units, suffix.start, suffix.end) || overlapsAny(found, suffix.start, suffix.end) || isCounted(text, suffix.end)) continue
    const words = wordsAroundUnitSuffix(text, suffix.start, suffix.end)
    let index = words.findLastIndex((word) => word.start < suffix.start)
    // A word that holds the suffix's start is the unit's kind (加工厂, 工厂): the trade stands before it
    const kind = words[index]
    if (kind && kind.end > suffix.start) index--
    const {brand, trade} = brandAndTrade(text, words, index)
    if (!brand || !trade || overlapsAny(units, brand.start, brand.end) || isSkipped(context, brand.start, suffix.end)) continue
    found.push({
      type: 'ORG',
      start: brand.start,
      end: suffix.end,
      suffixLength: suffix.end - brand.end,
      detector: 'units',
      rule: 'brand-before-trade',
      confidence: 0.7,
      reason: `brand before the trade \`${trade}\` and \`${rule.suffix}\``
    })
  }
  return found
}

/**
 * The brand and the trade before `words[index]`, the last word before the unit's kind or suffix: one word of trade
 * (雪峰|乳品), or two where the first is a frequent word of prose, a trade as common as 服装 (鸿飞|服装卫星|工厂), which
 * no brand is. None where the word before the trade describes the unit or is no brand.
 */
function brandAndTrade(text: string, words: readonly Token[], index: number): {brand?: {start: number; end: number}; trade?: string} {
  for (let first = index; first >= index - 1; first--) {
    const trade = words.slice(first, index + 1)
    if (trade.length === 0 || !trade.every((word) => isTrade(word) && !describesUnit(word.word))) return {}
    if (first < index && !isFrequentWord(trade[0]?.word ?? '')) return {}
    const brand = brandBefore(text, words, first)
    if (!brand) continue
    const name = text.slice(brand.start, brand.end)
    if (describesUnit(name) || isGenericWord(name) || hasStopChar(name) || describesQuantity(name) || longestAt(loadGazetteer().names, text, brand.start)) return {}
    return {brand, trade: trade.map((word) => word.word).join('')}
  }
  return {}
}

/** Whether `word` is a trade in goods (乳品, 刺绣): a noun of two characters or more, no generic word, no trade's verb. */
function isTrade(word: Token): boolean {
  return word.word.length >= 2 && han.test(word.word) && tradeTags.has(word.tag) && !isGenericWord(word.word) && !isProcessWord(word.word)
}

/**
 * The brand before the trade `words[index]`: the word before it, of two to four characters and no frequent word
 * of prose, or two lone characters jieba could not join (鸿/飞); none where a lone character before it could be
 * the brand's head (禾/丰源), which this rule does not guess.
 */
function brandBefore(text: string, words: readonly Token[], index: number): {start: number; end: number} | undefined {
  const last = words[index - 1]
  if (!last || last.end !== words[index]?.start || !han.test(last.word) || notBrandTags.has(last.tag)) return undefined
  let first = last
  if (last.word.length === 1) {
    const before = words[index - 2]
    if (!before || before.word.length !== 1 || !han.test(before.word) || notBrandTags.has(before.tag)) return undefined
    first = before
  } else if (last.word.length > maxBrand || isFrequentWord(last.word)) return undefined
  const head = words[words.indexOf(first) - 1]
  const place = head !== undefined && (head.tag === placeTag || suffixRuleLength(text.slice(Math.max(0, first.start - maxPlaceSuffix), first.start), 'PLACE') > 0)
  if (head && !place && head.word.length === 1 && han.test(head.word) && !notBrandTags.has(head.tag) && !hasStopChar(head.word)) return undefined
  // A verb is the clause's predicate (走访|食品|加工厂) but right after the place the unit is in (托逊村|巧手|刺绣…)
  if (verbTags.has(first.tag) && first.word.length > 1 && !place) return undefined
  // Right after closing quotes the word is the goods of the brand quoted before it (“格桑花”|牦牛 乳业): see
  // detect-brands-before-kinds.ts, which reads that brand
  if (text.charAt(first.start - 1) === closingQuote) return undefined
  return {start: first.start, end: last.end}
}

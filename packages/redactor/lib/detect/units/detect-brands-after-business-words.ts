// A company's brand and trade right after a word for businesses or the place it is in and 的 (民营企业|丰泰|地产,
// 晏家街道的|渝川|化工): rule `brand-after-business-word`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isProperWord, isStopChar, suffixRuleLength} from '../../gazetteer/find-suffixed-names.js'
import {isUsualWord} from '../../jieba-dictionary.js'
import {overlapsAny} from '../../overlaps.js'
import {segment, type Token} from '../../segment.js'
import {titleAt} from '../persons/titles.js'
import {isRefusedBrand} from './brand-refusals.js'
import {kindEndingAt} from './business-kinds.js'
import {han} from './character-classes.js'
import {isNamedTrade, isProcessWord, isTradeText} from './kept-parts.js'
import {endsDivision} from './full-divisions.js'
import {loadObjectVerbs} from './object-verbs.js'
import {isSkipped} from './skipped-spans.js'
import {unitCollectiveWords} from './unit-lists.js'

// How far after the cue the brand, its trade and a kind are read: a brand of four and a trade of six.
const maxName = 12
// How long a brand may be.
const minBrand = 2
const maxBrand = 4
// The word that says whose a unit is (开发商所属|正丰 物业, 所属子公司|金润 置业); 的 after the place a unit is in.
const ownedWord = '所属'
const possessive = '的'
// How far back a place's suffix before 的 is read (街道, 镇, 村).
const maxPlaceSuffix = 5
// jieba's tags of the words that end a name's reading after its trade: predicates, function words, localities.
const nameEndTags = new Set(['v', 'vd', 'vn', 'p', 'd', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'f', 'm', 'q', 'y'])

/**
 * The brand of a company named by its brand and trade, a kind after them or not (丰泰|地产, 华宇|物业, 海川|重工,
 * 渝川|化工, 金源|黄金选冶|厂), right after a word for businesses (data/unit-collective-words.txt: 民营企业|丰泰 地产,
 * 台资企业|振宇 鞋业, 所属子公司|金润 置业), after 所属 (开发商所属|正丰 物业), or after the place it is in and 的
 * (晏家街道的|渝川 化工, 山阳镇的|华泰 纺织), or after a verb whose object is a unit (约谈|鸿业 物业服务有限公司): the cue says a unit is named next, the trade (data/unit-trade-words.txt,
 * a trade in 业) says where its brand ends. The brand is one word jieba does not know or tags as a name (华宇/x,
 * 丰泰/nz), or two lone characters (渝/j 川/j), and no description of units, generic word, trade, quantity, place or
 * government body (see `isRefusedBrand`); after the trade and a kind, if any, the name must end: a mark, or a
 * predicate or function word (海川重工|获评, 金润置业|开发, 振宇鞋业|在). Common words after those cues (企业|安全
 * 生产, 企业|转型 升级) are no brand: jieba knows them. Only the brand is masked: trade and kind stay visible.
 */
export function detectBrandsAfterBusinessWords(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const start of cueEnds(text)) {
    const named = brandAndTrade(text, start)
    if (!named || overlapsAny(units, start, named.end) || overlapsAny(found, start, named.end) || isSkipped(context, start, named.end)) continue
    found.push({
      type: 'ORG',
      start,
      end: named.end,
      suffixLength: named.end - named.brandEnd,
      detector: 'units',
      rule: 'brand-after-business-word',
      confidence: 0.7,
      reason: `brand after \`${text.slice(Math.max(0, start - 4), start)}\` before the trade \`${text.slice(named.brandEnd, named.end)}\``
    })
  }
  return found
}

/**
 * Where a brand may start after a cue: after a word for businesses (企业, 子公司), 所属 or a verb whose object is a
 * unit (data/unit-object-verbs.txt: 引进, 约谈, 与), and after 的 that follows a place's suffix (街道的, 镇的) or a
 * division named in full.
 */
function* cueEnds(text: string): Generator<number> {
  const cues = cuesByLastCharacter()
  for (let at = 0; at < text.length; at++) {
    if (!han.test(text.charAt(at))) continue
    if (text.charAt(at - 1) === possessive && endsPlace(text, at - 1)) yield at
    else if (cues.get(text.charAt(at - 1))?.some((cue) => text.endsWith(cue, at))) yield at
  }
}

let cuesByLast: ReadonlyMap<string, readonly string[]> | undefined

// The cues grouped by their last character, built once: most characters end no cue, so each is looked up once
// instead of every cue being compared at every character of every document.
function cuesByLastCharacter(): ReadonlyMap<string, readonly string[]> {
  if (cuesByLast) return cuesByLast
  const grouped = new Map<string, string[]>()
  for (const cue of [...unitCollectiveWords(), ownedWord, ...loadObjectVerbs().map((entry) => entry.verb)]) {
    const last = cue.charAt(cue.length - 1)
    grouped.set(last, [...(grouped.get(last) ?? []), cue])
  }
  cuesByLast = grouped
  return grouped
}

/** Whether a place's suffix (村, 镇, 街道) or a division named in full ends right before `at`. */
function endsPlace(text: string, at: number): boolean {
  return suffixRuleLength(text.slice(Math.max(0, at - maxPlaceSuffix - 1), at), 'PLACE') > 0 || endsDivision(text, at, 2)
}

/**
 * The brand from `start` and where the name ends after its trade and kind (see `detectBrandsAfterBusinessWords`),
 * or undefined.
 */
function brandAndTrade(text: string, start: number): {brandEnd: number; end: number} | undefined {
  const words = segment(text, start, Math.min(text.length, start + maxName))
  const [first, second] = words
  if (!first || first.start !== start) return undefined
  const brand = isBrandWord(first) ? [first] : isLone(first) && isLone(second) ? [first, second] : []
  const brandEnd = brand.at(-1)?.end ?? start
  if (brandEnd - start < minBrand || brandEnd - start > maxBrand || isRefusedBrand(text, start, brandEnd)) return undefined
  // The trade: one word or two, each a trade, the first right after the brand
  let index = brand.length
  let end = brandEnd
  while (index < words.length && index - brand.length < maxTradeWords && isTrade(words[index])) end = words[index++]?.end ?? end
  const trade = words.slice(brand.length, index)
  // A trade's verb right after the word takes it as its object (黑木耳|种植 项目, 肉牛|养殖), and generic words that
  // are no trade of data/unit-trade-words.txt (第二, 附属) are none
  if (trade.length === 0 || isProcessWord(trade[0]?.word ?? '') || !trade.some((word) => isNamedTrade(word.word))) return undefined
  // A kind after the trade is the unit's too (黄金选冶|厂, 物业|服务有限公司)
  const kindEnd = longestKindEnd(text, end)
  if (kindEnd > end) {
    end = kindEnd
    while (index < words.length && (words[index]?.end ?? 0) <= end) index++
  }
  // and the name ends there: no word runs on over its end, and what follows opens no longer name
  const next = words[index]
  if (next && next.start < end) return undefined
  // or a title of the unit's people follows (丰泰地产|董事长, 瑞丰置业|负责人)
  return !next || next.start !== end || !han.test(next.word) || nameEndTags.has(next.tag) || titleAt(text, end) !== undefined ? {brandEnd, end} : undefined
}

// How many of jieba's words a trade is read over.
const maxTradeWords = 2

/** Whether jieba's `word` is a trade: of data/unit-trade-words.txt or made of them, or a trade in 业 (鞋业, 置业). */
function isTrade(word: Token | undefined): boolean {
  return word !== undefined && word.word.length >= 2 && (isTradeText(word.word) || isNamedTrade(word.word))
}

/** The end of the longest kind of unit (a unit suffix or a kind of business) that starts at `at`, or `at`. */
function longestKindEnd(text: string, at: number): number {
  for (let end = Math.min(text.length, at + maxKind); end > at; end--) if (kindEndingAt(text, end)?.start === at) return end
  return at
}

// The longest kind of unit read after a trade (服务有限公司).
const maxKind = 8

/**
 * Whether jieba's `word` is a brand alone: a word of two Han characters it does not know or tags as a name (丰泰/nz,
 * 华宇/x), or of three or four it does not know (佳和盛/x), no place or body it knows, and no usual word of prose it
 * happens to tag so (年产 钢材).
 */
function isBrandWord(word: Token): boolean {
  if (word.word.length < minBrand || word.word.length > maxBrand || !han.test(word.word) || !isProperWord(word) || knownNameTags.has(word.tag)) return false
  return !isUsualWord(word.word) && (word.word.length === minBrand || word.tag === gluedTag)
}

// jieba's tags of the words no brand alone is: places (中国/ns) and bodies it knows whole (南昌大学/nt). And its tag
// of characters it glued without knowing them, the only longer word read as a brand here: longer words it tags as
// names are words of prose or goods as often (青少年/nr 培训中心, 黑木耳/nz 种植).
const knownNameTags = new Set(['ns', 'nt'])
const gluedTag = 'x'

/**
 * Whether jieba's `word` is a lone character of a brand it cut (渝/j 川/j): a Han character, no stop character, that it
 * tags as an abbreviation's or a name's; a lone noun or adjective (老/a 街/n) is prose as often.
 */
function isLone(word: Token | undefined): word is Token {
  return word !== undefined && word.word.length === 1 && han.test(word.word) && !isStopChar(word.word) && loneNameTags.has(word.tag)
}

// jieba's tags of the lone characters of a brand it could not read: abbreviations and names.
const loneNameTags = new Set(['j', 'nr', 'nz', 'ns', 'x'])

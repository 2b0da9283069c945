// A brand of any words between where a unit's name starts and its trade and kind (走访了|惠民|粮油|店, 与|金土地|
// 生物质燃料|厂): rule `brand-before-kind-of-unit`.
import {inClass} from '@gongwen/parser'
import type {Detection, DetectionContext} from '../../detection.js'
import {
  endsWithUnitSuffix,
  genericSuffixLength,
  hasStopChar,
  isGenericWord,
  isProperWord,
  isStopChar,
  isUnitSuffixWord,
  namesGovernmentBody,
  suffixRuleLength
} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment, type Token} from '../../segment.js'
import {personNounEndings} from '../../person-noun-endings.js'
import {endsWordAt, kindsIn, type Kind} from './business-kinds.js'
import {closingQuote, han, lastQuoteWithin, numeral, openingQuote} from './character-classes.js'
import {isNamedTrade, isTradeName, isTradeText} from './kept-parts.js'
import {openerTags, predicateTags} from './predicate-tags.js'
import {describesQuantity, isCounted, opensWithCount} from './quantities.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'
import {describesUnit} from './unit-descriptions.js'

// How far before a kind the name is read: a brand of four characters and a trade of six.
const maxName = 10
// How long a brand may be.
const maxBrand = 4
// jieba's tags of the words that open a unit's name before them: the openers of every list (conjunctions, particles
// 的 and 了, pronouns, numerals and measures, adverbs: see `openerTags`), verbs and localities (走访了|惠民, 联合|晨曦,
// 及|裕丰, 该|超市); not prepositions, which name a site, an object or an agent (see `joiners`).
const nameOpenerTags = new Set([...openerTags, 'v', 'vd', 'f'])

// The prepositions that join partners as 和 and 及 do (与|金土地 生物质燃料厂): other prepositions (在, 对, 由) name a
// site, an object or an agent after them, which is a place, a body or a kind of unit as often as a brand, and open a
// brand only where the brand's words say it is one (see `openedBrand`).
const joiners = new Set(['与', '同', '跟'])
// jieba's tag of prepositions.
const prepositionTag = 'p'
// jieba's tags of words no brand is made of: the openers, times, places, interjections and the like.
const notBrandTags = new Set([...nameOpenerTags, 'p', 'vn', 't', 's', 'ns', 'y', 'e', 'o', 'u', 'ud', 'uv'])
// jieba's tag of places: a place before the brand opens it (宝应县山阳镇的|华泰), one as the brand is the place's.
const placeTag = 'ns'

/**
 * The brand of a unit named by [opening] [brand] [trade] [kind]: the kind is a unit suffix or a kind of business
 * (data/unit-quoted-kinds.txt), the trade the words right before it that data/unit-trade-words.txt, the trade's verbs
 * or the generic words hold, one of them at least no mere generic word (粮油, 心理咨询, 生物质 燃料, 担保), and the
 * brand what stands between the trade and where the name opens: a mark, a verb, a conjunction or 与, 的, a quantity,
 * a place or a description (see `opensName`). The brand is then whatever its words, ordinary ones too (美佳, 晨曦,
 * 金土地), unless it is one of the closed class that describes units (data/unit-description-words.txt: 本地, 爱心,
 * 便民), a generic word, a trade, a quantity, a place, a government body, a frequent word of prose (面粉 粮油店, 平安
 * 校车服务: alone it is too often the goods or a quality) or a word for people (驾驶员 培训学校). Only the brand is
 * masked: trade and kind stay visible. Kinds other rules read, or a count follows, are left.
 */
export function detectBrandsBeforeKinds(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const kind of kindsIn(text)) {
    if (!han.test(text.charAt(kind.start - 1)) || overlapsAny(units, kind.start, kind.end) || overlapsAny(found, kind.start, kind.end)) continue
    // A trade ends right before the kind, or it is one a brand stands right before, or no brand is read: asked of
    // the text before jieba is
    if (isCounted(text, kind.end) || !(kind.branded || endsWithTrade(text, kind.start))) continue
    const brand = brandBefore(text, kind)
    if (!brand || overlapsAny(units, brand.start, kind.end) || isSkipped(context, brand.start, kind.end) || !endsWordAt(text, kind.start, kind.end)) continue
    // Words right after closing quotes are the goods or style of the brand quoted before them (“张三疯”|欧式 奶茶|铺,
    // “格桑花”|牦牛 乳业|专业合作社): the quoted name is the brand
    if (text.charAt(brand.start - 1) === closingQuote) {
      const quoted = quotedBrandBefore(text, brand.start - 1)
      if (quoted && !overlapsAny(units, quoted.start, quoted.end) && !isSkipped(context, quoted.start, quoted.end)) {
        found.push({
          type: 'ORG',
          ...quoted,
          suffixLength: 0,
          detector: 'units',
          rule: 'brand-before-kind-of-unit',
          confidence: 0.7,
          reason: `quoted brand before the goods, trade and kind \`${text.slice(brand.start, kind.end)}\``
        })
      }
      continue
    }
    found.push({
      type: 'ORG',
      start: brand.start,
      end: kind.end,
      suffixLength: kind.end - brand.end,
      detector: 'units',
      rule: 'brand-before-kind-of-unit',
      confidence: 0.7,
      reason: `brand before the trade and kind \`${text.slice(brand.end, kind.end)}\``
    })
  }
  return found
}

/**
 * The brand before `kind`: jieba's words of the Han run before it (up to `maxName` characters), the
 * trade taken off their end, then the brand's words (see `brandWords`), which must open the name (see `opensName`).
 * None without a trade: a word right before a kind is as often what the unit is (锥栗 专业合作社, 三甲 医院, 志愿者
 * 服务队, 爱心 超市) as its brand.
 */
function brandBefore(text: string, kind: Kind): {start: number; end: number} | undefined {
  const kindStart = kind.start
  let from = kindStart
  while (from > 0 && kindStart - from < maxName && han.test(text.charAt(from - 1))) from--
  const cut = from > 0 && han.test(text.charAt(from - 1))
  const words = segment(text, from, kindStart)
  let index = words.length - 1
  while (index >= 0 && isTrade(words[index])) index--
  // A trade holds a word of data/unit-trade-words.txt: generic words alone (第一附属 医院, 中医 馆) are kinds, and
  // before them a word is as often a unit (医科大学) or a description
  const trade = words.slice(index + 1)
  // or the kind is one a brand stands right before (顺心|大药房), and a product's kind is no such
  const rightBefore = trade.length === 0 && kind.branded && !kind.product
  if (!rightBefore && !trade.some((word) => isNamedTrade(word.word) || (isTradeText(word.word) && !isGenericWord(word.word)))) return undefined
  // Before a kind that says what the unit produces and generic words alone (现代农业 产业园), one word is the product (锥栗)
  if (kind.product && trade.every((word) => isGenericWord(word.word))) return undefined
  // Two words of two characters that open the name are one brand (反映|小城/故事|烧烤店), where either alone is a word of prose
  const pair = twoWordBrand(words, index)
  const opened =
    (pair && openedBrand(text, words, pair, cut, rightBefore)) ??
    openedBrand(text, words, brandWords(words, index), cut, rightBefore) ??
    (rightBefore ? brandOfCharacters(text, words, kindStart, cut) : undefined)
  if (!opened) return undefined
  // A brand and kind quoted whole are a programme's label (“积分超市”, “爱心超市”): a business's brand is quoted alone
  if (rightBefore && text.charAt(opened.start - 1) === openingQuote && text.charAt(kind.end) === closingQuote) return undefined
  return opened
}

/**
 * Where the brand `brand`, jieba's words of `words`, stands, where it may be a brand and opens the name (see `opensName`).
 * A preposition opens it before a trade (针对|博大|化工 厂, 为|金福|粮油 店), or right before the kind where a word of it
 * names (在|金色年华/nz KTV): right before a kind, a common word after a preposition is as often when or where the
 * units are (对|节日期间/l 超市).
 */
function openedBrand(text: string, words: readonly Token[], brand: readonly Token[] | undefined, cut: boolean, rightBefore: boolean): {start: number; end: number} | undefined {
  const first = brand?.[0]
  const last = brand?.at(-1)
  if (!brand || !first || !last || !isBrand(text, text.slice(first.start, last.end), first.start, brand)) return undefined
  const before = words[words.indexOf(first) - 1]
  // The window's first word may be the end of a longer one the window cut (…|内金鼎): only a mark opens it then
  const afterPreposition = !rightBefore || brand.some((word) => isProperWord(word))
  return opensName(text, first.start, before, before === undefined && cut, afterPreposition) ? {start: first.start, end: last.end} : undefined
}

/**
 * The brand right before a kind a brand stands right before, read by its characters where jieba's words of it are none
 * `brandWords` takes (二是|万家/m 康/nr|大药房, 在|天天/t 鲜/n|超市, 三是|安济/n|诊所): jieba cuts a brand it does not know
 * into pieces of any tag, and reads one made of a numeral as a count. Two or three characters (the fewest that do)
 * where a word of jieba's starts, after a word that opens the name (see `opensName`, a preposition included, or an
 * enumeration's 一是, 二是) but no number, holding no stop character (各大, 小卖部, 车站, 商场和), that may be a brand
 * (see `mayBeBrand`: no description, place…), no quantity, and that jieba reads as no word that opens a predicate or
 * says when, where or how many (开展/v, 大型/b, 期间/f, 许多/m), no description (see `describesUnit`) nor one word of
 * prose (部分, 水果, 重要, 发布会: a share, the goods, a quality).
 */
function brandOfCharacters(text: string, words: readonly Token[], kindStart: number, cut: boolean): {start: number; end: number} | undefined {
  for (let start = kindStart - minCharacterBrand; start >= kindStart - maxCharacterBrand; start--) {
    const index = words.findIndex((word) => word.start === start)
    const brand = words.slice(index)
    const name = text.slice(start, kindStart)
    // After a number, what follows is counted (12|家家庭|旅馆)
    if (index === -1 || hasStopChar(name) || numeral.test(text.charAt(start - 1)) || !mayBeBrand(text, name, start)) continue
    const before = words[index - 1]
    // 万 and a measure word open a brand (万家康, 万家/m) where a mark, an enumeration or a place opens the name: a count
    // of ten thousand says how many (1万家, 上万家, 近万家)
    const opensItem = enumerates(before) || (before === undefined && !cut) || before?.tag === placeTag
    const tenThousandBrand = name.startsWith(tenThousand) && opensItem
    if ((describesQuantity(name) && !tenThousandBrand) || !brand.every((word) => mayBeBrandPiece(word, brand.length, tenThousandBrand))) continue
    if (!namedBySite(brand, before)) continue
    if (enumerates(before) || opensName(text, start, before, before === undefined && cut, true)) return {start, end: kindStart}
  }
  return undefined
}

const tenThousand = '万'

/**
 * Whether `brand`, jieba's words of a brand read by its characters after `before`, is no site where the kind stands
 * (在|食堂 超市, 在|商场/内 超市, 在|渡口 饭店): a common noun jieba knows whole (安济/n) is a brand only after an enumeration
 * or a place (三是|安济 诊所); after a preposition other than a joiner (在, 对, 到), which names a site, only a brand
 * jieba cut into pieces none of which is a common noun (在|天天/t 鲜 超市).
 */
function namedBySite(brand: readonly Token[], before: Token | undefined): boolean {
  const [only] = brand
  if (only && brand.length === 1 && only.tag === commonNounTag) return enumerates(before) || before?.tag === placeTag
  if (before?.tag !== prepositionTag || joiners.has(before.word)) return true
  return brand.length > 1 && !brand.some((word) => word.word.length > 1 && word.tag === commonNounTag)
}

// jieba's tag of common nouns (食堂/n, 渡口/n, 商场/n), which name a site as often as a brand.
const commonNounTag = 'n'

// How long a brand `brandOfCharacters` reads may be: 家和, 天天鲜, 万家康.
const minCharacterBrand = 2
const maxCharacterBrand = 3

// jieba's tags of the words no brand read by its characters is, alone or in part: predicates, times, places,
// localities, distinctions (大型/b), idioms and function words.
const notCharacterBrandTags = new Set(['v', 'vd', 'vn', 'p', 'd', 'c', 'r', 't', 's', 'f', 'b', 'l', 'i', 'y', 'e', 'o', 'u', 'ud', 'uv', 'uj', 'ul', 'uz', 'ug'])
// jieba's tag of adverbs, which it gives pieces of brands it does not know as well.
const adverbTag = 'd'
// jieba's tag of numerals: a count (许多 超市, 近/万家 超市), but for a brand that opens with 万 (万家 大药房, 万家/康).
const numeralTag = 'm'

/**
 * Whether jieba's `word`, one of `count` words of a brand read by its characters, may be part of it (see
 * `brandOfCharacters`); a numeral's word only where `opensTenThousand` and it is that 万 (万家/m).
 */
function mayBeBrandPiece(word: Token, count: number, opensTenThousand: boolean): boolean {
  if (word.tag === numeralTag) return opensTenThousand && word.word.startsWith(tenThousand)
  // A word jieba knows of three characters is a common noun (发布会, 开发区) unless it tags it as a name
  if (count === 1) return !notCharacterBrandTags.has(word.tag) && (word.word.length === 2 ? !isFrequentWord(word.word) : isProperWord(word)) && !endsPersonNoun(word.word)
  // In pieces, a word is the brand's whatever its tag (天天/t 鲜), but a verb or a function word is none (开展/v 了), nor
  // a lone character of the tags no brand is (不/d)
  if (word.word.length === 1) return !notCharacterBrandTags.has(word.tag)
  return !(predicateTags.has(word.tag) && word.tag !== adverbTag) && !describesUnit(word.word)
}

/** Whether `word` is an enumeration's 一是, 二是 … 十是, after which an item opens with the unit it names. */
function enumerates(word: Token | undefined): boolean {
  return word !== undefined && enumeration.test(word.word)
}

const enumeration = /^[一二三四五六七八九十]是$/u

/**
 * The two common words of two characters ending at `words[index]`, neither of a tag no brand is made of, or undefined:
 * a word jieba tags as a name (鸿福/nz) is a brand alone, and the word before it no part of it (责令/n 鸿福/nz).
 */
function twoWordBrand(words: readonly Token[], index: number): Token[] | undefined {
  const pair = [words[index - 1], words[index]].filter((word): word is Token => word !== undefined && word.word.length === pairedWordLength && han.test(word.word) && !notBrandTags.has(word.tag) && !isProperWord(word))
  return pair.length === 2 && pair[0]?.end === pair[1]?.start ? pair : undefined
}

// The length of each word of a brand of two words (小城/故事).
const pairedWordLength = 2

/**
 * The name in the quotes closing at `close`, where it may be a brand: Han characters, two to `maxQuotedBrand` of
 * them, and no count, generic word or description of units (“三个一”, “示范”, “爱心”: a programme's label).
 */
function quotedBrandBefore(text: string, close: number): {start: number; end: number} | undefined {
  const open = lastQuoteWithin(text, openingQuote, close, close - 1 - maxQuotedBrand)
  const name = text.slice(open + 1, close)
  if (open === -1 || name.length < 2 || name.length > maxQuotedBrand || !allHan.test(name)) return undefined
  return opensWithCount(name) || isGenericWord(name) || describesUnit(name) ? undefined : {start: open + 1, end: close}
}

// The longest quoted name read as a brand, and a run of Han characters only.
const maxQuotedBrand = 8
const allHan = /^\p{Script=Han}+$/u

/**
 * Whether a trade of data/unit-trade-words.txt or a trade's verb (see `isNamedTrade`) of two to four characters ends at
 * `end`, or right before the generic words that end there (心理咨询|中心 of 心理咨询中心 is read with 中心 as the kind;
 * 餐饮|连锁): `brandBefore` needs one in the trade.
 */
function endsWithTrade(text: string, end: number): boolean {
  const generic = genericSuffixLength(text.slice(Math.max(0, end - maxGenericRun), end))
  return [end, end - generic].some((at) => {
    for (let size = 2; size <= maxTradeWord && size <= at; size++) if (isNamedTrade(text.slice(at - size, at))) return true
    return false
  })
}

// How far back generic words before a kind are read for `endsWithTrade`.
const maxGenericRun = 6

// The longest trade word `endsWithTrade` looks for: longer ones end with a shorter (房地产开发 with 开发).
const maxTradeWord = 4

/** Whether jieba's `word` is part of a trade: a trade word or one made of trades (心理咨询, 校车). */
function isTrade(word: Token | undefined): boolean {
  return word !== undefined && word.word.length >= 2 && (isTradeName(word.word) || isTradeText(word.word))
}

/**
 * The brand's words ending at `words[index]`: one word of two to four characters, a lone character before a word
 * (巧/媳妇, 小/太阳, 小/博士), or two lone characters jieba could not join (鸿/飞); none where a lone character before
 * them could be the brand's head too (禾/丰源), which this rule does not guess.
 */
function brandWords(words: readonly Token[], index: number): Token[] | undefined {
  const last = words[index]
  if (!last || !han.test(last.word) || notBrandTags.has(last.tag) || last.word.length > maxBrand) return undefined
  const previous = words[index - 1]
  const lone = (word: Token | undefined): word is Token => word !== undefined && word.word.length === 1 && han.test(word.word) && !isStopChar(word.word) && !notBrandTags.has(word.tag)
  const brand = lone(previous) && last.word.length + 1 <= maxBrand && (last.word.length === 1 || previous.tag === 'a') ? [previous, last] : [last]
  if (brand.length === 1 && last.word.length === 1) return undefined
  return lone(words[index - brand.length]) ? undefined : brand
}

/** Whether `name`, read as `words` from `start`, may be a brand (see `detectBrandsBeforeKinds`). */
function isBrand(text: string, name: string, start: number, words: readonly Token[]): boolean {
  if (hasStopChar(name) || describesQuantity(name) || !mayBeBrand(text, name, start)) return false
  // A word of prose as brand (平安, 面粉) is left: alone it is as often the goods or a description; and a word for
  // people (驾驶员 培训学校, 志愿者 服务队) is whom the unit serves
  const [only] = words
  if (only && words.length === 1 && (isFrequentWord(only.word) || endsPersonNoun(only.word))) return false
  return !words.some((word) => word.word.length >= 2 && describesUnit(word.word))
}

/**
 * Whether `name` at `start` may be a brand whatever jieba reads in it: no description of units, generic word, trade,
 * government body, place, place's level nor unit suffix, nor a kind of unit itself, one that names a unit only after
 * a quoted name included (开办|民宿|旅馆: 民宿 is what the inn is, the object of 开办, no brand of it).
 */
function mayBeBrand(text: string, name: string, start: number): boolean {
  if (name.length < 2 || describesUnit(name) || isGenericWord(name) || isTradeText(name) || isUnitSuffixWord(name)) return false
  return !(namesGovernmentBody(name) || suffixRuleLength(name, 'PLACE') > 0 || endsWithUnitSuffix(name) || longestAt(loadGazetteer().names, text, start))
}

/** Whether `word` ends like a word for people (data/person-noun-endings.txt, the persons rules' class: 驾驶员, 农民). */
function endsPersonNoun(word: string): boolean {
  return inClass(personNounEndings, word.charCodeAt(word.length - 1))
}

/**
 * Whether the brand starting at `start` opens the name: a mark or the start of the text before it, or a word
 * before it that opens a unit's name (a verb, a conjunction or 与, 的: see `nameOpenerTags`; a preposition where
 * `afterPreposition`), a place (草碧镇, 董家寨村) or a word that describes the unit (本地, 辖区). Only a mark where the
 * window was `cut`. A lone adverb jieba reads
 * (常/d of 常山庄) may be a name's first character, and opens nothing.
 */
function opensName(text: string, start: number, before: Token | undefined, cut: boolean, afterPreposition: boolean): boolean {
  if (start === 0 || !han.test(text.charAt(start - 1))) return true
  if (!before || cut || before.end !== start) return false
  if (joiners.has(before.word) || (afterPreposition && before.tag === prepositionTag) || (nameOpenerTags.has(before.tag) && !(before.word.length === 1 && !isStopChar(before.word) && before.tag === 'd'))) return true
  // A place's suffix jieba reads apart from its name (董家/寨/村) ends a place as well, unless a determiner is its name (全村)
  const place = text.slice(Math.max(0, start - maxPlaceSuffix - 1), start)
  const placeSuffix = suffixRuleLength(place, 'PLACE') > 0 && !isStopChar(text.charAt(start - 2))
  return before.tag === placeTag || placeSuffix || describesUnit(before.word)
}

// How long a place's suffix before a brand may be (村, 社区, 街道办事处).
const maxPlaceSuffix = 5

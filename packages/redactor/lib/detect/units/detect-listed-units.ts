// The brands of the units a list names where the list says its items are units: rule `listed-unit-brand`.
import type {Detection, DetectionContext} from '../../detection.js'
import {hasOnlyStopChars, hasStopChar, isStopChar, isTradeWord, namesGovernmentBody, suffixRuleLength, tradeEnding, unitSuffixAfter} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {overlapsAny} from '../../overlaps.js'
import {segment, segmentBefore, type Token} from '../../segment.js'
import {kindEndingAt} from './business-kinds.js'
import {closingQuote, han, numeral} from './character-classes.js'
import {endsDivision, fullDivisionAt} from './full-divisions.js'
import {isTradeName, isTradeText} from './kept-parts.js'
import {openerTags, predicateTags, verbTags} from './predicate-tags.js'
import {isSkipped} from './skipped-spans.js'
import {describesUnit} from './unit-descriptions.js'
import {countLength, listEnd, listMark, maxBrand, mayBeListedBrand, minBrand, unitCollectiveWords, unitKindAt} from './unit-lists.js'

// How long an item of a list may be, how long its brand, and how many items a list is read over.
const maxItem = 12
const maxItems = 12
// How many characters of description (本地, 个体) or trade (餐饮, 食品) may stand between a list's count and its kind.
const maxCloseGap = 4

/** An item of a list: where it starts (for the first, as far back as an item may reach: no mark says where) and ends. */
interface Item {
  start: number
  end: number
}

/**
 * The brands of the units a list of them names by brand, trade and kind (走访了惠民|粮油|店、家和|便利店等14家个体商户,
 * 约谈了张记|糖坊、李嫂|榨油坊两家小作坊, 鸿福石材加工厂、兴旺|木业|加工厂) or by brand and trade alone (鼎盛|机械、华联|
 * 纺织两家企业, 由通达、顺风两家公司): the list says its items are units where a count of them or 等 closes it with a
 * kind of unit (两家公司, 等4家餐饮企业, 等食品小作坊), or where one of its items is a unit the other rules read and the
 * others end with a kind of unit as it does (the same shape). Then an item's brand is what its trade and kind leave
 * of it, whatever its words (惠民, 家和, 兴旺 are everyday words), unless a closed class claims it: a description of
 * units (data/unit-description-words.txt: 爱心, 便民, 社区, 涉事), a generic word, a trade, a quantity, a place's or
 * a government body's name, a determiner (全镇, 本村). The items after 、 start at the mark; the first starts where a
 * mark, a verb, a function word, a place or a description ends before it, as jieba reads it. Only the brand is
 * masked: trade and kind stay visible.
 */
export function detectListedUnits(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  let listedTo = -1
  for (let mark = text.indexOf(listMark); mark !== -1; mark = text.indexOf(listMark, mark + 1)) {
    if (mark < listedTo) continue
    const list = listAt(text, mark)
    if (!list) continue
    listedTo = list.closeAt
    const closed = closeAt(text, list.closeAt)
    const [head] = list.items
    const last = list.items.at(-1)
    // Without a count or 等 closing the list, a unit read in it says what it lists: none, and it is left
    if (!closed && (!head || !last || !overlapsAny(units, head.start, last.end))) continue
    // and its last item runs on into the clause: it ends with its kind
    if (!closed && last) {
      const kindEnd = firstKindEnd(text, last.start, last.end)
      if (kindEnd === -1) list.items.pop()
      else last.end = kindEnd
    }
    const items = list.items
    if (items.length < 2) continue
    // Each item a unit read elsewhere, or ending with a kind as one of those does
    const sibling = items.some((item) => units.some((unit) => unit.start >= item.start && unit.end <= item.end && unit.end > item.start) && listedKindStart(text, item.start, item.end) < item.end)
    if (!closed && !sibling) continue
    for (const [index, item] of items.entries()) {
      const cut = index > 0 ? cutBrand(text, item, units) : undefined
      if (cut) {
        found.push(cut)
        continue
      }
      const brand = brandOf(text, item, index === 0, closed)
      if (!brand || overlapsAny(units, brand.start, item.end) || overlapsAny(found, brand.start, item.end) || isSkipped(context, brand.start, item.end)) continue
      found.push({
        type: 'ORG',
        start: brand.start,
        end: item.end,
        suffixLength: item.end - brand.end,
        detector: 'units',
        rule: 'listed-unit-brand',
        confidence: 0.75,
        reason: closed ? `brand listed before \`${text.slice(list.closeAt, list.closeAt + 6)}\`` : 'brand listed beside a unit of the same kind'
      })
    }
  }
  return found
}

/**
 * The item after a mark whose unit another rule read from one or two characters into it (小|太阳幼儿园: jieba's 小/a
 * is no word a name is read back over): the mark says where the name starts, so the brand is read from there. The
 * longer span wins over the unit found; undefined where the characters before it are stop characters (县|交投公司)
 * or a place (江苏|蓝湾风电设备有限公司), or the brand read so is none (see `isListedBrand`).
 */
function cutBrand(text: string, item: Item, units: readonly Detection[]): Detection | undefined {
  const unit = units.find((found) => found.end === item.end && found.start > item.start && found.start - item.start <= maxCut)
  if (!unit || hasStopChar(text.slice(item.start, unit.start))) return undefined
  // A place before the unit is where it is (江苏|蓝湾风电设备有限公司), which the places detector reads
  if ((longestAt(loadGazetteer().names, text, item.start)?.end ?? 0) >= unit.start) return undefined
  const brandEnd = unit.end - unit.suffixLength
  if (!isListedBrand(text, item.start, brandEnd)) return undefined
  return {...unit, start: item.start, rule: 'listed-unit-brand', reason: `name of a listed unit, read from the mark before it (\`${unit.rule}\` read \`${text.slice(unit.start, unit.end)}\`)`}
}

// How many characters into an item a unit read by another rule may start for `cutBrand`.
const maxCut = 2

/**
 * The items of the list whose first mark is `mark`: the one before it (its start left to `brandOf`), those between
 * marks, and the last, which ends at 等 or a count (closeAt) or runs on into its clause, `maxItem` characters at
 * most. None where an item between marks is longer than an item may be.
 */
function listAt(text: string, mark: number): {items: Item[]; closeAt: number} | undefined {
  let first = mark
  while (first > 0 && mark - first < maxItem && itemChar.test(text.charAt(first - 1))) first--
  if (first === mark) return undefined
  const items: Item[] = [{start: first, end: mark}]
  let at = mark
  while (text.charAt(at) === listMark && items.length < maxItems) {
    const start = at + 1
    let end = start
    while (end < text.length && end - start <= maxItem && itemChar.test(text.charAt(end)) && !closesAt(text, end)) end++
    if (end === start) break
    if (end - start > maxItem) {
      // Longer than an item may be: between marks it is no item of a list of units; the last item runs on into its
      // clause and is cut (another item's length further on is as far as it is read)
      let runEnd = end
      while (runEnd < text.length && runEnd - start <= 2 * maxItem && itemChar.test(text.charAt(runEnd)) && !closesAt(text, runEnd)) runEnd++
      if (text.charAt(runEnd) === listMark) return undefined
      items.push({start, end: start + maxItem})
      at = start + maxItem
      break
    }
    items.push({start, end})
    at = end
  }
  return {items, closeAt: at}
}

// The characters of a listed item: Han, the quotes of a quoted brand, the letters of a brand (KTV).
const itemChar = /[\p{Script=Han}“”A-Za-z]/u

/**
 * The length of 等 or a count of businesses (两家, 14家, 等4家, 37户) at `at` that may close a list; 0 where none
 * does. The count's numerals stand within four characters of `at`, 等 among them.
 */
function closeLength(text: string, at: number): number {
  const opened = text.startsWith(listEnd, at) ? listEnd.length : 0
  return opened + countLength(text, at + opened, businessMeasures, maxCloseNumerals - opened)
}

const maxCloseNumerals = 4

/** Whether 等 or a count of businesses stands at `at` (see `closeLength`), asked only where 等 or a numeral does. */
function closesAt(text: string, at: number): boolean {
  const char = text.charAt(at)
  return (char === listEnd || numeral.test(char)) && closeLength(text, at) > 0
}

// The measure words that count businesses (两家公司, 37户个体工商户); 个 counts anything (3个合作社: kinds as well).
const businessMeasures = ['家', '户']


/** How a list of units is closed: by a count of them (两家公司, 等4家餐饮企业) or by 等 alone (等食品小作坊). */
type Close = 'count' | 'list'

/**
 * How 等 or a count at `at` closes the list with a kind of unit or a word for businesses
 * (data/unit-collective-words.txt), over a few characters of description or trade (等14家个体商户, 两家小作坊,
 * 等4家餐饮企业, 等食品小作坊); undefined where neither does.
 */
function closeAt(text: string, at: number): Close | undefined {
  const opened = closeLength(text, at)
  if (opened === 0) return undefined
  const from = at + opened
  for (let gap = 0; gap <= maxCloseGap && han.test(text.slice(from, from + gap + 1)); gap++) {
    const between = text.slice(from, from + gap)
    if (gap > 0 && !(describesUnit(between) || isTradeText(between) || (describesUnit(between.slice(0, 2)) && isTradeText(between.slice(2))))) continue
    const kindAt = from + gap
    if (unitKindAt(text, kindAt)) {
      return text.startsWith(listEnd, at) && opened === listEnd.length ? 'list' : 'count'
    }
  }
  return undefined
}

/** The end of the first kind of unit in the item `[start, end)` with two characters before it at least (see `listedKindStart`), or -1. */
function firstKindEnd(text: string, start: number, end: number): number {
  for (let at = start + minBrand + 1; at <= end; at++) if (listedKindStart(text, start, at) < at) return at
  return -1
}

/**
 * The brand of a listed item: what its kind of unit and trade leave before them (惠民|粮油|店, 家和|便利店, 鼎盛|机械),
 * two to four characters no closed class claims (see `isListedBrand`) nor jieba reads as a predicate or across
 * its end. An item with no kind is a brand only in a list `closed` by a count or 等 with a kind (佳禾|食品、康宝|蛋业
 * 等企业), and one with no trade either only in a list a count closes (客家缘、乡味坊等4家餐饮企业). The first
 * item's start is read by jieba.
 */
function brandOf(text: string, item: Item, first: boolean, closed: Close | undefined): {start: number; end: number} | undefined {
  const from = item.start
  // An item that is a kind alone (便利店, 合作社) names none
  if ((kindEndingAt(text, item.end)?.start ?? item.end) < from + minBrand) return undefined
  const kindStart = listedKindStart(text, from, item.end)
  if (kindStart === item.end && !closed) return undefined
  const brandEnd = tradeStart(text, from, kindStart)
  // An item of no kind nor trade is a brand only where a count says the items are units: 等 closes lists of kinds
  // of stall as well (蔬菜摊、水果摊等沿街商户)
  if (brandEnd === item.end && closed !== 'count') return undefined
  const start = first ? firstBrandStart(text, brandEnd) : afterDivision(text, item.start, brandEnd)
  if (start === -1 || !isListedBrand(text, start, brandEnd)) return undefined
  // An item of no kind that opens with a trade is a kind of stall or shop (蔬菜|摊, 水果|行)
  if (kindStart === item.end && isTradeText(text.slice(start, start + minBrand))) return undefined
  // A word jieba knows across the brand's end makes it one with what follows (新华书店)
  const words = segment(text, start, item.end)
  if (words.some((word) => word.start < brandEnd && word.end > brandEnd && word.tag !== gluedTag)) return undefined
  const brand = words.filter((word) => word.end <= brandEnd)
  return brand.every((word, index) => isBrandWord(word, brand[index - 1])) ? {start, end: brandEnd} : undefined
}

/**
 * Whether jieba's `word` of a listed brand, after `before`, may be one: no predicate (加强|便利店, 走访|县 交投公司),
 * and no word of stop characters (县/zg, 全镇), but a conjunction after a lone character (家/和: a brand's character;
 * after a word, 民宿/和 joins it to the next item).
 */
function isBrandWord(word: Token, before: Token | undefined): boolean {
  if (word.word.length > 1 && (predicateTags.has(word.tag) || verbTags.has(word.tag))) return false
  if (!hasOnlyStopChars(word.word)) return true
  return word.tag === conjunctionTag && before !== undefined && before.word.length === 1
}

// jieba's tags of characters it glued without knowing them (张记/x), which make no word, and of conjunctions.
const gluedTag = 'x'
const conjunctionTag = 'c'

/**
 * Where the kind of unit that ends the item at `end` starts, two characters after `from` at least: a unit suffix or
 * kind of business (see `kindEndingAt`), one that names a unit only after quotes elsewhere (坊, 民宿: the list says
 * the item is a unit), or a word for businesses (作坊, 企业); `end` where none does.
 */
function listedKindStart(text: string, from: number, end: number): number {
  const kind = kindEndingAt(text, end)
  if (kind && kind.start >= from + minBrand) return kind.start
  for (let size = maxQuotedSuffix; size >= 1; size--) {
    const start = end - size
    if (start < from + minBrand) continue
    const word = text.slice(start, end)
    if (unitSuffixAfter(text, start)?.suffix === word || unitCollectiveWords().includes(word)) return start
  }
  return end
}

// The longest suffix or word for businesses read at an item's end when no kind of unit is there (民宿, 作坊).
const maxQuotedSuffix = 3

/** Where the trade before `end` starts (粮油 of 惠民粮油店, 木业 of 兴旺木业加工厂), leaving two characters before it; `end` where none. */
function tradeStart(text: string, from: number, end: number): number {
  let cut = end
  for (;;) {
    let next = -1
    for (let size = Math.min(maxTrade, cut - from - minBrand); size >= 2 && next === -1; size--) {
      const word = text.slice(cut - size, cut)
      if (isTradeName(word) || isTradeWord(word)) next = cut - size
    }
    if (next === -1) return cut
    cut = next
  }
}

// The longest trade word read off an item (生物质, 心理咨询).
const maxTrade = 4

/**
 * Where the brand of an item after a mark starts: after the county or city it opens with, named in full (、伊川县|金茂
 * 铸造), where two characters of brand are left before `brandEnd`; at the mark otherwise.
 */
function afterDivision(text: string, start: number, brandEnd: number): number {
  const division = fullDivisionAt(text, start, 2)
  return division && brandEnd - division.end >= minBrand ? division.end : start
}

/**
 * Where the brand of the first item starts, ending at `end`: jieba's words before it, back over two to four
 * characters, to where a mark, a verb or function word, a place or a description stands before them
 * (走访了|惠民, 宁化县|客家缘, 由|通达), or right after a stop character jieba glued to the brand it does not know
 * (对鑫源/x 建材, 对金鼎/x 物流: the preposition opens the item, as 对/p does before a brand jieba knows); -1 where
 * none does.
 */
function firstBrandStart(text: string, end: number): number {
  const words = segmentBefore(text, end, maxBrand + 4)
  if (words.at(-1)?.end !== end) return -1
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]
    if (word && gluesStopChar(word) && end - word.start - 1 >= minBrand && end - word.start - 1 <= maxBrand) return word.start + 1
    if (!word || end - word.start > maxBrand) return -1
    if (end - word.start < minBrand) continue
    if (opensFirstItem(text, word.start, words[index - 1])) return word.start
  }
  return -1
}

/** Whether jieba glued a stop character (对, 及, 县) to the characters after it it does not know (对鑫源/x). */
function gluesStopChar(word: Token): boolean {
  return word.tag === gluedTag && word.word.length > minBrand && isStopChar(word.word.charAt(0)) && !isStopChar(word.word.charAt(1))
}

/** Whether the brand starting at `start` opens there: after a mark, a verb or function word, a place or a description. */
function opensFirstItem(text: string, start: number, before: Token | undefined): boolean {
  // After closing quotes the words are the goods or style of the brand quoted before them (“康巴风情”|藏式 客栈)
  if (text.charAt(start - 1) === closingQuote) return false
  if (start === 0 || !han.test(text.charAt(start - 1))) return true
  if (!before || before.end !== start) return false
  if (before.word.length > 1 && predicateTags.has(before.tag)) return true
  if (itemOpenerTags.has(before.tag) || before.tag === placeTag || describesUnit(before.word) || localities.has(before.word)) return true
  // A city or county named in full (晋中市榆次区|恒源液压), whatever jieba tags its words
  if (endsDivision(text, start, 2)) return true
  return suffixRuleLength(text.slice(Math.max(0, start - maxPlaceName), start), 'PLACE') > 0
}

// jieba's tags of the words after which an item opens whatever their length: the openers of every list (see
// `openerTags`) and prepositions (对|绿源); and its tag of places. How far back a place's name is read.
const itemOpenerTags = new Set([...openerTags, 'p'])
const placeTag = 'ns'
// Words of a locality that close a phrase of place before a list (辖区内|祥和物业, 园区里|…): jieba tags 内 as a noun.
const localities = new Set(['内', '外', '里', '中', '旁'])
const maxPlaceName = 6

/**
 * Whether `text[start, end)` may be a listed unit's brand: two to four Han characters that are no description of
 * units, generic word, trade, sector, quantity, place (nor the start of a division named in full), government body
 * or unit, and open with no stop character.
 */
function isListedBrand(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end)
  // A county or town named in full over the brand's end is the place the unit is in (沂南县|第二中学)
  if ((fullDivisionAt(text, start, 2)?.end ?? 0) >= end) return false
  // A stop character opens a determiner or a level (全镇, 县交投), or joins the item to the words before it (对和顺)
  if (!mayBeListedBrand(name) || isStopChar(name.charAt(0))) return false
  // A brand in 业 is a sector (养殖业): detect-listed-trades.ts reads the brands before a trade in 业
  return !name.endsWith(tradeEnding) && !namesGovernmentBody(name) && !describesUnit(name.slice(0, 2))
}

// Brands listed bare before a count of businesses and their kind (对绿源、金穗、向阳3家合作社): rule `counted-brand`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isStopChar} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segmentBefore} from '../../segment.js'
import {kindEndingAt} from './business-kinds.js'
import {han, numeral} from './character-classes.js'
import {predicateTags} from './predicate-tags.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'
import {hasStopWord} from './stop-words.js'
import {describesUnit} from './unit-descriptions.js'
import {listEnd, listMark, maxBrand, mayBeListedBrand, minBrand, unitKindAt} from './unit-lists.js'

// The measure word of businesses, how long a word describing them after the count may be (本地, 个体), and how many
// characters before an item jieba reads to find where the first one starts.
const businessMeasure = '家'
const maxDescription = 2
const openerWindow = 6
// jieba's tag of characters it glued without knowing them.
const gluedTag = 'x'

/**
 * Bare names listed with 、 before a count of businesses and the kind they are (对绿源、金穗、向阳3家合作社, 走访鸿福、
 * 兴旺等5家企业): the count in 家 and the kind (a unit suffix, a kind of business, or over a word that describes them)
 * say each item is a business, so each is its brand, whatever its words. Two items at least; each of two to four
 * Han characters that no closed class claims (a description, a generic word, a trade, a quantity, a place's full
 * name, a unit's full name), and the first opened by a mark, a verb or a preposition, as jieba reads it.
 */
export function detectCountedBrands(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let at = text.indexOf(businessMeasure); at !== -1; at = text.indexOf(businessMeasure, at + 1)) {
    if (!numeral.test(text.charAt(at - 1))) continue
    let end = at
    while (end > 0 && numeral.test(text.charAt(end - 1))) end--
    if (text.startsWith(listEnd, end - listEnd.length)) end -= listEnd.length
    // The text before jieba: the last item follows 、 (a list), then a kind follows the count
    if (!followsListMark(text, end) || !namesKindAfter(text, at + 1)) continue
    const items = listedItems(text, end)
    if (items.length < 2 || items.some((item) => overlapsAny(units, item.start, item.end) || isSkipped(context, item.start, item.end))) continue
    for (const item of items) {
      found.push({
        type: 'ORG',
        start: item.start,
        end: item.end,
        suffixLength: 0,
        detector: 'units',
        rule: 'counted-brand',
        confidence: 0.7,
        reason: `brand listed before a count of businesses (\`${text.slice(end, at + 1)}\`)`
      })
    }
  }
  return found
}

/**
 * Whether a unit suffix, a kind of business or a word for businesses (data/unit-collective-words.txt: 企业, 商户)
 * stands at `at`, or after a word that describes businesses (本地超市, 龙头企业).
 */
function namesKindAfter(text: string, at: number): boolean {
  return [0, maxDescription].some((size) => (size === 0 || describesUnit(text.slice(at, at + size))) && unitKindAt(text, at + size))
}

/** Whether the item ending at `end` follows 、 after two to four Han characters. */
function followsListMark(text: string, end: number): boolean {
  for (let start = end - minBrand; start >= Math.max(1, end - maxBrand); start--) {
    if (!han.test(text.charAt(start))) return false
    if (text.charAt(start - 1) === listMark) return true
  }
  return false
}

/** The items of a list of bare names ending at `end`, first to last; none where one is no brand or the first opens nothing. */
function listedItems(text: string, end: number): {start: number; end: number}[] {
  const items: {start: number; end: number}[] = []
  let itemEnd = end
  for (;;) {
    let start = itemEnd
    while (start > 0 && itemEnd - start <= maxBrand && han.test(text.charAt(start - 1))) start--
    if (text.charAt(start - 1) !== listMark || itemEnd - start > maxBrand) {
      // The first item: its start is where jieba's word before it ends, a mark or an opening word
      const first = firstItemStart(text, itemEnd)
      if (first === -1) return []
      items.unshift({start: first, end: itemEnd})
      // A frequent word of prose among the items makes the list one of trades or kinds (娱乐、住宿等12家企业)
      const names = items.map((item) => text.slice(item.start, item.end))
      if (names.some((name) => isFrequentWord(name))) return []
      // An item that ends with a kind of business (超越网吧, 小卖部) is a unit named by its kind: see detect-listed-units.ts
      const kinded = (item: {start: number; end: number}) => (kindEndingAt(text, item.end)?.start ?? -1) >= item.start
      return items.every((item) => mayBeListedBrand(text.slice(item.start, item.end)) && !kinded(item) && !hasStopWord(text, item.start, item.end)) ? items : []
    }
    items.unshift({start, end: itemEnd})
    itemEnd = start - listMark.length
  }
}

/** Where the first item ending at `end` starts: after a mark, or after a verb or preposition jieba reads before it (对|绿源); -1 otherwise. */
function firstItemStart(text: string, end: number): number {
  const words = segmentBefore(text, end, openerWindow)
  const item = words.at(-1)
  if (!item || item.end !== end) return -1
  // jieba glues characters it does not know to a stop character before them (对绿源/x): the stop character opens the item
  if (item.tag === gluedTag && isStopChar(item.word.charAt(0)) && item.word.length - 1 >= minBrand && item.word.length - 1 <= maxBrand) return item.start + 1
  if (item.word.length < minBrand || item.word.length > maxBrand) return -1
  const before = words.at(-2)
  if (item.start === 0 || !han.test(text.charAt(item.start - 1))) return item.start
  return before !== undefined && before.end === item.start && before.word.length >= 1 && predicateTags.has(before.tag) ? item.start : -1
}



// Businesses a list of businesses names without a unit suffix (同福烧烤): rule `listed-business-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsWithUnitSuffix, holdsNamingWord} from '../../gazetteer/find-suffixed-names.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'
import {maxCuedName} from './name-lengths.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'
import {hasStopWord} from './stop-words.js'
import {inListOfBusinesses, listEnd, listMark} from './unit-lists.js'

// jieba's tag of characters it glued without knowing them, which no dictionary holds (云栖山舍/x).
const unknownTag = 'x'
// How many items before 等 a list of businesses is read back over.
const maxListedItems = 8

/**
 * Businesses a list of them names without a unit suffix (家门口便利店、阿满海蛎煎、同福烧烤、春晖大药房等26家商户;
 * 指导半山酒店、云栖山舍、沙溪老院子客栈等23家住宿企业): in a list that 等 closes with a word for businesses and that
 * holds a unit already found, an item after `、` with no unit suffix whose jieba words open with two characters or
 * more of words that name (同福/x, 阿满/x, 云栖山舍/x, 晟/g 瑞/ns; see holdsNamingWord) is a business named by them,
 * and the words after them stay visible (烧烤, 海蛎煎: what it sells). Items of common words (社区食堂, 快递驿站) name
 * none, nor one a conjunction joins (同福烧烤和老灶台). jieba only on the items of such lists, each read alone.
 */
export function detectListedBusinesses(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  // Where the units found end, once a list of businesses asks
  let unitEnds: Set<number> | undefined
  for (let close = text.indexOf(listEnd); close !== -1; close = text.indexOf(listEnd, close + 1)) {
    const items: {start: number; end: number}[] = []
    for (let end = close; items.length < maxListedItems; ) {
      let start = end
      while (start > 0 && end - start <= maxCuedName && han.test(text.charAt(start - 1))) start--
      if (start === end) break
      items.push({start, end})
      if (text.charAt(start - 1) !== listMark) break
      end = start - 1
    }
    // Only items after 、 are taken: a list of one item has none
    if (items.length < 2 || !inListOfBusinesses(text, close)) continue
    unitEnds ??= new Set(units.map((unit) => unit.end))
    const ends = unitEnds
    if (!items.some((item) => ends.has(item.end))) continue
    for (const item of items) {
      if (text.charAt(item.start - 1) !== listMark || item.end - item.start < 3 || overlapsAny(units, item.start, item.end)) continue
      if (endsWithUnitSuffix(text.slice(item.start, item.end)) || isSkipped(context, item.start, item.end) || hasStopWord(text, item.start, item.end)) continue
      const words = segment(text, item.start, item.end)
      let brandEnd = item.start
      for (const word of words) {
        if (!holdsNamingWord([word])) break
        brandEnd = word.end
      }
      // One word of jieba's dictionaries for the whole item is a kind of shop it mis-tags (五金店/nz), no name
      const kind = words.length === 1 && words[0]?.tag !== unknownTag
      if (brandEnd - item.start < 2 || kind) continue
      found.push({
        type: 'ORG',
        start: item.start,
        end: item.end,
        suffixLength: item.end - brandEnd,
        detector: 'units',
        rule: 'listed-business-name',
        confidence: 0.7,
        reason: 'name of a business in a list of businesses that holds a unit'
      })
    }
  }
  return found
}

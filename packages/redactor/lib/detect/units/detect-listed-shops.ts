// Shops a list of businesses names by brand, trade and kind (惠民粮油店、家和便利店等14家个体商户): rule `listed-shop-brand`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsUnitSuffix, unitSuffixBefore} from '../../gazetteer/find-suffixed-names.js'
import {brandBeforeKind} from './brand-before-kind.js'
import {han} from './character-classes.js'
import {maxCuedName} from './name-lengths.js'
import {isSkipped, overlapsAny} from './skipped-spans.js'
import {inListOfBusinesses, listedBeforeStart, listEnd, listMark} from './unit-lists.js'

/**
 * The brands of shops a list of businesses names (惠民|粮油 店、家/和 便利店等14家个体商户, 美佳 美发店、好邻居超市):
 * in a list that 等 closes with a word for businesses, or next to a unit found (see `listsBusinesses`), an item that ends with a kind of
 * unit or shop (data/unit-suffixes.txt, 店 and 馆 too, which name elsewhere only after quotes) is a business, and
 * the word at its head a brand whatever it is, but for the words that describe, count or are a trade alone (see
 * `brandBeforeKind`: 社区超市, 五金店, 粮油店 name none). Only the brand is masked: trade and kind stay visible.
 * An item opens after `、`, or for the first, where the words read back from its kind stop (see
 * `listedBeforeStart`). jieba only on the items of such lists.
 */
export function detectListedShops(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  // Where the units found start and end, once a list asks
  let bounds: {starts: Set<number>; ends: Set<number>} | undefined
  let mark = text.indexOf(listMark)
  let close = text.indexOf(listEnd)
  // Every 、 and 等 in order, each mark's next found once it is passed (not both again from every mark)
  while (mark !== -1 || close !== -1) {
    const end = close === -1 || (mark !== -1 && mark < close) ? mark : close
    if (end === mark) mark = text.indexOf(listMark, mark + 1)
    else close = text.indexOf(listEnd, close + 1)
    if (!endsUnitSuffix(text.charAt(end - 1))) continue
    // Most marks end no item of a list of businesses: that is asked first, by string tests alone
    bounds ??= {starts: new Set(units.map((unit) => unit.start)), ends: new Set(units.map((unit) => unit.end))}
    if (!mayListBusinesses(text, end, bounds)) continue
    const rule = unitSuffixBefore(text, end)
    if (!rule) continue
    const kindStart = end - rule.suffix.length
    const start = itemStart(text, kindStart, end, units)
    if (start === -1 || kindStart - start < 2 || !listsBusinesses(text, start, end, bounds)) continue
    if (overlapsAny(units, start, end) || isSkipped(context, start, end)) continue
    const brand = brandBeforeKind(text, start, kindStart, end, rule.product, text.charAt(start - 1) !== listMark)
    if (!brand) continue
    found.push({
      type: 'ORG',
      start: brand.start,
      end,
      suffixLength: end - brand.end,
      detector: 'units',
      rule: 'listed-shop-brand',
      confidence: 0.7,
      reason: `brand of a shop a list of businesses names before \`${rule.suffix}\``
    })
  }
  return found
}

/**
 * Whether the item ending at `end` may be in a list of businesses or next to a unit found (see `listsBusinesses`):
 * the list closes with a word for businesses, a unit follows the mark, or one ends at the mark before within an
 * item's reach.
 */
function mayListBusinesses(text: string, end: number, units: {starts: ReadonlySet<number>; ends: ReadonlySet<number>}): boolean {
  if (text.charAt(end) === listMark && units.starts.has(end + 1)) return true
  const mark = text.lastIndexOf(listMark, end - 1)
  if (mark !== -1 && end - mark <= maxCuedName + 1 && units.ends.has(mark)) return true
  return inListOfBusinesses(text, end)
}

/**
 * Whether the item `[start, end)` is in a list of businesses, or next to a unit found in a list: right before it
 * (…有限公司、小太阳幼儿园) or right after it (美佳美发店、好邻居超市).
 */
function listsBusinesses(text: string, start: number, end: number, units: {starts: ReadonlySet<number>; ends: ReadonlySet<number>}): boolean {
  if (text.charAt(end) === listMark && units.starts.has(end + 1)) return true
  if (text.charAt(start - 1) === listMark && units.ends.has(start - 1)) return true
  return inListOfBusinesses(text, end)
}

/**
 * Where the item whose kind starts at `kindStart` opens: after the `、` before it, within `maxCuedName` characters
 * of Han text, or where the words read back from its kind stop (see `listedBeforeStart`); -1 where neither.
 */
function itemStart(text: string, kindStart: number, end: number, units: readonly Detection[]): number {
  for (let start = kindStart - 1; start >= Math.max(1, kindStart - maxCuedName); start--) {
    if (!han.test(text.charAt(start))) return -1
    if (text.charAt(start - 1) === listMark) return start
  }
  return listedBeforeStart(text, kindStart, end, units)
}

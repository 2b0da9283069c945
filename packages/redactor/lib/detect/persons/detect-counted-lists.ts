// Names listed with 、 and counted right after (黄河、金秋、欧阳慧敏3名同志): the count says the list is of people.
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isMinorityName} from './detect-minority-names.js'
import {isColumnName, isListedName} from './list-items.js'
import {nameShapeStartBefore} from './name-boundaries.js'
import {isPaddingBlankAt, paddedNameEnd} from './name-shape.js'
import {unitOrPlaceEndings} from './person-classes.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'

// The last item of a list and the count of people after it (欧阳慧敏3名, 玉香两名, 陆卫东3位): a numeral of one digit
// and a measure of people; 人 not before 次 (3人次 counts visits).
const lastItemCounted = /^([\u3400-\u9fff]{2,8}?|[\u3400-\u9fff][ \u3000]{1,4}[\u3400-\u9fff])([2-9２-９两二三四五六七八九])(?:[名位]|人(?!次))/u

const countValues: Record<string, number> = {两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}

// How far an item before the last may run: a name of the minorities (努尔别克阿山) at most.
const maxItem = 8

/**
 * Names listed with 、 where a count of people that equals the number of items follows the last (授予黄河、金秋、欧阳慧敏3名
 * 同志, 推荐顾建平、沈  丽、陆卫东3名同志): the count vouches for items jieba reads as names' or places' words (黄河/ns,
 * 金秋/nr). Every item must be a name of a list (`isListedName`) where it has two characters, else one in a column of
 * people (`isColumnName`), a name padded to three (沈  丽) or of the minorities, none a title or ending as units and
 * places do; the first item is the longest name shape before the first 、 that jieba reads no
 * word across (推荐|顾建平, 授予|黄河).
 */
export function detectCountedLists(text: string, found: Detection[]): void {
  const overlapsEarlier = overlapsEarlierFinds(found)
  for (let separator = text.indexOf('、'); separator !== -1; separator = text.indexOf('、', separator + 1)) {
    const last = lastItemCounted.exec(text.slice(separator + 1, separator + 14))
    if (last === null) continue
    const items: [number, number][] = [[separator + 1, separator + 1 + (last[1] ?? '').length]]
    let itemEnd = separator
    // Items between marks back to the first, the list's opening item read apart.
    while (items.length < maxCount) {
      const mark = text.lastIndexOf('、', itemEnd - 1)
      if (mark === -1 || itemEnd - mark - 1 > maxItem || !isItemRun(text, mark + 1, itemEnd)) break
      items.unshift([mark + 1, itemEnd])
      itemEnd = mark
    }
    const first = nameShapeStartBefore(text, itemEnd)
    if (first === undefined) continue
    items.unshift([first, itemEnd])
    const count = countValues[last[2] ?? ''] ?? Number((last[2] ?? '').normalize('NFKC'))
    if (items.length !== count || !items.every(([start, end]) => isCountedName(text, start, end))) continue
    for (const [start, end] of items) {
      if (overlapsEarlier(start, end)) continue
      found.push(person(start, end, 'counted-list', 0.8, `one of ${count} items listed with 、 before \`${last[2] ?? ''}\` and a measure of people`))
    }
  }
}

// The most items a count of one digit numbers.
const maxCount = 9

/** Whether `text[start, end)` holds only what an item of a list of names holds: Chinese characters and padding. */
function isItemRun(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false
  for (let position = start; position < end; position++) if (!isCjkAt(text, position) && !isPaddingBlankAt(text, position)) return false
  return true
}

/** Whether an item of a counted list is a name: see `detectCountedLists`. */
function isCountedName(text: string, start: number, end: number): boolean {
  if (end - start > 2 && !isCjkAt(text, start + 1)) return paddedNameEnd(text, start) === end
  for (let position = start; position < end; position++) if (inClass(unitOrPlaceEndings, text.charCodeAt(position))) return false
  if ((titleAt(text, start)?.end ?? 0) >= end) return false
  // A word of two characters must be one jieba reads as a name or a proper noun (黄河/ns, 金秋/nr), not a noun for
  // people (顾客、游客2名) or a word of prose (周到/a).
  return end - start === 2 ? isListedName(text, start, end) : isColumnName(text, start, end) || isMinorityName(text, start, end)
}

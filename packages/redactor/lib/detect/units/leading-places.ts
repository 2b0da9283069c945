// The places and generic words at the head of a unit's name, before its proper part.
import {endsDivisionName, genericPrefixLength, holdsNamingWord} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {isPlaceWord} from '../../gazetteer/place-context.js'
import {longestAt} from '../../gazetteer/trie.js'
import {segment} from '../../segment.js'
import {fullDivisionAt} from './full-divisions.js'

/**
 * How much of `[start, end)` comes before the unit's proper name: the places and generic words at its head,
 * a province further in (see `afterProvince`; `brand` where common words may name the unit), and any division
 * named in full further in.
 */
export function placeLength(text: string, start: number, end: number, brand: boolean): number {
  let after = start + leadingPlaceLength(text, start, end)
  const province = afterProvince(text, after, end, brand)
  if (province > after) after = province + leadingPlaceLength(text, province, end)
  // A division's full name further in (丄汝州市实验小学) is no part of a unit's proper name: the name starts after
  // it. Only a name with a character that ends division names (市, 县, 镇 …) can hold one.
  if (![...text.slice(after + 1, end)].some((char) => endsDivisionName(char))) return after - start
  for (let at = after + 1; at < end; at++) {
    const match = fullDivisionAt(text, at)
    if (!match || match.end > end || match.end - match.start < 3) continue
    after = match.end + genericPrefixLength(text.slice(match.end, end))
    at = after - 1
  }
  return after - start
}

/**
 * Where a unit's name starts after a province's short form further in that jieba reads as a place, where the words
 * before it name nothing and a word after it does, or may, as common words name companies (`brand`: 爱心企业海南/ns
 * 椰风医疗器械有限公司: 爱心企业 describes the donor; 华润/nz 山东医药 keeps its brand, as 爱心企业云南宏源/n 驾校
 * its whole name); `start` where there is none. jieba only where a province's name stands there.
 */
function afterProvince(text: string, start: number, end: number, brand: boolean): number {
  const {names, namesOf} = loadGazetteer()
  for (let at = start + 2; at < end - 2; at++) {
    const match = longestAt(names, text, at)
    if (!match || match.end > end || !namesOf(match).some(({division}) => division.level === 1)) continue
    if (!isPlaceWord(text, match.start, match.end) || holdsNamingWord(segment(text, start, match.start))) return start
    // and only where a word after it names the unit, or common words may (a company's brand): common words before
    // another suffix (宏源/n 驾校) are read as the whole name's
    return brand || holdsNamingWord(segment(text, match.end, end)) ? match.end + genericPrefixLength(text.slice(match.end, end)) : start
  }
  return start
}

/**
 * How much of `[start, end)` is places and generic words at its head (河南汝州, 汝州市第一): a division's full
 * name, a province short form, a short form whose full name the document also uses, or a city's short form
 * jieba reads as a place (宜宾/ns 宏达建材有限公司, 临汾/ns 同心家政服务有限公司), which the places detector
 * masks on the same ground: a unit that held it would keep its brand visible after the place (*宏达建材有限公司).
 */
function leadingPlaceLength(text: string, start: number, end: number): number {
  const {names, namesOf} = loadGazetteer()
  let at = start
  for (;;) {
    const generic = genericPrefixLength(text.slice(at, end))
    if (generic > 0) {
      at += generic
      continue
    }
    const match = longestAt(names, text, at)
    const place =
      match !== undefined &&
      match.end <= end &&
      namesOf(match).some(({division, form}) => form === 'full' || division.level === 1 || text.includes(division.name) || (division.level === 2 && isPlaceWord(text, match.start, match.end)))
    if (!match || !place) return at - start
    at = match.end
  }
}

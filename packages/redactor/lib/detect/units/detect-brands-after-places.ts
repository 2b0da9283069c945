// A unit's brand between the place it is in and its trade and suffix (茂名市|信和|劳务派遣 有限公司): rule
// `brand-after-place`.
import type {Detection, DetectionContext} from '../../detection.js'
import {
  endsDivisionName,
  genericPrefixLength,
  isGenericWord,
  isStopChar,
  suffixRuleLength,
  unitSuffixesIn
} from '../../gazetteer/find-suffixed-names.js'
import {isUsualWord} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {brandBeforeKind} from './brand-before-kind.js'
import {isRefusedBrand, tradeRunStart} from './brand-refusals.js'
import {kindsIn, type Kind} from './business-kinds.js'
import {han} from './character-classes.js'
import {endsDivision} from './full-divisions.js'
import {isCounted} from './quantities.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

// How long the brand and trade between a place and a unit suffix may be together (信和|劳务派遣).
const maxNamed = 8
// How long a village's name before its suffix may be (董家寨|村), and the place suffixes that close one.
const maxVillageName = 4
const villageSuffixes = ['村', '社区', '嘎查']
const villageEndings = new Set(villageSuffixes.map((suffix) => suffix.charAt(suffix.length - 1)))

/**
 * The brand of a unit between the place it is in and its trade and suffix, where no rule before read it: the place
 * says where the unit's name starts, and the unit's kind or legal form says where it ends, so the words between
 * are the brand and its trade, whatever jieba makes of them (茂名市|信和|劳务派遣 有限公司: 和 is no conjunction
 * after one lone character, and 派遣/v no predicate before a legal form). The place is a city, county or town in
 * full, or a village after its town or opening a clause (see `endsVillage`). The brand is the first word after the
 * place, or its first two lone characters (see `isBrand`), and not a word that describes units
 * (data/unit-description-words.txt), a generic word, a quantity, a government body that runs the unit
 * (江安县|税务局 远程咨询中心), a village (凯江镇|石马村 小学: the place identifies), a predicate, a time or a
 * locality; what follows it up to the suffix is a trade of nouns and verbs, which stays visible with the suffix.
 * Only the brand is masked.
 */
export function detectBrandsAfterPlaces(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const suffix of unitSuffixesIn(text)) {
    const rule = suffix.values[0]
    if (!rule || overlapsAny(units, suffix.start, suffix.end) || isCounted(text, suffix.end)) continue
    for (let start = suffix.start - 2; start >= Math.max(1, suffix.start - maxNamed); start--) {
      if (!han.test(text.slice(start, suffix.start))) break
      if (!endsPlace(text, start)) continue
      const brand = brandBeforeKind(text, start, suffix.start, suffix.end, rule.product)
      if (brand && !isSkipped(context, start, suffix.end)) found.push(brandDetection(brand, suffix.end, rule.suffix))
      break
    }
  }
  // Where no word alone was the brand, the whole stretch between the place and the trade is (中牟县|启航/v 教育培训 学校,
  // 裕华区|果香/园 水果店), and kinds of business end such names as unit suffixes do
  for (const kind of kindsIn(text)) {
    if (overlapsAny(units, kind.start, kind.end) || overlapsAny(found, kind.start, kind.end) || isCounted(text, kind.end)) continue
    for (let start = kind.start - 2; start >= Math.max(1, kind.start - maxNamed); start--) {
      if (!han.test(text.slice(start, kind.start))) break
      if (!endsPlace(text, start)) continue
      const brand = stretchBrand(text, start, kind)
      if (brand && !isSkipped(context, start, kind.end)) found.push(brandDetection(brand, kind.end, text.slice(kind.start, kind.end)))
      break
    }
  }
  return found
}

/**
 * The brand between a place ending at `start` and the trade before `kind`: the characters up to the longest run of
 * trades (see `isTradeText`) that leaves two of them, or up to the kind where a brand stands right before it (水果店),
 * whatever jieba makes of them, two to four, unless they describe the unit, are generic, a trade, a quantity, a place
 * or a government body, hold a stop character, or open with a usual word of prose (江安县|扶持…, 蔚县|今年…,
 * 茂名市|现有…: a brand whole no word alone named, brandBeforeKind having read those, opens with a rare one). Before a kind that says what the unit produces and generic words alone, the
 * words are the product (东游镇|锥栗 现代农业 产业园).
 */
function stretchBrand(text: string, start: number, kind: Kind): {start: number; end: number} | undefined {
  const end = tradeRunStart(text, start + minStretch, kind.start, start + maxStretch) ?? (kind.branded ? kind.start : -1)
  if (end === -1 || end - start > maxStretch) return undefined
  if (kind.product && isGenericWord(text.slice(end, kind.start))) return undefined
  if (isRefusedBrand(text, start, end)) return undefined
  const [first] = segment(text, start, end)
  return first && first.word.length >= 2 && isUsualWord(first.word) ? undefined : {start, end}
}

// How long the stretch read as a brand may be (果香园, 老谢家).
const minStretch = 2
const maxStretch = 4

function brandDetection(brand: {start: number; end: number}, end: number, kind: string): Detection {
  return {
    type: 'ORG',
    start: brand.start,
    end,
    suffixLength: end - brand.end,
    detector: 'units',
    rule: 'brand-after-place',
    confidence: 0.7,
    reason: `brand between a place and \`${kind}\``
  }
}

/**
 * Whether a place the text names ends right before `at`: a city, county or town in full (茂名市, 草碧镇) or a
 * village (see `endsVillage`). A city's or county's short form (抚州) is left out: measured, it found nothing
 * more in the held-out documents and masked words there the gold leaves visible.
 */
function endsPlace(text: string, at: number): boolean {
  // A division's full name ends with a level (市, 镇) and a village's with 村, 区 or 查: one character tells
  // most positions apart before the gazetteer is asked
  const last = text.charAt(at - 1)
  if (!endsDivisionName(last) && !villageEndings.has(last)) return false
  return endsDivision(text, at, 2) || endsVillage(text, at)
}

/**
 * Whether a village or community ends right before `at` after the town it is in (草碧镇罗家店村), or opening a clause
 * with a name of two to four characters no stop character or generic word is in (董家寨村 after a mark).
 */
function endsVillage(text: string, at: number): boolean {
  const suffix = villageSuffixes.find((candidate) => text.startsWith(candidate, at - candidate.length))
  if (!suffix || suffixRuleLength(text.slice(at - suffix.length - 1, at), 'PLACE') === 0) return false
  const nameEnd = at - suffix.length
  for (let start = nameEnd - 2; start >= Math.max(0, nameEnd - maxVillageName); start--) {
    const name = text.slice(start, nameEnd)
    if (!han.test(name) || [...name].some(isStopChar) || genericPrefixLength(name) > 0) return false
    if (endsDivision(text, start) || (start === 0 || !han.test(text.charAt(start - 1)))) return true
  }
  return false
}

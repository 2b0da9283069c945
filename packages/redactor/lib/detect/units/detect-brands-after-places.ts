// A unit's brand between the place it is in and its trade and suffix (茂名市|信和|劳务派遣 有限公司): rule
// `brand-after-place`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsDivisionName, genericPrefixLength, isStopChar, type SuffixRule, suffixRuleLength, unitSuffixesIn} from '../../gazetteer/find-suffixed-names.js'
import {brandBeforeKind} from './brand-before-kind.js'
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
      if (brand && !isSkipped(context, start, suffix.end)) found.push(brandDetection(brand, suffix.end, rule))
      break
    }
  }
  return found
}

function brandDetection(brand: {start: number; end: number}, end: number, rule: SuffixRule): Detection {
  return {
    type: 'ORG',
    start: brand.start,
    end,
    suffixLength: end - brand.end,
    detector: 'units',
    rule: 'brand-after-place',
    confidence: 0.7,
    reason: `brand between a place and \`${rule.suffix}\``
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

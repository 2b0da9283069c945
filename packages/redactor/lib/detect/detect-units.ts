import type {Detection, DetectionContext} from '../detection.js'
import {describesAssociation} from './units/association-names.js'
import {detectBareNames} from './units/detect-bare-names.js'
import {detectBranchNames} from './units/detect-branch-names.js'
import {detectBrandsAfterBusinessWords} from './units/detect-brands-after-business-words.js'
import {detectBrandsAfterPlaces} from './units/detect-brands-after-places.js'
import {detectBrandsBeforeKinds} from './units/detect-brands-before-kinds.js'
import {detectBrandsBeforeOutput} from './units/detect-brands-before-output.js'
import {detectBrandsBeforeTrades} from './units/detect-brands-before-trades.js'
import {detectCountedBrands} from './units/detect-counted-brands.js'
import {detectCuedNames} from './units/detect-cued-names.js'
import {detectCuedQuotedNames} from './units/detect-cued-quoted-names.js'
import {detectDottedDevelopments} from './units/detect-dotted-developments.js'
import {detectGlossedBrands} from './units/detect-glossed-brands.js'
import {detectListedBusinesses} from './units/detect-listed-businesses.js'
import {detectListedTrades} from './units/detect-listed-trades.js'
import {detectListedUnits} from './units/detect-listed-units.js'
import {detectNamesAfterDivisions} from './units/detect-names-after-divisions.js'
import {detectObjectNames} from './units/detect-object-names.js'
import {detectQuotedNames} from './units/detect-quoted-names.js'
import {detectQuotedNicknames} from './units/detect-quoted-nicknames.js'
import {detectShortNames} from './units/detect-short-names.js'
import {detectSuffixedUnits} from './units/detect-suffixed-units.js'
import {detectTabledUnits} from './units/detect-tabled-units.js'

/**
 * The identifying part of local unit names, keeping the generic part: schools, hospitals, clinics,
 * companies, cooperatives, parks and projects by the suffixes of data/unit-suffixes.txt (杨垇小学 → ORG with
 * suffixLength 2, 金瑞建设有限公司 → 4). A place at the head of the name is left to `detectPlaces` and
 * generic words stay (汝州市实验小学 gives no unit: the place 汝州市 is the identifying part, *市实验小学).
 * Only companies may be named by common words alone (竹韵食品有限公司); other units need a proper word
 * (锥栗专业合作社 is described, not named), except right after the county or town they belong to (孙祖镇城子小学).
 * Bank branches named after their place (川石支行), quoted brands (“金梨湾”牌; only the place of a region's public
 * brand: 湄潭 of “湄潭翠芽”品牌), offices named after a person in quotes (“老马调解室”), businesses a list of them
 * names without a suffix (同福烧烤 in …、同福烧烤、春晖大药房等26家商户), the brand of common words before a trade and
 * the suffix of a works, a cooperative or a park (雪峰 of 雪峰乳品加工厂) and the proper part standing alone
 * elsewhere in the document (also the part after a place inside it: 春风 of 指导广元春风旅行社) are found too, and the
 * brands of the units a list names where a count closing it or a unit in it says its items are units (惠民 and 家和 of
 * 惠民粮油店、家和便利店等14家个体商户), and the brands of the businesses a table row names in a cell beside the person
 * who runs them (百姓 of 百姓药房	段海波	管塘村).
 * `earlier` is what the detectors before it found in the document (redact.ts): the places among them are where an
 * association's masked part names its place (常州涟水商会 where the document names 涟水县), read from there rather than
 * looked for again.
 */
export function detectUnits(context: DetectionContext, earlier: readonly Detection[]): Detection[] {
  const detections: Detection[] = []
  const shortNames = new Map<string, string>()
  detectSuffixedUnits(context, detections, shortNames)
  detections.push(...detectNamesAfterDivisions(context, detections))
  detections.push(...detectCuedNames(context, detections))
  detections.push(...detectObjectNames(context, detections))
  detections.push(...detectListedTrades(context, detections))
  detections.push(...detectListedBusinesses(context, detections))
  detections.push(...detectBranchNames(context, detections))
  detections.push(...detectGlossedBrands(context, detections))
  detections.push(...detectDottedDevelopments(context, detections))
  detections.push(...detectQuotedNames(context, detections))
  detections.push(...detectQuotedNicknames(context, detections))
  detections.push(...detectCuedQuotedNames(context, detections))
  detections.push(...detectBrandsBeforeOutput(context, detections))
  detections.push(...detectBrandsBeforeKinds(context, detections))
  detections.push(...detectBrandsBeforeTrades(context, detections))
  detections.push(...detectBrandsAfterPlaces(context, detections))
  detections.push(...detectBrandsAfterBusinessWords(context, detections))
  detections.push(...detectCountedBrands(context, detections))
  detections.push(...detectTabledUnits(context, detections))
  const places = earlier.filter((found) => found.detector === 'places')
  detections.push(...detectShortNames(context, detections, places))
  // A listed unit read from the mark before it replaces the unit another rule read from inside it (、小|太阳幼儿园)
  const listed = detectListedUnits(context, detections)
  const candidates = [...detections.filter((unit) => !listed.some((item) => item.start < unit.start && item.end === unit.end)), ...listed]
  // An association named by whom it gathers (县青年志愿者协会) is described, whichever rule read it, and the short
  // forms of its name name nothing elsewhere either
  const described = new Set(candidates.filter((unit) => describesAssociation(context, places, unit)))
  const read = candidates.filter((unit) => !described.has(unit))
  const describedNames = new Set([...described].map((unit) => context.text.slice(unit.start, unit.end)))
  const bareNames = new Map([...shortNames].filter(([, full]) => !describedNames.has(full)))
  return [...read, ...detectBareNames(context, read, bareNames)].sort((a, b) => a.start - b.start)
}

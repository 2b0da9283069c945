import type {Detection, DetectionContext, Detector} from '../detection.js'
import {
  endsWithUnitSuffix,
  findSuffixedNames,
  genericPrefixLength,
  genericSuffixLength,
  isGenericWord,
  isProperWord,
  unitSuffixAfter
} from '../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../gazetteer/load-gazetteer.js'
import {followsPlaceholder} from '../gazetteer/place-context.js'
import {findNames} from '../gazetteer/find-names.js'
import {divisionSuffixes} from '../gazetteer/short-form.js'
import {longestAt} from '../gazetteer/trie.js'
import {readLexicon} from '../read-lexicon.js'

let nationalPrefixes: string[] | undefined
/** Last characters of the division suffixes (市 县 镇 道 …). */
let divisionEndings: Set<string> | undefined

/**
 * The identifying part of local unit names, keeping the generic part: schools, hospitals, clinics,
 * companies, cooperatives, parks and projects by the suffixes of data/unit-suffixes.txt (杨垇小学 → ORG with
 * suffixLength 2, 金瑞建设有限公司 → 4). A place at the head of the name is left to `detectPlaces` and
 * generic words stay (汝州市实验小学 gives no unit: the place 汝州市 is the identifying part, *市实验小学).
 * Only companies may be named by common words alone (竹韵食品有限公司); other units need a proper word
 * (锥栗专业合作社 is described, not named). Quoted brands (“金梨湾”牌) and the proper part standing alone
 * elsewhere in the document are found too.
 */
export const detectUnits: Detector = function detectUnits(context: DetectionContext): Detection[] {
  const {text} = context
  nationalPrefixes ??= readLexicon('national-prefixes.txt')
  const detections: Detection[] = []
  const shortNames = new Map<string, string>()
  for (const name of findSuffixedNames(text, 'ORG', (start, end) => isSkipped(context, start, end))) {
    if (nationalPrefixes.some((prefix) => text.startsWith(prefix, name.start))) continue
    const start = name.start + placeLength(text, name.start, name.nameEnd)
    const proper = text.slice(start, name.nameEnd)
    const kept = genericSuffixLength(proper)
    const words = name.words.filter((word) => word.end > start && !isGenericWord(text.slice(word.start, Math.min(word.end, name.nameEnd))))
    const identifies = words.some((word) => isProperWord(word)) || (name.rule.brand && words.length > 1)
    // A proper part that is or ends with a unit word (小学 in 小学实验小学) is a unit name read twice
    const named = proper.slice(0, proper.length - kept)
    if (!identifies || named.length < 2 || endsWithUnitSuffix(named) || genericPrefixLength(proper) === proper.length || isSkipped(context, start, name.end)) continue
    const lastProper = words.findLast((word) => isProperWord(word))
    if (lastProper && lastProper.end - start >= 2 && lastProper.end < start + named.length) shortNames.set(text.slice(start, lastProper.end), text.slice(start, name.end))
    detections.push({
      type: 'ORG',
      start,
      end: name.end,
      suffixLength: kept + name.rule.generic,
      detector: 'units',
      rule: 'suffix-unit',
      confidence: 0.75,
      reason: `proper name of a unit before \`${name.rule.suffix}\``
    })
  }
  detections.push(...detectQuotedNames(context, detections))
  return [...detections, ...detectBareNames(context, detections, shortNames)].sort((a, b) => a.start - b.start)
}

/**
 * Whether `[start, end)` follows a placeholder or touches a range that must stay visible. A function of the
 * module rather than a closure per call: the detector runs twice per document, on thousands of documents.
 */
function isSkipped(context: DetectionContext, start: number, end: number): boolean {
  return followsPlaceholder(context.text, start) || context.protectedRanges.some((range) => range.start < end && start < range.end)
}

function overlapsAny(units: readonly Detection[], start: number, end: number): boolean {
  return units.some((unit) => unit.start < end && start < unit.end)
}

// The longest quoted name looked at: brands and unit names, not quoted phrases.
const maxQuotedName = 8
const han = /^\p{Script=Han}+$/u

/**
 * A brand or unit name in quotes before 牌 or a unit suffix (“金梨湾”牌鸭梨, “山里红”文旅发展有限公司): the
 * quotes make it a name whatever its words, and only it is masked (“*”牌). Closing quotes are looked at first,
 * and only those before 牌 or a suffix are read back.
 */
function detectQuotedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let end = text.indexOf('”'); end !== -1; end = text.indexOf('”', end + 1)) {
    const rule = text.charAt(end + 1) === '牌' ? '牌' : unitSuffixAfter(text, end + 1)?.suffix
    const open = rule === undefined ? -1 : text.lastIndexOf('“', end)
    const start = open + 1
    const name = text.slice(start, end)
    if (open === -1 || name.length < 2 || name.length > maxQuotedName || !han.test(name) || isGenericWord(name)) continue
    if (isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
    found.push({
      type: 'ORG',
      start,
      end,
      suffixLength: 0,
      detector: 'units',
      rule: 'quoted-name',
      confidence: 0.7,
      reason: `quoted name before \`${rule}\``
    })
  }
  return found
}

/**
 * The proper part of a unit found with its suffix, where it stands alone elsewhere (鑫源竹业有限公司, then
 * 鑫源竹业出口退税…, 栗香园锥栗专业合作社 then 栗香园): a reader who saw the full name knows the short one.
 */
function detectBareNames(context: DetectionContext, units: readonly Detection[], shortNames: ReadonlyMap<string, string>): Detection[] {
  const {text} = context
  // The proper words before the trade (栗香园 of 栗香园锥栗专业合作社) name it alone as well
  const bare = new Map(shortNames)
  for (const unit of units) {
    const proper = text.slice(unit.start, unit.end - unit.suffixLength)
    if (proper.length >= 2) bare.set(proper, text.slice(unit.start, unit.end))
  }
  return findNames(text, bare)
    .filter((match) => !overlapsAny(units, match.start, match.end) && !isSkipped(context, match.start, match.end))
    .map((match) => ({
      type: 'ORG',
      start: match.start,
      end: match.end,
      suffixLength: 0,
      detector: 'units',
      rule: 'unit-bare-name',
      confidence: 0.75,
      reason: `proper part of ${match.values[0] ?? 'a unit'}, which the document names in full`
    }))
}

/**
 * How much of `[start, end)` comes before the unit's proper name: the places and generic words at its head,
 * and any division named in full further in.
 */
function placeLength(text: string, start: number, end: number): number {
  const {names, namesOf} = loadGazetteer()
  let after = start + leadingPlaceLength(text, start, end)
  divisionEndings ??= new Set(divisionSuffixes().map((suffix) => suffix.charAt(suffix.length - 1)))
  const endings = divisionEndings
  // A division's full name further in (丄汝州市实验小学) is no part of a unit's proper name: the name starts after
  // it. Only a name with a character that ends division names (市, 县, 镇 …) can hold one.
  if (![...text.slice(after + 1, end)].some((char) => endings.has(char))) return after - start
  for (let at = after + 1; at < end; at++) {
    const match = longestAt(names, text, at)
    if (!match || match.end > end || match.end - match.start < 3 || !namesOf(match).some(({form}) => form === 'full')) continue
    after = match.end + genericPrefixLength(text.slice(match.end, end))
    at = after - 1
  }
  return after - start
}

/**
 * How much of `[start, end)` is places and generic words at its head (河南汝州, 汝州市第一): a division's full
 * name, a province short form, or a short form whose full name the document also uses.
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
      namesOf(match).some(({division, form}) => form === 'full' || division.level === 1 || text.includes(division.name))
    if (!match || !place) return at - start
    at = match.end
  }
}

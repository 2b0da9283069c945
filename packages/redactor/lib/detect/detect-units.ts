import type {Detection, DetectionContext, Detector} from '../detection.js'
import {findSuffixedNames, genericPrefixLength, genericSuffixLength, isProperWord} from '../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../gazetteer/load-gazetteer.js'
import {followsPlaceholder} from '../gazetteer/place-context.js'
import {findNames} from '../gazetteer/find-names.js'
import {longestAt} from '../gazetteer/trie.js'
import {readLexicon} from '../read-lexicon.js'

let nationalPrefixes: string[] | undefined


/**
 * The identifying part of local unit names, keeping the generic part: schools, hospitals, clinics,
 * companies, cooperatives, parks and projects by the suffixes of data/unit-suffixes.txt (杨垇小学 → ORG with
 * suffixLength 2, 金瑞建设有限公司 → 4). A place at the head of the name is left to `detectPlaces` and
 * generic words stay (汝州市实验小学 gives no unit: the place 汝州市 is the identifying part, *市实验小学).
 */
export const detectUnits: Detector = function detectUnits(context: DetectionContext): Detection[] {
  const {text} = context
  const skip = (start: number, end: number): boolean =>
    followsPlaceholder(text, start) ||
    context.protectedRanges.some((range) => range.start < end && start < range.end)
  nationalPrefixes ??= readLexicon('national-prefixes.txt')
  const detections: Detection[] = []
  for (const name of findSuffixedNames(text, 'ORG', skip)) {
    if (nationalPrefixes.some((prefix) => text.startsWith(prefix, name.start))) continue
    const start = name.start + leadingPlaceLength(text, name.start, name.nameEnd)
    const proper = text.slice(start, name.nameEnd)
    const kept = genericSuffixLength(proper)
    const words = name.words.filter((word) => word.end > start)
    const identifies = words.length > 1 || words.some((word) => isProperWord(word))
    if (!identifies || proper.length - kept < 2 || genericPrefixLength(proper) === proper.length || skip(start, name.end)) continue
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
  return [...detections, ...detectBareNames(text, detections, skip)].sort((a, b) => a.start - b.start)
}

/**
 * The proper part of a unit found with its suffix, where it stands alone elsewhere (鑫源竹业有限公司, then
 * 鑫源竹业出口退税…): a reader who saw the full name knows the short one.
 */
function detectBareNames(text: string, units: readonly Detection[], skip: (start: number, end: number) => boolean): Detection[] {
  const bare = new Map<string, string>()
  for (const unit of units) {
    const proper = text.slice(unit.start, unit.end - unit.suffixLength)
    if (proper.length >= 2) bare.set(proper, text.slice(unit.start, unit.end))
  }
  const inside = (start: number, end: number): boolean => units.some((unit) => unit.start < end && start < unit.end)
  return findNames(text, bare)
    .filter((match) => !inside(match.start, match.end) && !skip(match.start, match.end))
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

// The proper part of a unit standing alone where the document names the unit in full: rule `unit-bare-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {findNames} from '../../gazetteer/find-names.js'
import {mayBeKnownWord} from '../../jieba-dictionary.js'
import {segmentAround} from '../../segment.js'
import {han} from './character-classes.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

/**
 * The proper part of a unit found with its suffix, where it stands alone elsewhere (鑫源竹业有限公司, then
 * 鑫源竹业出口退税…, 栗香园锥栗专业合作社 then 栗香园): a reader who saw the full name knows the short one.
 */
export function detectBareNames(context: DetectionContext, units: readonly Detection[], shortNames: ReadonlyMap<string, string>): Detection[] {
  const {text} = context
  // The proper words before the trade (栗香园 of 栗香园锥栗专业合作社) name it alone as well
  const bare = new Map(shortNames)
  for (const unit of units) {
    const proper = text.slice(unit.start, unit.end - unit.suffixLength)
    if (proper.length >= 2) bare.set(proper, text.slice(unit.start, unit.end))
  }
  // A brand that is a word of the dictionary (清源) is the unit's only where jieba reads it as a word: 正本清源 holds
  // none. jieba only where a word of its dictionaries may run across the brand's edge
  const standsAlone = (start: number, end: number) => {
    if (!mayBeKnownWord(text, start, end)) return true
    const open = !mayCrossWord(text, start)
    const close = !mayCrossWord(text, end)
    if (open && close) return true
    const words = segmentAround(text, start, end, bareNameMargin)
    return (open || words.some((word) => word.start === start)) && (close || words.some((word) => word.end === end))
  }
  return findNames(text, bare)
    .filter((match) => !overlapsAny(units, match.start, match.end) && !isSkipped(context, match.start, match.end) && standsAlone(match.start, match.end))
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

// Context jieba reads either side of a brand standing alone: a word of four characters across its edge.
const bareNameMargin = 3

/**
 * Whether a word of three or four characters of jieba's dictionaries may run across `at` (正本清源 at 清): one of
 * two characters rarely outweighs a brand of two that jieba knows, and none runs across a mark.
 */
function mayCrossWord(text: string, at: number): boolean {
  for (let start = at - 1; start >= Math.max(0, at - 3); start--) {
    for (let end = Math.max(at + 1, start + 3); end <= start + 4; end++) if (han.test(text.slice(start, end)) && mayBeKnownWord(text, start, end)) return true
  }
  return false
}

// Unit names after an ownership word or as an item of a list of units (民办小红帽幼儿园): rule `cued-unit-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsWithUnitSuffix, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {han} from './character-classes.js'
import {maxCuedName} from './name-lengths.js'
import {opensPredicate} from './predicate-tags.js'
import {describesQuantity} from './quantities.js'
import {detectNamesBeforeSuffixes} from './read-names-before-suffixes.js'
import {isSkipped} from './skipped-spans.js'
import {hasStopWord} from './stop-words.js'
import {listedBeforeStart, listMark} from './unit-lists.js'

// Words that mark a unit as privately run: what follows up to the unit's suffix is its name (民办金色童年幼儿园).
export const ownershipCues = ['民办', '私立', '民营']

/**
 * Unit names whatever their words (金色童年, 小红帽, 向日葵: common words jieba knows) where the context says they
 * are names: right after an ownership word (民办小红帽幼儿园), or next to a unit in a list (小红帽幼儿园、向日葵
 * 幼儿园; 好邻居便利店、和记茶餐厅). Generic words (民办普惠性幼儿园), quantities, verbs and a frequent word alone
 * (社区便利店、和记茶餐厅: 社区 is where, not which) name nothing.
 */
export function detectCuedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  let listed = {suffixStart: -1, start: -1}
  return detectNamesBeforeSuffixes(context, units, maxCuedName, (start, suffix, _rule, found) => {
    if (listed.suffixStart !== suffix.start) listed = {suffixStart: suffix.start, start: listedBeforeStart(text, suffix.start, suffix.end, units)}
    if (start !== listed.start && !isCuedName(text, start, suffix.end, units, found)) return 'longer'
    const name = text.slice(start, suffix.start)
    if (!han.test(name) || isGenericWord(name) || isFrequentWord(name) || describesQuantity(name) || hasStopWord(text, start, suffix.end)) return 'none'
    return isSkipped(context, start, suffix.end) || opensPredicate(text, start, suffix.start) ? 'none' : 'name'
  }, {rule: 'cued-unit-name', afterPlace: false, reason: (suffix) => `name of a unit after an ownership word or in a list, before \`${suffix}\``})
}

// How long the words an item of a list holds after its unit may be (党支部 of 明月水厂党支部).
const maxItemTail = 6
const itemEnd = /[、，。；：\n]/u

/**
 * Whether a unit name may start at `start`: after an ownership word, or after `、` that follows a unit with a unit
 * suffix, as items of one list: the same words may follow each item's unit up to the list's mark (澄溪水厂党支部、
 * 明月水厂党支部, the unit's suffix ending at `suffixEnd`).
 */
function isCuedName(text: string, start: number, suffixEnd: number, units: readonly Detection[], found: readonly Detection[]): boolean {
  if (ownershipCues.some((cue) => text.endsWith(cue, start))) return true
  if (text.charAt(start - 1) !== listMark) return false
  const stop = text.slice(suffixEnd, suffixEnd + maxItemTail + 1).search(itemEnd)
  const tail = stop === -1 ? '' : text.slice(suffixEnd, suffixEnd + stop)
  if (!text.endsWith(tail, start - 1)) return false
  const unitEnd = start - 1 - tail.length
  const listedAfter = (unit: Detection) => unit.end === unitEnd && endsWithUnitSuffix(text.slice(unit.start, unit.end))
  return units.some(listedAfter) || found.some(listedAfter)
}

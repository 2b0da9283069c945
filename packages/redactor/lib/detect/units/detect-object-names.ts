// Units named by one word after a verb whose object is a unit (查处好运来超市): rule `object-unit-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {hasStopChar, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'
import {ownershipCues} from './detect-cued-names.js'
import {loadObjectVerbs} from './object-verbs.js'
import {describingTags} from './predicate-tags.js'
import {describesQuantity} from './quantities.js'
import {detectNamesBeforeSuffixes} from './read-names-before-suffixes.js'
import {isSkipped} from './skipped-spans.js'

// jieba's tags of common nouns, which after a verb that takes classes of units say which class (查处农资/n 超市).
const commonNounTags = new Set(['n', 'ng'])
// The longest name taken after a verb: one word.
const maxObjectName = 3

/**
 * A unit named by one word right after a verb whose object is a unit (data/unit-object-verbs.txt: 查处好运来/l
 * 超市, 引进宏源/n 驾校): the verb says a unit follows, and a noun of two or three characters jieba reads on its
 * own before the suffix names it, unless the suffix's words say what the unit produces (走访生猪养殖场, 依托蔬菜专业
 * 合作社: data/unit-suffixes.txt, product); after a verb that as often takes a class of units, only a word that is
 * no common noun names one (查处好运来/l 超市, but 走访五金/n 超市). Generic words (引进大型超市), frequent words
 * (走访社区超市), determiners (查处无证超市, 依托乡镇卫生院), words that describe (约谈涉事超市, 走访周边超市),
 * quantities and places name nothing.
 */
export function detectObjectNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const verbs = loadObjectVerbs()
  // The verbs' last characters: most starts follow none, and need no look at each verb
  const verbEnds = new Set(verbs.map((candidate) => candidate.verb.slice(-1)))
  return detectNamesBeforeSuffixes(context, units, maxObjectName, (start, suffix, rule) => {
    if (rule.product) return 'none'
    const verb = verbEnds.has(text.charAt(start - 1)) ? verbs.find((candidate) => text.endsWith(candidate.verb, start)) : undefined
    if (!verb) return 'longer'
    const name = text.slice(start, suffix.start)
    if (!han.test(name) || isGenericWord(name) || isFrequentWord(name) || hasStopChar(name) || describesQuantity(name) || ownershipCues.includes(name)) return 'none'
    if (longestAt(loadGazetteer().names, text, start) || isSkipped(context, start, suffix.end)) return 'none'
    const [word] = segment(text, start, suffix.end)
    const describes = describingTags.has(word?.tag ?? '') || (verb.classes && commonNounTags.has(word?.tag ?? ''))
    return word?.start === start && word.end === suffix.start && !describes ? 'name' : 'none'
  }, {rule: 'object-unit-name', afterPlace: false, reason: (suffix) => `name of a unit after a verb whose object it is, before \`${suffix}\``})
}

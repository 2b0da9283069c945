// Unit names right after the county, town or village they belong to (孙祖镇城子小学): rule `unit-after-place`.
import type {Detection, DetectionContext} from '../../detection.js'
import {
  endsWithUnitSuffix,
  genericPrefixLength,
  genericSuffixLength,
  hasStopChar,
  inFalseWord,
  isGenericWord,
  isProperWord,
  isStopChar,
  kindLength,
  suffixRuleLength
} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'
import {endsDivision} from './full-divisions.js'
import {isTradeName, isTradeText} from './kept-parts.js'
import {maxNameAfterPlace} from './name-lengths.js'
import {opensPredicate} from './predicate-tags.js'
import {describesQuantity} from './quantities.js'
import {detectNamesBeforeSuffixes} from './read-names-before-suffixes.js'
import {isSkipped} from './skipped-spans.js'
import {describesUnit} from './unit-descriptions.js'

// How long a unit's name with its kind between its place and its suffix may be (绿洲果蔬种植 专业合作社).
const maxUnitNameAfterPlace = 6

/**
 * A unit's proper name between a county or town the text names in full and the unit's suffix (孙祖镇城子小学,
 * 章台镇宏远机械厂): right after its place, the words before 小学 or 厂 name that school or works whatever they
 * are (城子 and 宏远 are words jieba knows), unless they are generic (孙祖镇中心小学, 汝州市实验小学) or a
 * quantity (吉阳镇万亩笋竹示范园). The shortest such name is taken.
 */
export function detectNamesAfterDivisions(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  return detectNamesBeforeSuffixes(context, units, maxUnitNameAfterPlace, (start, suffix, rule) => {
    const name = text.slice(start, suffix.start)
    // Every longer name holds the same character that is no Han or a stop character, so none is one: the second look
    // read back from each suffix after a mask (*镇|城子小学) the whole of `maxUnitNameAfterPlace` over the stars
    if (!han.test(name) || hasStopChar(name)) return 'none'
    if (genericPrefixLength(name) >= name.length - 1 || describesQuantity(name)) return 'longer'
    // A name that ends with a unit before its generic words (实验小学|实验) is the unit before, read twice
    const generic = genericSuffixLength(name)
    if (generic > 0 && endsWithUnitSuffix(name.slice(0, name.length - generic))) return 'none'
    if (!(endsDivision(text, start) || endsNamedVillage(text, start)) || isSkipped(context, start, suffix.end)) return 'longer'
    // jieba last, on the few characters of the name alone: a verb or function word after the place starts
    // the predicate, not a name (仙霞镇依托中心幼儿园: the town relies on its central kindergarten), unless it is
    // the whole name and no frequent word (海河镇知行小学; 海河镇举办小学…: 举办 is the town's doing)
    const verbName = name.length === 2 && !isFrequentWord(name)
    if ((opensPredicate(text, start, suffix.start) && !verbName) || !wordEndsAt(text, start)) return 'none'
    if (describesUnitAfterPlace(text, start, suffix.start, rule.product)) return 'none'
    // A longer name holds the unit's kind, a trade and what it grows or makes (绿洲|果蔬种植 专业合作社): what it
    // grows alone before generic words describes the unit (东游镇锥栗现代农业产业园)
    return name.length <= maxNameAfterPlace || kindLength(segment(text, start, suffix.end), start, suffix.start) > 0 ? 'name' : 'none'
  }, {rule: 'unit-after-place', afterPlace: true, reason: (suffix) => `name of a unit between its place and \`${suffix}\``})
}

// jieba's tags of a common noun and of the trade verbs that take it as their object (滩羊/n 养殖/vn, 蔬菜/n 种植/v).
const goodsTag = 'n'
const tradeVerbTags = new Set(['v', 'vn'])

/**
 * Whether the words `text[start, suffixStart)` between a place and a unit suffix say what kind of unit it is rather
 * than which: trades alone (劳务派遣 有限公司, 农机 合作社) or a word that describes units (便民 超市, 党员志愿 服务队,
 * 扶贫 车间, 农家 宾馆, and goods and verbs of counting: 黄花菜 专业合作社, 共有 家庭农场; data, since brands are
 * verbs and dictionary words as often: 振兴, 聚宝盆 家庭农场). Before a suffix that says what the unit produces
 * (`product`; see `SuffixRule.product`) also a frequent word of prose opening them (今年新建, 积极培育, 指导种植,
 * 土地股份: the place's farms and cooperatives in general), or goods and the trade that takes them (滩羊 养殖 专业合作社):
 * the place's units of that trade. A first word that names (a lone character, a word jieba tags as a name) is the
 * unit's whatever follows. jieba on the name alone, which its few characters keep cheap.
 */
function describesUnitAfterPlace(text: string, start: number, suffixStart: number, product: boolean): boolean {
  const name = text.slice(start, suffixStart)
  if (isTradeText(name)) return true
  const words = segment(text, start, suffixStart)
  const [first, second, ...rest] = words
  if (!first || words.some((word) => describesUnit(word.word))) return true
  if (!product || isProperWord(first)) return false
  if (isFrequentWord(first.word)) return true
  return first.tag === goodsTag && second !== undefined && tradeVerbTags.has(second.tag) && rest.length === 0 && isTradeName(second.word)
}

// The longest name of a village read back from its suffix.
const maxVillageName = 5

/**
 * Whether a village or community the text names ends right before `at` (库鲁斯台村, 托逊村 before 绿洲果蔬种植
 * 专业合作社): a place suffix (data/unit-suffixes.txt) in no word of data/suffix-false-words.txt (乡村, 示范村), after
 * two to five characters that open after a stop character or a mark and are not generic, which jieba reads as names
 * or lone characters (库/鲁/斯/台, 托逊村/x; 河边/n is an ordinary word there). jieba only on those few characters.
 */
function endsNamedVillage(text: string, at: number): boolean {
  const suffix = suffixRuleLength(text.slice(Math.max(0, at - maxPlaceSuffix), at), 'PLACE')
  if (suffix === 0 || inFalseWord(text, at - suffix, at)) return false
  let start = at - suffix
  while (start > 0 && at - suffix - start < maxVillageName && han.test(text.charAt(start - 1)) && !isStopChar(text.charAt(start - 1))) start--
  const named = at - suffix - start
  if (named < 2 || (start > 0 && han.test(text.charAt(start - 1)) && !isStopChar(text.charAt(start - 1))) || isGenericWord(text.slice(start, at - suffix))) return false
  return segment(text, start, at).every((word) => word.start >= at - suffix || isProperWord(word))
}

// The longest place suffix (社区居民委员会).
const maxPlaceSuffix = 7

/**
 * Whether jieba ends a word at `at`, reading a few characters either side: a division's last character may
 * belong to the word after it instead (站前广场和县城中心广场: 和县 is a county, but jieba reads 和 + 县城).
 */
function wordEndsAt(text: string, at: number): boolean {
  return segment(text, Math.max(0, at - 4), at + 2).some((token) => token.end === at)
}

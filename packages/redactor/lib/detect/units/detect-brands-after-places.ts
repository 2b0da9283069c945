// A unit's brand between the place it is in and its trade and suffix (茂名市|信和|劳务派遣 有限公司): rule
// `brand-after-place`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsDivisionName, genericPrefixLength, isGenericWord, isProperWord, isStopChar, namesGovernmentBody, suffixRuleLength, type SuffixRule, unitSuffixesIn} from '../../gazetteer/find-suffixed-names.js'
import type {TrieMatch} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment, type Token} from '../../segment.js'
import {han} from './character-classes.js'
import {endsDivision} from './full-divisions.js'
import {describesQuantity, isCounted} from './quantities.js'
import {isSkipped, overlapsAny} from './skipped-spans.js'

// How long the brand and trade between a place and a unit suffix may be together (信和|劳务派遣), and the brand.
const maxNamed = 8
const maxBrand = 4
// jieba's tags of the words a trade is made of: nouns, verbal nouns and verbs of making or serving (劳务/vn 派遣/v,
// 种植/v), abbreviations and idioms (仓储/j).
const tradeTags = new Set(['n', 'nz', 'ng', 'vn', 'v', 'j', 'l', 'an'])
// jieba's tags of words no brand opens with: a predicate, a time, a locality, a place of its own, a measure.
const notBrandTags = new Set(['v', 'vd', 'p', 'd', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 't', 'f', 's', 'ns', 'm', 'q', 'mq', 'y', 'e', 'o'])
// jieba's tags of a trade's verbs (种植/v, 处理/vn), whose object the word before is.
const verbTags = new Set(['v', 'vn'])
// jieba's tags of common words that say what a unit grows, makes or does (蔬菜/n 种植, 建筑/vn 劳务): a frequent
// one of them describes the place's units (草碧镇蔬菜种植专业合作社), it names none.
const commonWordTags = new Set(['n', 'vn', 'a', 'ad', 'an', 'b', 'z'])
// How long a village's name before its suffix may be (董家寨|村), and the place suffixes that close one.
const maxVillageName = 4
const villageSuffixes = ['村', '社区', '嘎查']
const villageEndings = new Set(villageSuffixes.map((suffix) => suffix.charAt(suffix.length - 1)))

let descriptions: Set<string> | undefined

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
  descriptions ??= new Set(readLexicon('unit-description-words.txt'))
  const found: Detection[] = []
  for (const suffix of unitSuffixesIn(text)) {
    const rule = suffix.values[0]
    if (!rule || overlapsAny(units, suffix.start, suffix.end) || isCounted(text, suffix.end)) continue
    for (let start = suffix.start - 2; start >= Math.max(1, suffix.start - maxNamed); start--) {
      if (!han.test(text.slice(start, suffix.start))) break
      if (!endsPlace(text, start)) continue
      const brand = brandAfterPlace(text, start, suffix, rule, descriptions)
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
 * The brand of `text[start, suffix.start)`, the words between a place and a unit suffix, when the first word or the
 * first two lone characters are one and the rest is a trade; undefined otherwise. jieba reads the name and suffix
 * alone: the place before has ended the words there.
 */
function brandAfterPlace(text: string, start: number, suffix: TrieMatch<SuffixRule>, rule: SuffixRule, descriptions: ReadonlySet<string>): {start: number; end: number} | undefined {
  const words = segment(text, start, suffix.end)
  // A word that runs from the name into the suffix (家庭/农场 is the suffix; 物流仓储/中心) is the unit's kind
  const named = words.filter((word) => word.end <= suffix.start || (word.start < suffix.start && word.end > suffix.start))
  const [first, second] = named
  if (!first) return undefined
  const lone = first.word.length === 1
  // Two lone characters jieba could not join (信/和): the second may be a stop character, which joins nothing there
  const brandWords = lone ? (second?.word.length === 1 && !isStopChar(first.word) && !notBrandTags.has(first.tag) ? [first, second] : []) : [first]
  const last = brandWords.at(-1)
  if (!last || last.end > suffix.start) return undefined
  const trade = named.slice(brandWords.length)
  return trade.every((word) => isTrade(word, suffix.start)) && isBrand(text.slice(start, last.end), brandWords, trade, suffix.start, rule, descriptions) ? {start, end: last.end} : undefined
}

/**
 * Whether `brand`, read as `words`, may be a brand before `trade` (which may end with the kind of unit, a word
 * running past `suffixStart`): two lone characters or a word jieba tags as a name (鼎盛/nz) name by themselves;
 * a common word (丰收, 春风) only before a trade of nouns (丰收|刺绣, 春风|旅游),
 * since before the kind of unit alone it is what the unit makes or how it sells (乳品|加工厂, 热力 有限公司, 平价
 * 大药房) and before a trade's verb what that verb takes (污水|处理, 蔬菜|种植).
 */
function isBrand(brand: string, words: readonly Token[], trade: readonly Token[], suffixStart: number, rule: SuffixRule, descriptions: ReadonlySet<string>): boolean {
  if (brand.length < 2 || brand.length > maxBrand || descriptions.has(brand) || genericPrefixLength(brand) > 0 || describesQuantity(brand) || namesGovernmentBody(brand) || suffixRuleLength(brand, 'PLACE') > 0) return false
  const [word] = words
  if (!word || words.length > 1) return true
  if (notBrandTags.has(word.tag)) return false
  // Before a product suffix and generic words alone, one word is what the unit grows or breeds, whatever jieba
  // tags it (东游镇|锥栗/nr 现代农业 产业园, 梅花鹿/nr 产业园)
  if (rule.product && isGenericWord(trade.map((part) => part.word).join(''))) return false
  if (isProperWord(word)) return true
  const [next] = trade
  return next !== undefined && next.end <= suffixStart && !verbTags.has(next.tag) && !(commonWordTags.has(word.tag) && isFrequentWord(word.word))
}

/** Whether `word` is part of a trade: a noun or verb of two characters or more, or the unit's kind. */
function isTrade(word: Token, suffixStart: number): boolean {
  if (word.end > suffixStart) return true
  return word.word.length >= 2 && han.test(word.word) && tradeTags.has(word.tag)
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

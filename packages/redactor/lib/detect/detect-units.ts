import type {Detection, DetectionContext, Detector} from '../detection.js'
import {
  endsDivisionName,
  endsWithUnitSuffix,
  type SuffixRule,
  findSuffixedNames,
  genericPrefixLength,
  inFalseWord,
  genericSuffixLength,
  hasOnlyStopChars,
  hasStopChar,
  holdsNamingWord,
  isGenericWord,
  isProperWord,
  isStopChar,
  isTradeWord,
  type SuffixedName,
  tradeEnding,
  kindLength,
  suffixRuleLength,
  unitSuffixAfter,
  unitSuffixesIn
} from '../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../gazetteer/load-gazetteer.js'
import {followsPlaceholder, isPlaceWord} from '../gazetteer/place-context.js'
import {findNames} from '../gazetteer/find-names.js'
import {longestAt, type TrieMatch} from '../gazetteer/trie.js'
import {isFrequentWord, mayBeKnownWord, mayEndKnownWord} from '../jieba-dictionary.js'
import {measureWordAt} from '../measure-words.js'
import {readLexicon} from '../read-lexicon.js'
import {segment, segmentAround, segmentBefore, type Token} from '../segment.js'

let nationalPrefixes: string[] | undefined

/**
 * The identifying part of local unit names, keeping the generic part: schools, hospitals, clinics,
 * companies, cooperatives, parks and projects by the suffixes of data/unit-suffixes.txt (杨垇小学 → ORG with
 * suffixLength 2, 金瑞建设有限公司 → 4). A place at the head of the name is left to `detectPlaces` and
 * generic words stay (汝州市实验小学 gives no unit: the place 汝州市 is the identifying part, *市实验小学).
 * Only companies may be named by common words alone (竹韵食品有限公司); other units need a proper word
 * (锥栗专业合作社 is described, not named), except right after the county or town they belong to (孙祖镇城子小学).
 * Bank branches named after their place (川石支行), quoted brands (“金梨湾”牌), businesses a list of them names
 * without a suffix (同福烧烤 in …、同福烧烤、春晖大药房等26家商户) and the proper part standing alone elsewhere in
 * the document (also the part after a place inside it: 春风 of 指导广元春风旅行社) are found too.
 */
export const detectUnits: Detector = function detectUnits(context: DetectionContext): Detection[] {
  const {text} = context
  nationalPrefixes ??= readLexicon('national-prefixes.txt')
  const detections: Detection[] = []
  const shortNames = new Map<string, string>()
  // A suffix a count follows names no unit (合作社15家), so it is skipped before jieba reads the name
  for (const suffixed of findSuffixedNames(text, 'ORG', (start, end) => isSkipped(context, start, end) || isCounted(text, end))) {
    const name = withoutLeadingVerb(text, withHeadAfterDivision(text, suffixed))
    if (nationalPrefixes.some((prefix) => text.startsWith(prefix, name.start))) continue
    const placeEnd = name.start + placeLength(text, name.start, name.nameEnd, name.rule.brand)
    const community = communityAt(text, name.words, placeEnd, name.nameEnd)
    const start = community?.end ?? placeEnd
    const proper = text.slice(start, name.nameEnd)
    // A place at the head (重庆市垫江县|清源供水有限责任公司) or right before it (平凉市|鼎盛达建筑工程有限公司)
    // marks where the brand starts, whatever its words
    const afterPlace = (start > name.start && genericPrefixLength(text.slice(name.start, start)) < start - name.start) || endsDivision(text, start, 2)
    const kept = Math.max(keptLength(text, name.words, start, name.nameEnd), name.rule.legal ? name.nameEnd - brandEnd(name.words, start, name.nameEnd, afterPlace) : tradeLength(text, name.rule, start, name.nameEnd))
    const words = name.words.filter((word) => word.end > start && !isGenericWord(text.slice(word.start, Math.min(word.end, name.nameEnd))))
    // Brand, trade and legal form (天源物流有限公司): the one common word before the trade is the brand
    const last = name.words.at(-1)
    const branded = name.rule.legal && last !== undefined && isGenericWord(text.slice(last.start, Math.min(last.end, name.nameEnd)))
    const identifies = words.some((word) => isProperWord(word) && !(name.rule.product && isTaggedProduct(word, name.nameEnd))) || (name.rule.brand && words.length > (branded ? 0 : 1))
    // A proper part that is or ends with a unit word (小学 in 小学实验小学) is a unit name read twice
    const named = proper.slice(0, proper.length - kept)
    if (!identifies || named.length < 2 || endsWithUnitSuffix(named) || genericPrefixLength(proper) === proper.length || isSkipped(context, start, name.end)) continue
    const lastProper = words.findLast((word) => isProperWord(word))
    if (lastProper && lastProper.end - start >= 2 && lastProper.end < start + named.length) shortNames.set(text.slice(start, lastProper.end), text.slice(start, name.end))
    // The name after a place inside it (指导广元|春风 旅行社, 沙溪|老院子 客栈) stands alone later as well (春风旅行社推出…),
    // but before a product suffix it is what the place's unit produces (练塘|茭白 专业合作社)
    const afterInnerPlace = name.rule.product ? -1 : innerPlaceEnd(text, name.words, start, start + named.length)
    if (afterInnerPlace !== -1) shortNames.set(text.slice(afterInnerPlace, start + named.length), text.slice(start, name.end))
    if (community) detections.push(community)
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
  detections.push(...detectNamesAfterDivisions(context, detections))
  detections.push(...detectCuedNames(context, detections))
  detections.push(...detectObjectNames(context, detections))
  detections.push(...detectListedTrades(context, detections))
  detections.push(...detectListedBusinesses(context, detections))
  detections.push(...detectBranchNames(context, detections))
  detections.push(...detectQuotedNames(context, detections))
  detections.push(...detectBrandsBeforeOutput(context, detections))
  return [...detections, ...detectBareNames(context, detections, shortNames)].sort((a, b) => a.start - b.start)
}

// jieba's tag of people's names, which its dictionary also gives some animals and plants (梅花鹿/nr, 梅花/nr).
const personTag = 'nr'

/**
 * Whether `word`, right before a suffix that says what the unit produces or holds (产业园, 养殖场; the suffix
 * starts at `nameEnd`), is that product rather than a name: a word of three characters or more jieba tags as a
 * person's name (梅花鹿/nr 产业园). Such a tag on a word that long comes from jieba's dictionary, which holds few
 * people's names that long and mis-tags animals and plants; nobody names a park or a farm after a person of
 * three characters. Further from the suffix, with the product after it, it is the brand (木兰花/nr 食用菌种植
 * 专业合作社), and two-character brands (雪峰/nr 乳品加工厂) name wherever they stand.
 */
function isTaggedProduct(word: Token, nameEnd: number): boolean {
  return word.tag === personTag && word.word.length >= 3 && word.end >= nameEnd
}

/**
 * The community or street a unit's name read back holds at its head (甘沟路社区|康馨苑小区, 车站社区|聚鑫源超市),
 * as a place: the unit is in it, and the unit's own name starts after it. Left in the unit, the community would
 * be masked twice over, by the places detector as a place at the unit's start, which then keeps everything after
 * its proper part visible (*社区康馨苑小区). A head is a word of jieba's that ends with a place suffix of two
 * characters or more (社区, 街道, 居委会, not 村: a stop character), after a name that is not generic and before
 * two characters of the unit's own.
 */
function communityAt(text: string, words: readonly Token[], start: number, nameEnd: number): Detection | undefined {
  for (const word of words) {
    if (word.start < start || nameEnd - word.end < 2) continue
    const generic = suffixRuleLength(text.slice(start, word.end), 'PLACE')
    const nameLength = word.end - start - generic
    if (generic < 2 || nameLength < 2 || genericPrefixLength(text.slice(start, start + nameLength)) === nameLength) continue
    return {
      type: 'PLACE',
      start,
      end: word.end,
      suffixLength: generic,
      detector: 'units',
      rule: 'community-before-unit',
      confidence: 0.75,
      reason: 'community or street at the head of a unit name'
    }
  }
  return undefined
}

/**
 * Whether `[start, end)` follows a placeholder or touches a range that must stay visible. A function of the
 * module rather than a closure per call: the detector runs twice per document, on thousands of documents.
 */
function isSkipped(context: DetectionContext, start: number, end: number): boolean {
  return followsPlaceholder(context.text, start) || overlapsAny(context.protectedRanges, start, end)
}

function overlapsAny(ranges: readonly {start: number; end: number}[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end)
}

// How long a unit's proper name between its place and its suffix, or a branch's place, may be.
const maxNameAfterPlace = 4
// How long a unit's name with its kind between its place and its suffix may be (绿洲果蔬种植 专业合作社).
const maxUnitNameAfterPlace = 6

/**
 * A unit's proper name between a county or town the text names in full and the unit's suffix (孙祖镇城子小学,
 * 章台镇宏远机械厂): right after its place, the words before 小学 or 厂 name that school or works whatever they
 * are (城子 and 宏远 are words jieba knows), unless they are generic (孙祖镇中心小学, 汝州市实验小学) or a
 * quantity (吉阳镇万亩笋竹示范园). The shortest such name is taken.
 */
function detectNamesAfterDivisions(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  return detectNamesBeforeSuffixes(context, units, maxUnitNameAfterPlace, (start, suffix) => {
    const name = text.slice(start, suffix.start)
    if (!han.test(name) || hasStopChar(name) || genericPrefixLength(name) >= name.length - 1 || describesQuantity(name)) return 'longer'
    // A name that ends with a unit before its generic words (实验小学|实验) is the unit before, read twice
    const generic = genericSuffixLength(name)
    if (generic > 0 && endsWithUnitSuffix(name.slice(0, name.length - generic))) return 'none'
    if (!(endsDivision(text, start) || endsNamedVillage(text, start)) || isSkipped(context, start, suffix.end)) return 'longer'
    // jieba last, on the few characters of the name alone: a verb or function word after the place starts
    // the predicate, not a name (仙霞镇依托中心幼儿园: the town relies on its central kindergarten), unless it is
    // the whole name and no frequent word (海河镇知行小学; 海河镇举办小学…: 举办 is the town's doing)
    const verbName = name.length === 2 && !isFrequentWord(name)
    if ((opensPredicate(text, start, suffix.start) && !verbName) || !wordEndsAt(text, start)) return 'none'
    // A longer name holds the unit's kind, a trade and what it grows or makes (绿洲|果蔬种植 专业合作社): what it
    // grows alone before generic words describes the unit (东游镇锥栗现代农业产业园)
    return name.length <= maxNameAfterPlace || kindLength(segment(text, start, suffix.end), start, suffix.start) > 0 ? 'name' : 'none'
  }, {rule: 'unit-after-place', afterPlace: true, reason: (suffix) => `name of a unit between its place and \`${suffix}\``})
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

/** What a name read back from a unit suffix to `start` is: a unit's name, too short yet, or none however long. */
type NameVerdict = 'name' | 'longer' | 'none'

/**
 * Unit names read back from each unit suffix no other unit holds and no count follows: for each start from
 * two characters before the suffix back to `maxName`, `judge` takes the name, asks for a longer one, or stops.
 */
function detectNamesBeforeSuffixes(
  context: DetectionContext,
  units: readonly Detection[],
  maxName: number,
  judge: (start: number, suffix: TrieMatch<SuffixRule>, rule: SuffixRule, found: readonly Detection[]) => NameVerdict,
  how: {rule: string; afterPlace: boolean; reason: (suffix: string) => string}
): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const suffix of unitSuffixesIn(text)) {
    const rule = suffix.values[0]
    if (!rule || overlapsAny(units, suffix.start, suffix.end) || isCounted(text, suffix.end)) continue
    for (let start = suffix.start - 2; start >= Math.max(1, suffix.start - maxName); start--) {
      const verdict = judge(start, suffix, rule, found)
      if (verdict === 'longer') continue
      if (verdict === 'name') {
        const words = segment(text, start, suffix.end)
        // A registered company after its place is named by its brand alone (襄汾县鼎盛|铸造有限公司)
        const trade = rule.legal && how.afterPlace ? suffix.start - brandEnd(words, start, suffix.start, true) : 0
        found.push({
          type: 'ORG',
          start,
          end: suffix.end,
          suffixLength: Math.max(keptLength(text, words, start, suffix.start), trade) + rule.generic,
          detector: 'units',
          rule: how.rule,
          confidence: 0.7,
          reason: how.reason(rule.suffix)
        })
      }
      break
    }
  }
  return found
}

/**
 * How much of the name `[start, nameEnd)` before a unit suffix stays visible: its generic words, or its kind
 * (宏远机械厂 → 机械, read from `words`, jieba's words of the name and the suffix) and the generic words before
 * the kind (顺味餐饮服务公司 → 餐饮服务), whichever is longer.
 */
function keptLength(text: string, words: readonly Token[], start: number, nameEnd: number): number {
  const kind = kindLength(words, start, nameEnd)
  const beforeKind = kind > 0 ? genericSuffixLength(text.slice(start, nameEnd - kind)) : 0
  return Math.max(genericSuffixLength(text.slice(start, nameEnd)), kind + beforeKind)
}

/**
 * The trade in 业 a company's brand ends with before a suffix of companies that is no legal form (鸿远|物业 分公司,
 * 大成|竹业 公司), after two characters of brand: it stays visible, as a registered company's trade does. 0 where
 * there is none.
 */
function tradeLength(text: string, rule: SuffixRule, start: number, nameEnd: number): number {
  const trade = text.slice(nameEnd - tradeWordLength, nameEnd)
  return rule.brand && nameEnd - tradeWordLength - start >= 2 && isTradeWord(trade) ? tradeWordLength : 0
}

const tradeWordLength = 2

/**
 * Where the brand of a registered company's name `[start, nameEnd)` ends (清源|供水 有限责任公司, 蓝湾|风电设备
 * 有限公司): a registered name is its place, brand, trade and legal form, and only the brand identifies, so the
 * trade stays visible with the legal form. The brand is jieba's words after the last place the name holds (盐城 of
 * 责令盐城智学堂…, 汝州 of 汝州金瑞建设, not vouched for as places) until two characters or more, and the lone
 * characters it could not join that follow them (绿笋/源 食品). Only a brand that opens with a word that names (a
 * lone character, a name tag: 蓝湾/x, 智/ng) is told from the words before it: a common word there (锦绣/n) may be
 * one the name was read over (联系/n 清源), and the whole name up to its generic words stays masked (`nameEnd`),
 * unless the name starts `afterPlace`, a place stripped from its head (垫江县|清源/n 供水, 宁德|青/ns 橄榄/n 药业):
 * nothing was read over there, and a lone character tagged as a place (青/ns) is the brand's, not a place.
 * Nor is the trade left visible where it holds a name of three characters or more (树年|销售协梵品电子商务:
 * 协梵品/x, which a second redaction would mask): trades jieba does not know are short (竹业, 米业).
 */
function brandEnd(words: readonly Token[], start: number, nameEnd: number, afterPlace: boolean): number {
  let end = start
  let brand: Token[] = []
  for (const word of words) {
    if (word.end <= start || word.start >= nameEnd) continue
    if (word.tag === 'ns' && !(afterPlace && word.word.length === 1)) {
      brand = []
      end = Math.min(word.end, nameEnd)
      continue
    }
    if (brand.reduce((length, part) => length + part.word.length, 0) >= 2 && word.word.length > 1) break
    brand.push(word)
    end = Math.min(word.end, nameEnd)
  }
  if (brand[0] === undefined || !(isProperWord(brand[0]) || (afterPlace && brand[0].start === start))) return nameEnd
  const namesInTrade = (word: Token) => word.start >= end && word.end <= nameEnd && word.word.length >= 3 && isProperWord(word) && !isGenericWord(word.word)
  return words.some(namesInTrade) ? nameEnd : end
}

// Digits, Chinese numerals, and the placeholders a masked figure leaves (redact's second look reads 合作社**家).
const numeral = /[0-9０-９一二两三四五六七八九十百千万*xX]/u

/**
 * Whether a count follows the unit suffix ending at `end` (白茶专业合作社15家, 志愿服务队12支, 幼儿园三所): the
 * words before it describe a kind of unit that is counted, they name none.
 */
function isCounted(text: string, end: number): boolean {
  let at = end
  while (at < text.length && at - end < 8 && numeral.test(text.charAt(at))) at++
  const measure = at > end ? measureWordAt(text, at) : undefined
  // 一期, 二期 after a park or project are its phases (华晟新能源汽车产业园一期建成投产), not a count of parks
  return measure?.wordClass === 'count' && measure.word !== phaseWord
}

const phaseWord = '期'

// Words that mark a unit as privately run: what follows up to the unit's suffix is its name (民办金色童年幼儿园).
const ownershipCues = ['民办', '私立', '民营']
const maxCuedName = 6

/**
 * Unit names whatever their words (金色童年, 小红帽, 向日葵: common words jieba knows) where the context says they
 * are names: right after an ownership word (民办小红帽幼儿园), or next to a unit in a list (小红帽幼儿园、向日葵
 * 幼儿园; 好邻居便利店、和记茶餐厅). Generic words (民办普惠性幼儿园), quantities, verbs and a frequent word alone
 * (社区便利店、和记茶餐厅: 社区 is where, not which) name nothing.
 */
function detectCuedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
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

let objectVerbs: {verb: string; classes: boolean}[] | undefined

/** data/unit-object-verbs.txt: verbs whose object is a unit, and whether they as often take a class of units. */
function loadObjectVerbs(): {verb: string; classes: boolean}[] {
  objectVerbs ??= readLexicon('unit-object-verbs.txt').map((line) => {
    const [verb = '', takes] = line.split('\t')
    return {verb, classes: takes === 'class'}
  })
  return objectVerbs
}

/**
 * A unit name read back over the verb whose object it is (指导/n 半山酒店: jieba tags 指导 as a noun there), which
 * starts after the verb, where two characters of name are left.
 */
function withoutLeadingVerb(text: string, name: SuffixedName): SuffixedName {
  const verb = loadObjectVerbs().find((candidate) => text.startsWith(candidate.verb, name.start))
  const start = name.start + (verb?.verb.length ?? 0)
  // A place right after the verb would be found by the places detector at the unit's start, which then keeps
  // everything after the place's proper part visible (指导广元春风旅行社 → *春风旅行社): the verb stays in the unit
  if (!verb || name.nameEnd - start < 2 || longestAt(loadGazetteer().names, text, start)) return name
  // A word jieba glued over the verb's end (与晟瑞/x) keeps its characters after it, as characters it did not know
  const words = name.words.flatMap((word) =>
    word.start >= start ? [word] : word.end > start ? [{word: word.word.slice(start - word.start), tag: 'x', start, end: word.end}] : []
  )
  return {...name, start, words}
}
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
function detectObjectNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
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

/**
 * Whether jieba reads a word made only of stop characters in `text[start, end)` (各 of 各幼儿园, 全县, 本村): a stop
 * character inside another word (向 of 向日葵) names as well as any other. jieba only for a name that holds one.
 */
function hasStopWord(text: string, start: number, end: number): boolean {
  if (!hasStopChar(text.slice(start, end))) return false
  return segment(text, start, end).some((token) => hasOnlyStopChars(token.word))
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

/**
 * Where the name of a unit listed right before another unit starts (好邻居便利店、和记茶餐厅), or of one in a list
 * that 等 closes with a word for businesses (好邻居便利店、和记茶餐厅等沿街商户), or -1: jieba's words read back from
 * the suffix, the one next to it whatever its tag (邻居/v), the others up to a frequent word, a verb or function
 * word, a stop character or 、 (联系/好/邻居, 查处/老/灶台), within `maxCuedName`. A unit read back to its place is
 * described by the place (两江村柑橘专业合作社: 柑橘 says what it grows), and no cue names it.
 */
function listedBeforeStart(text: string, suffixStart: number, suffixEnd: number, units: readonly Detection[]): number {
  const beforeUnit = text.charAt(suffixEnd) === listMark && units.some((unit) => unit.start === suffixEnd + 1)
  if (!beforeUnit && !inListOfBusinesses(text, suffixEnd)) return -1
  let start = suffixStart
  for (const word of segmentBefore(text, suffixStart, maxCuedName + 2).reverse()) {
    if (!han.test(word.word) || hasOnlyStopChars(word.word)) break
    if (start < suffixStart && word.word.length > 1 && (isFrequentWord(word.word) || predicateTags.has(word.tag))) break
    if (suffixStart - word.start > maxCuedName) return -1
    start = word.start
  }
  const place = endsDivision(text, start) || suffixRuleLength(text.slice(Math.max(0, start - maxNameAfterPlace), start), 'PLACE') > 0
  return start < suffixStart && !place ? start : -1
}

/**
 * Companies a list names by brand and trade (支持长青鹿业、鹿鸣药业等龙头企业): an item of a list of businesses, or
 * next to a unit, that ends with a trade of two characters in 业 (鹿业, 药业, 竹业) is a
 * company whose brand is the words before it, read back as other listed units are; the trade stays visible.
 * Sectors have no brand before them (农业、林业等企业), and jieba only where the list says business.
 */
function detectListedTrades(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let at = text.indexOf(tradeEnding); at !== -1; at = text.indexOf(tradeEnding, at + 1)) {
    const tradeStart = at - 1
    const end = at + 1
    // Only an item before 、 or 等 is listed (see listedBeforeStart), which most 业 are not
    if (!listFollows(text, end) || tradeStart < 2 || !han.test(text.charAt(tradeStart)) || overlapsAny(units, tradeStart, end)) continue
    const start = listedBeforeStart(text, tradeStart, end, units)
    if (start === -1 || tradeStart - start < 2 || overlapsAny(units, start, end) || isSkipped(context, start, end)) continue
    // A word of the dictionary that holds the trade and more is a sector (农产品/加工业, 种植业); jieba may join
    // the trade's first character to the brand instead (瑞竹/业, 瑞竹业/x), which leaves the trade a company's
    const name = text.slice(start, tradeStart)
    const sector = segment(text, start, end).some((word) => word.end === end && word.start < tradeStart && !gluedTags.has(word.tag))
    if (sector || isGenericWord(name) || isFrequentWord(name) || hasStopWord(text, start, tradeStart) || opensPredicate(text, start, tradeStart)) continue
    found.push({
      type: 'ORG',
      start,
      end,
      suffixLength: end - tradeStart,
      detector: 'units',
      rule: 'listed-trade-name',
      confidence: 0.7,
      reason: `brand of a company listed by its trade \`${text.slice(tradeStart, end)}\``
    })
  }
  return found
}

// jieba's tag of characters it glued without knowing them, which no dictionary holds (云栖山舍/x).
const unknownTag = 'x'
// How many items before 等 a list of businesses is read back over.
const maxListedItems = 8
const listMark = '、'

/**
 * Businesses a list of them names without a unit suffix (家门口便利店、阿满海蛎煎、同福烧烤、春晖大药房等26家商户;
 * 指导半山酒店、云栖山舍、沙溪老院子客栈等23家住宿企业): in a list that 等 closes with a word for businesses and that
 * holds a unit already found, an item after `、` with no unit suffix whose jieba words open with two characters or
 * more of words that name (同福/x, 阿满/x, 云栖山舍/x, 晟/g 瑞/ns; see holdsNamingWord) is a business named by them,
 * and the words after them stay visible (烧烤, 海蛎煎: what it sells). Items of common words (社区食堂, 快递驿站) name
 * none, nor one a conjunction joins (同福烧烤和老灶台). jieba only on the items of such lists, each read alone.
 */
function detectListedBusinesses(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  // Where the units found end, once a list of businesses asks
  let unitEnds: Set<number> | undefined
  for (let close = text.indexOf(listEnd); close !== -1; close = text.indexOf(listEnd, close + 1)) {
    const items: {start: number; end: number}[] = []
    for (let end = close; items.length < maxListedItems; ) {
      let start = end
      while (start > 0 && end - start <= maxCuedName && han.test(text.charAt(start - 1))) start--
      if (start === end) break
      items.push({start, end})
      if (text.charAt(start - 1) !== listMark) break
      end = start - 1
    }
    // Only items after 、 are taken: a list of one item has none
    if (items.length < 2 || !inListOfBusinesses(text, close)) continue
    unitEnds ??= new Set(units.map((unit) => unit.end))
    const ends = unitEnds
    if (!items.some((item) => ends.has(item.end))) continue
    for (const item of items) {
      if (text.charAt(item.start - 1) !== listMark || item.end - item.start < 3 || overlapsAny(units, item.start, item.end)) continue
      if (endsWithUnitSuffix(text.slice(item.start, item.end)) || isSkipped(context, item.start, item.end) || hasStopWord(text, item.start, item.end)) continue
      const words = segment(text, item.start, item.end)
      let brandEnd = item.start
      for (const word of words) {
        if (!holdsNamingWord([word])) break
        brandEnd = word.end
      }
      // One word of jieba's dictionaries for the whole item is a kind of shop it mis-tags (五金店/nz), no name
      const kind = words.length === 1 && words[0]?.tag !== unknownTag
      if (brandEnd - item.start < 2 || kind) continue
      found.push({
        type: 'ORG',
        start: item.start,
        end: item.end,
        suffixLength: item.end - brandEnd,
        detector: 'units',
        rule: 'listed-business-name',
        confidence: 0.7,
        reason: 'name of a business in a list of businesses that holds a unit'
      })
    }
  }
  return found
}

// How far a list may run from a unit to the 等 that closes it, and how many characters of modifier (沿街, 龙头,
// 重点) may stand between 等, or the count after it, and the word for businesses.
const maxListReach = 40
const maxCollectiveModifier = 2
let businessWords: string[] | undefined

/**
 * Whether the unit suffix ending at `end` ends an item of a list that 等 closes with a word for businesses
 * (data/unit-collective-words.txt: 商户, 企业 …), within the clause: 好邻居便利店、和记茶餐厅等沿街商户,
 * 老灶台饺子馆等37户个体工商户. Lists of public bodies (等单位, 等学校) are not taken: their items are generic.
 */
function inListOfBusinesses(text: string, end: number): boolean {
  if (!listFollows(text, end)) return false
  const clause = text.slice(end, end + maxListReach)
  const close = clause.indexOf(listEnd)
  const stop = clause.search(clauseEnd)
  if (close === -1 || (stop !== -1 && stop < close)) return false
  const after = end + close + listEnd.length
  const counted = after + countOrListLength(text, after)
  businessWords ??= readLexicon('unit-collective-words.txt')
  for (let at = counted; at <= counted + maxCollectiveModifier; at++) {
    if (!han.test(text.charAt(at))) return false
    if (businessWords.some((word) => text.startsWith(word, at))) return true
  }
  return false
}

/** Whether `、` or 等 follows at `end`: another item of a list, or its close. */
function listFollows(text: string, end: number): boolean {
  return text.charAt(end) === listMark || text.startsWith(listEnd, end)
}

// jieba's tags of words that open a predicate: verb, preposition, adverb, conjunction, pronoun, auxiliary.
const predicateTags = new Set(['v', 'vd', 'p', 'd', 'c', 'r', 'u'])
// jieba's tags of characters it glued without knowing them.
const gluedTags = new Set(['x', 'nz'])

// jieba's tags of the words that open no unit name after its place: a predicate, a time, a locality or a quantity.
const headlessTags = new Set([...predicateTags, 't', 'f', 'm', 'mq', 'q'])
// jieba's tags of the words that describe which units a verb takes rather than name one: those, verbal nouns,
// place words, adjectives and attributives (涉事/v, 相关/v, 违规/vn, 周边/f, 沿街/f, 快捷/a, 三甲/b, 私营/b).
const describingTags = new Set([...headlessTags, 'vn', 's', 'a', 'b'])

/**
 * A unit name read back from its suffix, with the words between it and a city, county or town named in full right
 * before it (盐池县/塞上/春黄花菜专业合作社: jieba tags 塞上/s, which ended the name read back; 平凉市/鼎盛/z 达建筑
 * 工程有限公司): after its place, what stands before the unit's name is the name's head, as in
 * `detectNamesAfterDivisions`, unless it opens a predicate or sets a time or a quantity (盐池县大力发展…, 蔚县今年…).
 * jieba only where a division ends there.
 */
function withHeadAfterDivision(text: string, name: SuffixedName): SuffixedName {
  for (let head = name.start - 1; head >= Math.max(1, name.start - maxNameAfterPlace); head--) {
    if (!han.test(text.charAt(head)) || isStopChar(text.charAt(head))) return name
    if (!endsDivision(text, head, 2)) continue
    const words = segment(text, head, name.start)
    return words.some((word) => headlessTags.has(word.tag)) ? name : {...name, start: head, words: [...words, ...name.words]}
  }
  return name
}

/**
 * Whether the first word jieba reads in `text[start, end)` opens a predicate (依托, 通过, 已经). A single
 * character is no evidence: jieba tags the characters of names it does not know one by one (常/d of 常山庄).
 */
function opensPredicate(text: string, start: number, end: number): boolean {
  const [first] = segment(text, start, end)
  return first !== undefined && first.word.length >= 2 && predicateTags.has(first.tag)
}

/**
 * Whether a county or town named in full ends right before `at` (孙祖镇 before 城子小学), or a division of
 * `minLevel` or below (2: a city as well).
 */
function endsDivision(text: string, at: number, minLevel = 3): boolean {
  for (let from = Math.max(0, at - 6); from <= at - 2; from++) if (fullDivisionAt(text, from, minLevel)?.end === at) return true
  return false
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

/**
 * Whether jieba ends a word at `at`, reading a few characters either side: a division's last character may
 * belong to the word after it instead (站前广场和县城中心广场: 和县 is a county, but jieba reads 和 + 县城).
 */
function wordEndsAt(text: string, at: number): boolean {
  return segment(text, Math.max(0, at - 4), at + 2).some((token) => token.end === at)
}

/** The longest gazetteer name at `at`, when it names a division of `minLevel` or below in full (3: a county or town). */
function fullDivisionAt(text: string, at: number, minLevel = 1): TrieMatch<number> | undefined {
  const {names, namesOf} = loadGazetteer()
  const match = longestAt(names, text, at)
  return match && namesOf(match).some(({division, form}) => form === 'full' && division.level >= minLevel) ? match : undefined
}

const chineseNumeral = /^[一二两三四五六七八九十百千万]+/u

/** Whether a would-be name opens with a quantity (万亩笋竹示范园, 千亩茶园): it describes the unit, it does not name it. */
function describesQuantity(name: string): boolean {
  const numeral = chineseNumeral.exec(name)?.[0].length ?? 0
  return numeral > 0 && measureWordAt(name, numeral) !== undefined
}

let branchWords: {banks: string[]; branches: string[]} | undefined

/**
 * The place a bank branch is named after (川石 in 建瓯农村商业银行川石支行): two to four characters between a bank
 * and a branch word of data/bank-branches.txt, unless generic (各支行) or a division named in full, which the
 * places detector reads (江安县支行).
 */
function detectBranchNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  if (!branchWords) {
    const lines = readLexicon('bank-branches.txt').map((line) => line.split('\t'))
    branchWords = {
      banks: lines.flatMap(([kind, word]) => (kind === 'bank' && word ? [word] : [])),
      branches: lines.flatMap(([kind, word]) => (kind === 'branch' && word ? [word] : []))
    }
  }
  const {banks, branches} = branchWords
  const found: Detection[] = []
  for (const branch of branches) {
    for (let at = text.indexOf(branch); at !== -1; at = text.indexOf(branch, at + 1)) {
      for (let start = at - 2; start >= at - maxNameAfterPlace && start > 0; start--) {
        if (!banks.some((bank) => text.endsWith(bank, start))) continue
        const name = text.slice(start, at)
        if (!han.test(name) || hasStopChar(name) || isGenericWord(name) || fullDivisionAt(text, start)) break
        if (isSkipped(context, start, at + branch.length) || overlapsAny(units, start, at)) break
        found.push({
          type: 'ORG',
          start,
          end: at + branch.length,
          suffixLength: branch.length,
          detector: 'units',
          rule: 'branch-name',
          confidence: 0.7,
          reason: `place a bank's \`${branch}\` is named after`
        })
        break
      }
    }
  }
  return found
}


// The longest quoted name looked at: brands and unit names, not quoted phrases.
const maxQuotedName = 8
const han = /^\p{Script=Han}+$/u
const brandMark = '牌'
// The longest trade read between a quoted name and a unit suffix (剪纸 of “巧手坊”剪纸工作室), and jieba's tags of
// a trade in goods, which its dictionary tags as nouns, names or even numerals (剪纸/n, 鹿茸/nr, 大米/m). A service
// (调解/vn, 服务/vn) or an abbreviation (党建/j) after quotes makes them a programme's label: “老娘舅”调解工作室,
// “扬帆领航”党建品牌.
const maxQuotedTrade = 4
const goodsTags = new Set(['n', 'nz', 'nr', 'ns', 'm'])
// Numerals that open slogans (“一网统管”, “三资管理”); 百, 千 and 万 open brands as often (百佳惠).
const sloganNumeral = /^[一二两三四五六七八九十]/u

/**
 * A brand or unit name in quotes before 牌 or a unit suffix (“金梨湾”牌鸭梨, “山里红”文旅发展有限公司, “巧手坊”剪纸
 * 工作室): the quotes make it a name, and only it is masked (“*”牌). Whatever its words before 牌 or right before
 * the suffix or a trade in goods; before a suffix that quoted programme labels take as well (平台), only where a
 * word of it names (“橘乡健康”信息平台, but not “智慧党建”平台), and no numeral opens it (a slogan: “一网统管”平台)
 * nor a programme word ends it (a programme: “雪亮工程”平台). Closing quotes are looked at first, and only those
 * before 牌 or a suffix are read back.
 */
function detectQuotedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let end = text.indexOf('”'); end !== -1; end = text.indexOf('”', end + 1)) {
    const after = text.charAt(end + 1) === brandMark ? {suffix: brandMark, checked: false} : suffixAfterQuote(text, end + 1)
    const open = after === undefined ? -1 : text.lastIndexOf('“', end)
    const start = open + 1
    const name = text.slice(start, end)
    if (!after || open === -1 || name.length < 2 || name.length > maxQuotedName || !han.test(name) || isGenericWord(name)) continue
    if (isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
    if (after.checked && (sloganNumeral.test(name) || namesProgramme(name) || !holdsNamingWord(segment(text, start, end)))) continue
    found.push({
      type: 'ORG',
      start,
      end,
      suffixLength: 0,
      detector: 'units',
      rule: 'quoted-name',
      confidence: 0.7,
      reason: `quoted name before \`${after.suffix}\``
    })
  }
  return found
}

let programmeWords: string[] | undefined

/** Whether a quoted label ends with a word for programmes (data/programme-words.txt: “雪亮工程”, “蓝天行动”). */
function namesProgramme(label: string): boolean {
  programmeWords ??= readLexicon('programme-words.txt')
  return programmeWords.some((word) => label.length > word.length && label.endsWith(word))
}

/**
 * The unit suffix after closing quotes at `at`: right after them or after generic words (“山里红”文旅发展有限公司),
 * or after one word of goods jieba reads (“巧手坊”剪纸工作室), which a count or 等 may open (“春耕”两个大米品牌,
 * “栗香园”等企业品牌). A run of quoted names shares what follows the last (“大地”“春耕”两个大米品牌). `checked`
 * when the quoted name must name on its own words: before a suffix of quoted programme labels as well (平台).
 * jieba only where a suffix follows a few Han characters after the quotes.
 */
function suffixAfterQuote(text: string, at: number, run = 0): {suffix: string; checked: boolean} | undefined {
  const next = text.startsWith('“', at) ? at : text.startsWith('、“', at) ? at + 1 : -1
  if (next !== -1) {
    const close = text.indexOf('”', next)
    return run < maxQuotedRun && close !== -1 && close - next <= maxQuotedName + 1 ? suffixAfterQuote(text, close + 1, run + 1) : undefined
  }
  const opened = countOrListLength(text, at)
  const direct = unitSuffixAfter(text, at + opened)
  if (direct) return opened > 0 && !direct.quotedOnly ? undefined : {suffix: direct.suffix, checked: direct.quotedProper}
  const gap = at + opened
  for (let from = gap + 2; from <= gap + maxQuotedTrade && han.test(text.slice(gap, from)); from++) {
    const rule = unitSuffixAfter(text, from)
    if (!rule) continue
    if (!isGoods(text, gap, from, from + rule.suffix.length)) return undefined
    return {suffix: rule.suffix, checked: rule.quotedProper}
  }
  return undefined
}

/**
 * Whether `text[start, suffixStart)` is one word of goods (剪纸, 大米), or a word of goods before a kind of shop
 * jieba reads with the suffix ending at `suffixEnd` (驴肉/火烧店 of “刘记老字号”驴肉火烧店). One word asks jieba only
 * where its dictionaries may hold it.
 */
function isGoods(text: string, start: number, suffixStart: number, suffixEnd: number): boolean {
  const goods = (word: Token | undefined) => word !== undefined && goodsTags.has(word.tag) && !numeral.test(word.word)
  if (mayBeKnownWord(text, start, suffixStart)) {
    const [trade, ...more] = segment(text, start, suffixStart)
    if (goods(trade) && more.length === 0) return true
  }
  // A kind of shop holds the suffix: a known word from before it to its end, which the dictionaries may tell
  if (!mayEndKnownWord(text, start + 2, suffixEnd, 'word')) return false
  const [first, kind, ...rest] = segment(text, start, suffixEnd)
  return goods(first) && rest.length === 0 && kind !== undefined && kind.start < suffixStart && kind.end === suffixEnd && first?.end === kind.start
}

// How many quoted names a run may hold before what they share.
const maxQuotedRun = 4
const listEnd = '等'

/**
 * The length of a count (两个, 3款, 37户) or of 等 at `at`, which may stand between quoted names and their trade
 * or between 等 and a word for businesses; 0 where none.
 */
function countOrListLength(text: string, at: number): number {
  if (text.startsWith(listEnd, at)) return listEnd.length
  let end = at
  while (end < text.length && end - at < 4 && numeral.test(text.charAt(end))) end++
  const measure = end > at ? measureWordAt(text, end) : undefined
  return measure ? end + measure.word.length - at : 0
}

// A project described by its annual output: 鼎泰年产20万吨精密铸件项目. The description runs to 项目 within a clause.
const outputWord = '年产'
const projectWord = '项目'
const maxProjectDescription = 24
const maxBrand = 4
const clauseEnd = /[。；，\n]/u

/**
 * A company's brand before a project it describes by annual output (鼎泰年产20万吨精密铸件项目, 芳华年产5000吨玫瑰
 * 深加工项目): two to four Han characters that open a clause right before 年产, a number, and 项目 in the same
 * clause. The description is the project's; the words before it can only be whose it is. Generic words (新建,
 * 企业, 项目), a unit's generic name (公司), places, and verbs or function words (实施, 该) are not brands.
 */
function detectBrandsBeforeOutput(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let at = text.indexOf(outputWord); at !== -1; at = text.indexOf(outputWord, at + outputWord.length)) {
    if (!numeral.test(text.charAt(at + outputWord.length))) continue
    let start = at
    while (start > 0 && at - start <= maxBrand && han.test(text.charAt(start - 1))) start--
    const name = text.slice(start, at)
    if (name.length < 2 || name.length > maxBrand || (start > 0 && han.test(text.charAt(start - 1)))) continue
    const description = text.slice(at, at + maxProjectDescription)
    const project = description.indexOf(projectWord)
    const end = description.search(clauseEnd)
    if (project === -1 || (end !== -1 && end < project)) continue
    if (hasStopChar(name) || isGenericWord(name) || endsWithUnitSuffix(name) || longestAt(loadGazetteer().names, text, start)) continue
    if (isSkipped(context, start, at) || overlapsAny(units, start, at) || opensPredicate(text, start, at)) continue
    found.push({
      type: 'ORG',
      start,
      end: at,
      suffixLength: 0,
      detector: 'units',
      rule: 'brand-before-output',
      confidence: 0.7,
      reason: `brand of a company before the project it describes by \`${outputWord}\``
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

/**
 * Where the last place inside a unit's proper name `[start, end)` ends, with at least two characters of the name
 * after it (指导/广元/春风 → after 广元), or -1: a word of jieba's, `words`, that is a gazetteer name, or the words at
 * the name's head that are a town's short form whose full name the document uses (沙/溪/老/院子 客栈 where the text
 * names 沙溪镇: the places detector masks the town there). Other places at the head are no part of the proper name.
 */
function innerPlaceEnd(text: string, words: readonly Token[], start: number, end: number): number {
  const {names} = loadGazetteer()
  let placeEnd = -1
  for (const word of words) {
    if (word.end <= start || word.end > end - 2) continue
    if ((word.start > start && longestAt(names, text, word.start)?.end === word.end) || namesTown(text, start, word.end)) placeEnd = word.end
  }
  return placeEnd
}

// The suffixes of towns, which a town's short form drops (沙溪 of 沙溪镇).
const townSuffixes = ['镇', '乡', '街道']
// How long a town's short form at the head of a unit name may be.
const maxTownShortForm = 3

/** Whether `text[start, end)` is a town's short form whose full name the text uses (沙溪 where 沙溪镇 stands). */
function namesTown(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= maxTownShortForm && townShortFormsIn(text).has(text.slice(start, end))
}

let lastTowns: {text: string; shortForms: Set<string>} | undefined

/**
 * The two or three characters before every town suffix of `text` (沙溪 of 沙溪镇): the short forms a town's full
 * name in the text gives. One pass over the text, kept for the text the detector is reading, so a document with
 * thousands of units is not searched once for each.
 */
function townShortFormsIn(text: string): Set<string> {
  if (lastTowns?.text === text) return lastTowns.shortForms
  const shortForms = new Set<string>()
  for (const suffix of townSuffixes) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      for (let length = 2; length <= Math.min(maxTownShortForm, at); length++) shortForms.add(text.slice(at - length, at))
    }
  }
  lastTowns = {text, shortForms}
  return shortForms
}

/**
 * How much of `[start, end)` comes before the unit's proper name: the places and generic words at its head,
 * a province further in (see `afterProvince`; `brand` where common words may name the unit), and any division
 * named in full further in.
 */
function placeLength(text: string, start: number, end: number, brand: boolean): number {
  let after = start + leadingPlaceLength(text, start, end)
  const province = afterProvince(text, after, end, brand)
  if (province > after) after = province + leadingPlaceLength(text, province, end)
  // A division's full name further in (丄汝州市实验小学) is no part of a unit's proper name: the name starts after
  // it. Only a name with a character that ends division names (市, 县, 镇 …) can hold one.
  if (![...text.slice(after + 1, end)].some((char) => endsDivisionName(char))) return after - start
  for (let at = after + 1; at < end; at++) {
    const match = fullDivisionAt(text, at)
    if (!match || match.end > end || match.end - match.start < 3) continue
    after = match.end + genericPrefixLength(text.slice(match.end, end))
    at = after - 1
  }
  return after - start
}

/**
 * Where a unit's name starts after a province's short form further in that jieba reads as a place, where the words
 * before it name nothing and a word after it does, or may, as common words name companies (`brand`: 爱心企业海南/ns
 * 椰风医疗器械有限公司: 爱心企业 describes the donor; 华润/nz 山东医药 keeps its brand, as 爱心企业云南宏源/n 驾校
 * its whole name); `start` where there is none. jieba only where a province's name stands there.
 */
function afterProvince(text: string, start: number, end: number, brand: boolean): number {
  const {names, namesOf} = loadGazetteer()
  for (let at = start + 2; at < end - 2; at++) {
    const match = longestAt(names, text, at)
    if (!match || match.end > end || !namesOf(match).some(({division}) => division.level === 1)) continue
    if (!isPlaceWord(text, match.start, match.end) || holdsNamingWord(segment(text, start, match.start))) return start
    // and only where a word after it names the unit, or common words may (a company's brand): common words before
    // another suffix (宏源/n 驾校) are read as the whole name's
    return brand || holdsNamingWord(segment(text, match.end, end)) ? match.end + genericPrefixLength(text.slice(match.end, end)) : start
  }
  return start
}

/**
 * How much of `[start, end)` is places and generic words at its head (河南汝州, 汝州市第一): a division's full
 * name, a province short form, a short form whose full name the document also uses, or a city's short form
 * jieba reads as a place (宜宾/ns 宏达建材有限公司, 临汾/ns 同心家政服务有限公司), which the places detector
 * masks on the same ground: a unit that held it would keep its brand visible after the place (*宏达建材有限公司).
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
      namesOf(match).some(({division, form}) => form === 'full' || division.level === 1 || text.includes(division.name) || (division.level === 2 && isPlaceWord(text, match.start, match.end)))
    if (!match || !place) return at - start
    at = match.end
  }
}

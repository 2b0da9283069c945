// Units named before a unit suffix (金瑞建设有限公司, 杨垇小学): rule `suffix-unit`, the detector's first.
import type {Detection, DetectionContext} from '../../detection.js'
import {
  endsWithUnitSuffix,
  findSuffixedNames,
  genericPrefixLength,
  isGenericWord,
  isProperWord,
  isStopChar
} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentBefore, type Token} from '../../segment.js'
import {closingQuote, han} from './character-classes.js'
import {communityAt} from './community-at-head.js'
import {innerPlaceEnd} from './inner-places.js'
import {isKindOfQuotedBrand} from './kinds-after-quotes.js'
import {brandEnd, isTradeText, keptLength, tradeLength} from './kept-parts.js'
import {placeLength} from './leading-places.js'
import {letteredBrandBefore} from './lettered-brands.js'
import {headlessTags, predicateTags} from './predicate-tags.js'
import {isCounted} from './quantities.js'
import {isSkipped} from './skipped-spans.js'
import {endsPlaceOfName, withHeadAfterDivision, withoutLeadingVerb} from './suffixed-name-starts.js'

let nationalPrefixes: string[] | undefined

/**
 * Rule `suffix-unit`: the proper part of each unit name read back from a unit suffix (杨垇小学, 金瑞建设有限公司),
 * after the places and generic words at its head, pushed to `detections`, with the community it is in
 * (`community-before-unit`). The short forms a reader knows it by later (see `detectBareNames`) go to `shortNames`.
 */
export function detectSuffixedUnits(context: DetectionContext, detections: Detection[], shortNames: Map<string, string>): void {
  const {text} = context
  nationalPrefixes ??= readLexicon('national-prefixes.txt')
  // A suffix a count follows names no unit (合作社15家), so it is skipped before jieba reads the name
  for (const suffixed of findSuffixedNames(text, 'ORG', (start, end) => isSkipped(context, start, end) || isCounted(text, end))) {
    const lettered = letteredBrandBefore(text, suffixed)
    if (lettered) {
      if (!isSkipped(context, lettered.start, lettered.end)) detections.push(lettered)
      continue
    }
    const name = withoutLeadingVerb(text, withHeadAfterDivision(text, suffixed))
    if (nationalPrefixes.some((prefix) => text.startsWith(prefix, name.start))) continue
    const placeEnd = name.start + placeLength(text, name.start, name.nameEnd, name.rule.brand)
    const community = communityAt(text, name.words, placeEnd, name.nameEnd)
    // A name a line break cut (宏⏎泰精密机械有限公司, copied from a PDF) opens with the character before the break
    const head = wrappedHead(text, community?.end ?? placeEnd)
    const start = head?.start ?? community?.end ?? placeEnd
    const nameWords = head ? [head, ...name.words] : name.words
    const proper = text.slice(start, name.nameEnd)
    // A place at the head (重庆市垫江县|清源供水有限责任公司) or right before it (平凉市|鼎盛达建筑工程有限公司)
    // marks where the brand starts, whatever its words
    const afterPlace = (start > name.start && genericPrefixLength(text.slice(name.start, start)) < start - name.start) || endsPlaceOfName(text, start, name.rule)
    const kept = Math.max(keptLength(text, nameWords, start, name.nameEnd), name.rule.legal || name.rule.product ? name.nameEnd - brandEnd(nameWords, start, name.nameEnd, afterPlace, () => opensAfterBoundary(text, start)) : tradeLength(text, name.rule, start, name.nameEnd))
    const words = nameWords.filter((word) => word.end > start && !isGenericWord(text.slice(word.start, Math.min(word.end, name.nameEnd))))
    // Brand, trade and legal form (天源物流有限公司): the one common word before the trade is the brand
    const last = name.words.at(-1)
    const branded = name.rule.legal && last !== undefined && isGenericWord(text.slice(last.start, Math.min(last.end, name.nameEnd)))
    // Right after its place, common words name a unit (指导广元|春风旅行社), as in `detectNamesAfterDivisions`
    const namedAfterPlace = name.afterPlace === true && !name.rule.product
    const identifies = namedAfterPlace || words.some((word) => isProperWord(word) && !(name.rule.product && isTaggedProduct(word, name.nameEnd))) || (name.rule.brand && words.length > (branded ? 0 : 1))
    // A proper part that is or ends with a unit word (小学 in 小学实验小学) is a unit name read twice
    const named = proper.slice(0, proper.length - kept)
    if (!identifies || named.length < 2 || endsWithUnitSuffix(named) || genericPrefixLength(proper) === proper.length || isSkipped(context, start, name.end)) continue
    // Trades alone name no unit (鞋材|商行 of 兴达鞋材商行, where a row's cell names the brand: see detectTabledUnits)
    if (isTradeLeftOfBrand(text, start, proper) || isTradeText(named)) continue
    // After quotes that brand the unit, the words say what it does (“富罗香”砂糖桔合作社), masked brand or not
    if (text.charAt(start - 1) === closingQuote && isKindOfQuotedBrand(text, start)) continue
    const lastProper = words.findLast((word) => isProperWord(word))
    if (lastProper && lastProper.end - start >= 2 && lastProper.end < start + named.length) shortNames.set(text.slice(start, lastProper.end), text.slice(start, name.end))
    // The name after a place inside it (指导广元|春风 旅行社, 沙溪|老院子 客栈) stands alone later as well (春风旅行社推出…),
    // but before a product suffix it is what the place's unit produces (练塘|茭白 专业合作社)
    const afterInnerPlace = name.rule.product ? -1 : innerPlaceEnd(text, name.words, start, start + named.length)
    const afterPlaceName = afterInnerPlace === -1 ? '' : text.slice(afterInnerPlace, start + named.length)
    // but not a word of prose the place's name left alone (九江鼎诚路桥|工程 有限公司: 路桥 is a district too)
    if (afterPlaceName !== '' && !isGenericWord(afterPlaceName) && !isFrequentWord(afterPlaceName)) shortNames.set(afterPlaceName, text.slice(start, name.end))
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
}

/**
 * Whether the proper part `proper` read from `start` is the trade a brand left visible: trades alone (材料科技,
 * see `isTradeText`) after a placeholder or a pseudonym's letter, where a masked brand stands (*新材料科技有限公司),
 * or cut from a trade by a modifier the reading dropped (新/材料科技). Elsewhere a word of trades may be a brand.
 */
function isTradeLeftOfBrand(text: string, start: number, proper: string): boolean {
  if (!isTradeText(proper)) return false
  const before = text.charAt(start - 1)
  return (before !== '' && !han.test(before) && !clauseMark.test(before)) || isTradeText(before + proper)
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
 * The character before a line break right before `start` that opens the name after it, where the line does not end a
 * sentence (宏⏎泰精密机械有限公司, 引进的鼎⏎盛食品有限公司: a PDF's line wrapped inside the name): the last word jieba
 * reads on the line before is that lone character, no stop character nor a function word (numeral, measure,
 * particle). Undefined otherwise. A one-character token for it, as jieba's words of the name hold none.
 */
function wrappedHead(text: string, start: number): Token | undefined {
  if (text.charAt(start - 1) !== lineBreak || !han.test(text.charAt(start - 2))) return undefined
  const last = segmentBefore(text, start - 1, boundaryWindow).at(-1)
  if (!last || last.end !== start - 1 || last.word.length !== 1 || isStopChar(last.word) || headlessTags.has(last.tag)) return undefined
  return {word: last.word, tag: wrappedTag, start: last.start, end: last.end}
}

const lineBreak = '\n'
// The tag a character jieba could not join carries (x): a lone character that names.
const wrappedTag = 'x'

/**
 * Whether a mark, a space or the start of the text, or a verb or function word jieba reads (针对/p, 走访/v), stands right
 * before `start`: the name read back stopped there because its words end there, not inside a word it read over.
 */
function opensAfterBoundary(text: string, start: number): boolean {
  if (start === 0 || clauseMark.test(text.charAt(start - 1))) return true
  if (!han.test(text.charAt(start - 1))) return false
  const before = segmentBefore(text, start, boundaryWindow).at(-1)
  return before !== undefined && before.end === start && before.word.length >= 2 && predicateTags.has(before.tag)
}

// How many characters before a name jieba reads to find the word that ends there.
const boundaryWindow = 4
// Marks and spaces a name may open after; not letters, digits or placeholders, which a second look reads where
// pseudonyms and masks stand (LEIQ风电设备有限公司: LEIQ is a brand's pseudonym, 风电 its trade).
const clauseMark = /[\s，。、；：！？“”‘’（）《》【】「」,.;:!?()"']/u

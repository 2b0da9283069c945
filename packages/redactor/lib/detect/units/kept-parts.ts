// How much of a unit's name stays visible with its suffix: generic words, its kind, a company's trade.
import {
  genericSuffixLength,
  isGenericWord,
  isProperWord,
  isTradeWord,
  kindLength,
  type SuffixRule
} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import type {Token} from '../../segment.js'

/**
 * How much of the name `[start, nameEnd)` before a unit suffix stays visible: its generic words, its kind
 * (宏远机械厂 → 机械, read from `words`, jieba's words of the name and the suffix) and the generic words before
 * the kind (顺味餐饮服务公司 → 餐饮服务), or its trade (香满园|餐饮管理, see `tradeEndLength`), whichever is longest.
 */
export function keptLength(text: string, words: readonly Token[], start: number, nameEnd: number): number {
  const kind = kindLength(words, start, nameEnd)
  const beforeKind = kind > 0 ? genericSuffixLength(text.slice(start, nameEnd - kind)) : 0
  return Math.max(genericSuffixLength(text.slice(start, nameEnd)), kind + beforeKind, tradeEndLength(text, words, start, nameEnd))
}

let trades: {words: ReadonlySet<string>; longest: number} | undefined

/** Whether `word` is a trade a unit's name holds before its kind (data/unit-trade-words.txt, the trade's verbs, generic words). */
export function isTradeName(word: string): boolean {
  return isListedTrade(word) || isTradeWord(word)
}

/**
 * Whether `word` is a trade of data/unit-trade-words.txt or a generic word (餐饮, 行业, 体育), without `isTradeWord`'s
 * any two characters in 业 (兴业 is as often a brand: 福州市兴业商会).
 */
export function isListedTrade(word: string): boolean {
  return loadTrades().words.has(word) || isGenericWord(word)
}

/** Whether `word` is a trade of data/unit-trade-words.txt or a trade's verb (担保, 粮油, 种植), not merely a generic word (第一, 附属). */
export function isNamedTrade(word: string): boolean {
  return loadTrades().words.has(word) || isTradeWord(word)
}

/**
 * The length of the longest ending of `name` that `holds` accepts, at least `least` characters long and leaving at
 * least `kept` characters before it (the trades after a quoted label's brand, the kind after a short name's head);
 * 0 where none does.
 */
export function longestEndingLength(name: string, kept: number, least: number, holds: (ending: string) => boolean): number {
  for (let length = name.length - kept; length >= least; length--) if (holds(name.slice(name.length - length))) return length
  return 0
}

/** Whether `name` is made of trades alone (材料科技, 新材料, 电子商务): what a unit does, which names none. */
export function isTradeText(name: string): boolean {
  const {longest} = loadTrades()
  // ends[i]: whether name[0, i) splits into trades
  const ends = [true]
  for (let end = 1; end <= name.length; end++) {
    ends[end] = false
    for (let size = Math.min(longest, end); size >= 2 && !ends[end]; size--) ends[end] = ends[end - size] === true && isTradeName(name.slice(end - size, end))
  }
  return name.length > 0 && ends[name.length] === true
}

let processes: ReadonlySet<string> | undefined

/**
 * Whether `word` is of data/unit-process-words.txt: the verbs of a trade (种植, 养殖, 加工), which take the word before
 * them as their object, read once for every rule that asks.
 */
export function isProcessWord(word: string): boolean {
  return loadProcessWords().has(word)
}

function loadProcessWords(): ReadonlySet<string> {
  processes ??= new Set(readLexicon('unit-process-words.txt'))
  return processes
}

function loadTrades(): {words: ReadonlySet<string>; longest: number} {
  trades ??= (() => {
    const words = new Set([...readLexicon('unit-trade-words.txt'), ...loadProcessWords()])
    return {words, longest: Math.max(...[...words].map((word) => word.length))}
  })()
  return trades
}

/**
 * How many characters at the end of the name `[start, nameEnd)` are its trade: the longest trades (see `isTradeName`)
 * taken off its right end one after the other (凯盛|新材料|股份, 丰泽|房地产开发), up to where two characters of brand
 * are left, and back to the last cut where a jieba word of `words` starts, so that no brand's word is cut (0 where
 * none is). The brand is what identifies; the trade says what the unit does, and stays visible with the kind.
 */
export function tradeEndLength(text: string, words: readonly Token[], start: number, nameEnd: number): number {
  const {longest} = loadTrades()
  let cut = nameEnd
  let kept = 0
  for (;;) {
    let next = -1
    for (let size = Math.min(longest, cut - start - minBrand); size >= 2 && next === -1; size--) if (isTradeName(text.slice(cut - size, cut))) next = cut - size
    if (next === -1) return kept
    cut = next
    if (words.some((word) => word.start === cut)) kept = nameEnd - cut
  }
}

/** Whether `word` is, whole, the name or the short form of a province or a city (合肥, 常德, 湖北). */
function namesRegion(word: string): boolean {
  const {names, namesOf} = loadGazetteer()
  const match = longestAt(names, word, 0)
  return match !== undefined && match.end === word.length && namesOf(match).some(({division}) => division.level <= 2)
}

// Characters of brand a trade taken off a name's end leaves at least (香满园, 华信).
const minBrand = 2

/**
 * The trade in 业 a company's brand ends with before a suffix of companies that is no legal form (鸿远|物业 分公司,
 * 大成|竹业 公司), after two characters of brand: it stays visible, as a registered company's trade does. 0 where
 * there is none.
 */
export function tradeLength(text: string, rule: SuffixRule, start: number, nameEnd: number): number {
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
 * A name `bounded` by a mark, a verb or a function word before it (asked last: it may take jieba) was read over
 * nothing either, and a common word
 * that is no frequent word of prose opens its brand (针对|清源/n 污水处理 有限公司).
 * A province's or a city's name jieba tags as no place (合肥/n 星辰 新材料科技 有限公司, 常德 德旺 文旅投资 有限公司) is the
 * place a registered name opens with as well.
 * Nor is the trade left visible where it holds a name of three characters or more (树年|销售协梵品电子商务:
 * 协梵品/x, which a second redaction would mask): trades jieba does not know are short (竹业, 米业).
 */
export function brandEnd(words: readonly Token[], start: number, nameEnd: number, afterPlace: boolean, bounded: () => boolean = () => false): number {
  let end = start
  let brand: Token[] = []
  // Where the brand may open after a place the name holds: nothing was read over there
  let placeEnd = -1
  for (const word of words) {
    if (word.end <= start || word.start >= nameEnd) continue
    if ((word.tag === 'ns' || namesRegion(word.word)) && !(afterPlace && word.word.length === 1)) {
      brand = []
      end = Math.min(word.end, nameEnd)
      placeEnd = end
      continue
    }
    if (brand.reduce((length, part) => length + part.word.length, 0) >= 2 && word.word.length > 1) break
    brand.push(word)
    end = Math.min(word.end, nameEnd)
  }
  // A common word opens the brand only before a trade of common words (竹海 云庐/x 康养项目 is one name)
  const commonTrade = () => words.every((word) => word.end <= end || word.start >= nameEnd || !isProperWord(word))
  const opens = (brand[0]?.start === start && (afterPlace || (!isFrequentWord(brand[0].word) && commonTrade() && bounded()))) || brand[0]?.start === placeEnd
  if (brand[0] === undefined || !(isProperWord(brand[0]) || opens)) return nameEnd
  const namesInTrade = (word: Token) => word.start >= end && word.end <= nameEnd && word.word.length >= 3 && isProperWord(word) && !isGenericWord(word.word)
  return words.some(namesInTrade) ? nameEnd : end
}

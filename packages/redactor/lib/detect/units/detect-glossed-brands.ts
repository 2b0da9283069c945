// A brand in Han characters glossed in Latin letters in brackets right after it (凯士达（KSD）汽车零部件, 鸿拓精密
// （HTP）, 博纳斯（Bonas）医疗器械): rule `glossed-brand`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isFrequentWord, isUsualWord} from '../../jieba-dictionary.js'
import {overlapsAny} from '../../overlaps.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentBefore, type Token} from '../../segment.js'
import {han} from './character-classes.js'
import {isTradeText} from './kept-parts.js'
import {isLetteredName} from './lettered-brands.js'
import {openerTags} from './predicate-tags.js'
import {isSkipped} from './skipped-spans.js'

// A gloss in brackets: Latin words (KSD, Bonas, Starbright Capital), at most a few of them. Full-width brackets or
// ASCII ones, which text taken out of a PDF often has (凯士达(KSD)汽车零部件).
const gloss = /[（(]([A-Za-z][A-Za-z0-9&.'\- ]{0,30})[）)]/gu
// How many Han characters a brand holds, and how far before the bracket its words and its trade are read.
const minBrand = 2
const maxBrand = 4
const window = 12
// How far after the bracket the trade the gloss stands before is looked for (汽车零部件, 医疗器械有限公司).
const maxTradeAfter = 6
// jieba's tags of the words a foreign brand is made of: words it does not know (凯士达/x, 鸿拓/x), names (凯德/nrt),
// and the lone characters of a transliteration (博/nr 纳/nr 斯/nr, 美/ns). Not nt: the bodies jieba knows by name
// are international or national (世界卫生组织/nt（WHO）, 联合国/nt).
const brandTags = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz'])
const nounTag = 'n'
const lineBreak = '\n'

/**
 * Brands named twice, in Han characters and in the Latin letters of their own name in brackets right after (凯士达
 * （KSD）汽车零部件, 博纳斯（Bonas）医疗器械, 鸿拓精密（HTP）昆山分公司): a foreign or joint venture's name as
 * investment reports give it. Both are masked, each whole. The Han brand is two to four characters of words jieba
 * does not know or reads as names, or of lone characters, a line break between them allowed (凯德⏎美（KDM）); a
 * trade stands between it and the bracket (精密) or right after the bracket (医疗器械, 汽车零部件), which tells a
 * company from a term and its acronym (人工智能（AI）产业, 国内生产总值（GDP）: words jieba knows, and AI a trade's
 * acronym). The gloss is no trade's acronym, placeholder nor pseudonym (see `isLetteredBrand`).
 */
export function detectGlossedBrands(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const match of text.matchAll(gloss)) {
    const letters = (match[1] ?? '').trim()
    const glossStart = match.index + 1 + (match[1] ?? '').indexOf(letters)
    // No pseudonym check (see `isLetteredBrand`): a brand in Han stands before the bracket, which a pseudonym never
    // does, and two capitals twice is as often a company's own letters (巴斯夫（BASF）)
    if (!isLetteredName(letters)) continue
    const brand = brandBefore(text, match.index, match.index + match[0].length)
    if (!brand) continue
    const glossEnd = glossStart + letters.length
    if (overlapsAny(units, brand.start, brand.end) || overlapsAny(units, glossStart, glossEnd)) continue
    if (isSkipped(context, brand.start, brand.end) || isSkipped(context, glossStart, glossEnd)) continue
    const reason = `brand glossed in letters as \`${letters}\``
    found.push(
      {type: 'ORG', start: brand.start, end: brand.end, suffixLength: 0, detector: 'units', rule: 'glossed-brand', confidence: 0.7, reason},
      {type: 'ORG', start: glossStart, end: glossEnd, suffixLength: 0, detector: 'units', rule: 'glossed-brand', confidence: 0.7, reason: 'the letters a Han brand is glossed with'}
    )
  }
  return found
}

/**
 * The Han brand that ends before the trade before `open`, the bracket of its gloss, which closes at `close`; undefined
 * where the words before are no brand, or no trade stands before the bracket or after it.
 */
function brandBefore(text: string, open: number, close: number): {start: number; end: number} | undefined {
  const words = wordsBefore(text, open)
  let index = words.length - 1
  let tradeStart = open
  while (index >= 0 && isTradeText(words[index]?.word ?? '') && words[index]?.end === tradeStart) tradeStart = (words[index--] as Token).start
  const tradeBefore = tradeStart < open
  if (!tradeBefore && !(tradeAfter(text, close) && namesCompanies(text, open, close))) return undefined
  let start = tradeStart
  let chars = 0
  for (; index >= 0; index--) {
    const word = words[index] as Token
    if (word.end !== start) break
    if (word.word === lineBreak && han.test(text.charAt(word.start - 1)) && chars > 0) {
      start = word.start
      continue
    }
    if (!isBrandWord(word)) break
    chars += word.word.length
    start = word.start
  }
  if (text.charAt(start) === lineBreak) start++
  const brand = text.slice(start, tradeStart).replace(lineBreak, '')
  // A brand longer than four characters is one read into the words before it, which says it is no brand
  const before = words[index]
  if (chars < minBrand || chars > maxBrand || (before !== undefined && before.end === start && isBrandWord(before))) return undefined
  if (isFrequentWord(brand)) return undefined
  return {start, end: tradeStart}
}

/**
 * jieba's words before `end` on its line, and where a line break cuts a word of Han characters (凯德⏎美, a PDF's line
 * wrapped inside the brand), the break and the words before it on the line above: jieba reads each line on its own.
 */
function wordsBefore(text: string, end: number): Token[] {
  const words = segmentBefore(text, end, window)
  const lineStart = words[0]?.start ?? end
  if (text.charAt(lineStart - 1) !== lineBreak || !han.test(text.charAt(lineStart - 2))) return words
  return [...segmentBefore(text, lineStart - 1, window), {word: lineBreak, tag: wrappedTag, start: lineStart - 1, end: lineStart}, ...words]
}

// The tag a character jieba could not join carries (x), given the line break between two lines' words.
const wrappedTag = 'x'

/**
 * Whether `word` may be a word of a foreign brand: Han, unknown to jieba, read as a name or a seldom noun, or a lone character
 * (jieba tags those of a name it does not know as anything: 达/v of 凯士/x 达/v) that is no function word.
 */
function isBrandWord(word: Token): boolean {
  if (!han.test(word.word)) return false
  if (word.word.length === 1) return !openerTags.has(word.tag) && !functionCharTags.has(word.tag)
  // A noun of two characters jieba counts seldom: a foreign company it knows by name (住友/n)
  return brandTags.has(word.tag) || (word.tag === nounTag && word.word.length === minBrand && !isUsualWord(word.word))
}

// jieba's tags of lone characters that open or join rather than name: prepositions, pronouns and particles (与, 在, 其, 的).
const functionCharTags = new Set(['p', 'r', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o', 'f', 't'])

/**
 * Whether a trade opens the text right after the gloss's closing bracket at `close` (医疗器械, 汽车|零部件, and 汽车|部件,
 * which jieba joins into one word it does not know as a trade): read by characters, not by jieba's words.
 */
function tradeAfter(text: string, close: number): boolean {
  for (let end = close + minTrade; end <= Math.min(text.length, close + maxTradeAfter); end++) if (isTradeText(text.slice(close, end))) return true
  return false
}

// How many characters a trade holds at least (汽车, 服务).
const minTrade = 2

let companyCues: readonly string[] | undefined

/**
 * Whether the sentence around the gloss, the bracket opening at `open` and closing at `close`, says it names companies
 * (data/unit-glossed-brand-cues.txt: 外资, 引进, 有限公司), read no further than `cueReach` either side: a trade after
 * the bracket alone opens a term's English as often (云计算（Cloud）服务, 芯粒（Chiplet）技术).
 */
function namesCompanies(text: string, open: number, close: number): boolean {
  companyCues ??= readLexicon('unit-glossed-brand-cues.txt')
  let start = open
  while (start > 0 && open - start < cueReach && !sentenceEnd.test(text.charAt(start - 1))) start--
  let end = close
  while (end < text.length && end - close < cueReach && !sentenceEnd.test(text.charAt(end))) end++
  const sentence = text.slice(start, open) + text.slice(close, end)
  return companyCues.some((cue) => sentence.includes(cue))
}

// How far either side of a gloss its sentence is read for a word that says it names companies, and what ends it.
const cueReach = 30
const sentenceEnd = /[。；！？]/u

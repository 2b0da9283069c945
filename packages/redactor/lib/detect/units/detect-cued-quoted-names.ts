// A company or organisation named in quotes right after a word that says one is named (在孵企业“极光智能”, 引入社会组织
// “益邻”): rule `cued-quoted-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {overlapsAny} from '../../overlaps.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {closingQuote, firstQuoteWithin, han, openingQuote, sloganNumeral} from './character-classes.js'
import {isTradeText, longestEndingLength} from './kept-parts.js'
import {maxQuotedName} from './kinds-after-quotes.js'
import {namesOnItsWords} from './detect-quoted-names.js'
import {predicateTags, verbTags} from './predicate-tags.js'
import {opensWithCount} from './quantities.js'
import {isSkipped} from './skipped-spans.js'
import {describesUnit} from './unit-descriptions.js'

// How many characters of brand a label keeps before the trade it ends with (极光|智能, 智耘|农业科技).
const minBrand = 2

let cues: readonly string[] | undefined

/**
 * The quoted label right after a word of data/unit-quoted-name-cues.txt (在孵企业, 社会组织, 平台商户), which says a
 * company or an organisation is named there, whatever the label's words: its brand is masked, the trade it ends with
 * stays visible (“*智能”, “*农业科技”). Not a label of trades alone, a generic word, a description of units (“爱心”)
 * nor one that opens with a count or a numeral (“三社联动”, “五社联动”: a programme's), and not before a noun, which the label
 * describes (“专业孵化”服务, “三方联动”机制), nor a slogan before a mark (“出海”，, “小升规”、): see `endsName`.
 */
export function detectCuedQuotedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  cues ??= readLexicon('unit-quoted-name-cues.txt')
  const found: Detection[] = []
  for (let open = text.indexOf(openingQuote); open !== -1; open = text.indexOf(openingQuote, open + 1)) {
    const cue = cues.find((word) => text.endsWith(word, open))
    if (cue === undefined) continue
    const start = open + 1
    const end = firstQuoteWithin(text, closingQuote, start, start + maxQuotedName)
    if (end === -1 || end - start < minBrand) continue
    const label = text.slice(start, end)
    if (!han.test(label) || isGenericWord(label) || isTradeText(label) || describesUnit(label) || opensWithCount(label) || sloganNumeral.test(label) || sloganPrefix.test(label)) continue
    if (!endsName(text, start, end) || isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
    found.push({
      type: 'ORG',
      start,
      end,
      // The trades the label ends with stay visible, two characters of brand left at least (极光|智能)
      suffixLength: longestEndingLength(label, minBrand, minBrand, isTradeText),
      detector: 'units',
      rule: 'cued-quoted-name',
      confidence: 0.7,
      reason: `quoted name after \`${cue}\``
    })
  }
  return found
}

// What opens a slogan beside the numerals of sloganNumeral, after these words: none and a pair (“零成本”入驻,
// “双报到”).
const sloganPrefix = /^[零双]/u

// How far after the closing quote jieba reads the word that follows, and the ending of words for a person's role
// toward a unit (创始人, 负责人, 法定代表人).
const followingWindow = 4
const roleEnding = '人'

/**
 * Whether the label in `text[start, end)` is a name by what follows its closing quote: a predicate (由, 因, 在) or a
 * role (创始人) whatever its words; a mark, letters or 的 only where its words name (see `namesOnItsWords`: “益邻”，,
 * “绿源环保”的) and are not all common words (`commonWords`: “走出去”，, “桥梁”、), since after those a slogan stands
 * as often (帮助入驻企业“出海”，, 整治社会组织“乱评比”、). Never before 、: a list of quoted labels after the cue is a
 * list of slogans (“小升规”、“规升股”, “刷单”、“炒信”).
 */
function endsName(text: string, start: number, end: number): boolean {
  const at = end + 1
  const following = text.charAt(at)
  if (following === enumerationMark) return false
  if (!han.test(following) || following === possessive) return namesOnItsWords(text, start, end) && !commonWords(text, start, end)
  const [next] = segment(text, at, Math.min(text.length, at + followingWindow))
  return next !== undefined && (predicateTags.has(next.tag) || (next.word.length > 1 && next.word.endsWith(roleEnding)))
}

const enumerationMark = '、'
const possessive = '的'

/** Whether jieba reads every word of the quoted label as a verb, a common noun, an idiom or a set phrase (走/出去, 桥梁, 拎包/入住). */
function commonWords(text: string, start: number, end: number): boolean {
  // Read with its quotes, as in the sentence (see `namesOnItsWords`)
  return segment(text, start - 1, end + 1)
    .filter((word) => word.start >= start && word.end <= end)
    .every((word) => verbTags.has(word.tag) || commonTags.has(word.tag))
}

// jieba's tags of common nouns, idioms and set phrases (桥梁/n, 拎包/n, 领头雁/n).
const commonTags = new Set(['n', 'i', 'l'])

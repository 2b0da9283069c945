// A company or organisation named in quotes right after a word that says one is named (在孵企业“极光智能”, 引入社会组织
// “益邻”): rule `cued-quoted-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {overlapsAny} from '../../overlaps.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {closingQuote, firstQuoteWithin, han, openingQuote} from './character-classes.js'
import {isTradeText} from './kept-parts.js'
import {maxQuotedName} from './kinds-after-quotes.js'
import {sloganNumeral} from './detect-quoted-names.js'
import {predicateTags} from './predicate-tags.js'
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
 * describes (“专业孵化”服务, “三方联动”机制): see `endsName`.
 */
export function detectCuedQuotedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  cues ??= readLexicon('unit-quoted-name-cues.txt')
  const found: Detection[] = []
  for (let open = text.indexOf(openingQuote); open !== -1; open = text.indexOf(openingQuote, open + 1)) {
    if (!cues.some((cue) => text.endsWith(cue, open))) continue
    const start = open + 1
    const end = firstQuoteWithin(text, closingQuote, start, start + maxQuotedName)
    if (end === -1 || end - start < minBrand) continue
    const label = text.slice(start, end)
    if (!han.test(label) || isGenericWord(label) || isTradeText(label) || describesUnit(label) || opensWithCount(label) || sloganNumeral.test(label)) continue
    if (!endsName(text, end + 1) || isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
    found.push({
      type: 'ORG',
      start,
      end,
      suffixLength: tradeLength(label),
      detector: 'units',
      rule: 'cued-quoted-name',
      confidence: 0.7,
      reason: `quoted name after \`${cues.find((cue) => text.endsWith(cue, open)) ?? ''}\``
    })
  }
  return found
}

/** How many characters of trades a label ends with, longest first, leaving two of brand at least (极光|智能); 0 where none. */
function tradeLength(label: string): number {
  for (let length = label.length - minBrand; length >= minBrand; length--) if (isTradeText(label.slice(label.length - length))) return length
  return 0
}

// How far after the closing quote jieba reads the word that follows, and the ending of words for a person's role
// toward a unit (创始人, 负责人, 法定代表人).
const followingWindow = 4
const roleEnding = '人'

/** Whether the label's closing quote, before `at`, ends a name: a mark, letters, a predicate (由, 因, 在) or a role (创始人) follows. */
function endsName(text: string, at: number): boolean {
  if (!han.test(text.charAt(at))) return true
  const [next] = segment(text, at, Math.min(text.length, at + followingWindow))
  return next !== undefined && (predicateTags.has(next.tag) || (next.word.length > 1 && next.word.endsWith(roleEnding)))
}

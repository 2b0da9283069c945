// A quoted name right after the word for what it names, a shop, a stall or an account (网店“楚味优选”, 抖音账号
// “橙妹妹”, 取名“格桑花开”): rule `quoted-name-after-cue`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {overlapsAny} from '../../overlaps.js'
import {readLexicon} from '../../read-lexicon.js'
import {closingQuote, openingQuote} from './character-classes.js'
import {maxQuotedName} from './kinds-after-quotes.js'
import {opensWithCount} from './quantities.js'
import {isSkipped} from './skipped-spans.js'
import {describesUnit} from './unit-descriptions.js'

let cues: readonly string[] | undefined

/**
 * Quoted names right after a word that says the quotes hold the name of a shop, a stall or an account
 * (data/unit-name-cues.txt: 网店, 摊位, 抖音账号, 博主, 取名), whatever their words, as 牌 after quotes says it of a
 * brand: the word before names what the quotes name. Not a count (“三个一”), a generic word or a word that
 * describes units (“爱心”), which label a programme however they are introduced. The whole name is masked.
 */
export function detectQuotedNamesAfterCues(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  cues ??= readLexicon('unit-name-cues.txt')
  const found: Detection[] = []
  for (let open = text.indexOf(openingQuote); open !== -1; open = text.indexOf(openingQuote, open + 1)) {
    const cue = cues.find((word) => text.endsWith(word, open))
    if (cue === undefined) continue
    const start = open + 1
    const close = text.indexOf(closingQuote, start)
    const name = text.slice(start, close)
    if (close === -1 || name.length < minName || name.length > maxQuotedName || clauseMark.test(name)) continue
    if (isGenericWord(name) || describesUnit(name) || opensWithCount(name) || isSkipped(context, start, close) || overlapsAny(units, start, close)) continue
    found.push({
      type: 'ORG',
      start,
      end: close,
      suffixLength: 0,
      detector: 'units',
      rule: 'quoted-name-after-cue',
      confidence: 0.7,
      reason: `quoted name after \`${cue}\``
    })
  }
  return found
}

// How long a quoted name is at least, and the marks no name holds (a quoted sentence: “一起来！”).
const minName = 2
const clauseMark = /[，。；：！？、\n]/u

// Companies a list names by brand and trade in 业 (长青鹿业、鹿鸣药业等龙头企业): rule `listed-trade-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isGenericWord, tradeEnding} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'
import {opensPredicate} from './predicate-tags.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'
import {hasStopWord} from './stop-words.js'
import {listedBeforeStart, listFollows, listMark} from './unit-lists.js'

// jieba's tags of characters it glued without knowing them.
const gluedTags = new Set(['x', 'nz'])

/**
 * Companies a list names by brand and trade (支持长青鹿业、鹿鸣药业等龙头企业): an item of a list of businesses, or
 * next to a unit, that ends with a trade of two characters in 业 (鹿业, 药业, 竹业) is a
 * company whose brand is the words before it, read back as other listed units are; the trade stays visible.
 * Sectors have no brand before them (农业、林业等企业), and jieba only where the list says business.
 */
export function detectListedTrades(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let at = text.indexOf(tradeEnding); at !== -1; at = text.indexOf(tradeEnding, at + 1)) {
    const tradeStart = at - 1
    const end = at + 1
    // Only an item before 、 or 等 is listed (see listedBeforeStart), which most 业 are not, or one after an item
    // of the same trade
    if (tradeStart < 2 || !han.test(text.charAt(tradeStart)) || overlapsAny(units, tradeStart, end)) continue
    const start = listFollows(text, end) ? listedBeforeStart(text, tradeStart, end, units) : startAfterSameTrade(text, tradeStart, [units, found])
    if (start === -1) continue
    if (tradeStart - start < 2 || overlapsAny(units, start, end) || isSkipped(context, start, end)) continue
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

// How long a brand listed after another of the same trade may be (鑫安物业、融锦物业…).
const maxListedBrand = 4

/**
 * Where the brand of a company starts that a list names right after a company of the same trade (鑫安物业、融锦
 * 物业锦绣华庭项目部: the second item goes on past its trade, so no list mark follows it): after the 、 that
 * ends the item before, which a unit found (in `found`: the units of the rules before, and this rule's) ends with
 * the same trade; -1 where there is none.
 */
function startAfterSameTrade(text: string, tradeStart: number, found: readonly (readonly Detection[])[]): number {
  const trade = text.slice(tradeStart, tradeStart + tradeEnding.length + 1)
  for (let start = tradeStart - 2; start >= Math.max(1, tradeStart - maxListedBrand); start--) {
    const mark = start - 1
    if (!han.test(text.charAt(start))) return -1
    if (text.charAt(mark) !== listMark) continue
    return text.endsWith(trade, mark) && found.some((units) => units.some((unit) => unit.end === mark)) ? start : -1
  }
  return -1
}

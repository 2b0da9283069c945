// Companies a list names by brand and trade in 业 (长青鹿业、鹿鸣药业等龙头企业): rule `listed-trade-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isGenericWord, tradeEnding} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'
import {opensPredicate} from './predicate-tags.js'
import {isSkipped, overlapsAny} from './skipped-spans.js'
import {hasStopWord} from './stop-words.js'
import {listedBeforeStart, listFollows} from './unit-lists.js'

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

// The community or street at the head of a unit name read back from its suffix (甘沟路社区|康馨苑小区).
import type {Detection} from '../../detection.js'
import {genericPrefixLength, suffixRuleLength} from '../../gazetteer/find-suffixed-names.js'
import type {Token} from '../../segment.js'

/**
 * The community or street a unit's name read back holds at its head (甘沟路社区|康馨苑小区, 车站社区|聚鑫源超市),
 * as a place: the unit is in it, and the unit's own name starts after it. Left in the unit, the community would
 * be masked twice over, by the places detector as a place at the unit's start, which then keeps everything after
 * its proper part visible (*社区康馨苑小区). A head is a word of jieba's that ends with a place suffix of two
 * characters or more (社区, 街道, 居委会, not 村: a stop character), after a name that is not generic and before
 * two characters of the unit's own.
 */
export function communityAt(text: string, words: readonly Token[], start: number, nameEnd: number): Detection | undefined {
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

// The reading back from each unit suffix that the rules after the first share, each with its own judge.
import type {Detection, DetectionContext} from '../../detection.js'
import {type SuffixRule, unitSuffixesIn} from '../../gazetteer/find-suffixed-names.js'
import type {TrieMatch} from '../../gazetteer/trie.js'
import {segment} from '../../segment.js'
import {brandEnd, keptLength} from './kept-parts.js'
import {isCounted} from './quantities.js'
import {overlapsAny} from '../../overlaps.js'

/** What a name read back from a unit suffix to `start` is: a unit's name, too short yet, or none however long. */
export type NameVerdict = 'name' | 'longer' | 'none'

/**
 * Unit names read back from each unit suffix no other unit holds and no count follows: for each start from
 * two characters before the suffix back to `maxName`, `judge` takes the name, asks for a longer one, or stops.
 */
export function detectNamesBeforeSuffixes(
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

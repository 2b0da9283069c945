// The place a bank branch is named after (川石支行): rule `branch-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {hasStopChar, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {readLexicon} from '../../read-lexicon.js'
import {han} from './character-classes.js'
import {fullDivisionAt} from './full-divisions.js'
import {maxNameAfterPlace} from './name-lengths.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

let branchWords: {banks: string[]; branches: string[]} | undefined

/**
 * The place a bank branch is named after (川石 in 建瓯农村商业银行川石支行): two to four characters between a bank
 * and a branch word of data/bank-branches.txt, unless generic (各支行) or a division named in full, which the
 * places detector reads (江安县支行).
 */
export function detectBranchNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  if (!branchWords) {
    const lines = readLexicon('bank-branches.txt').map((line) => line.split('\t'))
    branchWords = {
      banks: lines.flatMap(([kind, word]) => (kind === 'bank' && word ? [word] : [])),
      branches: lines.flatMap(([kind, word]) => (kind === 'branch' && word ? [word] : []))
    }
  }
  const {banks, branches} = branchWords
  const found: Detection[] = []
  for (const branch of branches) {
    for (let at = text.indexOf(branch); at !== -1; at = text.indexOf(branch, at + 1)) {
      for (let start = at - 2; start >= at - maxNameAfterPlace && start > 0; start--) {
        if (!banks.some((bank) => text.endsWith(bank, start))) continue
        const name = text.slice(start, at)
        if (!han.test(name) || hasStopChar(name) || isGenericWord(name) || fullDivisionAt(text, start)) break
        if (isSkipped(context, start, at + branch.length) || overlapsAny(units, start, at)) break
        found.push({
          type: 'ORG',
          start,
          end: at + branch.length,
          suffixLength: branch.length,
          detector: 'units',
          rule: 'branch-name',
          confidence: 0.7,
          reason: `place a bank's \`${branch}\` is named after`
        })
        break
      }
    }
  }
  return found
}

import {EntityType} from '@gongwen/schema'
import {splitNames, type EvalReport, type SplitName, type SplitScore} from './evaluate.js'
import {alignColumns} from './align-columns.js'
import {formatFindings} from './format-findings.js'
import type {Rates} from './tally.js'

const columns = [
  ['P', 'precision'],
  ['R', 'recall'],
  ['Rm', 'mentionRecall'],
  ['leak', 'leakRate'],
  ['over', 'overMaskRate'],
  ['soft', 'softMasked']
] as const satisfies readonly (readonly [string, keyof Rates])[]

/**
 * The evaluation as a plain-text report: one table (split × type, every system side by side), then the
 * worst leaks, over-masked keep strings and masks the gold does not ask for of the first system. `items` names
 * what was scored: the corpus's documents, or the sentences of the sentence bank.
 */
export function formatEvalReport(report: EvalReport, items: 'documents' | 'sentences' = 'documents'): string {
  const lines: string[] = []
  const first = report.systems[0]
  if (!first) return 'No system was evaluated.\n'
  const counts = splitNames
    .filter((split) => first.splits[split].documents > 0)
    .map((split) => `${split} ${first.splits[split].documents}`)
    .join(', ')
  lines.push(`${items === 'documents' ? 'Documents' : 'Sentences'}: ${counts}. Rates are shares of characters except Rm (mentions) and over (keep mentions).`)
  lines.push(
    'must: characters that must be masked · P precision · R recall · Rm mention recall · leak: must-mask characters visible · over: keep mentions masked · soft: share of soft masked',
    ''
  )

  const header = ['split', 'type', 'must', ...report.systems.map((system) => `| ${system.system}`)]
  const rows: string[][] = []
  rows.push(['', '', '', ...report.systems.map(() => `| ${columns.map(([label]) => label.padStart(6)).join(' ')}`)])
  for (const split of splitNames) {
    if (first.splits[split].documents === 0) continue
    for (const type of ['ALL', ...EntityType.options] as const) {
      const scoreOf = (splits: Record<SplitName, SplitScore>) =>
        type === 'ALL' ? splits[split].overall : splits[split].byType[type]
      const ours = scoreOf(first.splits)
      if (type !== 'ALL' && ours.tally.mustChars === 0 && ours.tally.maskedChars === 0 && ours.tally.softChars === 0) continue
      rows.push([
        split,
        type,
        String(ours.tally.mustChars),
        ...report.systems.map((system) => `| ${columns.map(([, key]) => percent(scoreOf(system.splits).rates[key])).join(' ')}`)
      ])
    }
  }
  lines.push(...alignColumns([header, ...rows]), '')

  lines.push(...formatFindings(`Worst leaks of ${first.system} (seed and tune only)`, first.leaks))
  lines.push(...formatFindings(`Worst over-masks of ${first.system}: keep strings masked (seed and tune only)`, first.overMasks))
  lines.push(...formatFindings(`Masks of ${first.system} the gold does not ask for (seed and tune only)`, first.unlisted))
  const holdout = first.splits.holdout
  if (holdout.documents > 0) {
    const {mentions, coveredMentions, overMasks, maskedChars, correctChars} = holdout.overall.tally
    lines.push(
      `Holdout (${holdout.documents} ${items}, contents withheld so nobody tunes on them): ${mentions - coveredMentions} leaked mentions, ` +
        `${overMasks} over-masked keep mentions, ${maskedChars - correctChars} characters masked that the gold does not ask for.`,
      ''
    )
  }
  for (const system of report.systems) {
    for (const failure of system.failures) lines.push(`${system.system} failed on ${failure.doc}: ${failure.reason}`)
  }
  return `${lines.join('\n')}\n`
}

function percent(value: number | null): string {
  return (value === null ? '—' : `${(value * 100).toFixed(1)}%`).padStart(6)
}

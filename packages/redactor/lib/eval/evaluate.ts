import {EntityType, type GoldAnnotation, type RedactionSpan} from '@gongwen/schema'
import {rankFindings, type RankedFinding} from './rank-findings.js'
import {scoreDocument, type DocumentScore} from './score-document.js'
import {addTally, emptyTally, tallyRates, type Rates, type Tally} from './tally.js'

/** A corpus document with its gold annotation. */
export interface EvalDocument {
  name: string
  text: string
  gold: GoldAnnotation
}

/** A redaction to evaluate: ours (`redact`) or the naive baseline. */
export interface EvalSystem {
  name: string
  redact: (text: string) => {readonly spans: readonly RedactionSpan[]}
}

export type SplitName = GoldAnnotation['split'] | 'all'
export const splitNames = ['seed', 'tune', 'holdout', 'all'] as const satisfies readonly SplitName[]

export interface Score {
  tally: Tally
  rates: Rates
}

export interface SplitScore {
  documents: number
  keepMentions: number
  overall: Score
  byType: Record<EntityType, Score>
}

export interface SystemScore {
  system: string
  splits: Record<SplitName, SplitScore>
  /** Worst findings first; holdout documents are left out so nobody tunes on them. */
  leaks: RankedFinding[]
  overMasks: RankedFinding[]
  unlisted: RankedFinding[]
  /** Documents the system threw on (scored as if it had masked nothing). */
  failures: {doc: string; reason: string}[]
}

export interface EvalReport {
  systems: SystemScore[]
}

export interface Options {
  /** How many findings of each kind to keep (default 20). */
  limit?: number
}

/** Runs every system on every document and scores it against the gold, by split and type. */
export function evaluate(
  documents: readonly EvalDocument[],
  systems: readonly EvalSystem[],
  options?: Readonly<Options> | null
): EvalReport {
  const limit = options?.limit ?? 20
  return {
    systems: systems.map((system) => {
      const failures: SystemScore['failures'] = []
      const scores = documents.map((document) => {
        let spans: readonly RedactionSpan[] = []
        try {
          spans = system.redact(document.text).spans
        } catch (error) {
          failures.push({doc: document.name, reason: error instanceof Error ? error.message : String(error)})
        }
        return scoreDocument(document.text, document.gold, spans)
      })
      const visible = scores.filter((score) => score.split !== 'holdout')
      return {
        system: system.name,
        splits: Object.fromEntries(
          splitNames.map((split) => [split, scoreSplit(scores.filter((score) => split === 'all' || score.split === split))])
        ) as Record<SplitName, SplitScore>,
        leaks: rankFindings(visible.flatMap((score) => score.leaks), limit),
        overMasks: rankFindings(visible.flatMap((score) => score.overMasks), limit),
        unlisted: rankFindings(visible.flatMap((score) => score.unlisted), limit),
        failures
      }
    })
  }
}

function scoreSplit(scores: readonly DocumentScore[]): SplitScore {
  const keepMentions = scores.reduce((sum, score) => sum + score.keepMentions, 0)
  const overall = emptyTally()
  const byType = Object.fromEntries(
    EntityType.options.map((type) => {
      const tally = emptyTally()
      for (const score of scores) addTally(tally, score.byType[type])
      addTally(overall, tally)
      return [type, {tally, rates: tallyRates(tally, keepMentions)}]
    })
  ) as Record<EntityType, Score>
  return {documents: scores.length, keepMentions, overall: {tally: overall, rates: tallyRates(overall, keepMentions)}, byType}
}

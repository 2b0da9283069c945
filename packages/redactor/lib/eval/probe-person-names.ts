import type {RedactionSpan} from '@gongwen/schema'
import {readLexicon} from '../read-lexicon.js'
import {probeSentence, seededDraw, totalOf, type SentenceTotals} from './probe-sentences.js'

export interface PersonProbeResult extends SentenceTotals {
  names: number
}

interface PersonProbeData {
  surnames: string[]
  given: string[]
  sentences: string[]
}

function readProbeData(): PersonProbeData {
  const data: PersonProbeData = {surnames: [], given: [], sentences: []}
  for (const line of readLexicon('eval-probe-names.txt')) {
    const [kind, value = ''] = line.split('\t')
    if (kind === 'surnames') data.surnames.push(...value)
    else if (kind === 'given') data.given.push(...value)
    else if (kind === 'sentence') data.sentences.push(value)
  }
  return data
}

/**
 * `count` distinct names of a common surname and one or two common given-name characters (two in three have
 * two), from data/eval-probe-names.txt, drawn by a fixed pseudo-random sequence so every run probes the same.
 */
export function probeNames(count: number): string[] {
  const {surnames, given} = readProbeData()
  const next = seededDraw(20_261_123)
  const names = new Set<string>()
  const limit = surnames.length * given.length * (given.length + 1)
  while (names.size < Math.min(count, limit)) {
    const givenName = next(3) === 0 ? (given[next(given.length)] ?? '') : (given[next(given.length)] ?? '') + (given[next(given.length)] ?? '')
    names.add((surnames[next(surnames.length)] ?? '') + givenName)
  }
  return [...names]
}

/**
 * Puts the names into every sentence of data/eval-probe-names.txt, twenty lines to a document, and counts the
 * name slots the redactor masked whole: every character of the name inside a span. ANNOTATION.md asks for
 * all of them (people who are not national public figures, next to a title, in a list, a caption, a byline).
 */
export function probePersonNames(redact: (text: string) => {spans: RedactionSpan[]}, names: readonly string[]): PersonProbeResult {
  const fillers = names.map((name) => ({text: name, maskStart: 0, maskEnd: name.length}))
  const results = readProbeData().sentences.map((sentence) => probeSentence(redact, sentence, '{}', fillers))
  return {names: names.length, ...totalOf(results)}
}

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
  /** Sentences whose first slot takes the name and every later one its surname alone (…胡娜娜…。胡书记说). */
  surnameSentences: string[]
}

function readProbeData(): PersonProbeData {
  const data: PersonProbeData = {surnames: [], given: [], sentences: [], surnameSentences: []}
  for (const line of readLexicon('eval-probe-names.txt')) {
    // Only the first tab ends the kind: a sentence may hold tabs of its own (a table row).
    const tab = line.indexOf('\t')
    const kind = line.slice(0, tab)
    const value = line.slice(tab + 1)
    if (kind === 'surnames') data.surnames.push(...value)
    else if (kind === 'given') data.given.push(...value)
    else if (kind === 'sentence') data.sentences.push(value)
    else if (kind === 'surname-sentence') data.surnameSentences.push(value)
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
 * all of them (people who are not national public figures, next to a title, in a list, a caption, a byline),
 * and for the surname of one named before when it stands alone before a title (胡书记): in a surname sentence
 * the slots after the first take the name's surname (the names' surnames are single characters).
 */
export function probePersonNames(redact: (text: string) => {spans: RedactionSpan[]}, names: readonly string[]): PersonProbeResult {
  const {sentences, surnameSentences} = readProbeData()
  const fillers = names.map((name) => ({text: name, maskStart: 0, maskEnd: name.length}))
  const results = sentences.map((sentence) => probeSentence(redact, sentence, '{}', fillers))
  for (const sentence of surnameSentences) {
    const surnameSlots = sentence.split('{}').length - 2
    const withSurnames = fillers.flatMap((filler) => [filler, ...Array.from({length: surnameSlots}, () => ({text: filler.text.charAt(0), maskStart: 0, maskEnd: 1}))])
    results.push(probeSentence(redact, sentence, '{}', withSurnames))
  }
  return {names: names.length, ...totalOf(results)}
}

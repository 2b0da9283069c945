import type {RedactionSpan} from '@gongwen/schema'
import {readLexicon} from '../read-lexicon.js'
import {isMaskedWhole, maskedCharacters, seededDraw, totalOf, type SentenceResult, type SentenceTotals} from './probe-sentences.js'

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

// Lines per probe document: a report's worth, each line with other names.
const linesPerDocument = 20

/**
 * Puts the names into every sentence of data/eval-probe-names.txt, twenty lines to a document, and counts the
 * name slots the redactor masked whole: every character of the name inside a span. ANNOTATION.md asks for
 * all of them (people who are not national public figures, next to a title, in a list, a caption, a byline).
 */
export function probePersonNames(redact: (text: string) => {spans: RedactionSpan[]}, names: readonly string[]): PersonProbeResult {
  const results: SentenceResult[] = []
  for (const sentence of readProbeData().sentences) {
    const slots = sentence.split('{}').length - 1
    const result: SentenceResult = {sentence, mentions: 0, masked: 0, missed: []}
    let next = 0
    while (next + slots <= names.length) {
      const lines: string[] = []
      const mentions: {name: string; start: number}[] = []
      let offset = 0
      while (lines.length < linesPerDocument && next + slots <= names.length) {
        const parts = sentence.split('{}')
        let line = parts[0] ?? ''
        for (let slot = 1; slot < parts.length; slot++) {
          const name = names[next++] ?? ''
          mentions.push({name, start: offset + line.length})
          line += name + (parts[slot] ?? '')
        }
        lines.push(line)
        offset += line.length + 1
      }
      const covered = maskedCharacters(redact(lines.join('\n')).spans, offset)
      for (const {name, start} of mentions) {
        result.mentions++
        if (isMaskedWhole(covered, start, start + name.length)) result.masked++
        else if (result.missed.length < 5) result.missed.push(name)
      }
    }
    results.push(result)
  }
  return {names: names.length, ...totalOf(results)}
}

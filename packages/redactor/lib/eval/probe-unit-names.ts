import type {RedactionSpan} from '@gongwen/schema'
import {readLexicon} from '../read-lexicon.js'
import {isMaskedWhole, maskedCharacters, seededDraw, totalOf, type SentenceResult, type SentenceTotals} from './probe-sentences.js'

/** A generated unit name: the whole name, and how long its proper part (the brand) is. */
export interface ProbeUnit {
  name: string
  brandLength: number
}

export interface UnitProbeResult extends SentenceTotals {
  units: number
}

interface UnitProbeData {
  brandChars: string[]
  trades: string[]
  suffixes: {word: string; takesTrade: boolean}[]
  sentences: string[]
}

function readProbeData(): UnitProbeData {
  const data: UnitProbeData = {brandChars: [], trades: [], suffixes: [], sentences: []}
  for (const line of readLexicon('eval-probe-units.txt')) {
    const [kind, value = '', option] = line.split('\t')
    if (kind === 'brand') data.brandChars.push(...value)
    else if (kind === 'trade') data.trades.push(value)
    else if (kind === 'suffix') data.suffixes.push({word: value, takesTrade: option === 'trade'})
    else if (kind === 'sentence') data.sentences.push(value)
  }
  return data
}

/**
 * `count` distinct unit names of data/eval-probe-units.txt: a brand of two characters, a trade before the
 * suffixes that take one (every other name), and a suffix, drawn by a fixed pseudo-random sequence.
 */
export function probeUnits(count: number): ProbeUnit[] {
  const {brandChars, trades, suffixes} = readProbeData()
  const next = seededDraw(20_261_124)
  const units = new Map<string, ProbeUnit>()
  for (let attempt = 0; units.size < count && attempt < count * 20; attempt++) {
    const brand = (brandChars[next(brandChars.length)] ?? '') + (brandChars[next(brandChars.length)] ?? '')
    const suffix = suffixes[next(suffixes.length)]
    if (!suffix || brand.charAt(0) === brand.charAt(1)) continue
    const trade = suffix.takesTrade && next(2) === 0 ? (trades[next(trades.length)] ?? '') : ''
    const name = brand + trade + suffix.word
    units.set(name, {name, brandLength: brand.length})
  }
  return [...units.values()]
}

// Lines per probe document: a report's worth, each line with another unit.
const linesPerDocument = 20

/**
 * Puts the units into every sentence of data/eval-probe-units.txt, twenty lines to a document, and counts the
 * units whose brand the redactor masked whole (every character of it inside a span).
 */
export function probeUnitNames(redact: (text: string) => {spans: RedactionSpan[]}, units: readonly ProbeUnit[]): UnitProbeResult {
  const results: SentenceResult[] = []
  for (const sentence of readProbeData().sentences) {
    const [before = '', after = ''] = sentence.split('{}')
    const result: SentenceResult = {sentence, mentions: 0, masked: 0, missed: []}
    for (let first = 0; first < units.length; first += linesPerDocument) {
      const batch = units.slice(first, first + linesPerDocument)
      const lines = batch.map((unit) => before + unit.name + after)
      const text = lines.join('\n')
      const covered = maskedCharacters(redact(text).spans, text.length)
      let lineStart = 0
      for (const [index, unit] of batch.entries()) {
        const start = lineStart + before.length
        lineStart += (lines[index] ?? '').length + 1
        result.mentions++
        if (isMaskedWhole(covered, start, start + unit.brandLength)) result.masked++
        else if (result.missed.length < 5) result.missed.push(unit.name)
      }
    }
    results.push(result)
  }
  return {units: units.length, ...totalOf(results)}
}

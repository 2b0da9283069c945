import type {RedactionSpan} from '@gongwen/schema'
import {readLexicon} from '../read-lexicon.js'
import {probeSentence, seededDraw, totalOf, type SentenceTotals} from './probe-sentences.js'

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

// The slot of a sentence that takes the brand alone (联合“{brand}”剪纸工作室): the context around it says unit.
const brandSlot = '{brand}'

/**
 * Puts the units into every sentence of data/eval-probe-units.txt (or their brands alone, where the sentence
 * has `{brand}`), twenty lines to a document, and counts the units whose brand the redactor masked whole (every
 * character of it inside a span).
 */
export function probeUnitNames(redact: (text: string) => {spans: RedactionSpan[]}, units: readonly ProbeUnit[]): UnitProbeResult {
  const fillers = units.map((unit) => ({text: unit.name, maskStart: 0, maskEnd: unit.brandLength}))
  const brands = units.map((unit) => ({text: unit.name.slice(0, unit.brandLength), maskStart: 0, maskEnd: unit.brandLength}))
  const results = readProbeData().sentences.map((sentence) =>
    sentence.includes(brandSlot) ? probeSentence(redact, sentence, brandSlot, brands) : probeSentence(redact, sentence, '{}', fillers)
  )
  return {units: units.length, ...totalOf(results)}
}

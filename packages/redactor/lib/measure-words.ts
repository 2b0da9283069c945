import {readLexicon} from './read-lexicon.js'

export type WordClass = 'people' | 'household' | 'money' | 'count' | 'measure' | 'percent' | 'age' | 'time' | 'group' | 'multiplier' | 'approx'

const wordClasses = new Set<string>(['people', 'household', 'money', 'count', 'measure', 'percent', 'age', 'time', 'group', 'multiplier', 'approx'])

export interface MeasureWord {
  word: string
  wordClass: WordClass
  /** 万 and 亿: a multiplier that makes a statistic on its own (总人口 120 万). */
  large: boolean
  /** The reasons of the figures this word makes, built once rather than for every figure. */
  arabicReason: string
  chineseReason: string
}

/** Measure words by the code of their first character, longest first, so one lookup finds the longest match. */
let measureWords: Map<number, MeasureWord[]> | undefined

function loadMeasureWords(): Map<number, MeasureWord[]> {
  if (measureWords !== undefined) return measureWords
  const byFirst = new Map<number, MeasureWord[]>()
  for (const line of readLexicon('measure-words.txt')) {
    const [word, wordClass] = line.split(/\s+/)
    if (word === undefined || wordClass === undefined || !isWordClass(wordClass)) {
      throw new Error(`Unexpected line \`${line}\` in data/measure-words.txt, expected \`word class\``)
    }
    const first = word.charCodeAt(0)
    const list = byFirst.get(first) ?? []
    list.push({
      word,
      wordClass,
      large: /[万亿]/.test(word),
      arabicReason: `a number with the ${wordClass} unit \`${word}\` after it`,
      chineseReason: `a Chinese-numeral count with the ${wordClass} unit after it`
    })
    list.sort((a, b) => b.word.length - a.word.length)
    byFirst.set(first, list)
  }
  measureWords = byFirst
  return byFirst
}

function isWordClass(value: string): value is WordClass {
  return wordClasses.has(value)
}

/**
 * The code unit at `index`, or -1 outside the text. charCodeAt gives NaN there, which no test matches either,
 * but a double where every other call gives a small integer sends the compiled code back to its slow path.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1
}

/**
 * The longest measure word of data/measure-words.txt at `position` (亿元 before 元), or undefined: what follows a
 * number in a figure (12.5亿元), and what opens a description rather than a name (万亩 in 万亩笋竹示范园).
 */
export function measureWordAt(text: string, position: number): MeasureWord | undefined {
  const candidates = loadMeasureWords().get(codeAt(text, position))
  if (candidates === undefined) return undefined
  for (const candidate of candidates) if (text.startsWith(candidate.word, position)) return candidate
  return undefined
}

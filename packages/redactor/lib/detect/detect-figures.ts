import type {Detection, DetectionContext} from '../detection.js'
import {chineseNumeralClass, parseChineseNumeral} from '../chinese-numerals.js'
import {readLexicon} from '../read-lexicon.js'

type WordClass = 'people' | 'household' | 'money' | 'count' | 'measure' | 'percent' | 'age' | 'time' | 'group' | 'multiplier' | 'approx'

const wordClasses = new Set<string>(['people', 'household', 'money', 'count', 'measure', 'percent', 'age', 'time', 'group', 'multiplier', 'approx'])

/** Measure words by first character, longest first, so one lookup finds the longest match. */
let measureWords: Map<string, {word: string; wordClass: WordClass}[]> | undefined

function loadMeasureWords(): Map<string, {word: string; wordClass: WordClass}[]> {
  if (measureWords !== undefined) return measureWords
  const byFirst = new Map<string, {word: string; wordClass: WordClass}[]>()
  for (const line of readLexicon('measure-words.txt')) {
    const [word, wordClass] = line.split(/\s+/)
    if (word === undefined || wordClass === undefined || !isWordClass(wordClass)) {
      throw new Error(`Unexpected line \`${line}\` in data/measure-words.txt, expected \`word class\``)
    }
    const first = word.charAt(0)
    const list = byFirst.get(first) ?? []
    list.push({word, wordClass})
    list.sort((a, b) => b.word.length - a.word.length)
    byFirst.set(first, list)
  }
  measureWords = byFirst
  return byFirst
}

function isWordClass(value: string): value is WordClass {
  return wordClasses.has(value)
}

// Digits, half- or full-width, with thousands separators and decimals; the integer part is bounded so
// that phone numbers and IDs (the contacts detector's business) are never read as counts.
const arabic = String.raw`[0-9０-９]{1,3}(?:,[0-9]{3}){1,4}(?:[.．][0-9０-９]+)?|[0-9０-９]{1,12}(?:[.．][0-9０-９]+)?`
// A range (3-5人, 3～5, 4到 5个) is two figures that share the unit after the second.
const arabicFigure = new RegExp(String.raw`(?<![0-9０-９.．,])(${arabic})(?:[ \t\u3000]{0,3}(?:-|－|~|～|〜|至|到)[ \t\u3000]{0,3}(${arabic}))?(?![0-9０-９])`, 'dg')
const chineseFigure = new RegExp(`${chineseNumeralClass}+`, 'g')

// Numbers glued to Latin letters or `+` are codes and slogans (5G, 1+N, 5C+5R, APP2), not statistics.
const codeNeighbour = /[A-Za-zＡ-Ｚａ-ｚ+＋/_#@]/
// A rank: 位居全省第2, 排名第四, 第2名. Ranks are soft (ANNOTATION.md), so they get a confidence just above the default threshold.
const rankBefore = /(?:位居|位列|排名|排在|居|列|名列)[^，。；、\n]{0,6}第\s*$/
const rankAfter = /^\s*(?:名|位)/

interface Tail {
  /** Class of the unit that makes this a figure, or undefined when nothing after the number does. */
  wordClass: WordClass | undefined
  /** The unit itself (年, 个, 万 …), or undefined. */
  word: string | undefined
  approx: boolean
}

const maxGap = 4

/**
 * Read what follows a number: spaces (PDF text breaks lines anywhere, so a bounded run of whitespace),
 * 余/多, a multiplier 万/亿, 余/多 again, then a unit. Bounded, so linear over the text.
 */
function readTail(text: string, from: number): Tail {
  const words = loadMeasureWords()
  let position = skipSpace(text, from)
  let approx = false
  let multiplier: string | undefined
  for (let step = 0; step < 3; step++) {
    const match = matchWord(words, text, position)
    if (match === undefined) break
    if (match.wordClass === 'approx') {
      if (approx) break
      approx = true
    } else if (match.wordClass === 'multiplier') {
      if (multiplier !== undefined) break
      multiplier = match.word
    } else {
      return {wordClass: match.wordClass, word: match.word, approx}
    }
    position = skipSpace(text, position + match.word.length)
  }
  // 总人口 120 万: 万 or 亿 alone still makes a statistic; 千 and 百 alone do not (百 is often rhetoric).
  const large = multiplier !== undefined && /[万亿]/.test(multiplier)
  return {wordClass: large ? 'multiplier' : undefined, word: multiplier, approx}
}

function skipSpace(text: string, from: number): number {
  let position = from
  while (position < text.length && position - from < maxGap && isSpace(text.charCodeAt(position))) position++
  return position
}

// Space, tab, line breaks and the ideographic space: a char-code test, as this runs for every number.
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0
}

function matchWord(
  words: Map<string, {word: string; wordClass: WordClass}[]>,
  text: string,
  position: number
): {word: string; wordClass: WordClass} | undefined {
  const candidates = words.get(text.charAt(position))
  return candidates?.find((candidate) => text.startsWith(candidate.word, position))
}

function precededByOrdinal(text: string, start: number): boolean {
  let position = start - 1
  while (position >= 0 && position > start - 3 && /[ \t\u3000]/.test(text.charAt(position))) position--
  return text.charAt(position) === '第'
}

function figure(start: number, end: number, rule: string, confidence: number, reason: string): Detection {
  return {type: 'FIGURE', start, end, suffixLength: 0, detector: 'figures', rule, confidence, reason}
}

const confidenceByClass: Record<WordClass, number> = {
  people: 0.95,
  household: 0.95,
  money: 0.95,
  count: 0.9,
  measure: 0.9,
  percent: 0.95,
  age: 0.6,
  time: 0.55,
  group: 0.6,
  multiplier: 0.9,
  approx: 0.9
}

function detectArabic(text: string, found: Detection[]): void {
  for (const match of text.matchAll(arabicFigure)) {
    const indices = match.indices
    const first = indices?.[1]
    if (indices === undefined || first === undefined) continue
    const second = indices[2]
    const numbers = second === undefined ? [first] : [first, second]
    const end = match.index + match[0].length
    if (codeNeighbour.test(text.charAt(first[0] - 1)) || codeNeighbour.test(text.charAt(end))) continue
    if (precededByOrdinal(text, first[0])) {
      if (rankAfter.test(text.slice(end, end + 3)) || rankBefore.test(text.slice(Math.max(0, first[0] - 12), first[0]))) {
        found.push(figure(first[0], first[1], 'rank', 0.55, 'a rank (第N名, 位居第N)'))
      }
      continue
    }
    const tail = readTail(text, end)
    if (tail.wordClass === undefined || (tail.word === '年' && /^[0-9０-９]{4,}$/.test(match[1] ?? ''))) continue
    const rule = tail.wordClass === 'percent' ? 'arabic-percent' : numbers.length === 2 ? 'arabic-range' : 'arabic-unit'
    const reason = `a number with the ${tail.wordClass} unit \`${String(tail.word)}\` after it`
    // 4-6名 reads as one figure and leaves nothing between to see; 4到5个 is two numbers around a word.
    const spans = numbers.length === 2 && !/[到至]/.test(match[0]) ? [[first[0], end] as const] : numbers
    for (const [start, stop] of spans) found.push(figure(start, stop, rule, confidenceByClass[tail.wordClass], reason))
  }
}

function detectChinese(text: string, found: Detection[]): void {
  for (const match of text.matchAll(chineseFigure)) {
    const start = match.index
    const end = start + match[0].length
    if (start >= 3 && text.startsWith('百分之', start - 3)) {
      found.push(figure(start, end, 'chinese-percent', 0.8, 'a Chinese-numeral percentage (百分之十五)'))
      continue
    }
    // Cheap checks first: most Chinese numerals in a report are rhetoric (一是, 两个维护) with no unit after them.
    if (precededByOrdinal(text, start)) {
      const isRank = rankAfter.test(text.slice(end, end + 3)) || rankBefore.test(text.slice(Math.max(0, start - 12), start))
      if (isRank && parseChineseNumeral(match[0]) !== undefined) {
        found.push(figure(start, end, 'rank', 0.55, 'a rank in Chinese numerals (第二名, 排名第四)'))
      }
      continue
    }
    const tail = readTail(text, end)
    if (tail.wordClass === undefined) continue
    const value = parseChineseNumeral(match[0])
    if (value === undefined || !isChineseStatistic(value, tail)) continue
    found.push(figure(start, end, 'chinese-unit', 0.7, `a Chinese-numeral count with the ${tail.wordClass} unit after it`))
  }
}

/**
 * Slogans and rhetoric count small things (两个维护, 三项举措, 一户一策, 一名干部), statistics count many:
 * people, households and money from 两 up, anything else from 十 up.
 */
function isChineseStatistic(value: number, tail: Tail): boolean {
  switch (tail.wordClass) {
    case 'people':
    case 'household':
    case 'money': {
      return value >= 2
    }
    case 'count':
    case 'measure':
    case 'percent': {
      return value >= 10
    }
    default: {
      return false
    }
  }
}

/**
 * Find statistical figures: Arabic numbers (decimals, thousands separators, ranges) and Chinese numerals
 * attached to a unit or measure word from data/measure-words.txt, possibly with 余/多 or 万/亿 between.
 * The span is the number alone, as the gold lists it (3.3 for 3.3 万吨, 4 and 5 for 4到5个).
 * Years, dates, document numbers, ordinals (第十二条) and codes (5G, 1+N) are not figures; ranks are, softly.
 * Keep-list hits (protectedRanges: slogans, years) are left to `redact`, which drops what overlaps them.
 */
export function detectFigures(context: DetectionContext): Detection[] {
  const found: Detection[] = []
  detectArabic(context.text, found)
  detectChinese(context.text, found)
  return found.sort((a, b) => a.start - b.start)
}

// The shape of a name: a surname of data/surnames.txt and given characters, and how name-like they score.
import {inClass} from '@gongwen/parser'
import {notInGivenName} from './person-classes.js'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {isCjkAt} from './scan-text.js'

/** Lengths of a name (surname and given name), the longest tried first. */
export const nameLengths = [4, 3, 2] as const

// The answers of surnameLengthsAt, built once: it is asked at most characters of a text.
const noSurname: readonly number[] = []

const singleSurname: readonly number[] = [1]

const compoundSurname: readonly number[] = [2]

const eitherSurname: readonly number[] = [2, 1]

export function surnameLengthsAt(text: string, position: number): readonly number[] {
  const {compoundSurnames, surnameStarts} = loadLexicons()
  // Most characters start no surname: answered from the table, with no string built.
  const starts = surnameStarts[text.charCodeAt(position)] ?? 0
  if (starts === 0) return noSurname
  const compound = (starts & 2) !== 0 && compoundSurnames.has(text.slice(position, position + 2))
  if ((starts & 1) === 0) return compound ? compoundSurname : noSurname
  return compound ? eitherSurname : singleSurname
}

/** Whether `text[start, end)` may be a given name: Chinese characters none of `excluded` (by default `notInGivenName`). */
export function isGivenName(text: string, start: number, end: number, excluded = notInGivenName): boolean {
  for (let position = start; position < end; position++) {
    if (!isCjkAt(text, position) || inClass(excluded, text.charCodeAt(position))) return false
  }
  return end > start
}

/**
 * Whether `text[start, end)` is a surname and one or two characters that may be a given name (none of
 * `excluded`, by default `notInGivenName`).
 */
export function isNameShape(text: string, start: number, end: number, excluded = notInGivenName): boolean {
  return surnameLengthsAt(text, start).some(
    (surnameLength) => end - start - surnameLength >= 1 && end - start - surnameLength <= 2 && isGivenName(text, start + surnameLength, end, excluded)
  )
}

/**
 * Whether every reading of `text[start, end)` as a surname and a given name (`isNameShape`) gives a given character no
 * name of jieba's dictionary holds (data/given-name-chars.txt: 鹿 + 血酒): with nothing but a verb to say so, no name.
 */
export function holdsUnnamedCharacter(text: string, start: number, end: number): boolean {
  const {givenScores} = loadLexicons()
  return surnameLengthsAt(text, start).every((surnameLength) => {
    for (let position = start + surnameLength; position < end; position++) if (givenScores[text.charCodeAt(position)] === noGivenScore) return true
    return false
  })
}

// The score (×10, `givenScores`) a character no name holds counts for in a run's sum.
const unscoredCharacter = -50

/**
 * The sum of the given-name scores (×10, `givenScores`) of `text[start, end)`, a character no name holds counting
 * `unscoredCharacter`: above 0 where the characters stand in names more than in words on the whole.
 */
export function nameScore(text: string, start: number, end: number): number {
  const {givenScores} = loadLexicons()
  let sum = 0
  for (let position = start; position < end; position++) {
    const score = givenScores[text.charCodeAt(position)] ?? noGivenScore
    sum += score === noGivenScore ? unscoredCharacter : score
  }
  return sum
}

/**
 * Whether `surname` and `given`, a character each, are the two characters of a name padded with spaces to the width
 * of three (王  欣): a single surname, and a given character that no word after a name holds.
 */
export function isPaddedNameShape(surname: string, given: string): boolean {
  return loadLexicons().singleSurnames.has(surname) && !inClass(notInGivenName, given.charCodeAt(0))
}

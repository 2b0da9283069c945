// The shape of a name: a surname of data/surnames.txt and given characters, and how name-like they score.
import {charCodes, inClass} from '@gongwen/parser'
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

// The blanks that pad a name of two characters to the width of three (周  洋, 王　伟), and how many at most. A tab is
// no padding: it sets columns apart (周\t洋 is two cells).
const paddingBlanks = charCodes(' \u3000')
const maxPadding = 4

/** Whether the character at `position` is a blank that pads a name or a word to the width of three (`paddingBlanks`). */
export function isPaddingBlankAt(text: string, position: number): boolean {
  return inClass(paddingBlanks, text.charCodeAt(position))
}

/** `text[start, end)` with the blanks that pad it taken out (姓  名 → 姓名). */
export function withoutPadding(text: string, start: number, end: number): string {
  let word = ''
  for (let position = start; position < end; position++) if (!isPaddingBlankAt(text, position)) word += text.charAt(position)
  return word
}

/**
 * The end of two Chinese characters at `start` set apart by one to four blanks (`paddingBlanks`: 周  洋, 姓　名), a
 * word or a name padded to the width of three, or undefined.
 */
export function paddedPairEnd(text: string, start: number): number | undefined {
  if (!isCjkAt(text, start)) return undefined
  let second = start + 1
  while (second - start <= maxPadding && isPaddingBlankAt(text, second)) second++
  return second > start + 1 && second - start - 1 <= maxPadding && isCjkAt(text, second) ? second + 1 : undefined
}

/**
 * The end of a name of two characters padded to the width of three at `start` (`paddedPairEnd`), or undefined: a
 * single surname and a given character that no word after a name holds (王  欣), and no row's label padded as names
 * are (平  均, 单  位: data/person-table-row-labels.txt).
 */
export function paddedNameEnd(text: string, start: number): number | undefined {
  const end = paddedPairEnd(text, start)
  if (end === undefined) return undefined
  const surname = text.charAt(start)
  const given = text.charAt(end - 1)
  const {paddedRowLabels, singleSurnames} = loadLexicons()
  return singleSurnames.has(surname) && !inClass(notInGivenName, given.charCodeAt(0)) && !paddedRowLabels.has(surname + given) ? end : undefined
}

/** Where a padded name may start: a Chinese character before a blank (see `paddedNameEnd`). */
export const paddedNameStart = /[\u3400-\u9fff](?=[ \u3000])/g

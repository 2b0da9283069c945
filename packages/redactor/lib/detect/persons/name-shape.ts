// The shape of a name: a surname of data/surnames.txt and given characters, and how name-like they score.
import {charCodes, inClass} from '@gongwen/parser'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {isCjkAt} from './scan-text.js'

// Characters that do not occur in given names but often follow a name in running text, or end the names
// of units (文明委, 市委): a candidate holding one is not a name. 张某某 is already a placeholder; 第 opens
// ordinals (任第一副指挥长); 人 ends words after a surname-like character (老人逢人便说: no name 逢人便).
const notInGivenNameChars = '的了在和与及等说是也都就将还对向从把被让给于之其该各本这那我你他她们并或即如但而人第二三四五六七八九十、某委局厅处科所院办室站县省镇乡村府司厂校市区部'

export const notInGivenName = charCodes(notInGivenNameChars)

// A list item stands between separators, so no word of the sentence can follow the name inside it: the function
// words and numerals that given names hold (王向阳, 李和平, 张如意, 赵二虎) are a name's there.
export const notInListedGivenName = charCodes([...notInGivenNameChars].filter((char) => !'向和如之人二三四五六七八九'.includes(char)).join(''))

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

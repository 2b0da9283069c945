// Character classes the layout heuristics test at line ends. Written as strings (data), tested
// as sets of code units on one character, so no regex ever scans a long line.
import {charCodes, inClass} from './char-codes.js'

/** Ends a sentence: a line ending in one of these may close a paragraph. */
const sentenceEnds = charCodes('。！？；!?;…')
/** Closing quotes and brackets that may follow a sentence end (`“…。”`). */
const closers = charCodes('”’」』）)》〉"\'')
/** Any punctuation that shows a line is prose rather than a heading, title or name. */
const prosePunctuation = charCodes('，、。；：！？,;:!?…—')

/**
 * Whether `text[from, to)` ends a sentence, looking through closing quotes and brackets.
 *
 * @param text the whole text
 * @param from start of the line's content
 * @param to end of the line's content without trailing whitespace
 */
export function endsSentence(text: string, from: number, to: number): boolean {
  let index = to - 1
  while (index >= from && inClass(closers, text.charCodeAt(index))) index--
  return index >= from && inClass(sentenceEnds, text.charCodeAt(index))
}

/** Whether the last character of `text[from, to)` is prose punctuation (a comma, a stop, a colon…). */
export function endsWithPunctuation(text: string, from: number, to: number): boolean {
  return to > from && inClass(prosePunctuation, text.charCodeAt(to - 1))
}

/** Whether the line ends with a colon, as an addressee (`区委组织部：`) or a lead-in does. */
export function endsWithColon(text: string, from: number, to: number): boolean {
  const last = text.charAt(to - 1)
  return to > from && (last === '：' || last === ':')
}

/** Opening quotes and brackets, each at the index of its closer in `pairClosers`. */
const pairOpeners = '“‘「『（(《〈'
const pairClosers = '”’」』）)》〉'

/**
 * Whether `text[from, to)` opens a quote or bracket it does not close, or closes one it did not open: a piece
 * of a sentence cut by a line break (`坚持“支` | `部+合作社”的模式`), never a heading, which is whole.
 */
export function hasUnpairedBracket(text: string, from: number, to: number): boolean {
  const depths = new Int8Array(pairOpeners.length)
  for (let index = from; index < to; index++) {
    const character = text.charAt(index)
    const opener = pairOpeners.indexOf(character)
    if (opener !== -1) depths[opener] = (depths[opener] ?? 0) + 1
    const closer = pairClosers.indexOf(character)
    if (closer === -1) continue
    const depth = (depths[closer] ?? 0) - 1
    if (depth < 0) return true
    depths[closer] = depth
  }
  return depths.some((depth) => depth !== 0)
}

/** Whether `text[from, to)` holds any prose punctuation at all. */
export function hasPunctuation(text: string, from: number, to: number): boolean {
  let index = from
  while (index < to) {
    if (inClass(prosePunctuation, text.charCodeAt(index))) return true
    index++
  }
  return false
}

import {isWhiteSpace} from '@gongwen/parser'

/** The most blank characters a PDF's line wrap leaves inside a word: the break, up to three spaces before it and an indentation after it (毕⏎    节市: five). */
const wrapBlanks = 8

/**
 * Where a word resumes after the blanks from `from` when they are a PDF's line wrap inside it: one line break
 * (\n, \r\n or \r) with spaces around it, eight characters at most (an indented line's), and text after them (王⏎建国, 努尔兰·吐尔⏎逊别克,
 * 对发展乡⏎村特色产业). Undefined otherwise: no break, or a blank line, which ends a paragraph or a caption
 * (沙马·日火⏎⏎文/王晓川). The detectors read a name or word on over the break with this one reading of a wrap.
 * `margin` spaces that open the next line as they open every line of its block (a page's margin, see unwrapLines)
 * count for nothing.
 */
export function lineWrapEnd(text: string, from: number, margin = 0): number | undefined {
  let to = from
  while (to < text.length && to - from < wrapBlanks + margin && isWhiteSpace(text.charCodeAt(to))) to++
  if (to === text.length || isWhiteSpace(text.charCodeAt(to))) return undefined
  return oneLineBreak.test(text.slice(from, to)) ? to : undefined
}

// One line break with blanks around it: a few before it (a line's trailing spaces), an indentation after it
const oneLineBreak = /^[^\S\r\n]{0,3}(?:\r\n|\r|\n)[^\S\r\n]*$/

/**
 * Where the blanks before `to` start when they are a PDF's line wrap inside a word (see `lineWrapEnd`, read backward):
 * one line break with spaces around it, eight characters at most, and text before them. Undefined otherwise.
 */
export function lineWrapStart(text: string, to: number): number | undefined {
  let from = to
  while (from > 0 && to - from < wrapBlanks && isWhiteSpace(text.charCodeAt(from - 1))) from--
  if (from === 0 || isWhiteSpace(text.charCodeAt(from - 1))) return undefined
  return oneLineBreak.test(text.slice(from, to)) ? from : undefined
}

// Punctuation of prose, which no cell of a table's row holds (a label, a number)
export const prosePunctuationCharacters = '，。；：！？、,;:!?'
// A label with no punctuation of prose (indented or not), one blank, and a number that ends the line
const labelAndNumber = new RegExp(`^[ \\t\\u3000]*[^\\s${prosePunctuationCharacters}]+[ \\t\\u3000][0-9０-９][0-9０-９,.．]*[ \\t\\u3000\\r]*$`, 'u')

/**
 * Whether `line` is a table's row of two cells, a label and a number (卫华集团　126.8, 厂房租金（鸿鑫五金厂） 36000):
 * two such lines in a row are a table, not a paragraph a wrap cut after a number; the number is a figure whose unit
 * is in the header. A table of contents (总体要求 3⏎主要任务 5) has that shape too: its page numbers are masked, the
 * safe side.
 */
export function isLabelAndNumberRow(line: string): boolean {
  return labelAndNumber.test(line)
}

// Lists of names: labelled by a title or list label and a colon (组  长：李志明), bylines, signatures, lines of names.
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection, Zone} from '../../detection.js'
import {isCjkCode} from '../../jieba-dictionary.js'
import {segment} from '../../segment.js'
import {isListedName, isNameToken} from './list-items.js'
import {paddedNameEnd} from './name-shape.js'
import {endsWithPersonNoun} from './person-noun-start.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {lineEndWithin} from './scan-text.js'
import {titleEndingAt} from './titles.js'

const maxListLength = 200

// How far before a colon its label is read, and the spaces that pad a label (组  长：).
const labelReach = 12

const labelSpaces = charCodes(' \t\u3000')

const fullStop = '。'.charCodeAt(0)

/**
 * Lists labelled by a title, a list label (data/person-list-labels.txt) or a word for people no title list holds
 * (`endsWithPersonNoun`) and a colon: `组  长：李志明`, `副组长：王  欣、张三`, `述职人：陈建华`,
 * `出席：张三、李四；列席：王五`, `经营者：李德明`, `被征收人：谢根发`.
 */
export function detectLabelledLists(text: string, found: Detection[]): void {
  const {labelEnds, listLabels} = loadLexicons()
  // Colons of either width in order, each found by the engine's string search rather than a regex per text.
  let wide = text.indexOf('：')
  let narrow = text.indexOf(':')
  while (wide !== -1 || narrow !== -1) {
    const colon = narrow === -1 || (wide !== -1 && wide < narrow) ? wide : narrow
    if (colon === wide) wide = text.indexOf('：', wide + 1)
    else narrow = text.indexOf(':', narrow + 1)
    // The label's last character, spaces aside, must end a title or a list label: most colons end no label, and build no string.
    const floor = Math.max(0, colon - labelReach)
    let last = colon - 1
    while (last >= floor && inClass(labelSpaces, text.charCodeAt(last))) last--
    if (last < floor || !inClass(labelEnds, text.charCodeAt(last))) continue
    const before = text.slice(floor, colon)
    const label = before.slice(before.lastIndexOf('\n') + 1).replace(/[ \t\u3000]/g, '')
    if (!titleEndingAt(label, label.length) && !listLabels.some((word) => label.endsWith(word)) && !endsWithPersonNoun(label, label.length, () => segment(label, 0, label.length))) continue
    // The list runs to the end of the line or the next label, and never far: a scan stays linear. A label that ends
    // its line heads the line below (优秀共产党员：⏎王  欣    张国栋).
    const nextColon = Math.min(wide === -1 ? Infinity : wide, narrow === -1 ? Infinity : narrow)
    const start = listStart(text, colon + 1)
    let end = lineEndWithin(text, start, maxListLength)
    if (nextColon < start + maxListLength) end = Math.min(end, nextColon)
    // A full stop ends the list: the sentence after it is prose (成员：张三、李四。…书记张三任队长 holds no name 任队长).
    for (let at = start; at < end; at++) {
      if (text.charCodeAt(at) === fullStop) {
        end = at
        break
      }
    }
    detectNameList(text, start, end, 'member-list', 0.9, found)
    if (start !== colon + 1) detectListRows(text, end, nextColon, found)
  }
}

// How many rows below a label that ends its line are read: a list of a report's names is short.
const maxListRows = 60

// An item's number opening a row (1. 1、 1．（1）) and what sets a row's cells apart beyond doubt (a tab, an
// ideographic space, a run of blanks).
const rowNumber = /^[ \t\u3000]*(?:[0-9]+[.、．]|[（(][0-9]+[）)])/u
const wideCellSeparator = /\t|\u3000|  /u
const prosePunctuation = /[。，,；;：:！？]/u

/**
 * The rows after the first below a label that ends its line (`沂南县优秀乡村医生名单：⏎1. 张庄镇大王庄村卫生室  王德福⏎2. …`,
 * `全市优秀教师名单：⏎刘建华　邵阳市第二中学⏎彭　军　新邵县…`): while each line is a row, numbered or set apart in
 * cells, with no punctuation of prose, its names are the list's (the first row is read with the label). Before the
 * next label's colon at `nextColon`.
 */
function detectListRows(text: string, firstRowEnd: number, nextColon: number, found: Detection[]): void {
  // The label's row must end its line for rows to follow it
  if (text.charCodeAt(firstRowEnd) !== 10) return
  let rowStart = firstRowEnd + 1
  for (let row = 1; row < maxListRows && rowStart < text.length; row++) {
    const rowEnd = lineEndWithin(text, rowStart, maxListLength)
    const line = text.slice(rowStart, rowEnd)
    if (rowEnd > nextColon || prosePunctuation.test(line) || !(rowNumber.test(line) || wideCellSeparator.test(line.trim()))) return
    detectNameList(text, rowStart, rowEnd, 'member-list', 0.9, found)
    if (text.charCodeAt(rowEnd) !== 10) return
    rowStart = rowEnd + 1
  }
}

/** Where the list after a label's colon at `from - 1` starts: there, or on the next line where the label ends its line. */
function listStart(text: string, from: number): number {
  let at = from
  while (at < text.length && inClass(labelSpaces, text.charCodeAt(at))) at++
  if (text.charCodeAt(at) === 13) at++
  return text.charCodeAt(at) === 10 ? at + 1 : from
}

/**
 * Names in a list between `start` and `end`, separated by 、，; or spaces. A single given character padded
 * with spaces to align with longer names (王  欣) is one name, reported with its padding.
 */
function detectNameList(text: string, start: number, end: number, rule: string, confidence: number, found: Detection[]): void {
  // Parentheses hold roles and positions (王  欣（办公室主任）), not names.
  const tokens = [...text.slice(start, end).matchAll(/[（(][^）)]*[）)]?|[\u3400-\u9fff]+|[、，,；;。]/g)]
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]
    index++
    if (token === undefined || !isCjkCode(token[0].charCodeAt(0))) continue
    const tokenStart = start + token.index
    const next = tokens[index]
    // A single given character padded with spaces to align with longer names: 王  欣, 郑  敏.
    if (token[0].length === 1 && next !== undefined && next[0].length === 1 && paddedNameEnd(text, tokenStart) === start + next.index + 1) {
      found.push(person(tokenStart, start + next.index + 1, rule, confidence, 'name padded with spaces in a list'))
      index++
      continue
    }
    const tokenEnd = tokenStart + token[0].length
    if (endsItem(text, tokenEnd) && isListedName(text, tokenStart, tokenEnd)) found.push(person(tokenStart, tokenEnd, rule, confidence, 'name in a list of names'))
  }
}

// What opens a title or a quoted word: after it a sentence goes on (曾获“…”称号, 荣获《…》), no list.
const quoteOpenings = charCodes('“‘「《')

/**
 * Whether a run of characters ending at `tokenEnd` ends an item of the list: a word a quote or a title opens after is
 * the sentence's that runs on from the list (推荐对象：…刘建新（男），曾获“益阳市劳动模范”称号: no name 曾获).
 */
function endsItem(text: string, tokenEnd: number): boolean {
  return !inClass(quoteOpenings, text.charCodeAt(tokenEnd))
}

/**
 * Bylines and signatures from the tree, and lines anywhere made only of two or more names separated by
 * spaces (the byline of a magazine page, `赵睿 李静 胡然 石永会 冯顺帆`).
 */
export function detectNameLines(text: string, zones: readonly Zone[], found: Detection[]): void {
  for (const zone of zones) {
    if (zone.kind === 'byline' || zone.kind === 'signature') detectNameList(text, zone.start, zone.end, zone.kind, 0.9, found)
  }
  for (const line of text.matchAll(/^[ \t\u3000]*[\u3400-\u9fff]{2,4}(?:[ \t\u3000]+[\u3400-\u9fff]{2,4}){1,9}[ \t\u3000\r]*$/gm)) {
    const tokens = [...line[0].matchAll(/[\u3400-\u9fff]+/g)].map((token) => [line.index + token.index, line.index + token.index + token[0].length] as const)
    if (tokens.every(([start, end]) => isNameToken(text, start, end))) {
      for (const [start, end] of tokens) found.push(person(start, end, 'name-line', 0.8, 'a line made only of names'))
    }
  }
}

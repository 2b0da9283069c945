import type {Heading, List, Paragraph, RootContent} from 'mdast'
import type {Point} from 'unist'
import {locatePoints} from '../locate-points.js'

/**
 * Characters that may start or take part in CommonMark syntax other than ATX headings and `-`
 * lists, or that CommonMark rewrites: inline syntax (escapes, code, emphasis, links, HTML,
 * entities), tabs, line endings other than `\n`, and control characters (NUL becomes U+FFFD).
 */
const outsideSubset = /[\0-\x09\x0b-\x1f\x7f\\`*_[\]<&]/
/** An ordered list item (`1.` `2)`) at a line start. */
const orderedStart = /^[0-9]+[.)]/

/** What is open while the lines are read. */
interface Reader {
  text: string
  toPoint: (offset: number) => Point
  children: RootContent[]
  /** The open paragraph at the top level: its content `[start, end)`, `start` -1 when none. */
  paragraphStart: number
  paragraphEnd: number
  /** The open list, whose last item's paragraph lazy lines continue until a blank line. */
  list: List | undefined
  /** The last item's bullet and paragraph `[itemStart, itemEnd)`; `bullet` -1 when it is written out. */
  bullet: number
  itemStart: number
  itemEnd: number
  /** A blank line since the last item: a further item makes the list loose. */
  blank: boolean
}

/**
 * The mdast blocks remark-parse makes of a document written in plain Markdown, or `undefined`
 * when the document uses anything else; remark-parse (micromark) then reads it.
 *
 * Plain Markdown is what reports converted to Markdown usually are: ATX headings (`## 一、…`),
 * paragraphs, and `-` list items of one paragraph each, without inline syntax, indentation or
 * trailing spaces, lines ending in `\n`, no byte order mark. In that subset a line's first characters decide its role
 * and every heading, paragraph and item holds one text node of its source as written, so one pass
 * over the lines gives the nodes micromark gives (same types, fields and points) at a small
 * fraction of its cost. Anything else, once, sends the whole document to remark-parse.
 *
 * @param text the Markdown source
 * @param starts where the lines of `text` start, when the caller has them already
 */
export function readPlainMarkdown(text: string, starts?: readonly number[]): RootContent[] | undefined {
  // micromark drops a byte order mark at the start, and its points then skip it.
  if (text.charCodeAt(0) === 0xfeff || outsideSubset.test(text)) return undefined
  const reader: Reader = {
    text,
    toPoint: locatePoints(text, starts),
    children: [],
    paragraphStart: -1,
    paragraphEnd: -1,
    list: undefined,
    bullet: -1,
    itemStart: -1,
    itemEnd: -1,
    blank: false
  }
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (!readLine(reader, start, end)) return undefined
    start = end + 1
  }
  closeParagraph(reader)
  closeList(reader)
  return reader.children
}

/** Read the line `[start, end)`; `false` when it is outside the subset. */
function readLine(reader: Reader, start: number, end: number): boolean {
  const {text} = reader
  if (end === start) {
    closeParagraph(reader)
    closeItem(reader)
    reader.blank = true
    return true
  }
  // Indentation and trailing spaces change what a line is (code, continuation, hard break).
  if (text.charCodeAt(start) === 32 || text.charCodeAt(end - 1) === 32) return false
  const first = text.charCodeAt(start)
  if (first === 0x23) {
    const heading = headingNode(reader, start, end)
    if (!heading) return false
    closeParagraph(reader)
    closeList(reader)
    reader.children.push(heading)
    return true
  }
  if (first === 0x2d) {
    if (text.charCodeAt(start + 1) !== 32 || !startsParagraph(text, start + 2, end)) return false
    closeParagraph(reader)
    closeItem(reader)
    if (!reader.list) {
      reader.list = {type: 'list', ordered: false, start: null, spread: false, children: []}
      reader.children.push(reader.list)
    } else if (reader.blank) {
      reader.list.spread = true
    }
    reader.bullet = start
    reader.itemStart = start + 2
    reader.itemEnd = end
    reader.blank = false
    return true
  }
  if (!startsParagraph(text, start, end)) return false
  if (reader.bullet !== -1) {
    // A lazy continuation line: the last item's paragraph goes on.
    reader.itemEnd = end
  } else if (reader.paragraphStart !== -1) {
    reader.paragraphEnd = end
  } else {
    closeList(reader)
    reader.paragraphStart = start
    reader.paragraphEnd = end
  }
  return true
}

/** Whether a paragraph line may start at `start`: no block syntax (`#`, `>`, bullets, fences, `1.`…). */
function startsParagraph(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  const code = text.charCodeAt(start)
  if (code >= 0x80 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true
  return code >= 0x30 && code <= 0x39 && !orderedStart.test(text.slice(start, Math.min(end, start + 12)))
}

/** An ATX heading (`## 一、…`) on `[start, end)` whose content holds no `#`, else `undefined`. */
function headingNode(reader: Reader, start: number, end: number): Heading | undefined {
  const {text, toPoint} = reader
  let marks = start
  while (marks < end && text.charCodeAt(marks) === 0x23) marks++
  const depth = marks - start
  if (depth > 6 || text.charCodeAt(marks) !== 32) return undefined
  let content = marks
  while (content < end && text.charCodeAt(content) === 32) content++
  const hash = text.indexOf('#', content)
  if (content === end || (hash !== -1 && hash < end)) return undefined
  const position = {start: toPoint(start), end: toPoint(end)}
  const children = [{type: 'text' as const, value: text.slice(content, end), position: {start: toPoint(content), end: position.end}}]
  return {type: 'heading', depth: depth as Heading['depth'], children, position}
}

function paragraphNode(reader: Reader, start: number, end: number): Paragraph {
  const position = {start: reader.toPoint(start), end: reader.toPoint(end)}
  return {type: 'paragraph', children: [{type: 'text', value: reader.text.slice(start, end), position}], position: {start: position.start, end: position.end}}
}

function closeParagraph(reader: Reader): void {
  if (reader.paragraphStart === -1) return
  reader.children.push(paragraphNode(reader, reader.paragraphStart, reader.paragraphEnd))
  reader.paragraphStart = -1
}

/** Write out the last item, whose paragraph is complete. */
function closeItem(reader: Reader): void {
  if (reader.bullet === -1 || !reader.list) return
  const paragraph = paragraphNode(reader, reader.itemStart, reader.itemEnd)
  const end = paragraph.position?.end ?? reader.toPoint(reader.itemEnd)
  reader.list.children.push({type: 'listItem', spread: false, checked: null, children: [paragraph], position: {start: reader.toPoint(reader.bullet), end}})
  reader.bullet = -1
}

/** End the list: its last item is written out and the list spans its items. */
function closeList(reader: Reader): void {
  closeItem(reader)
  const list = reader.list
  const first = list?.children[0]?.position
  const last = list?.children.at(-1)?.position
  if (list && first && last) list.position = {start: first.start, end: last.end}
  reader.list = undefined
  reader.blank = false
}

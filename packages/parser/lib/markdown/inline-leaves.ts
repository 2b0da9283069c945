import type {InlineContent} from '@gongwen/schema'
import type {Nodes} from 'mdast'
import type {LeafFactory} from '../leaves.js'
import {foldWidth} from '../normalize/fold-width.js'

/** The Markdown source and the factory that positions its leaves. */
export interface Source {
  text: string
  leaves: LeafFactory
}

const lineEnding = /\r\n|\r|\n/g

interface Literal {
  start: number
  end: number
  /** The reading Markdown gives the text (escapes and entities resolved), for `text` nodes. */
  reading: string | undefined
}

/**
 * The leaves covering `[start, end)` of the source of an mdast node, losslessly.
 *
 * Text the Markdown reading keeps (text, inline code, code, HTML) becomes text leaves; everything
 * else in the range (`#`, `**`, `>`, list bullets, link targets) is syntax: a text leaf whose
 * `data.normalized` is `''`, so the repaired reading leaves it out while `toText` still has it.
 * Line endings become breaks, `soft` when they only wrap a line inside a block.
 *
 * @param source the Markdown source
 * @param node the mdast node whose literals are the content
 * @param start first offset covered
 * @param end offset after the last one covered
 * @param soft whether line endings inside the range are soft wraps
 */
export function inlineLeaves(source: Source, node: Nodes, start: number, end: number, soft: boolean): InlineContent[] {
  const leaves: InlineContent[] = []
  let cursor = start
  for (const literal of literals(node, source.text)) {
    if (literal.end <= cursor || literal.start >= end) continue
    const from = Math.max(literal.start, cursor)
    const to = Math.min(literal.end, end)
    if (from > cursor) pushLines(leaves, source, cursor, from, soft, () => '')
    const readings = literal.reading?.split(lineEnding)
    const raw = source.text.slice(from, to).split(lineEnding)
    // Escapes and entities make the reading differ from the source line by line; a literal clipped
    // by the range, or whose lines do not pair up, keeps its source text as its reading.
    const paired = readings && readings.length === raw.length && from === literal.start && to === literal.end
    pushLines(leaves, source, from, to, soft, (line, index) => {
      const reading = paired ? readings[index] : undefined
      return reading === undefined || reading === line ? undefined : foldWidth(reading)
    })
    cursor = to
  }
  if (end > cursor) pushLines(leaves, source, cursor, end, soft, () => '')
  return leaves
}

/** Literal descendants in document order; a literal's own range is content, not its children's. */
function literals(node: Nodes, text: string): Literal[] {
  const found: Literal[] = []
  collect(node, text, found)
  return found
}

function collect(node: Nodes, text: string, found: Literal[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if ('value' in node && start !== undefined && end !== undefined) {
    if (node.type === 'text') {
      found.push({start, end, reading: node.value})
      return
    }
    // Code and HTML: the value sits inside fences or backticks, which are syntax.
    const inner = node.value === '' ? -1 : text.slice(start, end).indexOf(node.value)
    found.push(inner === -1 ? {start, end, reading: undefined} : {start: start + inner, end: start + inner + node.value.length, reading: undefined})
    return
  }
  if ('children' in node) for (const child of node.children) collect(child, text, found)
}

/**
 * Push text and break leaves for `[start, end)`, one text leaf per line piece.
 * `normalize` gives a line's reading: `''` for syntax, `undefined` for the source (folded).
 */
function pushLines(
  leaves: InlineContent[],
  source: Source,
  start: number,
  end: number,
  soft: boolean,
  normalize: (line: string, index: number) => string | undefined
): void {
  const slice = source.text.slice(start, end)
  let cursor = 0
  let index = 0
  for (const match of slice.matchAll(lineEnding)) {
    pushText(leaves, source, start + cursor, start + match.index, normalize(slice.slice(cursor, match.index), index))
    leaves.push(source.leaves.break(start + match.index, start + match.index + match[0].length, soft))
    cursor = match.index + match[0].length
    index++
  }
  pushText(leaves, source, start + cursor, end, normalize(slice.slice(cursor), index))
}

function pushText(leaves: InlineContent[], source: Source, start: number, end: number, normalized: string | undefined): void {
  if (end > start) leaves.push(source.leaves.text(start, end, normalized))
}

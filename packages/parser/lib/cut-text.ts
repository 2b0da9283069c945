import type {Point, TextNode} from '@gongwen/schema'

/**
 * The part `[from, to)` of a text leaf as a leaf of its own, positioned; `data.normalized` is cut
 * along when it has the same length (folding keeps lengths; other repairs cannot be cut).
 *
 * @param leaf a positioned text leaf
 * @param from start index into `leaf.value`
 * @param to end index into `leaf.value`
 */
export function cutText(leaf: TextNode, from: number, to: number): TextNode {
  const node: TextNode = {
    type: 'text',
    value: leaf.value.slice(from, to),
    position: {start: pointWithin(leaf, from), end: pointWithin(leaf, to)}
  }
  const normalized = leaf.data?.normalized
  // Folding keeps lengths, so the reading can be cut at the same places; other repairs cannot.
  if (normalized !== undefined && normalized.length === leaf.value.length) {
    const reading = normalized.slice(from, to)
    if (reading !== node.value) node.data = {normalized: reading}
  }
  return node
}

/** Whether a text leaf holds no line break, checked once per leaf so cutting many items stays linear. */
const singleLine = new WeakMap<TextNode, boolean>()

/** The point `index` code units into a text leaf (text leaves may hold line breaks from other parsers). */
function pointWithin(leaf: TextNode, index: number): Point {
  const start = leaf.position.start
  let flat = singleLine.get(leaf)
  if (flat === undefined) {
    flat = !/[\r\n]/.test(leaf.value)
    singleLine.set(leaf, flat)
  }
  if (flat) return {line: start.line, column: start.column + index, offset: start.offset + index}
  let line = start.line
  let column = start.column
  let position = -1
  while (++position < index) {
    const code = leaf.value.charCodeAt(position)
    if (code === 10 || (code === 13 && leaf.value.charCodeAt(position + 1) !== 10)) {
      line++
      column = 1
    } else {
      column++
    }
  }
  return {line, column, offset: start.offset + index}
}

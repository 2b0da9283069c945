import type {Point, TextNode} from '@gongwen/schema'

/**
 * The part `[from, to)` of a text leaf as a leaf of its own, positioned; `data.normalized` is cut
 * along when it has the same length (folding keeps lengths; other repairs cannot be cut).
 *
 * @param leaf a positioned text leaf
 * @param from start index into `leaf.value`
 * @param to end index into `leaf.value`
 * @param flat whether `leaf.value` holds no line break: a caller cutting one leaf many times tests it once, so the cuts stay linear
 */
export function cutText(leaf: TextNode, from: number, to: number, flat = isSingleLine(leaf)): TextNode {
  const node: TextNode = {
    type: 'text',
    value: leaf.value.slice(from, to),
    position: {start: pointWithin(leaf, from, flat), end: pointWithin(leaf, to, flat)}
  }
  const normalized = leaf.data?.normalized
  // Folding keeps lengths, so the reading can be cut at the same places; other repairs cannot.
  if (normalized !== undefined && normalized.length === leaf.value.length) {
    const reading = normalized.slice(from, to)
    if (reading !== node.value) node.data = {normalized: reading}
  }
  return node
}

/**
 * Whether a text leaf holds no line break (text leaves may hold line breaks from other parsers).
 *
 * @param leaf a text leaf
 */
export function isSingleLine(leaf: TextNode): boolean {
  return !/[\r\n]/.test(leaf.value)
}

/** The point `index` code units into a text leaf; `flat` when it holds no line break. */
function pointWithin(leaf: TextNode, index: number, flat: boolean): Point {
  const start = leaf.position.start
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

import type {BreakNode, MarkerNode, Point, Position, TextNode} from '@gongwen/schema'
import {locatePoints} from './locate-points.js'
import {foldWidth} from './normalize/fold-width.js'

/** Characters `foldWidth` changes: full-width digits, Latin letters, `．` and `％`. */
const foldable = /[０-９Ａ-Ｚａ-ｚ．％]/

/**
 * Makes positioned leaves of one text; points come from one line index (`locatePoints`). Points
 * may be shared between adjacent nodes: treat positions as read-only.
 */
export interface LeafFactory {
  point(offset: number): Point
  position(start: number, end: number): Position
  /** A text leaf; `normalized` overrides the folded reading (doubled glyphs collapsed). */
  text(start: number, end: number, normalized?: string): TextNode
  break(start: number, end: number, soft: boolean): BreakNode
  marker(start: number, end: number): MarkerNode
}

/**
 * Create the leaf factory for `text`.
 *
 * @param text the source every offset indexes
 * @param lineStarts where the lines of `text` start, when known (`scanLines`), so they are not searched again
 */
export function createLeafFactory(text: string, lineStarts?: readonly number[]): LeafFactory {
  const toPoint = locatePoints(text, lineStarts)
  // Leaves are made in document order, so a leaf's start is usually the previous leaf's end: the
  // point is shared (read-only by contract) instead of being looked up and allocated again.
  let lastOffset = -1
  let lastPoint: Point = {line: 1, column: 1, offset: 0}
  function point(offset: number): Point {
    if (offset === lastOffset) return lastPoint
    lastPoint = toPoint(offset)
    lastOffset = offset
    return lastPoint
  }
  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
  return {
    point,
    position,
    text(start, end, normalized) {
      const value = text.slice(start, end)
      // Most leaves hold nothing to fold: testing is cheaper than building an equal string.
      const reading = normalized ?? (foldable.test(value) ? foldWidth(value) : value)
      const node: TextNode = {type: 'text', value, position: position(start, end)}
      if (reading !== value) node.data = {normalized: reading}
      return node
    },
    break(start, end, soft) {
      const node: BreakNode = {type: 'break', value: text.slice(start, end), position: position(start, end)}
      if (soft) node.data = {soft: true}
      return node
    },
    marker(start, end) {
      return {type: 'marker', value: text.slice(start, end), position: position(start, end)}
    }
  }
}

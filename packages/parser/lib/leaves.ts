import type {BreakNode, MarkerNode, Point, Position, TextNode} from '@gongwen/schema'
import {locatePoints} from './locate-points.js'
import {foldableClass, foldWidth} from './normalize/fold-width.js'

/** Characters `foldWidth` changes: full-width digits, Latin letters, `．` and `％`. */
const foldable = new RegExp(foldableClass)
/** The same class, searched for from an offset (`lastIndex`). */
const nextFoldable = new RegExp(foldableClass, 'g')

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
  /** A marker leaf; `normalized` is its reading where the text has it otherwise (doubled glyphs). */
  marker(start: number, end: number, normalized?: string): MarkerNode
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
  // Most reports hold few characters to fold or none, and leaves come in document order: the next
  // foldable character at or after `searchedFrom` (text.length: none) is found by one search that
  // the following leaves share, not by a test of every leaf. A search only ever starts past the
  // last one found, so the searches together read the text once.
  let searchedFrom = 0
  let foldableAt = -1
  // Methods only, no named inner functions: a loader that keeps function names (tsx) would pay a
  // defineProperty for each of those on every call.
  const factory: LeafFactory = {
    point(offset) {
      if (offset === lastOffset) return lastPoint
      lastPoint = toPoint(offset)
      lastOffset = offset
      return lastPoint
    },
    position(start, end): Position {
      return {start: factory.point(start), end: factory.point(end)}
    },
    text(start, end, normalized) {
      const value = text.slice(start, end)
      let reading = normalized
      if (reading === undefined) {
        if (start > foldableAt) {
          nextFoldable.lastIndex = start
          foldableAt = nextFoldable.exec(text)?.index ?? text.length
          searchedFrom = start
        }
        // A leaf before the search (made out of order) is tested on its own.
        const folds = start >= searchedFrom ? foldableAt < end : foldable.test(value)
        // Most leaves hold nothing to fold: testing is cheaper than building an equal string.
        reading = folds ? foldWidth(value) : value
      }
      const node: TextNode = {type: 'text', value, position: factory.position(start, end)}
      if (reading !== value) node.data = {normalized: reading}
      return node
    },
    break(start, end, soft) {
      const node: BreakNode = {type: 'break', value: text.slice(start, end), position: factory.position(start, end)}
      if (soft) node.data = {soft: true}
      return node
    },
    marker(start, end, normalized) {
      const node: MarkerNode = {type: 'marker', value: text.slice(start, end), position: factory.position(start, end)}
      if (normalized !== undefined && normalized !== node.value) node.data = {normalized}
      return node
    }
  }
  return factory
}

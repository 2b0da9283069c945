import type {BreakNode, MarkerNode, Point, Position, TextNode} from '@gongwen/schema'
import {location} from 'vfile-location'
import {foldWidth} from './normalize/fold-width.js'

/** Makes positioned leaves of one text; points come from one line index (vfile-location). */
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
 */
export function createLeafFactory(text: string): LeafFactory {
  const index = location(text)
  function point(offset: number): Point {
    const found = index.toPoint(offset)
    // Every offset the parser makes lies within the text; the fallback only keeps the type honest.
    return found ? {line: found.line, column: found.column, offset} : {line: 1, column: offset + 1, offset}
  }
  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
  return {
    point,
    position,
    text(start, end, normalized) {
      const value = text.slice(start, end)
      const reading = normalized ?? foldWidth(value)
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

import type {Position} from '@gongwen/schema'
import {location} from 'vfile-location'

/** The Markdown source and how to position a range of it. */
export interface Source {
  text: string
  /** Position of `[start, end)`, with line and column from the one line index of the text. */
  position(start: number, end: number): Position
}

/** Index the text once; every node's position comes from it (vfile-location pattern). */
export function createSource(text: string): Source {
  const {toPoint} = location(text)
  function point(offset: number) {
    const found = toPoint(offset)
    if (!found || found.offset === undefined) throw new RangeError(`Cannot position offset ${offset} in a text of ${text.length} characters`)
    return {line: found.line, column: found.column, offset: found.offset}
  }
  return {
    text,
    position(start, end) {
      return {start: point(start), end: point(end)}
    }
  }
}

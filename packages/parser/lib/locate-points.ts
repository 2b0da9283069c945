import type {Point} from '@gongwen/schema'

/** Lines a lookup walks forward from the last one before it falls back to binary search. */
const maxWalk = 8

/**
 * A function giving the unist point of an offset into `text`, as vfile-location does (`\r\n`,
 * `\n` and `\r` end a line), without its per-lookup costs: the line starts are found once with
 * native `indexOf` into one array, and a lookup starts from the line of the previous one, since
 * the parser asks in document order (a few steps forward, else binary search).
 *
 * @param text the source every offset indexes
 * @param known the line starts of `text` when the caller has them already (`scanLines`)
 * @returns the point of an offset in `[0, text.length]`
 */
export function locatePoints(text: string, known?: readonly number[]): (offset: number) => Point {
  const starts = known ?? lineStarts(text)
  const last = starts.length - 1
  let line = 0
  // Anonymous: a loader that keeps function names (tsx) would otherwise name it on every call.
  return (offset: number): Point => {
    let start = starts[line] ?? 0
    if (start <= offset) {
      const limit = Math.min(last, line + maxWalk)
      while (line < limit && (starts[line + 1] ?? 0) <= offset) line++
      start = starts[line] ?? 0
      if (line === last || (starts[line + 1] ?? 0) > offset) return {line: line + 1, column: offset - start + 1, offset}
    }
    let low = 0
    let high = last
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    line = low
    return {line: line + 1, column: offset - (starts[line] ?? 0) + 1, offset}
  }
}

/** Offsets where lines start: 0, then after every `\r\n`, `\n` and lone `\r`. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  const length = text.length
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  if (lf === -1) lf = length
  if (cr === -1) cr = length
  while (lf < length || cr < length) {
    const end = cr + 1 === lf && lf < length ? lf : Math.min(cr, lf)
    const next = end + 1
    starts.push(next)
    if (lf < next) {
      lf = text.indexOf('\n', next)
      if (lf === -1) lf = length
    }
    if (cr < next) {
      cr = text.indexOf('\r', next)
      if (cr === -1) cr = length
    }
  }
  return starts
}

// Whether a candidate overlaps any range of a list: the units rules ask it of every candidate against the units found
// so far and against the placeholders, and the second look's placeholders are all of the first look's masks. Asked by
// scanning the list, a document with n masks cost n × n (a megabyte of one line took 11.6 times its eighth, where
// linear is 8): a long list is indexed instead, and a query costs a binary search.
import {lowerBound} from './lower-bound.js'

interface Range {
  start: number
  end: number
}

/** A list's first `length` ranges: their starts in ascending order, and the farthest end of each prefix of that order. */
interface RangeIndex {
  length: number
  starts: Float64Array
  farthest: Float64Array
}

// A list shorter than this is scanned: a scan of a few ranges costs less than looking up their index.
const minIndexed = 32
// How many ranges appended since the index was built a query scans before the index is built again: lists of found
// units grow by a rule's findings at a time.
const maxUnindexed = 32

const indexes = new WeakMap<readonly Range[], RangeIndex>()

/**
 * Whether some range of `ranges` shares a character with `[start, end)`: exactly
 * `ranges.some((range) => range.start < end && start < range.end)`. A list given more than once must only have grown
 * since (ranges are appended, never replaced): its index is kept between calls for the ranges it had.
 */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  if (ranges.length < minIndexed) return scanOverlaps(ranges, 0, start, end)
  let index = indexes.get(ranges)
  if (index === undefined || index.length > ranges.length || ranges.length - index.length > maxUnindexed) {
    index = indexRanges(ranges)
    indexes.set(ranges, index)
  }
  return indexOverlaps(index, start, end) || scanOverlaps(ranges, index.length, start, end)
}

function scanOverlaps(ranges: readonly Range[], from: number, start: number, end: number): boolean {
  for (let at = from; at < ranges.length; at++) {
    const range = ranges[at]
    if (range !== undefined && range.start < end && start < range.end) return true
  }
  return false
}

function indexRanges(ranges: readonly Range[]): RangeIndex {
  const starts = new Float64Array(ranges.length)
  const farthest = new Float64Array(ranges.length)
  let reach = -Infinity
  for (const [position, range] of inStartOrder(ranges).entries()) {
    starts[position] = range.start
    reach = Math.max(reach, range.end)
    farthest[position] = reach
  }
  return {length: ranges.length, starts, farthest}
}

/**
 * `ranges` sorted by start (stably). Most lists come sorted (the placeholders of the keep-lists, which the second look
 * asks about at every unit suffix, are all of the first look's masks in order), and are used as they are: sorting a
 * list of indices by a comparator that reads the ranges was 0.45% of a corpus pass.
 */
function inStartOrder(ranges: readonly Range[]): readonly Range[] {
  for (let at = 1; at < ranges.length; at++) if ((ranges[at - 1]?.start ?? 0) > (ranges[at]?.start ?? 0)) return [...ranges].sort((a, b) => a.start - b.start)
  return ranges
}

/**
 * The ranges that start before `end` are a prefix of the order by start; one of them reaches past `start` exactly
 * when the farthest end of that prefix does.
 */
function indexOverlaps({starts, farthest}: RangeIndex, start: number, end: number): boolean {
  const before = lowerBound(starts, end)
  return before > 0 && (farthest[before - 1] ?? 0) > start
}

/** The index of the first element of ascending `sorted` that is not below `value` (`sorted.length` when none is). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? 0) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** How many elements of `sorted`, ascending by `key`, have a key at or below `value`: the index after the last of them. */
export function countAtOrBelow<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = sorted[middle]
    if (item !== undefined && key(item) <= value) low = middle + 1
    else high = middle
  }
  return low
}

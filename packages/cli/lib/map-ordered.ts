/**
 * Map over a (possibly endless) source with at most `limit` calls in flight, yielding results in source
 * order. Reading the source waits while the window is full, so memory stays flat however long it is.
 *
 * @param source items, sync or async
 * @param limit how many calls may run at once (≥ 1)
 * @param map the work for one item
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  limit: number,
  map: (item: T) => Promise<R>
): AsyncGenerator<R> {
  const window: Promise<R>[] = []
  for await (const item of source) {
    window.push(map(item))
    if (window.length >= limit) yield await (window.shift() as Promise<R>)
  }
  while (window.length > 0) yield await (window.shift() as Promise<R>)
}

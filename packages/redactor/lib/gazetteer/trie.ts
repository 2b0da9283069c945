/**
 * A character trie matched leftmost-longest in one pass over the text. Names go in once; a scan walks
 * from each position as deep as the trie allows, so cost grows with the text, not with the number of
 * names (a regex alternation of 50,000 names takes minutes to compile; this takes tens of milliseconds).
 * All edges live in one map keyed by `node * 65536 + charCode`: one map instead of one per node is what
 * keeps building 60,000 names fast.
 */
export interface Trie<T> {
  edges: Map<number, number>
  /** Values by node id; node 0 is the root. */
  values: (T[] | undefined)[]
  /** Distinct names inserted. */
  size: number
}

/** One occurrence of a name: `values` are everything inserted under it. */
export interface TrieMatch<T> {
  start: number
  end: number
  values: readonly T[]
}

export function createTrie<T>(): Trie<T> {
  return {edges: new Map(), values: [undefined], size: 0}
}

export function insertName<T>(trie: Trie<T>, name: string, value: T): void {
  let node = 0
  for (let index = 0; index < name.length; index++) {
    const key = node * 65536 + name.charCodeAt(index)
    let child = trie.edges.get(key)
    if (child === undefined) {
      child = trie.values.length
      trie.values.push(undefined)
      trie.edges.set(key, child)
    }
    node = child
  }
  const values = trie.values[node]
  if (values) values.push(value)
  else {
    trie.values[node] = [value]
    trie.size++
  }
}

/** The longest name starting at `start`, if any. */
export function longestAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T> | undefined {
  let node: number | undefined = 0
  let found: TrieMatch<T> | undefined
  let index = start
  while (index < text.length) {
    node = trie.edges.get(node * 65536 + text.charCodeAt(index))
    if (node === undefined) break
    index++
    const values = trie.values[node]
    if (values) found = {start, end: index, values}
  }
  return found
}

/**
 * Every leftmost-longest occurrence, in text order. `accept` may turn a match down (a short form that is an
 * ordinary word here); the scan then goes on from the next character, so a name inside a refused one is
 * still found.
 */
export function scanTrie<T>(trie: Trie<T>, text: string, accept: (match: TrieMatch<T>) => boolean = () => true): TrieMatch<T>[] {
  const matches: TrieMatch<T>[] = []
  let index = 0
  while (index < text.length) {
    const match = longestAt(trie, text, index)
    if (match && accept(match)) {
      matches.push(match)
      index = match.end
    } else index++
  }
  return matches
}

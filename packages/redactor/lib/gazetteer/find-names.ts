import {createTrie, insertName, scanTrie, type TrieMatch} from './trie.js'

// Up to this many names, `indexOf` each: for a handful of names the engine's string search beats walking a trie
// over every character. Past it, one pass with a trie, as `scanTrie` does for the gazetteer: a search per name costs
// names × text, and a long document names many (a megabyte of reports grew 1.6 times faster than its length here).
const maxSearchedNames = 16

/**
 * Every occurrence of a few names (the bare names of the units and villages one document names), leftmost
 * and longest first like a trie scan: one `indexOf` per name for a few, a trie scan for more (both give the
 * same matches).
 */
export function findNames<T>(text: string, names: ReadonlyMap<string, T>): TrieMatch<T>[] {
  if (names.size > maxSearchedNames) return scanNames(text, names)
  const found: TrieMatch<T>[] = []
  for (const [name, value] of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) found.push({start: at, end: at + name.length, values: [value]})
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TrieMatch<T>[] = []
  let reached = 0
  for (const match of found) {
    if (match.start < reached) continue
    kept.push(match)
    reached = match.end
  }
  return kept
}

function scanNames<T>(text: string, names: ReadonlyMap<string, T>): TrieMatch<T>[] {
  let characters = 0
  for (const name of names.keys()) characters += name.length
  const trie = createTrie<T>(false, characters)
  for (const [name, value] of names) insertName(trie, name, value)
  return scanTrie(trie, text)
}

import type {TrieMatch} from './trie.js'

/**
 * Every occurrence of a few names (the bare names of the units and villages one document names), leftmost
 * and longest first like a trie scan, but by `indexOf`: for a handful of names the engine's string search
 * beats walking a trie over every character.
 */
export function findNames<T>(text: string, names: ReadonlyMap<string, T>): TrieMatch<T>[] {
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

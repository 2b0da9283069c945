import {loadGazetteer, type Division} from './load-gazetteer.js'
import {villagesOfTown} from './load-villages.js'
import {createTrie, insertName, type Trie} from './trie.js'

/** A name that counts only where the document names its town or county. */
export type LocalName = {kind: 'town'; division: Division} | {kind: 'village'; town: string}

// Reports of one batch tend to name the same counties, so the tries of the last few town sets are kept.
const kept = new Map<string, Trie<LocalName>>()
const keptTries = 16

/**
 * One trie of the short forms of `towns` (朱家角, 洗耳河) and of their villages and communities (西西社区,
 * also as 西西居委会; see `villageVariants`), so that a document that names a county is scanned once for all of them.
 */
export function localNames(towns: ReadonlySet<string>): Trie<LocalName> {
  const codes = [...towns].sort()
  const key = codes.join(' ')
  const cached = kept.get(key)
  if (cached) return cached
  const {divisionsOf} = loadGazetteer()
  const names: [string, LocalName][] = []
  for (const town of codes) {
    for (const division of divisionsOf(town)) if (division.shortForm) names.push([division.shortForm, {kind: 'town', division}])
    for (const name of villagesOfTown(town)) for (const variant of villageVariants(name)) names.push([variant, {kind: 'village', town}])
  }
  const trie = createTrie<LocalName>(false, names.reduce((sum, [name]) => sum + name.length, 0))
  for (const [name, value] of names) insertName(trie, name, value)
  if (kept.size >= keptTries) kept.delete(kept.keys().next().value ?? '')
  kept.set(key, trie)
  return trie
}

/** How reports write a village's name: as listed, a community also as …居委会, a 五里社区村 also as 五里社区. */
function villageVariants(name: string): string[] {
  if (name.endsWith('社区村')) return [name, name.slice(0, -1)]
  if (name.endsWith('社区')) return [name, `${name.slice(0, -2)}居委会`]
  return [name]
}

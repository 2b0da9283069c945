// The trie's bitmaps (first characters, one-character names, pairs twice, triples, name ends) only turn positions
// away; whatever they let through, a scan must find exactly what a plain leftmost-longest search finds.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createTrie, insertName, longestAt, scanTrie} from '../lib/gazetteer/trie.js'
import {naiveLeftmostLongest} from './naive-leftmost-longest.js'

// A small alphabet, so that names share first characters, pairs and triples, and texts hold many of them;
// 𠀀 is a surrogate pair, whose halves are code units of their own.
const alphabet = ['江', '安', '县', '镇', '村', '河', '南', 'a', '𠀀']
const word = (maxLength: number) => fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength}).map((chars) => chars.join(''))

describe('trie', () => {
  it('should find what a plain leftmost-longest search finds, for one- to six-character names, dense and sparse', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word(6), {minLength: 1, maxLength: 40}), word(80), fc.boolean(), fc.nat(200), (names, text, dense, edges) => {
        // `edges` sizes the bitmaps and the edge table; a small one makes the tables grow as names go in
        const trie = createTrie<string>(dense, edges)
        for (const name of names) insertName(trie, name, name)
        const scanned = scanTrie(trie, text).map(({start, end, values}) => ({start, end, name: values[0] ?? ''}))
        expect(scanned).toEqual(naiveLeftmostLongest(names, text))
      }),
      {numRuns: 300}
    )
  })

  it('should give the values of the longest name at a position, and nothing where none starts', () => {
    const trie = createTrie<number>(false, 4)
    for (const [index, name] of ['江', '江安', '江安县', '安县', 'a'].entries()) insertName(trie, name, index)
    insertName(trie, '江安', 5)
    expect(longestAt(trie, '江安县城', 0)).toEqual({start: 0, end: 3, values: [2]})
    expect(longestAt(trie, '江安镇', 0)).toEqual({start: 0, end: 2, values: [1, 5]})
    expect(longestAt(trie, '江村', 0)).toEqual({start: 0, end: 1, values: [0]})
    expect(longestAt(trie, '镇江', 0)).toBeUndefined()
    expect(longestAt(trie, 'xa', 1)).toEqual({start: 1, end: 2, values: [4]})
  })
})

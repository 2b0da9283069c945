// A document's local names (town short forms, villages) are scanned with a map of names instead of a trie,
// which took longer to build than to scan; the scan must find exactly what a trie of the same names finds.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadGazetteer} from '../lib/gazetteer/load-gazetteer.js'
import {indexLocalNames, localNames, scanLocalNames} from '../lib/gazetteer/local-names.js'
import {villagesOfTown} from '../lib/gazetteer/load-villages.js'
import {createTrie, insertName, scanTrie} from '../lib/gazetteer/trie.js'

// A small alphabet, so that names share first characters and pairs and texts hold many of them; 𠀀 is a
// surrogate pair, whose halves are code units of their own.
const alphabet = ['江', '安', '县', '镇', '村', '河', '南', 'a', '𠀀']
const word = (minLength: number, maxLength: number) => fc.array(fc.constantFrom(...alphabet), {minLength, maxLength}).map((chars) => chars.join(''))

describe('local names', () => {
  it('should find what a trie of the same names finds, values in the order they were given', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word(2, 7), fc.nat(3)), {minLength: 1, maxLength: 40}), fc.array(fc.oneof(fc.nat(), word(1, 3)), {maxLength: 30}), (entries, pieces) => {
        // The text strings names together (some cut short) with other characters, so names overlap and nest
        const text = pieces.map((piece) => (typeof piece === 'number' ? (entries[piece % entries.length]?.[0] ?? '').slice(piece % 3 === 0 ? 1 : 0) : piece)).join('')
        const byName = new Map<string, number[]>()
        const trie = createTrie<number>(false, 8)
        for (const [name, value] of entries) {
          byName.set(name, [...(byName.get(name) ?? []), value])
          insertName(trie, name, value)
        }
        expect(scanLocalNames(indexLocalNames(byName), text)).toEqual(scanTrie(trie, text))
      }),
      {numRuns: 400}
    )
  })

  it('should find the villages and town short forms of the towns of 汝州市 in a report on it', () => {
    const towns = loadGazetteer().townsOf('410482')
    const text = '汝州市钟楼街道的西西社区、南关社区和塔寺社区居委会，洗耳河街道，骑岭乡。'
    const found = scanLocalNames(localNames(towns, text), text).map((match) => [text.slice(match.start, match.end), match.values[0]?.kind])
    expect(found).toEqual(expect.arrayContaining([['西西社区', 'village'], ['南关社区', 'village'], ['洗耳河', 'town']]))
    expect(found.map(([name]) => name)).not.toContain('汝州')
  })

  it('should find a village under the other level or without its ethnic group, as reports write them', () => {
    // 陈埭镇 of 晋江市 lists 湖中村 and 溪边回族村; 黄合少镇 of 赛罕区 lists 前不塔气社区.
    const towns = [...loadGazetteer().townsOf('350582'), ...loadGazetteer().townsOf('150105')]
    const text = '湖中社区、溪边村、溪边回族村、前不塔气村，城东社区'
    const found = scanLocalNames(localNames(towns, text), text).map((match) => text.slice(match.start, match.end))
    expect(found).toEqual(expect.arrayContaining(['湖中社区', '溪边村', '溪边回族村', '前不塔气村']))
    expect(found).not.toContain('东社区')
  })

  it('should leave out of the names of a document only those whose first two characters it does not hold', () => {
    const towns = loadGazetteer().townsOf('410482')
    const every = towns.flatMap((town) => [...villagesOfTown(town), ...loadGazetteer().divisionsOf(town).flatMap((division) => division.shortForm ?? [])])
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...every), word(1, 3)), {maxLength: 30}), fc.nat(), (pieces, cut) => {
        // Names cut short and strung together, so that a pair of the text opens a name the text does not hold whole
        const text = pieces.map((piece, index) => (index % 3 === 0 ? piece.slice(cut % 3) : piece)).join('')
        // A text that holds every name as well leaves nothing out: the document's own names must be found alike
        expect(scanLocalNames(localNames(towns, text), text)).toEqual(scanLocalNames(localNames(towns, `${text}|${every.join('|')}`), text))
      }),
      {numRuns: 200}
    )
  })
})

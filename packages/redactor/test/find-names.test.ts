// `findNames` searches a few names with `indexOf` and scans for more with a trie: both must give the leftmost-longest
// occurrences a plain search gives.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findNames} from '../lib/gazetteer/find-names.js'
import {naiveLeftmostLongest} from './naive-leftmost-longest.js'

const alphabet = ['玉', '泉', '村', '黄', '连', '鑫', '源', '𠀀']
const word = (minLength: number, maxLength: number) => fc.array(fc.constantFrom(...alphabet), {minLength, maxLength}).map((chars) => chars.join(''))

describe('findNames', () => {
  it('should find what a plain leftmost-longest search finds, for a few names and for many', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word(2, 5), {minLength: 1, maxLength: 40}), word(0, 120), (names, text) => {
        const found = findNames(text, new Map(names.map((name) => [name, name]))).map(({start, end, values}) => ({start, end, name: values[0] ?? ''}))
        expect(found).toEqual(naiveLeftmostLongest(names, text))
      }),
      {numRuns: 300}
    )
  })
})

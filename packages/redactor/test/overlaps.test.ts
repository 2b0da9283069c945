// `overlapsAny` indexes long lists and keeps the index while a list grows; whatever the list, the order of its ranges
// (empty ones too) and the ranges appended between queries, it must answer what a scan of the list answers.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {overlapsAny} from '../lib/overlaps.js'

const range = fc.tuple(fc.nat(200), fc.nat(12)).map(([start, length]) => ({start, end: start + length}))
const query = fc.tuple(fc.integer({min: -5, max: 220}), fc.nat(12)).map(([start, length]) => ({start, end: start + length}))

describe('overlapsAny', () => {
  it('should answer as a scan of the list does, for short and long lists queried as they grow', () => {
    fc.assert(
      fc.property(fc.array(fc.array(range, {maxLength: 50}), {minLength: 1, maxLength: 5}), fc.array(query, {minLength: 1, maxLength: 30}), (batches, queries) => {
        const ranges: {start: number; end: number}[] = []
        for (const batch of batches) {
          ranges.push(...batch)
          for (const {start, end} of queries) {
            expect(overlapsAny(ranges, start, end)).toBe(ranges.some((item) => item.start < end && start < item.end))
          }
        }
      }),
      {numRuns: 300}
    )
  })
})

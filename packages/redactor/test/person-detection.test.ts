// The index of names found that the persons rules ask at their candidates: the answer a walk over the names gives.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Detection} from '../lib/detection.js'
import {overlapsEarlierFinds, person} from '../lib/detect/persons/person-detection.js'

/** Whether one of `names` covers an offset of `[start, end)`, by walking them. */
function overlapsByWalk(names: readonly Detection[], start: number, end: number): boolean {
  return names.some((name) => name.start < end && name.end > start)
}

const range = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => [start, start + length] as const)

describe('overlapsEarlierFinds', () => {
  it('should answer as a walk over the names found before it was made, whatever is found after', () => {
    fc.assert(
      fc.property(fc.array(range, {maxLength: 30}), fc.array(range, {maxLength: 10}), fc.array(range, {maxLength: 30}), (earlier, later, asked) => {
        const found = earlier.map(([start, end]) => person(start, end, 'test', 1, ''))
        const overlapsEarlier = overlapsEarlierFinds(found)
        const snapshot = [...found]
        // Names a rule adds after the index was made are not the index's, even when it is first asked after them.
        for (const [start, end] of later) found.push(person(start, end, 'test', 1, ''))
        for (const [start, end] of asked) expect(overlapsEarlier(start, end)).toBe(overlapsByWalk(snapshot, start, end))
      }),
      {numRuns: 300}
    )
  })

  it('should see a name found inside the range, at either edge, and no name that only touches it', () => {
    const overlapsEarlier = overlapsEarlierFinds([person(10, 13, 'test', 1, ''), person(20, 22, 'test', 1, '')])
    expect(overlapsEarlier(12, 15)).toBe(true)
    expect(overlapsEarlier(8, 11)).toBe(true)
    expect(overlapsEarlier(0, 30)).toBe(true)
    expect(overlapsEarlier(13, 20)).toBe(false)
    expect(overlapsEarlier(22, 40)).toBe(false)
    expect(overlapsEarlier(0, 10)).toBe(false)
  })
})

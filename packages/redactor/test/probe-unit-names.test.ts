// Recall beyond the corpus for local units: generated names (an invented brand, a trade, a unit suffix) in
// the sentences where units stand in reports. ANNOTATION.md asks for each unit's proper part to be masked.
import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {probeUnitNames, probeUnits} from '../lib/eval/probe-unit-names.js'

describe('unit probe', () => {
  it('should mask the brand of at least 92% of 300 generated unit names, in every probe sentence', () => {
    const result = probeUnitNames((text) => redact(text), probeUnits(300))
    const table = result.sentences.map((sentence) => `${sentence.masked}/${sentence.mentions} ${sentence.sentence} ${sentence.missed.join(' ')}`).join('\n')
    expect(result.units).toBe(300)
    for (const sentence of result.sentences) expect(sentence.masked / sentence.mentions, table).toBeGreaterThanOrEqual(0.92)
  })
})

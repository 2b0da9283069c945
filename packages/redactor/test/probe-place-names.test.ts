// Recall beyond the corpus for places: counties and towns drawn from the whole gazetteer, and villages after
// their town, in the sentences where places stand in reports. ANNOTATION.md asks for each proper part.
import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {probePlaceNames} from '../lib/eval/probe-place-names.js'

describe('place probe', () => {
  it('should mask the proper part of at least 98% of 300 gazetteer places whole, in every probe sentence', () => {
    const result = probePlaceNames((text) => redact(text), 300)
    const table = result.sentences.map((sentence) => `${sentence.masked}/${sentence.mentions} ${sentence.sentence} ${sentence.missed.join(' ')}`).join('\n')
    expect(result.places).toBe(600)
    for (const sentence of result.sentences) expect(sentence.masked / sentence.mentions, table).toBeGreaterThanOrEqual(0.98)
  })
})

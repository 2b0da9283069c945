// Recall beyond the corpus: generated names (common surnames, common given-name characters) in the sentences
// where names stand in reports. ANNOTATION.md asks for every one of them to be masked.
import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {probeNames, probePersonNames} from '../lib/eval/probe-person-names.js'

describe('person probe', () => {
  it('should mask at least 97% of 500 generated names whole, in every probe sentence at least 90%', () => {
    const result = probePersonNames((text) => redact(text), probeNames(500))
    const table = result.sentences.map((sentence) => `${sentence.masked}/${sentence.mentions} ${sentence.sentence} ${sentence.missed.join(' ')}`).join('\n')
    expect(result.names).toBe(500)
    expect(result.masked / result.mentions, table).toBeGreaterThanOrEqual(0.97)
    for (const sentence of result.sentences) expect(sentence.masked / sentence.mentions, table).toBeGreaterThanOrEqual(0.9)
  })

  it('should read a probe sentence that holds tabs of its own (a table row) whole', () => {
    const result = probePersonNames((text) => redact(text), probeNames(20))
    const row = result.sentences.find((sentence) => sentence.sentence === '1\t{}\t县农业农村局\t局长')
    expect(row?.mentions).toBe(20)
  })

  it('should ask in a surname sentence for the name and, in the later slot, its surname alone', () => {
    const names = probeNames(40)
    const result = probePersonNames((text) => redact(text), names)
    const surnameSentence = result.sentences.find((sentence) => sentence.sentence.endsWith('{}书记走访了全村农户。'))
    expect(surnameSentence?.mentions).toBe(80)
    // a redactor that masks only the first slot's name gets half of them
    const namesOnly = probePersonNames((text) => ({spans: redact(text).spans.filter((span) => span.end - span.start > 1)}), names)
    expect(namesOnly.sentences.find((sentence) => sentence.sentence === surnameSentence?.sentence)?.masked).toBeLessThanOrEqual(40)
  })
})

// Precision beyond the corpus: jieba's 10,000 most frequent common words (less those holding a place name)
// in report sentences that put them beside titles, levels, verbs after names and figures. Every word the
// redactor changes is a false mask; the corpus gold, with a few thousand words, cannot show these.
import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {commonWords, probeCommonWords} from '../lib/eval/probe-common-words.js'

describe('common-word probe', () => {
  it('should leave at least 99.9% of the 10,000 most frequent common words visible in every probe sentence', () => {
    const result = probeCommonWords((text) => redact(text), commonWords(10_000))
    const listed = result.findings.map((finding) => `${finding.sentence.replace('{}', `【${finding.word}】`)}: ${finding.spans.map((span) => `${span.type}/${span.rule}`).join(', ')}`)
    expect(result.words).toBe(10_000)
    expect(result.maskedWords, listed.join('\n')).toBeLessThan(10)
  })
})

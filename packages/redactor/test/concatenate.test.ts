import {describe, expect, it} from 'vitest'
import {applySpans} from '../lib/apply-spans.js'
import {concatenate} from '../lib/concatenate.js'

describe('concatenate', () => {
  it("should give what parts.join('') gives, below, at and past the parts it joins at a time", () => {
    for (const count of [0, 1, 1023, 1024, 1025, 2048, 5000, 1024 * 1024 + 3]) {
      const parts = Array.from({length: count}, (_, index) => (index % 3 === 0 ? '' : String(index % 97)))
      expect(concatenate(parts), `${count} parts`).toBe(parts.join(''))
    }
  })

  it('should let applySpans mask a long line of contacts, every one of them and nothing else', () => {
    const contact = '电话13812345678，'
    const text = contact.repeat(20_000)
    const spans = Array.from({length: 20_000}, (_, index) => {
      const start = index * contact.length + 2
      return {type: 'CONTACT' as const, start, end: start + 11, original: '13812345678', replacement: '**', detector: 'contacts', rule: 'mobile', confidence: 1, reason: 'a mobile number'}
    })
    expect(applySpans(text, spans)).toBe('电话**，'.repeat(20_000))
  })
})

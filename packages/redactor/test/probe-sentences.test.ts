import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {probeSentence} from '../lib/eval/probe-sentences.js'

describe('probeSentence', () => {
  const fillers = [{text: '江安县', maskStart: 0, maskEnd: 2}, {text: '汝州市', maskStart: 0, maskEnd: 2}]

  it('should fill each slot with the next filler and count the fillers masked whole', () => {
    const result = probeSentence((text) => redact(text), '会议在{}召开。', '{}', fillers)
    expect(result).toEqual({sentence: '会议在{}召开。', mentions: 2, masked: 2, missed: []})
  })

  it('should throw a TypeError naming a sentence without the slot, which would never end', () => {
    expect(() => probeSentence((text) => redact(text), '会议在江安召开。', '{}', fillers)).toThrow(/会议在江安召开。.*has no `\{\}` slot/u)
  })
})

import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {wrappedSystem, wrapText} from '../lib/eval/wrapped-system.js'

describe('wrapText', () => {
  it('should break every line after as many characters as asked, where it goes on, and say where each character came from', () => {
    const wrapped = wrapText('江安县税务局开展纳税服务\n共走访企业', 4)
    expect(wrapped.text).toBe('江安县税\n务局开展\n纳税服务\n共走访企\n业')
    expect([...wrapped.source.subarray(0, 6)]).toEqual([0, 1, 2, 3, -1, 4])
  })
})

describe('wrappedSystem', () => {
  it('should give back the spans of the wrapped text in offsets of the text, with the kept ending unwrapped', () => {
    const text = '本季度，西昌山鹰户外用品有限公司向江安县捐赠帐篷120顶。'
    const system = wrappedSystem({name: 'gongwen', redact: (input) => redact(input)}, 15)
    const spans = system.redact(text).spans
    const unit = spans.find((span) => span.type === 'ORG')
    expect(unit && text.slice(unit.start, unit.end)).toBe(unit?.original)
    // the wrap falls in 有⏎限公司
    expect(unit?.original).toBe('西昌山鹰户外用品有限公司')
    expect(unit?.replacement).toBe('*户外用品有限公司')
    expect(spans.map((span) => span.original)).toEqual(['西昌山鹰户外用品有限公司', '江安县', '120'])
  })
})

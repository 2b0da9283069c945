import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {boldSystem, doubleShortLines, marginSystem, wrapBehindMargin, wrappedSystem, wrapText} from '../lib/eval/pdf-systems.js'

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

describe('wrapBehindMargin', () => {
  it('should indent every line but a blank one by the margin, and say where each character came from', () => {
    const extracted = wrapBehindMargin('江安县税务局开展纳税服务\n\n共走访企业', 8, 2)
    expect(extracted.text).toBe('  江安县税务局开展\n  纳税服务\n\n  共走访企业')
    expect([...extracted.source.subarray(0, 12)]).toEqual([-1, -1, 0, 1, 2, 3, 4, 5, 6, 7, -1, -1])
    expect([...extracted.source.subarray(16, 20)]).toEqual([11, 12, 13, -1])
  })
})

describe('marginSystem', () => {
  it('should give back the spans of the indented text in offsets of the text', () => {
    const text = '本季度，西昌山鹰户外用品有限公司向江安县捐赠帐篷120顶。'
    const spans = marginSystem({name: 'gongwen', redact: (input) => redact(input)}, 15, 4).redact(text).spans
    expect(spans.map((span) => [span.original, text.slice(span.start, span.end)])).toEqual([
      ['西昌山鹰户外用品有限公司', '西昌山鹰户外用品有限公司'],
      ['江安县', '江安县'],
      ['120', '120']
    ])
  })
})

describe('doubleShortLines', () => {
  it('should double every character of the short lines only, and say where each came from', () => {
    const doubled = doubleShortLines('江安县\n本季度开展纳税服务', 4)
    expect(doubled.text).toBe('江江安安县县\n本季度开展纳税服务')
    expect([...doubled.source.subarray(0, 8)]).toEqual([0, 0, 1, 1, 2, 2, 3, 4])
  })
})

describe('boldSystem', () => {
  it('should give back the spans of the bold text in offsets of the text', () => {
    const text = '江安县税务局2023年工作总结\n本季度，江安县税务局共走访企业120户。'
    const spans = boldSystem({name: 'gongwen', redact: (input) => redact(input)}, 16).redact(text).spans
    expect(spans.map((span) => [span.start, span.original])).toEqual([
      [0, '江安'],
      [20, '江安'],
      [31, '120']
    ])
    // a kept ending counts once, as the text has it (*县 of 金金寨寨县县)
    const county = boldSystem({name: 'gongwen', redact: (input) => redact(input)}, 16).redact('金寨县大湾村茶旅融合\n').spans
    expect(county.map((span) => [span.original, span.replacement])).toEqual([
      ['金寨县', '**县'],
      ['大湾村', '**村']
    ])
  })
})

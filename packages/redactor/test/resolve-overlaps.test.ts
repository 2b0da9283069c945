import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Detection} from '../lib/detection.js'
import {redact} from '../index.js'
import {resolveOverlaps} from '../lib/resolve-overlaps.js'

function detection(text: string, value: string, type: Detection['type'], fields: Partial<Detection> = {}): Detection {
  const start = text.indexOf(value)
  return {type, start, end: start + value.length, suffixLength: 0, detector: 'test', rule: 'test', confidence: 0.9, reason: 'test', ...fields}
}

const typeRank: Record<Detection['type'], number> = {PLACE: 0, ORG: 0, PERSON: 0, CONTACT: 1, FIGURE: 2, DATE: 3}

/** Whether `a` goes before `b` in the documented order: longer, more confident, names, own finding, earlier. */
function ranksBefore(a: Detection, b: Detection): boolean {
  const keys = (d: Detection): (number | string)[] => [
    -(d.end - d.start),
    -d.confidence,
    typeRank[d.type],
    d.rule === 'propagated' ? 1 : 0,
    d.start,
    d.detector,
    d.rule
  ]
  const left = keys(a)
  const right = keys(b)
  for (const [index, key] of left.entries()) {
    const other = right[index] ?? 0
    if (key !== other) return key < other
  }
  return true
}

function overlaps(a: Detection, b: Detection): boolean {
  return a.start < b.end && b.start < a.end
}

const randomDetection = fc
  .record({
    type: fc.constantFrom<Detection['type']>('PLACE', 'ORG', 'PERSON', 'CONTACT', 'FIGURE', 'DATE'),
    start: fc.integer({min: -2, max: 40}),
    length: fc.integer({min: -1, max: 8}),
    confidence: fc.constantFrom(0.5, 0.8, 0.85, 0.9, 1),
    detector: fc.constantFrom('places', 'units', 'figures'),
    rule: fc.constantFrom('a', 'b', 'propagated')
  })
  .map(({start, length, ...fields}): Detection => ({...fields, start, end: start + length, suffixLength: 0, reason: 'random'}))

describe('resolveOverlaps', () => {
  it('should keep the unit named after its place, with the place level in its suffix', () => {
    const text = '国家税务总局江安县税务局2022年上半年工作总结'
    const chosen = resolveOverlaps(
      [detection(text, '江安县', 'PLACE', {suffixLength: 1}), detection(text, '江安县税务局', 'ORG', {suffixLength: 3}), detection(text, '2022', 'FIGURE')],
      text
    )
    expect(chosen.map((found) => [text.slice(found.start, found.end), found.suffixLength])).toEqual([
      ['江安县税务局', 4],
      ['2022', 0]
    ])
  })

  it('should start a unit after its place where a name of its own follows the place, so the name does not show', () => {
    const text = '沙溪镇的沙溪老院子客栈'
    const chosen = resolveOverlaps([detection(text, '沙溪', 'PLACE', {start: 4, end: 6}), detection(text, '沙溪老院子客栈', 'ORG', {suffixLength: 2})], text)
    expect(chosen.map((found) => [text.slice(found.start, found.end), found.suffixLength])).toEqual([
      ['沙溪', 0],
      ['老院子客栈', 2]
    ])
    // Kept whole after the place's proper part, the unit showed its name: *老院子客栈
    expect(redact('剑川县沙溪镇的沙溪老院子客栈等住宿').text).toBe('*县*镇的**客栈等住宿')
  })

  it('should start a unit read back into a place after the place, so no character of the place shows', () => {
    const text = '与零陵区萍阳中学结对'
    const place = detection(text, '零陵区', 'PLACE', {suffixLength: 1})
    const chosen = resolveOverlaps([place, detection(text, '陵区萍阳中学', 'ORG', {suffixLength: 2})], text)
    expect(chosen.map((found) => text.slice(found.start, found.end))).toEqual(['零陵区', '萍阳中学'])
    // with nothing of a name of its own after the place, the unit takes the place in
    const alone = '与零陵区中学结对'
    const whole = resolveOverlaps([detection(alone, '零陵区', 'PLACE', {suffixLength: 1}), detection(alone, '陵区中学', 'ORG', {suffixLength: 2})], alone)
    expect(whole.map((found) => alone.slice(found.start, found.end))).toEqual(['零陵区中学'])
    // jieba reads 零|陵区萍阳中学 there: before, 零 was left visible (零*中学)
    expect(redact('与永州市冷水滩区梧溪学校、零陵区萍阳中学建立帮扶关系').text).toBe('与*市*区*学校、*区*中学建立帮扶关系')
  })

  it('should read two places that overlap, neither holding the other, as one name', () => {
    const text = '厍东关乡：樱桃红了'
    const chosen = resolveOverlaps([detection(text, '厍东关', 'PLACE', {confidence: 0.9}), detection(text, '东关乡', 'PLACE', {suffixLength: 1, confidence: 0.95})], text)
    expect(chosen.map((found) => [text.slice(found.start, found.end), found.suffixLength])).toEqual([['厍东关乡', 1]])
    // either alone showed a character of the other (厍*乡)
    expect(redact('纳雍县厍东关彝族白族苗族乡。\n\n厍东关乡：樱桃红了').text).toBe('*县*彝族白族苗族乡。\n\n*乡：樱桃红了')
  })

  it('should keep the level of the place in a unit named after its place and its product or kind', () => {
    // 茭白 and 实验 are words jieba knows: what the unit grows and what kind of school it is
    expect(redact('青浦区练塘镇练塘茭白专业合作社').text).toBe('*区*镇*茭白专业合作社')
    expect(redact('国家税务总局江安县税务局、江安县实验小学').text).toBe('国家税务总局*县税务局、*县实验小学')
  })

  it('should choose the same in a text longer than the table kept between calls, and in a short one after it', () => {
    const name = '国家税务总局江安县税务局'
    const long = '。'.repeat(70_000) + name
    const short = name
    for (const text of [long, short, long]) {
      const chosen = resolveOverlaps(
        [detection(text, '江安县', 'PLACE', {suffixLength: 1}), detection(text, '江安县税务局', 'ORG', {suffixLength: 3}), detection(text, '县税', 'FIGURE')],
        text
      )
      expect(chosen.map((found) => [text.slice(found.start, found.end), found.suffixLength])).toEqual([['江安县税务局', 4]])
    }
  })

  it('should prefer a detector’s own finding to a propagated copy of the same span', () => {
    const text = '汝州市实验小学'
    const copy = detection(text, '汝州市', 'PLACE', {rule: 'propagated', detector: 'places'})
    const own = detection(text, '汝州市', 'PLACE', {rule: 'gazetteer-county', detector: 'places'})
    expect(resolveOverlaps([copy, own], text)).toEqual([own])
  })

  it('should choose greedily in rank order: every candidate left out overlaps one chosen before it', () => {
    fc.assert(
      fc.property(fc.array(randomDetection, {maxLength: 30}), fc.integer({min: 0, max: 48}), (generated, textLength) => {
        // Blank text holds no Chinese name, so no unit is started after its place, and units read back into a place
        // (moved to start after it) are left out: the ranking alone decides
        const detections = generated.filter(
          (unit) => unit.type !== 'ORG' || !generated.some((place) => place.type === 'PLACE' && place.start < unit.start && unit.start < place.end && place.end < unit.end)
        )
        const chosen = resolveOverlaps(detections, ' '.repeat(textLength))
        for (const [index, found] of chosen.entries()) {
          const next = chosen[index + 1]
          if (next) expect(found.end).toBeLessThanOrEqual(next.start)
          expect(found.start).toBeGreaterThanOrEqual(0)
          expect(found.end).toBeLessThanOrEqual(textLength)
        }
        for (const candidate of detections) {
          if (candidate.start < 0 || candidate.end > textLength || candidate.end <= candidate.start) {
            expect(chosen).not.toContain(candidate)
            continue
          }
          if (chosen.includes(candidate)) continue
          expect(chosen.some((found) => overlaps(found, candidate) && ranksBefore(found, candidate))).toBe(true)
        }
      }),
      {numRuns: 300}
    )
  })
})

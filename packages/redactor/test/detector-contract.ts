import fc from 'fast-check'
import {expect} from 'vitest'
import type {Detection} from '../lib/detection.js'

// Pieces of report text that exercise the place and unit detectors: names, suffixes, generic words,
// placeholders, line breaks, and random CJK characters in between.
const pieces = [
  '江安县', '汝州市', '河南省', '河南', '汝州', '江安', '朱家角镇', '沙湾村', '西西社区', '杨垇小学', '有限公司', '专业合作社',
  '村', '镇', '乡', '社区', '街道', '小学', '医院', '公司', '各村', '本镇', '全村', '城市', '市委', '京津冀', '国家税务总局',
  '*', '**', 'xx', 'X', '*县税务局', '，', '。', '、', '“', '”', '\n', '\r\n', ' ', '和县', '文明村镇', '乡村振兴'
]
const cjk = fc.integer({min: 0x4e00, max: 0x9fa5}).map((code) => String.fromCharCode(code))

/** Report-like text built from `pieces` and random characters. */
export const reportText = fc.array(fc.oneof({arbitrary: cjk, weight: 2}, {arbitrary: fc.constantFrom(...pieces), weight: 3}), {maxLength: 60}).map((parts) => parts.join(''))

/** What every detection of a detector must satisfy, on any text (see lib/detection.ts). */
export function expectDetectionContract(text: string, detections: readonly Detection[], detector: string): void {
  let previousEnd = 0
  for (const detection of detections) {
    expect(detection.detector).toBe(detector)
    expect(detection.start).toBeGreaterThanOrEqual(previousEnd)
    expect(detection.end).toBeGreaterThan(detection.start)
    expect(detection.end).toBeLessThanOrEqual(text.length)
    expect(detection.suffixLength).toBeGreaterThanOrEqual(0)
    expect(detection.suffixLength).toBeLessThan(detection.end - detection.start)
    expect(detection.confidence).toBeGreaterThan(0)
    expect(detection.confidence).toBeLessThanOrEqual(1)
    expect(detection.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    previousEnd = detection.end
  }
}

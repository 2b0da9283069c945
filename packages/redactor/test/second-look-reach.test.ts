// The reach the second look relies on, declared rule by rule and enforced. The second look (findUncovered in
// lib/redact.ts) reads the redacted text only in windows around the masks and blanks the rest; a rule finds there what
// it would find in the whole output only where it reads nothing beyond its window (no names found elsewhere, no line
// or column read whole). Rules declared `window` below must keep that: on the tune and seed documents and on
// report-like text, with stretches starred as masks star them, their findings inside the windows (touching no mask)
// are the same in the windows as in the whole text.
//
// Declared so far: the contacts rules, but for `code-in-labelled-column`, which reads its column's header, lines above
// (a window may not hold it). Not declared, as the tune documents show them read beyond (findings lost or found in the
// windows): figures (`table-cell` and `arabic-unit` read a row's line whole), and persons, places and units, whose
// rules read the names and units found anywhere in the document.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../../test/load-corpus.js'
import {detectContacts} from '../lib/detect/detect-contacts.js'
import type {Detection, Detector} from '../lib/detection.js'
import {neighboursOfMasks, outputOffset} from '../lib/redact.js'
import {makeContext} from './make-context.js'

/** Rules whose findings depend on their window's text alone, by detector. */
const windowRules: readonly {name: string; detector: Detector; reachesBeyond: ReadonlySet<string>}[] = [
  {name: 'contacts', detector: detectContacts, reachesBeyond: new Set(['code-in-labelled-column'])}
]

/** `text` with stretches of one to four characters starred (`*` or `**`), never over a line break, where `starAt` says. */
function starred(text: string, starAt: readonly {gap: number; length: number; double: boolean}[]): {output: string; masks: {start: number; end: number}[]} {
  let output = ''
  const masks: {start: number; end: number}[] = []
  let at = 0
  for (const {gap, length, double} of starAt) {
    const start = at + gap
    if (start + length > text.length) break
    output += text.slice(at, start)
    at = start
    if (text.slice(start, start + length).includes('\n')) continue
    const star = double ? '**' : '*'
    masks.push({start: output.length, end: output.length + star.length})
    output += star
    at = start + length
  }
  return {output: output + text.slice(at), masks}
}

const key = (detection: Detection) => `${detection.start}:${detection.end}:${detection.type}:${detection.rule}:${detection.confidence}:${detection.suffixLength}`

/** For each declared rule, its findings in the whole output and in the second look's windows, where both read the same text. */
function findingsBothWays(output: string, masks: readonly {start: number; end: number}[]): {inOutput: string[]; inWindows: string[]}[] {
  const windowed = neighboursOfMasks(output, masks)
  const kept = new Uint8Array(output.length)
  for (let at = 0; at < windowed.text.length; at++) {
    const offset = outputOffset(windowed, at)
    if (windowed.text.charAt(at) === output.charAt(offset)) kept[offset] = 1
  }
  for (const mask of masks) kept.fill(0, mask.start, mask.end)
  // Inside the windows: every character kept as the output has it (or a blank or line break there), none a mask's
  const inside = (detection: Detection) => {
    for (let at = detection.start; at < detection.end; at++) if (kept[at] === 0 && !/\s/u.test(output.charAt(at))) return false
    return masks.every((mask) => mask.end <= detection.start || mask.start >= detection.end)
  }
  return windowRules.map(({detector, reachesBeyond}) => {
    const declared = (detection: Detection) => !reachesBeyond.has(detection.rule) && inside(detection)
    const inWindows = detector(makeContext(windowed.text), []).map((detection) => ({
      ...detection,
      start: outputOffset(windowed, detection.start),
      end: outputOffset(windowed, detection.end - 1) + 1
    }))
    return {inOutput: detector(makeContext(output), []).filter(declared).map(key).sort(), inWindows: inWindows.filter(declared).map(key).sort()}
  })
}

// A fixed generator, so every run stars the same stretches.
function starsFrom(seed: number, length: number): {gap: number; length: number; double: boolean}[] {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const stars: {gap: number; length: number; double: boolean}[] = []
  for (let at = 0; at < length; ) {
    const star = {gap: 20 + Math.floor(random() * 80), length: 1 + Math.floor(random() * 4), double: random() < 0.5}
    stars.push(star)
    at += star.gap + star.length
  }
  return stars
}

describe('the reach of rules the second look reads in windows', () => {
  it('should find in the windows what the whole text holds there, on the tune and seed documents', () => {
    // An allow-list of splits: a document of any other split is held out
    const documents = loadCorpus().filter((document) => document.gold.split === 'tune' || document.gold.split === 'seed')
    let compared = 0
    for (const [index, document] of documents.entries()) {
      for (const seed of [index + 1, index + 1000]) {
        const {output, masks} = starred(document.text, starsFrom(seed, document.text.length))
        for (const {inOutput, inWindows} of findingsBothWays(output, masks)) {
          expect(inWindows, document.name).toEqual(inOutput)
          compared += inOutput.length
        }
      }
    }
    expect(compared).toBeGreaterThan(40)
  })

  it('should find in the windows what the whole text holds there, on report-like text', () => {
    const piece = fc.oneof(
      fc.integer({min: 0x4e00, max: 0x9fa5}).map((code) => String.fromCharCode(code)),
      fc.constantFrom('，', '。', '：', '、', '（', '）', ' ', '  ', '\t', '\n', '电话', '联系电话：', '手机：', '邮箱：', '许可证号', '统一社会信用代码：'),
      fc.constantFrom('13800138000', '0831-4521234', 'tax@example.com', 'http://www.jiangan.gov.cn', '511523199001011234', '川Q·12345', '91511523MA62A1B2C3', '6222021234567890123')
    )
    const stars = fc.array(fc.record({gap: fc.integer({min: 0, max: 30}), length: fc.integer({min: 1, max: 4}), double: fc.boolean()}), {maxLength: 12})
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 80}), stars, (pieces, starAt) => {
        const {output, masks} = starred(pieces.join(''), starAt)
        for (const {inOutput, inWindows} of findingsBothWays(output, masks)) expect(inWindows).toEqual(inOutput)
      }),
      {numRuns: 300}
    )
  })
})

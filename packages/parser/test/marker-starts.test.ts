import {enumerationMarkers, headingMarkers, matchEnumerationMarker, matchHeadingMarker} from '@gongwen/parser'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ruleStarts} from '../lib/char-codes.js'
import {sequenceWords} from '../lib/markers.js'
import {readOrdinal} from '../lib/ordinal-numeral.js'

// Pieces of every marker family, and their near misses.
const pieces = ['一', '二', '十', '三', '第', '（', '(', '）', ')', '1', '9', '２', '.', '．', '、', '①', '⑳', '是', '，', ':', '：', '首先', '其次', '再次', '最后', '部分', '章', 'a', ' ', '\u3000', '正文']
// Every single-character numeral of every family, written out here rather than read from the rules.
const numerals = [...'0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十']

/** Marker-shaped starts: every opening × numeral or sequence word × closing × text that follows. */
const openings = ['', '（', '(', '第', 'a', '正']
const words = [...numerals, '十二', '三十', '12', '１２', '首先', '其次', '再次', '最后', '']
const closings = ['、', '）', ')', '.', '．', '是', '，', ':', '部分', '章', '']
const follows = ['', '正文', '1', ' ']
const markerShaped = openings.flatMap((opening) => words.flatMap((word) => closings.flatMap((closing) => follows.map((rest) => opening + word + closing + rest))))

const randomStart = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 6}).map((parts) => parts.join(''))

/** The first heading rule whose pattern reads a marker at the start, trying every rule. */
function headingRuleByEveryPattern(text: string): string | undefined {
  for (const rule of headingMarkers) {
    rule.pattern.lastIndex = 0
    const match = rule.pattern.exec(text)
    const numeral = match?.[1]
    if (match && numeral !== undefined && readOrdinal(numeral) !== undefined && match[0].length < text.length) return rule.name
  }
  return undefined
}

function enumerationRuleByEveryPattern(text: string): string | undefined {
  for (const rule of enumerationMarkers) {
    rule.pattern.lastIndex = 0
    const word = rule.pattern.exec(text)?.[1]
    if (word !== undefined && (sequenceWords.get(word) ?? readOrdinal(word)) !== undefined) return rule.name
  }
  return undefined
}

describe('marker rules', () => {
  it('should find the marker trying only the rules its first character allows, as trying every rule does', () => {
    for (const text of markerShaped) {
      expect(matchHeadingMarker(text, 0, text.length)?.rule.name, text).toBe(headingRuleByEveryPattern(text))
      expect(matchEnumerationMarker(text, 0)?.family, text).toBe(enumerationRuleByEveryPattern(text))
    }
    fc.assert(
      fc.property(randomStart, (text) => {
        expect(matchHeadingMarker(text, 0, text.length)?.rule.name).toBe(headingRuleByEveryPattern(text))
        expect(matchEnumerationMarker(text, 0)?.family).toBe(enumerationRuleByEveryPattern(text))
      }),
      {numRuns: 1000}
    )
  })

  it('should set one bit per rule on the characters it starts with', () => {
    const table = ruleStarts([{starts: 'ab'}, {starts: 'b'}])
    expect([table['a'.charCodeAt(0)], table['b'.charCodeAt(0)], table['c'.charCodeAt(0)]]).toEqual([1, 3, 0])
    expect(() => ruleStarts(Array.from({length: 9}, () => ({starts: 'a'})))).toThrow(RangeError)
  })
})

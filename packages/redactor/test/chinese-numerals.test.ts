import {describe, expect, it} from 'vitest'
import {parseChineseNumeral} from '../lib/chinese-numerals.js'

describe('parseChineseNumeral', () => {
  it('should read positional numerals with 十百千万亿', () => {
    expect(parseChineseNumeral('十五')).toBe(15)
    expect(parseChineseNumeral('三百')).toBe(300)
    expect(parseChineseNumeral('两千三百')).toBe(2300)
    expect(parseChineseNumeral('一百二十万')).toBe(1_200_000)
    expect(parseChineseNumeral('一千零五')).toBe(1005)
    expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000)
    expect(parseChineseNumeral('二十')).toBe(20)
  })

  it('should read digit-by-digit numerals such as years', () => {
    expect(parseChineseNumeral('二〇二二')).toBe(2022)
    expect(parseChineseNumeral('一九九八')).toBe(1998)
    expect(parseChineseNumeral('七')).toBe(7)
  })

  it('should refuse approximations and rhetoric', () => {
    expect(parseChineseNumeral('三五')).toBeUndefined()
    expect(parseChineseNumeral('千万')).toBeUndefined()
    expect(parseChineseNumeral('百')).toBeUndefined()
    expect(parseChineseNumeral('万')).toBeUndefined()
    expect(parseChineseNumeral('三千三千')).toBeUndefined()
    expect(parseChineseNumeral('')).toBeUndefined()
  })
})

// Chinese numerals as reports write them: 十五, 两千三百, 一百二十万, 一亿二千万 (positional with 十百千万亿),
// and digit-by-digit strings such as years 二〇二二. No npm package handles both together.

/** The Chinese numeral characters, for regular-expression character classes. */
export const chineseNumeralCharacters = '零〇一二两三四五六七八九十百千万亿'

const digits = new Map<string, number>([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9]
])

const smallUnits = new Map<string, number>([
  ['十', 10],
  ['百', 100],
  ['千', 1000]
])

/**
 * The value of a Chinese numeral, or `undefined` when the string is not one well-formed numeral.
 *
 * Two adjacent digits without a unit between them (三五, 七八) are an approximation ("three or five"),
 * not a number, so they give `undefined`; three or more digits (二〇二二), or two with a zero (一〇),
 * are read digit by digit. 百, 千, 万 or 亿 without a digit before them (百花, 千万家, 万众) is rhetoric,
 * not a count, so it gives `undefined` too; 十 alone counts as 10 (十五 = 15).
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined
  const chars = [...text]
  if (chars.every((char) => digits.has(char))) return parseDigitByDigit(chars)
  let total = 0
  let section = 0
  let digit: number | undefined
  let previousUnit = Infinity
  for (const char of chars) {
    const value = digits.get(char)
    if (value !== undefined) {
      // 一千零五: 零 only marks a gap; any other two digits in a row are an approximation.
      if (digit !== undefined && digit !== 0) return undefined
      digit = value
      continue
    }
    const small = smallUnits.get(char)
    if (small !== undefined) {
      if (small >= previousUnit) return undefined
      if (digit === undefined && !(small === 10 && section === 0 && total === 0)) return undefined
      section += (digit ?? 1) * small
      previousUnit = small
      digit = undefined
      continue
    }
    if (section === 0 && digit === undefined) return undefined
    if (char === '万') {
      total += (section + (digit ?? 0)) * 10_000
    } else {
      total = (total + section + (digit ?? 0)) * 100_000_000
    }
    section = 0
    digit = undefined
    previousUnit = Infinity
  }
  return total + section + (digit ?? 0)
}

function parseDigitByDigit(chars: string[]): number | undefined {
  if (chars.length === 2 && !chars.some((char) => digits.get(char) === 0)) return undefined
  let value = 0
  for (const char of chars) value = value * 10 + (digits.get(char) ?? 0)
  return value
}

// Heading and enumeration ordinals are small: 一 … 九十九, 1 … 99, ① … ⑳. Reading and writing them
// in the style the document uses lets a warning say what was expected (`三、` after `二、`, `（３）`).

const chineseDigits = '〇一二三四五六七八九'
const fullWidthZero = 0xff10
const circledOne = 0x2460
const circledCount = 20

/** How an ordinal is written: Chinese numerals, ASCII digits, full-width digits or circled numbers. */
export type NumeralStyle = 'chinese' | 'ascii' | 'full-width' | 'circled'

/**
 * The number an ordinal stands for.
 *
 * @param numeral `三`, `十二`, `二十`, `12`, `１２` or `③`
 * @returns the number, or `undefined` when the string is not an ordinal from 1 to 99
 */
export function readOrdinal(numeral: string): number | undefined {
  const style = numeralStyle(numeral)
  if (style === 'circled') return numeral.charCodeAt(0) - circledOne + 1
  if (style === 'ascii' || style === 'full-width') {
    let value = 0
    for (const char of numeral) value = value * 10 + digitValue(char)
    return value > 0 ? value : undefined
  }
  return readChinese(numeral)
}

/**
 * Write `value` in `style`.
 *
 * @param value a positive integer
 * @param style the style of the ordinal being replaced
 * @returns the numeral (`三`, `12`, `１２`, `③`); circled numbers past ⑳ fall back to ASCII
 */
export function writeOrdinal(value: number, style: NumeralStyle): string {
  if (style === 'ascii') return String(value)
  if (style === 'full-width') {
    return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(fullWidthZero + Number(digit)))
  }
  if (style === 'circled') return value <= circledCount ? String.fromCharCode(circledOne + value - 1) : String(value)
  return writeChinese(value)
}

/** The style of a numeral as written. */
export function numeralStyle(numeral: string): NumeralStyle {
  const code = numeral.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return 'ascii'
  if (code >= fullWidthZero && code <= fullWidthZero + 9) return 'full-width'
  if (code >= circledOne && code < circledOne + circledCount) return 'circled'
  return 'chinese'
}

function digitValue(char: string): number {
  const code = char.charCodeAt(0)
  return code >= fullWidthZero ? code - fullWidthZero : code - 0x30
}

function readChinese(numeral: string): number | undefined {
  const ten = numeral.indexOf('十')
  if (ten === -1) {
    const value = numeral.length === 1 ? chineseDigits.indexOf(numeral) : -1
    return value > 0 ? value : undefined
  }
  const tens = ten === 0 ? 1 : numeral.length > 1 && ten === 1 ? chineseDigits.indexOf(numeral.charAt(0)) : -1
  const rest = numeral.slice(ten + 1)
  const ones = rest === '' ? 0 : rest.length === 1 ? chineseDigits.indexOf(rest) : -1
  if (tens < 1 || ones < 0 || ten > 1) return undefined
  return tens * 10 + ones
}

function writeChinese(value: number): string {
  if (value < 10) return chineseDigits.charAt(value)
  if (value >= 100) return String(value)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  return (tens > 1 ? chineseDigits.charAt(tens) : '') + '十' + (ones > 0 ? chineseDigits.charAt(ones) : '')
}

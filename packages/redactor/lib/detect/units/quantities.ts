// Counts after a unit suffix and quantities before one: they describe kinds of units, they name none.
import {measureWordAt} from '../../measure-words.js'
import {numeral} from './character-classes.js'

/**
 * Whether a count follows the unit suffix ending at `end` (白茶专业合作社15家, 志愿服务队12支, 幼儿园三所): the
 * words before it describe a kind of unit that is counted, they name none.
 */
export function isCounted(text: string, end: number): boolean {
  let at = end
  while (at < text.length && at - end < 8 && numeral.test(text.charAt(at))) at++
  const measure = at > end ? measureWordAt(text, at) : undefined
  // 一期, 二期 after a park or project are its phases (华晟新能源汽车产业园一期建成投产), not a count of parks
  return measure?.wordClass === 'count' && measure.word !== phaseWord
}

const phaseWord = '期'

const chineseNumeral = /^[一二两三四五六七八九十百千万]+/u

/** Whether a would-be name opens with a quantity (万亩笋竹示范园, 千亩茶园): it describes the unit, it does not name it. */
export function describesQuantity(name: string): boolean {
  const numeral = chineseNumeral.exec(name)?.[0].length ?? 0
  return numeral > 0 && measureWordAt(name, numeral) !== undefined
}

/**
 * Whether a quoted label opens with a quantity (“三个一”, “五个一批”, “千亩茶园”, “24小时”): a slogan's or a
 * programme's numbers, or what a shop offers (“24小时”药店). One of a unit of length, weight or heat opens brands as
 * well (“一米阳光”, “99度”), which are no amount.
 */
export function opensWithCount(name: string): boolean {
  const chinese = chineseNumeral.exec(name)?.[0] ?? ''
  const numeral = chinese === '' ? (arabicNumeral.exec(name)?.[0] ?? '') : chinese
  const measure = numeral === '' ? undefined : measureWordAt(name, numeral.length)
  return measure !== undefined && !((numeral === one || chinese === '') && measure.wordClass === lengthOrWeight)
}

const arabicNumeral = /^[0-9]+/u

const one = '一'
const lengthOrWeight = 'measure'

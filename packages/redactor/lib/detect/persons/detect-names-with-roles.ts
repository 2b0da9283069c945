// Names listed each with its role or its bio in parentheses (郑国强（西山镇青石村党支部书记）、江河（东岭镇桃源村党支部书记）).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection, DetectionContext} from '../../detection.js'
import {overlapsAny} from '../../overlaps.js'
import {isNameShape, paddedNameEnd} from './name-shape.js'
import {notInListedGivenName, unitOrPlaceEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'

// How long a role or bio in parentheses may be (县农业农村局派驻东岭镇桃源村第一书记), and what opens and closes it.
const maxRole = 60
const roleOpening = charCodes('（(')
const roleClosing = charCodes('）)')
// What stands before the first item of a list: a line's start, a colon, a clause's or sentence's end, or a space.
const itemOpening = charCodes('\n\r：:；;。，, \t\u3000')

/**
 * Names listed each with its role or bio in parentheses, the items joined by 、 (欧阳秀英（女，西山镇青石村党支部书记）、
 * 郑国强（东岭镇桃源村党支部书记）、江河（…）): next to a name found in such a list, before or after it, each item that stands
 * before its own parentheses is a name where it is shaped as one (a surname and one or two characters, or padded to
 * three: 韩  梅) and names no unit or place, whatever jieba reads it as (江河, 石坚 and 高山 are words): the list is
 * one of people. Each name found so opens its neighbours in turn.
 */
export function detectNamesWithRoles(text: string, protectedRanges: DetectionContext['protectedRanges'], found: Detection[]): void {
  if (!text.includes('）、') && !text.includes(')、')) return
  // A public name the keep-list holds opens a list of public people, not of the people of the report.
  const queue = found.filter((item) => !overlapsAny(protectedRanges, item.start, item.end))
  const named = new Set(found.map((item) => item.start))
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    for (const [start, end] of [itemAfter(text, item.end), itemBefore(text, item.start)]) {
      if (start === undefined || end === undefined || named.has(start) || !isNameItem(text, start, end)) continue
      named.add(start)
      const listed = person(start, end, 'listed-with-role', 0.8, `listed with its role next to \`${text.slice(item.start, item.end)}\``)
      found.push(listed)
      queue.push(listed)
    }
  }
}

/** The end of the role in parentheses that opens at `open` (the offset after its closing parenthesis), or -1. */
function roleEnd(text: string, open: number): number {
  if (!inClass(roleOpening, text.charCodeAt(open))) return -1
  for (let at = open + 1; at < text.length && at - open <= maxRole; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || inClass(roleOpening, code)) return -1
    if (inClass(roleClosing, code)) return at + 1
  }
  return -1
}

/** The start of the role in parentheses that closes right before `close` (the offset of its opening parenthesis), or -1. */
function roleStart(text: string, close: number): number {
  if (!inClass(roleClosing, text.charCodeAt(close - 1))) return -1
  for (let at = close - 2; at >= 0 && close - at <= maxRole; at--) {
    const code = text.charCodeAt(at)
    if (code === 10 || inClass(roleClosing, code)) return -1
    if (inClass(roleOpening, code)) return at
  }
  return -1
}

/** The item listed after the name ending at `end` and its role: `（…）、` and the item up to its own parentheses. */
function itemAfter(text: string, end: number): [number | undefined, number | undefined] {
  const close = roleEnd(text, end)
  if (close === -1 || text.charAt(close) !== '、') return [undefined, undefined]
  const start = close + 1
  let itemEnd = start
  while (itemEnd - start < 8 && itemEnd < text.length && !inClass(roleOpening, text.charCodeAt(itemEnd)) && text.charCodeAt(itemEnd) !== 10) itemEnd++
  return inClass(roleOpening, text.charCodeAt(itemEnd)) ? [start, itemEnd] : [undefined, undefined]
}

/** The item listed before the name starting at `start`, with its role: the item, `（…）、`. */
function itemBefore(text: string, start: number): [number | undefined, number | undefined] {
  if (text.charAt(start - 1) !== '、') return [undefined, undefined]
  const open = roleStart(text, start - 1)
  if (open === -1) return [undefined, undefined]
  let itemStart = open
  while (open - itemStart < 8 && itemStart > 0 && !inClass(itemOpening, text.charCodeAt(itemStart - 1)) && text.charAt(itemStart - 1) !== '、') itemStart--
  return itemStart === 0 || inClass(itemOpening, text.charCodeAt(itemStart - 1)) || text.charAt(itemStart - 1) === '、' ? [itemStart, open] : [undefined, undefined]
}

/** Whether a listed item is a name: padded to three (韩  梅), or a surname and one or two characters, no unit, place or title. */
function isNameItem(text: string, start: number, end: number): boolean {
  if (end - start > 2 && !isCjkAt(text, start + 1)) return paddedNameEnd(text, start) === end
  for (let position = start; position < end; position++) if (!isCjkAt(text, position) || inClass(unitOrPlaceEndings, text.charCodeAt(position))) return false
  return end - start >= 2 && end - start <= 4 && (titleAt(text, start)?.end ?? 0) < end && isNameShape(text, start, end, notInListedGivenName)
}

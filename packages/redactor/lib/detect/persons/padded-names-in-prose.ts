// Names padded with spaces to the width of three in running text (部长陈  静指出, 推荐顾建平、沈  丽、陆卫东), read as
// the same name unpadded is read.
import type {Detection, DetectionContext} from '../../detection.js'
import {isPaddingBlankAt, paddedNameEnd, paddedNameStart} from './name-shape.js'
import {overlapsEarlierFinds, person} from './person-detection.js'

/** The persons rules, run on a stretch of text: what `detectPersons` finds there before it settles overlaps. */
export type ReadPersons = (text: string, protectedRanges: DetectionContext['protectedRanges']) => Detection[]

// In a sentence one ASCII space sets words apart (跟着甘院长干 有奔头, where a comma was) rather than pads a name; PDF
// text spaced out evenly (会  议  纪  要) is refused after the match too.

// What ends the sentence a padded name is read in, and how far it is read on either side at most.
const sentenceEnds = new Set(['。', '！', '？', '；', '\n', '\r'])
const sentenceReach = 40

/**
 * Names of a single surname and one given character padded to the width of three inside a sentence (拟提任沈  浩同志为,
 * 组织部部长陈  静指出, 推荐顾建平、沈  丽、陆卫东3名同志, 孙  磊得31票), which the padded-name rule leaves to the
 * columns and lines of a table: the sentence is read again by the persons rules (`read`) with the spaces taken
 * out, and a name they find there of the two characters is the padded name. Pairs inside names found already, and
 * pairs in text spaced out evenly (a space before the surname, or spaces, a character and spaces after the given
 * character), are left alone.
 */
export function detectPaddedNamesInProse(text: string, protectedRanges: DetectionContext['protectedRanges'], found: Detection[], read: ReadPersons): void {
  // A native search first: most texts hold no padding of two spaces or a full-width space.
  if (!text.includes('  ') && !text.includes('\u3000')) return
  const overlapsEarlier = overlapsEarlierFinds(found)
  for (const match of text.matchAll(paddedNameStart)) {
    const start = match.index
    const end = paddedNameEnd(text, start)
    if (end === undefined || (end === start + 3 && text.charCodeAt(start + 1) === 32) || isSpacedOut(text, start, end) || overlapsEarlier(start, end)) continue
    const givenStart = end - 1
    const name = readUnpadded(text, start, givenStart, protectedRanges, read)
    if (name === undefined) continue
    found.push(person(name.start, name.end, 'padded-name-in-prose', name.confidence, `${name.reason}, read with the spaces that pad it taken out`))
  }
}

/** Whether the pair at `[start, end)` is part of a text spaced out evenly: a space before it, or spaces, a character and a space after it. */
function isSpacedOut(text: string, start: number, end: number): boolean {
  if (start > 0 && isPaddingBlankAt(text, start - 1)) return true
  return /^[ \u3000]+[\u3400-\u9fff][ \u3000]/.test(text.slice(end, end + 8))
}

/**
 * The name over the padded pair (surname at `start`, given character at `givenStart`) that `read` finds in its
 * sentence with the padding taken out, in offsets of `text`; undefined where none is the two characters exactly.
 */
function readUnpadded(text: string, start: number, givenStart: number, protectedRanges: DetectionContext['protectedRanges'], read: ReadPersons): Detection | undefined {
  let from = start
  while (from > 0 && start - from < sentenceReach && !sentenceEnds.has(text.charAt(from - 1))) from--
  let to = givenStart + 1
  while (to < text.length && to - givenStart < sentenceReach && !sentenceEnds.has(text.charAt(to))) to++
  const padding = givenStart - start - 1
  const surnameAt = start - from
  const joined = text.slice(from, start + 1) + text.slice(givenStart, to)
  // Offsets of `text` from the joined sentence's, and back: the padding is gone after the surname.
  const toText = (offset: number) => from + offset + (offset > surnameAt ? padding : 0)
  const ranges = protectedRanges
    .filter((range) => range.start >= from && range.end <= to && (range.end <= start + 1 || range.start >= givenStart))
    .map((range) => ({start: range.start - from - (range.start >= givenStart ? padding : 0), end: range.end - from - (range.start >= givenStart ? padding : 0)}))
  // The padding says the name is the two characters (郑  斌|记  录 is no name of three).
  const name = read(joined, ranges).find((item) => item.start === surnameAt && item.end === surnameAt + 2)
  return name === undefined ? undefined : {...name, start: toText(name.start), end: toText(name.end)}
}

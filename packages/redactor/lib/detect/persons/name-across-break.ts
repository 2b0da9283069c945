// A name that a PDF line break cuts after its surname (王⏎建国), read on the text with the break taken out.
import type {Detection} from '../../detection.js'
import {lineWrapEnd} from '../../line-wrap.js'
import {nameFrom} from './name-from.js'
import {surnameLengthsAt} from './name-shape.js'
import {person} from './person-detection.js'

/** The two pieces of a name a line break cuts: the surname before the break, the given name after it. */
export interface BrokenName {
  surnameEnd: number
  givenStart: number
  givenEnd: number
}

// How many characters after the break the joined text holds: a given name and the words that say where it ends.
const readAhead = 8

/**
 * The name from `start` whose surname a line break (and the spaces around it) parts from its given name
 * (来自某村的王⏎建国发言), read by `nameFrom` on the surname joined to the text after the break: its pieces, or
 * undefined where no line break follows a surname or the joined text is no name there.
 */
export function nameAcrossBreak(text: string, start: number): BrokenName | undefined {
  for (const surnameLength of surnameLengthsAt(text, start)) {
    const surnameEnd = start + surnameLength
    const givenStart = lineWrapEnd(text, surnameEnd)
    if (givenStart === undefined) continue
    const joined = text.slice(start, surnameEnd) + text.slice(givenStart, givenStart + readAhead)
    const end = nameFrom(joined, 0)
    if (end !== undefined && end > surnameLength) return {surnameEnd, givenStart, givenEnd: givenStart + end - surnameLength}
  }
  return undefined
}

/** The two pieces of a broken name from `start` as detections of `rule`: each masked on its own, so the line stays. */
export function brokenNamePieces(start: number, name: BrokenName, rule: string, confidence: number, reason: string): Detection[] {
  return [person(start, name.surnameEnd, rule, confidence, reason), person(name.givenStart, name.givenEnd, rule, confidence, reason)]
}

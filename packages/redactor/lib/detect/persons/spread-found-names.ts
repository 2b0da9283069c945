// Other mentions of a name found: its given name said alone, a local namesake of a leader.
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isGivenName} from './name-shape.js'
import {precedingBoundary} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isKnownWord, knownWordAcross, segmentTo} from './read-words.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'
import {isModifiedNoun} from './unknown-runs.js'

/**
 * Every other mention of a local namesake (局长李强 … 李强强调): the document is about that person, so
 * the keep-list must not bring the name back, except next to a national leader's title (国务院总理李强).
 */
export function detectNamesakeMentions(text: string, found: Detection[]): void {
  const {nationalTitles} = loadLexicons()
  const namesakes = new Set(found.filter((item) => item.rule === 'local-namesake').map((item) => text.slice(item.start, item.end)))
  for (const name of namesakes) {
    for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + name.length)) {
      const end = start + name.length
      if (nationalTitles.some((title) => text.endsWith(title, start) || text.startsWith(title, end))) continue
      found.push(person(start, end, 'local-namesake', 0.8, `another mention of \`${name}\`, named after a local title in this document`))
    }
  }
}

/**
 * A given name of two characters said alone (皇甫丽娟 … “丽娟比亲闺女还亲。”): the way a story calls the person it is
 * about. Only a given name jieba does not know as a word (not 建国, 振华), standing after a boundary (not 国新 of
 * 全国新增) and read by jieba apart from what follows, which must be no noun it would modify (春来江水绿如蓝) unless
 * a title (秀娟同志).
 */
export function detectGivenNameMentions(text: string, found: Detection[]): void {
  const {compoundSurnames} = loadLexicons()
  const givenNames = new Map<string, string>()
  for (const item of found) {
    const name = text.slice(item.start, item.end)
    const surname = compoundSurnames.has(name.slice(0, 2)) && name.length === 4 ? name.slice(0, 2) : name.charAt(0)
    const given = name.slice(surname.length)
    if (item.confidence >= 0.75 && given.length === 2 && isGivenName(given, 0, 2) && !isKnownWord(given)) givenNames.set(given, surname)
  }
  for (const [given, surname] of givenNames) {
    for (let start = text.indexOf(given); start !== -1; start = text.indexOf(given, start + given.length)) {
      const end = start + given.length
      if (text.startsWith(surname, start - surname.length) || !(start === 0 || !isCjkAt(text, start - 1) || inClass(precedingBoundary, text.charCodeAt(start - 1)))) continue
      if (isCjkAt(text, end)) {
        const tokens = segmentTo(text, start, end + 3, end)
        // A noun after it, no title, makes the two letters the start of a phrase (郝春来 … 春来 + 江水绿如蓝).
        if (knownWordAcross(tokens, end) !== undefined || (isModifiedNoun(tokens.find((token) => token.start === end)) && titleAt(text, end) === undefined)) continue
      }
      found.push(person(start, end, 'given-name', 0.7, `the given name of \`${surname}${given}\`, found in the document`))
    }
  }
}

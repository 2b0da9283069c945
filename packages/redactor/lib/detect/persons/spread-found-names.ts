// Other mentions of a name found: its given name said alone, a part of a minority's name alone, a local namesake of a leader.
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {endsName} from './name-boundaries.js'
import {isGivenName} from './name-shape.js'
import {isFrequentWord, isUsualWord} from '../../jieba-dictionary.js'
import {partsOf} from './detect-minority-names.js'
import {nameDotList, placeOrUnitAfter, precedingBoundary} from './person-classes.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {loadLexicons} from './person-lexicons.js'
import {isKnownWord, knownWordAcross, segmentTo, wordTag} from './read-words.js'
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

/**
 * A part of a minority's name found said alone (沙马·日火 … 日火就在自家堂屋里; 曲比拉体 … 曲比书记说): how a story calls
 * the person it is about. The parts of a dotted name (`dotted-name`: two characters or more each) and the parts of a name
 * of parts (`minority-name`), each no word jieba knows as prose, standing after a boundary (not 阿依 of 哈阿依) where
 * a name may end (`endsName`: 格桑花 goes on) and jieba reads no word it knows across its end, no place of the gazetteer
 * reads over it, no character of a place's or unit's name follows (沙马村), and no name found covers it.
 */
export function detectNamePartMentions(text: string, found: Detection[]): void {
  const parts = new Map<string, string>()
  for (const item of found) {
    if (item.rule !== 'dotted-name' && item.rule !== 'minority-name') continue
    const name = text.slice(item.start, item.end)
    const pieces = item.rule === 'dotted-name' ? name.split(nameDotPattern) : partsOf(name)
    for (const piece of pieces) if (piece.length >= 2 && pieces.length > 1 && !isProsePart(piece)) parts.set(piece, name)
  }
  // The names found before, and (where one was added) those this rule adds: parts are two characters or more.
  const overlapsEarlier = overlapsEarlierFinds(found)
  let addedHere: Uint8Array | undefined
  for (const [part, name] of parts) {
    for (let start = text.indexOf(part); start !== -1; start = text.indexOf(part, start + part.length)) {
      const end = start + part.length
      if (isCjkAt(text, start - 1) && !inClass(precedingBoundary, text.charCodeAt(start - 1))) continue
      if (inClass(placeOrUnitAfter, text.charCodeAt(end)) || (longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end || overlapsEarlier(start, end) || addedHere?.subarray(start, end).includes(1)) continue
      if (!endsName(text, end) || knownWordAcross(segmentTo(text, start, end + 3, end), end) !== undefined) continue
      found.push(person(start, end, 'name-part', 0.75, `\`${part}\`, a part of \`${name}\`, found in the document`))
      addedHere ??= new Uint8Array(text.length)
      addedHere.fill(1, start, end)
    }
  }
}

// The dots between the parts of a name, as a pattern to split it by.
const nameDotPattern = new RegExp(`[${nameDotList.join('')}]`)

/**
 * Whether jieba knows `part` as a word of prose: frequent in prose, or, unless a part of the minorities' names, with a
 * tag that is no name's, no run's it cannot read and no place's (沙马/ns: the gazetteer's places are refused where the
 * mention stands).
 */
function isProsePart(part: string): boolean {
  if (isFrequentWord(part)) return true
  // A part of data/person-minority-name-parts.txt is a name's whatever jieba tags it (曲比/n), unless its dictionary
  // counts it often enough to be a word of prose too (乌云).
  if (loadLexicons().minorityParts.has(part)) return isUsualWord(part)
  const tag = wordTag(part, 0, part.length)
  return tag !== undefined && tag !== 'x' && tag !== 'ns' && !tag.startsWith('nr')
}

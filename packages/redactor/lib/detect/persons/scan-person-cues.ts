// One pass over a text that finds every title, verb and cue of the person lexicons, and the few surnames a rule reads.
import {inClass} from '@gongwen/parser'
import {type TrieMatch, longestAt} from '../../gazetteer/trie.js'
import {scoresLikeName} from './detect-name-likeness.js'
import {surnameLengthsAt} from './name-shape.js'
import {determiners, levels} from './person-classes.js'
import {TitlePlace, cueWord, loadLexicons, minorityPartStart, pairIndex, personNounEnd, surnameStart, titleWord, verbWord} from './person-lexicons.js'
import {isTitleWord, titleAt} from './titles.js'

export interface TitleMention {
  title: string
  place: TitlePlace
  start: number
  end: number
}

export interface PersonCues {
  titles: TitleMention[]
  verbs: TrieMatch<string>[]
  cues: TrieMatch<string>[]
  /** Surnames right after the last character of a word for people (店员|付春生): `detectAfterPersonNouns` reads them. */
  afterNounStarts: number[]
  /** Surnames whose next characters score as a given name's (`scoresLikeName`): `detectNameLikeRuns` reads them. */
  nameLikeStarts: number[]
  /** Where the first two characters of a part of a minority's name stand: `detectMinorityNames` reads them. */
  minorityPartStarts: number[]
}

/**
 * Every title, verb and cue in the text, each kind left to right, longest first and not overlapping its own
 * kind (党委书记 once, not also 书记), and the surnames the rules of runs read, in one pass over the text: a table
 * (`scanFlags`) answers most characters, where no rule can fire.
 */
export function scanPersonCues(text: string): PersonCues {
  const {titles, verbs, cues, wordStarts, scanFlags, minorityPartPairs} = loadLexicons()
  const {singles, pairs} = wordStarts
  const found: PersonCues = {titles: [], verbs: [], cues: [], afterNounStarts: [], nameLikeStarts: [], minorityPartStarts: []}
  let nextTitle = 0
  let nextVerb = 0
  let nextCue = 0
  const length = text.length
  let flagsBefore = 0
  for (let position = 0; position < length; position++) {
    const code = text.charCodeAt(position)
    const flags = scanFlags[code] ?? 0
    const before = flagsBefore
    flagsBefore = flags
    if (flags === 0) continue
    if ((flags & surnameStart) !== 0) {
      if ((before & personNounEnd) !== 0) found.afterNounStarts.push(position)
      if (position < length - 1 && scoresLikeName(text, position)) found.nameLikeStarts.push(position)
    }
    if ((flags & minorityPartStart) !== 0 && position < length - 1 && minorityPartPairs[pairIndex(code, text.charCodeAt(position + 1))] === 1) found.minorityPartStarts.push(position)
    if ((flags & (titleWord | verbWord | cueWord)) === 0) continue
    const kinds = (singles[code] ?? 0) | (pairs[pairIndex(code, position + 1 < length ? text.charCodeAt(position + 1) : 0)] ?? 0)
    if (kinds === 0) continue
    if ((kinds & titleWord) !== 0 && position >= nextTitle) {
      const match = longestAt(titles, text, position)
      const entry = match?.values[0]
      if (match !== undefined && entry !== undefined && !isDeterminedLevel(text, position) && !givesWayToNextTitle(text, match.start, match.end, entry.place)) {
        found.titles.push({title: entry.word, place: entry.place, start: match.start, end: match.end})
        nextTitle = match.end
      }
    }
    if ((kinds & verbWord) !== 0 && position >= nextVerb) {
      const match = longestAt(verbs, text, position)
      // A verb that starts one character on and runs past this one takes its place (丁建荣获得: 荣获 gives way to
      // 获得, so 荣 ends the name).
      if (match !== undefined && !(match.end - match.start > 1 && (longestAt(verbs, text, position + 1)?.end ?? 0) > match.end)) {
        found.verbs.push(match)
        nextVerb = match.end
      }
    }
    if ((kinds & cueWord) !== 0 && position >= nextCue) {
      const match = longestAt(cues, text, position)
      if (match !== undefined) {
        found.cues.push(match)
        nextCue = match.end
      }
    }
  }
  return found
}

/**
 * Whether the title at `[start, end)` gives way to one that starts a character on and runs past it, where jieba
 * reads the first as no word (乡村医生冯喜来: 乡村 + 医生, so 村医 is no title there); where it starts or ends a
 * word, it stays (户主任超强: 户 + 主任 for jieba, but 户主 starts its word). Overlapping titles are rare, and only
 * they ask jieba. A title that stands only before names gives way to one that stands only after them where a surname
 * opens the first (孙女士: 孙 + 女士, the form of address, though jieba reads 孙女): a name never follows that title there.
 */
function givesWayToNextTitle(text: string, start: number, end: number, place: TitlePlace): boolean {
  const next = end - start < 2 ? undefined : titleAt(text, start + 1)
  if (next === undefined || next.end <= end) return false
  if (place === 'before' && next.values[0]?.place === 'after' && surnameLengthsAt(text, start).includes(1)) return true
  return !isTitleWord(text, start, end)
}

/** Whether the character at `position` is a level after a determiner (县 of 我县). */
function isDeterminedLevel(text: string, position: number): boolean {
  return inClass(levels, text.charCodeAt(position)) && position > 0 && inClass(determiners, text.charCodeAt(position - 1))
}

// Names told by the look of their characters alone, where nothing around them says so (侄子缪振东在厦门打工).
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isCjkCode, isFrequentWord} from '../../jieba-dictionary.js'
import {type Token, segmentAround} from '../../segment.js'
import {surnameLengthsAt} from './name-shape.js'
import {namingWordTags} from './ordinary-words.js'
import {beforeRunName, notInGivenName, placeOrUnitAfter, placeOrUnitEnding, roleEnding} from './person-classes.js'
import {coveredByFound, person} from './person-detection.js'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {closingQuotes, openingQuotes} from './scan-text.js'
import {endsWithTitle, titleEndOver} from './titles.js'
import {isModifiedNoun} from './unknown-runs.js'

// How name-like a run must look to be a name with nothing around it to say so: the sum of its given characters'
// scores (`givenScores`) and the least each may score. A single surname and two characters open many words and
// runs of words, so the bar is high (缪振东 52, 何晓东 61; 普惠性 31 holds 性, a character of words); a compound
// surname opens fewer, though some are words (东方 + 才白; 欧阳晓春 83, 令狐建军 25, 司马婷 57).
// By the length of the surname, the bar of each length of given name tried, longest first (a compound surname
// and one character make a name too). Asked at every surname in a text: no key or array is built per call.
const likenessBars: Readonly<Record<number, readonly LikenessBar[]>> = {
  1: [{givenLength: 2, sum: 30, least: 0}],
  2: [
    {givenLength: 2, sum: 20, least: 5},
    {givenLength: 1, sum: 20, least: 20}
  ]
}

// The least score any bar asks of the first given character, by the surname's length.
const leastOpening = {
  single: Math.min(...(likenessBars[1] ?? []).map((bar) => bar.least)),
  compound: Math.min(...(likenessBars[2] ?? []).map((bar) => bar.least))
}

/**
 * Names told by the look of their characters, where no title, verb or list says so (老人的侄子缪振东在厦门打工,
 * 楼下住户何晓东因漏水争吵, 法官欧阳晓春每月): a surname and given characters that stand in names far more often
 * than in words (data/given-name-chars.txt, derived from jieba's dictionary), which jieba reads as no word and
 * joins to nothing around them, at the surnames the scan found scoring so (`starts`, `scoresLikeName`). Runs inside
 * names found by context are left to those.
 */
export function detectNameLikeRuns(text: string, starts: readonly number[], found: Detection[]): void {
  if (starts.length === 0) return
  const covered = coveredByFound(text, found)
  let resume = 0
  for (const start of starts) {
    if (start < resume || covered[start] === 1) continue
    for (const surnameLength of surnameLengthsAt(text, start)) {
      const name = likelyName(text, start, start + surnameLength)
      if (name === undefined || covered[name.end - 1] === 1) continue
      found.push(person(name.start, name.end, 'name-likeness', 0.7, `\`${text.slice(name.start, name.end)}\` looks like a name: a surname and characters of given names that jieba reads as no word`))
      resume = name.end
      break
    }
  }
}

/**
 * Whether the characters after a surname's first character at `start` may pass a bar of `likenessBars` (`passesBar`)
 * for a surname of any length that may start there (a single one, or the first character of a compound one, which
 * `surnameLengthsAt` confirms later): where none may, `likelyName` would refuse every surname there.
 */
export function scoresLikeName(text: string, start: number): boolean {
  const {surnameStarts, givenScores} = loadLexicons()
  const starts = surnameStarts[text.charCodeAt(start)] ?? 0
  // Asked at every surname of a text: most are turned away by the score of the next character alone.
  if ((starts & 1) !== 0 && (givenScores[text.charCodeAt(start + 1)] ?? noGivenScore) >= leastOpening.single && passesSomeBar(text, start, 1)) return true
  return (starts & 2) !== 0 && (givenScores[text.charCodeAt(start + 2)] ?? noGivenScore) >= leastOpening.compound && passesSomeBar(text, start, 2)
}

/** Whether the given characters after a surname of `surnameLength` at `start` pass a bar of `likenessBars`. */
function passesSomeBar(text: string, start: number, surnameLength: number): boolean {
  return (likenessBars[surnameLength] ?? []).some((bar) => passesBar(text, start + surnameLength, bar))
}

interface LikenessBar {
  givenLength: number
  sum: number
  least: number
}

/** Whether the given characters from `givenStart` score as a name's by `bar`: each at least its least, all its sum. */
function passesBar(text: string, givenStart: number, bar: LikenessBar): boolean {
  const {givenScores} = loadLexicons()
  const end = givenStart + bar.givenLength
  if (end > text.length) return false
  let sum = 0
  let least = 127
  for (let position = givenStart; position < end; position++) {
    const code = text.charCodeAt(position)
    const score = givenScores[code] ?? noGivenScore
    if (!isCjkCode(code) || inClass(notInGivenName, code)) least = noGivenScore
    sum += score
    least = Math.min(least, score)
  }
  return least >= bar.least && sum >= bar.sum
}

/**
 * The name in a name-like run from the surname at `start` to `givenStart` (one or two given characters after a
 * compound surname, two after a single one), or undefined. Character tests first, jieba last. A run that opens
 * inside a title jieba reads as a word (师宁静 of 康复师宁静) holds the name from the title's end, where a surname
 * opens it and a given character follows (宁静).
 */
function likelyName(text: string, start: number, givenStart: number): {start: number; end: number} | undefined {
  // Which title runs over `start` does not depend on the run's end: asked once, and only of a run that passes a bar.
  let titleEnd: number | null | undefined = null
  for (const bar of likenessBars[givenStart - start] ?? []) {
    if (!passesBar(text, givenStart, bar)) continue
    const end = givenStart + bar.givenLength
    // A run that repeats its first character pairs two words on it (师德师 + 风 of 师德师风, 党风党 + 纪): names
    // seldom repeat the surname.
    if (text.charCodeAt(end - 1) === text.charCodeAt(start)) continue
    if (inClass(placeOrUnitAfter, text.charCodeAt(end)) || inClass(placeOrUnitEnding, text.charCodeAt(end - 1)) || inClass(roleEnding, text.charCodeAt(end - 1))) continue
    if (inClass(openingQuotes, text.charCodeAt(start - 1)) && inClass(closingQuotes, text.charCodeAt(end))) continue
    if ((longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end || endsWithTitle(text, start, end)) continue
    if (titleEnd === null) titleEnd = titleEndOver(text, start)
    if (titleEnd !== undefined && !opensNameBefore(text, titleEnd, end)) continue
    if (readsAsName(text, start, givenStart, end)) return {start: titleEnd ?? start, end}
  }
  return undefined
}

/** Whether a surname at `start` opens a name that ends at `end` with a given character at least (宁 + 静). */
function opensNameBefore(text: string, start: number, end: number): boolean {
  return surnameLengthsAt(text, start).some((surnameLength) => surnameLength < end - start)
}

// jieba's tags of a single character that starts a predicate rather than ends a name.
const predicateTags = new Set(['d', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'v', 'r', 'y'])

// jieba's tags of a known word that is a given name after a single surname: names' and proper nouns' (玉兰/nr,
// 振华/nz, 新春/ns). A common noun or adjective there is a word with a character before it (全 + 礼堂, 苏 + 小姐).
const givenWordTags = new Set(['nr', 'nrfg', 'nz', 'ns'])

/**
 * Whether a known word of two characters is a given name after a surname of `surnameLength`: a name's or a
 * proper noun's, or after a compound surname, which opens few words, a noun or an adjective too (令狐 + 建军/n);
 * never a word frequent in prose.
 */
function isLikelyGivenWord(token: Token, surnameLength: number): boolean {
  return (givenWordTags.has(token.tag) || (surnameLength === 2 && namingWordTags.has(token.tag))) && !isFrequentWord(token.word)
}

/**
 * Whether jieba reads `text[start, end)` as a name: no word it knows crosses either end or covers the whole, the
 * surname opens no word inside (高山 + 流水), the given name is no word of prose (王 + 明显) nor a transliteration
 * (西门 + 塔尔/nrt), and no noun follows that the run would modify (花瑶文 + 旅, 王新庄 + 村).
 */
function readsAsName(text: string, start: number, givenStart: number, end: number): boolean {
  const tokens = segmentAround(text, start, end, 4)
  for (const token of tokens) {
    if (token.end <= start || token.start >= end) continue
    if (token.end > end || token.tag === 'nrt') return false
    if (token.start < start) {
      if (token.tag !== 'x' || !inClass(beforeRunName, text.charCodeAt(start - 1))) return false
      continue
    }
    if (token.tag === 'x') continue
    if (token.start === start && token.end > givenStart) return false
    if (token.start === givenStart && token.end === end && end - givenStart === 2 && !isLikelyGivenWord(token, givenStart - start)) return false
    // A last character jieba reads alone as a function word or a verb starts the predicate (阿福 + 正 + 躲在).
    if (token.start === end - 1 && token.end === end && end - start > 2 && predicateTags.has(token.tag)) return false
  }
  return !isModifiedNoun(tokens.find((token) => token.start === end))
}

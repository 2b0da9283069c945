// Names after a word for people that no title list holds (店员付春生, 经营者洪天赐).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {type Token, segmentAround, segmentBefore} from '../../segment.js'
import {nameFrom} from './name-from.js'
import {nameScore, surnameLengthsAt} from './name-shape.js'
import {personNounStart} from './person-noun-start.js'
import {coveredByFound, person} from './person-detection.js'
import {closesPlaceBeforeWord, endsWithTitle} from './titles.js'

/**
 * Names right after a word for people no title list holds (店员付春生违规, 经营者洪天赐，, 茶农石老满算了, 报账员龙飞燕): a noun
 * that jieba reads ending with a character of `personNounEndings` (`personNounStart`), and a surname and one or
 * two given characters after it (`nameFrom`), at the surnames the scan found after such a character (`starts`).
 * Runs inside names already found are left to those.
 */
export function detectAfterPersonNouns(text: string, starts: readonly number[], found: Detection[]): void {
  if (starts.length === 0) return
  const covered = coveredByFound(text, found)
  let resume = 0
  for (const start of starts) {
    if (start < resume || covered[start] === 1) continue
    const end = nameFrom(text, start)
    if (end === undefined || covered[end - 1] === 1 || endsWithTitle(text, start, end)) continue
    const nameLike = hasNameLikeGivenName(text, start, end)
    // Character tests first: jieba reads only a name of two characters whose given one scores low (韦成, 薛国).
    if (!nameLike && end - start !== 2) continue
    // jieba, reading across, must end the noun there and read no word over the boundary (民宿, 棚户区, 师傅). A run it
    // cannot read over the boundary is no word (作坊主李/x + 红军, 被征收人谢/x + 根发): the noun is read before it alone.
    const tokens = segmentAround(text, start, end, 5)
    if (!nameLike && !readAsRunBeforePredicate(text, tokens, start, end)) continue
    const across = tokens.find((token) => token.start < start && token.end > start)
    if (across !== undefined && across.tag !== 'x') continue
    const nounStart = personNounStart(across === undefined ? tokens : segmentBefore(text, start, 5), start)
    if (nounStart === undefined || closesPlaceBeforeWord(text, nounStart, start, end)) continue
    found.push(person(start, end, 'person-noun-before-name', 0.8, `name after \`${text.slice(nounStart, start)}\`, a word for people`))
    resume = end
  }
}

// The least score (×10, `givenScores`) of a given name of one character, and of two, after a word for people.
const givenNameBars = {one: 10, two: 0}

/**
 * Whether the given name of the name `text[start, end)` holds characters of names more than of words (付 + 春生,
 * 洪 + 天赐; not 女人 + 全 + 吃, 乡下人 + 初 + 出门).
 */
function hasNameLikeGivenName(text: string, start: number, end: number): boolean {
  const surnameLength = surnameLengthsAt(text, start).find((length) => end - start - length >= 1 && end - start - length <= 2)
  if (surnameLength === undefined) return false
  const givenLength = end - start - surnameLength
  return nameScore(text, start + surnameLength, end) > (givenLength === 1 ? givenNameBars.one : givenNameBars.two)
}

// jieba's tags of a word that opens the predicate after a subject: a verb's (违规/vn, 在/p is a preposition's), an adverb's.
const predicateOpeningTags = ['v', 'p', 'd']

/**
 * Whether jieba reads the name `text[start, end)` of a surname and one character as one run it cannot read (韦成/x,
 * 薛国/x), and what follows opens a predicate or ends the clause (店员韦成违规, 经营者薛国，): a given character that
 * words hold as often as names (成, 国, 强) is then a name's. Not a run at the clause's end (女人全吃/x) nor before a
 * noun (工人全/x 车间).
 */
function readAsRunBeforePredicate(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (!tokens.some((token) => token.start === start && token.end === end && token.tag === 'x')) return false
  // The window ends at the punctuation jieba cuts at, so that is read in the text.
  if (inClass(clauseClose, text.charCodeAt(end))) return true
  const next = tokens.find((token) => token.start === end)
  return next !== undefined && predicateOpeningTags.some((tag) => next.tag.startsWith(tag))
}

// Punctuation that closes a clause after its subject.
const clauseClose = charCodes('，,、；;：:')

// A surname right before a title (王局长): only the surname is masked.
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {followsUnit, startsName} from './name-boundaries.js'
import {nameFrom} from './name-from.js'
import {surnameLengthsAt} from './name-shape.js'
import {addressTags, notInGivenName, personNounEndings, precedingBoundary, surnameAddressPrefixes} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {knownWordAcross, segmentTo, windowStart} from './read-words.js'
import {endsWithPersonNoun} from './person-noun-start.js'
import {TitleMention} from './scan-person-cues.js'
import {isCjkAt, lineEndWithin} from './scan-text.js'

/**
 * Whether the surname at `[start, title.start)` names someone by the title alone (王局长, 李主任, 欧阳书记):
 * not a character that qualifies the title (原局长), not a function word (向局长汇报), and jieba reads it
 * apart from the title (全局长 is 全局 + 长, 高校长 is 高校 + 长).
 */
function isSurnameBeforeTitle(text: string, start: number, title: TitleMention): boolean {
  const {titleModifiers} = loadLexicons()
  const surname = text.slice(start, title.start)
  // A surname of one character may be a function word or no name's character (向局长, 处长).
  if (titleModifiers.has(surname) || (surname.length === 1 && (inClass(precedingBoundary, surname.charCodeAt(0)) || inClass(notInGivenName, surname.charCodeAt(0))))) return false
  // jieba must read the surname and the title as words of their own (not 党 + 委员会), or the two as one person's
  // name (胡书记/nr).
  const [first, second] = segmentTo(text, start, lineEndWithin(text, title.end, 2), title.start)
  if (first === undefined || (first.end === title.end ? first.tag !== 'nr' : first.end !== title.start || second?.end !== title.end)) return false
  // Nor may the surname end a word that starts before it (和平村主任: 平 ends the village's 和平); after a word for
  // people or a unit, a run jieba cannot read is no such word (五保户鲁大爷: 户鲁/x; 商务局王局长: 局王/x).
  if (start === 0 || !isCjkAt(text, start - 1)) return true
  const tokens = segmentTo(text, start - 1, title.end, start)
  if (tokens.some((token) => token.start === start)) return true
  // After 老 or 小, jieba may read the two as one word, a form of address (老王/nr, 老杨/x), not one of prose (老区/n).
  if (followsAddressPrefix(text, start)) return tokens.some((token) => token.start === start - 1 && token.end === title.start && addressTags.has(token.tag) && !isFrequentWord(token.word))
  return (inClass(personNounEndings, text.charCodeAt(start - 1)) || followsUnit(text, start)) && knownWordAcross(tokens, start) === undefined
}

/**
 * Whether 老 or 小 stands before the surname at `start` where a name may start (找“老杨书记”, 老王局长说): a form of
 * address of the surname and the title together. jieba must read the surname apart from it (老区书记: 老区 is a word),
 * which `isSurnameBeforeTitle` asks after.
 */
function followsAddressPrefix(text: string, start: number): boolean {
  return start > 0 && inClass(surnameAddressPrefixes, text.charCodeAt(start - 1)) && startsName(text, start - 1)
}

/**
 * Whether a noun for people that jieba reads ends right before the surname at `start` (果农|薛大爷, 保育员|汪大姐): the
 * person's role, before the surname as a title would stand.
 */
function followsPersonNoun(text: string, start: number): boolean {
  return start > 0 && endsWithPersonNoun(text, start, () => segmentTo(text, windowStart(text, Math.max(0, start - 4), start), start + 1, start))
}

/**
 * 王局长, 李主任: a surname right before a title. The surname of a person found in the document (王留剑) is
 * that person; any other surname still identifies someone in a report about one unit, with less certainty.
 * Titles that stand only before a name (村民, 成员) take no surname; 老 or 小 may stand before the surname (找“老杨书记”).
 * Only the surname is masked, except before a form of address (鲁大爷, 郎师傅: marked `address` in
 * data/person-titles.txt), which with the surname is the name the person goes by.
 */
export function detectSurnameTitles(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  const {compoundSurnames, addressTitles} = loadLexicons()
  const surnames = new Set(found.map((item) => {
    const name = text.slice(item.start, item.end)
    return compoundSurnames.has(name.slice(0, 2)) ? name.slice(0, 2) : name.charAt(0)
  }))
  const named = new Set(found.map((item) => item.start))
  const namedEnds = new Set(found.map((item) => item.end))
  for (const entry of titles) {
    if (namedEnds.has(entry.start)) continue
    for (const surnameLength of [2, 1]) {
      const start = entry.start - surnameLength
      if (start < 0 || named.has(start)) continue
      // A surname of someone found, or one that may stand before this title: the table answers most titles
      // before startsName looks further back.
      const known = surnames.has(text.slice(start, entry.start))
      if (!known && (entry.place === 'before' || !surnameLengthsAt(text, start).includes(surnameLength))) continue
      // After 老 or 小 (老杨书记), known or not, only a surname jieba reads apart from a word of prose (老区主任). Right
      // after a unit (商务局王局长), the surname is one of the unit's people.
      const opens = startsName(text, start) || followsUnit(text, start) || followsPersonNoun(text, start)
      const addressed = !opens && followsAddressPrefix(text, start) && isSurnameBeforeTitle(text, start, entry)
      if (!opens && !addressed) continue
      const end = addressTitles.has(entry.title) ? entry.end : entry.start
      if (known) {
        found.push(person(start, end, 'surname-title', 0.85, `surname of a person found in the document before \`${entry.title}\``))
        break
      }
      if (addressed || isSurnameBeforeTitle(text, start, entry)) {
        found.push(person(start, end, 'surname-title', 0.6, `surname before the title \`${entry.title}\``))
        pushBracketedFullName(text, text.slice(start, entry.start), entry, found)
        break
      }
    }
  }
}

/**
 * The full name in brackets right after a surname and its title (张大爷（张永福）今年七十有六): a name of that surname
 * (`nameFrom`) that the closing bracket ends, the person the form of address calls.
 */
function pushBracketedFullName(text: string, surname: string, title: TitleMention, found: Detection[]): void {
  const titleEnd = title.end
  if (!inClass(openingBrackets, text.charCodeAt(titleEnd)) || !text.startsWith(surname, titleEnd + 1)) return
  const end = nameFrom(text, titleEnd + 1)
  if (end === undefined || !inClass(closingBrackets, text.charCodeAt(end))) return
  found.push(person(titleEnd + 1, end, 'surname-title', 0.8, `the full name in brackets after \`${surname}${title.title}\`, of the same surname`))
}

const openingBrackets = charCodes('（(')
const closingBrackets = charCodes('）)')

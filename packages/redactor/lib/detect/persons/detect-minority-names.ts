// Names of Tibetans, Yi, Mongolians, Uyghurs, Kazakhs and Dai told by their parts (才让卓玛, 阿说木呷, 乌云其木格, 岩温):
// two parts or more wherever they stand, one part alone next to a role or in a labelled list.
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {lineWrapEnd} from '../../line-wrap.js'
import {type Token, segment, segmentAround} from '../../segment.js'
import {isTransliteration} from './detect-transliterated-names.js'
import {endsName, startsKnownWord, startsName} from './name-boundaries.js'
import {placeOrUnitAfter, readCharacterClass} from './person-classes.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {loadLexicons, minorityPartLength} from './person-lexicons.js'
import {endsWithPersonNoun} from './person-noun-start.js'
import {knownWordAcross, segmentTo, windowStart} from './read-words.js'
import type {TitleMention} from './scan-person-cues.js'

// How many characters a name of parts holds at least: four, as two parts of two may be a word of prose (乌云, 达瓦) or
// one Han name (马海); and at most, as a name of four parts.
const nameLength = {least: 4, most: 16}

/** A stretch of a name between line breaks. */
interface Piece {
  start: number
  end: number
}

/**
 * Names made of two parts of data/person-minority-name-parts.txt or more, from where the scan found a part may start
 * (`partStarts`, by its first two characters), four characters at least (护边员热孜万古丽常年,
 * 的阿说木呷说, “草原母亲”乌云其木格先后): a closed set of syllables that names hold and prose does not, so no context is
 * asked, but that jieba reads them apart from the words around them (no word runs into the name or out of it), that no
 * place of the gazetteer reads over them and no character of a place's or unit's name follows (才让卓玛村), and that
 * jieba knows them as no word of prose. A PDF line break may cut a name between two parts (才让⏎东智): both pieces are
 * masked, so the lines stay.
 */
export function detectMinorityNames(text: string, partStarts: readonly number[], found: Detection[]): void {
  let resume = 0
  for (const at of partStarts) {
    if (at < resume) continue
    const pieces = longestName(text, at)
    const last = pieces?.at(-1)
    if (pieces === undefined || last === undefined || !isNameThere(text, at, last.end)) continue
    // A name the other rules read whole or longer is theirs (热依汗古丽·阿不都热合曼).
    if (found.some((item) => item.start <= at && item.end >= last.end)) continue
    for (const piece of pieces) found.push(person(piece.start, piece.end, 'minority-name', 0.8, `\`${text.slice(at, last.end)}\`: parts of a name of the minorities`))
    resume = last.end
  }
}

/**
 * Names of one part (次仁, 德吉, 岩温) or of parts shorter than `nameLength.least`, where the words around them say a
 * person is named: right after a title that stands before names or a noun for people jieba reads (党委书记次仁（左二）,
 * 茶农岩温、, 牧民扎西说), or right before a title that stands after them (卓玛老人, 扎西书记); and where a name may end
 * (`endsName`) and the run is a name where it stands (`isNameThere`: no word of prose across either end, no place).
 * A part alone may be half of a Han word's reading, so the context is asked, as for a surname and a given name.
 */
export function detectLonePartsAroundRoles(text: string, partStarts: readonly number[], titles: readonly TitleMention[], found: Detection[]): void {
  if (partStarts.length === 0) return
  const overlapsEarlier = overlapsEarlierFinds(found)
  const titleEnds = new Set(titles.filter((title) => title.place !== 'after').map((title) => title.end))
  const titleStarts = new Set(titles.filter((title) => title.place !== 'before').map((title) => title.start))
  for (const at of partStarts) {
    const end = shortNameEnd(text, at)
    if (end === undefined || overlapsEarlier(at, end)) continue
    const role = titleEnds.has(at) ? 'title' : titleStarts.has(end) ? 'title after' : endsWithPersonNoun(text, at, () => segmentAround(text, at, end, 5)) ? 'noun' : undefined
    if (role === undefined || (role === 'title after' ? !startsName(text, at) : !endsName(text, end)) || !isNameThere(text, at, end)) continue
    found.push(person(at, end, 'minority-part-by-role', 0.8, `\`${text.slice(at, end)}\`: a part of a name of the minorities next to a ${role === 'noun' ? 'word for people' : 'title'}`))
  }
}

/**
 * The end of the longest run of whole parts from `start` shorter than a name of parts alone (`nameLength.least`), or of
 * one part as long (阿不力孜, 额尔德尼: one part, which no rule of parts alone reads), or undefined.
 */
function shortNameEnd(text: string, start: number): number | undefined {
  const longPartEnd = start + minorityPartLength.most
  if (longPartEnd <= text.length && loadLexicons().minorityParts.has(text.slice(start, longPartEnd))) return longPartEnd
  for (let end = Math.min(text.length, start + nameLength.least - 1); end >= start + minorityPartLength.least; end--) {
    if (isPartsExactly(text, start, end)) return end
  }
  return undefined
}

/** Whether `text[start, end)` is a run of whole parts of the names of the minorities (德吉, 才让卓玛, 努尔江). */
export function isMinorityName(text: string, start: number, end: number): boolean {
  return end - start >= minorityPartLength.least && isPartsExactly(text, start, end)
}

/** A run of parts: its pieces between line breaks, how many parts and how many characters it holds. */
interface Chain {
  pieces: Piece[]
  count: number
  length: number
}

/** Endings of one character that close a name after a part: data/person-minority-name-endings.txt. */
const nameEndings = readCharacterClass('person-minority-name-endings.txt')

/** The pieces of the longest name of two parts or more from `start` (`nameLength`), or undefined. */
function longestName(text: string, start: number): Piece[] | undefined {
  const best = longestChain(text, start, 0)
  if (best === undefined || best.count < 2 || best.length < nameLength.least) return undefined
  return best.pieces
}

/** The longest run of parts from `start`, a line break allowed between two, an ending after one (`nameEndings`). */
function longestChain(text: string, start: number, length: number): Chain | undefined {
  const {minorityParts} = loadLexicons()
  // An ending of one character closes a name after a part (库尔班 + 江, the Uyghur -jan).
  let best: Chain | undefined = length > 0 && inClass(nameEndings, text.charCodeAt(start)) ? {pieces: [{start, end: start + 1}], count: 1, length: 1} : undefined
  for (let partLength = Math.min(minorityPartLength.most, nameLength.most - length); partLength >= minorityPartLength.least; partLength--) {
    const end = start + partLength
    if (end > text.length || !minorityParts.has(text.slice(start, end))) continue
    const resume = lineWrapEnd(text, end) ?? end
    const rest = resume < text.length ? longestChain(text, resume, length + partLength) : undefined
    const candidate = rest === undefined
      ? {pieces: [{start, end}], count: 1, length: partLength}
      : {pieces: resume === end ? [{start, end: rest.pieces[0]?.end ?? end}, ...rest.pieces.slice(1)] : [{start, end}, ...rest.pieces], count: rest.count + 1, length: rest.length + partLength}
    if (best === undefined || candidate.length > best.length) best = candidate
  }
  return best
}

/**
 * Whether the run of parts `[start, end)` is a name where it stands: jieba reads no word it knows across either end, no place of
 * the gazetteer reads over it, no character of a place's or unit's name follows (才让卓玛村, 巴图孟和路), and jieba
 * knows the run as no word of prose (`isNameWord`).
 */
function isNameThere(text: string, start: number, end: number): boolean {
  if (inClass(placeOrUnitAfter, text.charCodeAt(end)) || (longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end) return false
  const [whole, ...more] = segment(text, start, end)
  if (whole !== undefined && more.length === 0 && !isNameWord(whole)) return false
  const tokens = segmentTo(text, windowStart(text, Math.max(0, start - 3), start), end + 3, end)
  return knownWordAcross(tokens, start) === undefined && knownWordAcross(tokens, end) === undefined
}

/**
 * Whether jieba's one word over a run of parts may be a name: one it cannot read (x), a name's (nr, nrt), or a place's
 * or a proper noun's that the gazetteer does not hold and prose seldom names (乌云其木格/ns, 多吉次仁/nz, 拉巴次仁/nz; not
 * a country or a city prose names often).
 */
function isNameWord(token: Token): boolean {
  return token.tag === 'x' || token.tag.startsWith('nr') || ((token.tag === 'ns' || token.tag === 'nz') && !isFrequentWord(token.word))
}

/**
 * Where a run of whole parts that ends at `end` starts one character after `start`, if it does: the first part of a
 * dotted name that jieba read with the character before it (像沙马·日火: 沙马).
 */
export function partsStartAfterOne(text: string, start: number, end: number): number | undefined {
  return end - start > minorityPartLength.least && isPartsExactly(text, start + 1, end) && !isPartsExactly(text, start, end) ? start + 1 : undefined
}

/**
 * Where a run of whole parts from `start` ends one character before `end`, if it does: the last part of a dotted name
 * that jieba read with the character after it (沙马·日火已经: 日火). A character that transliterates names and opens no
 * word of prose with what follows is the name's (阿卜杜 + 拉主持会议, 买买提 + 力: a last part longer than the list
 * knows it).
 */
export function partsEndBeforeOne(text: string, start: number, end: number): number | undefined {
  if (end - start <= minorityPartLength.least || !isPartsExactly(text, start, end - 1) || isPartsExactly(text, start, end)) return undefined
  return isTransliteration(text, end - 1, end) && !startsKnownWord(text, end - 1) ? undefined : end - 1
}

/**
 * Where a run from `start` to `end` that is no run of whole parts ends as one a character later, if it does: the last
 * part of a dotted name whose last character jieba read into the word after it (托合/x 提在/v: 托合提).
 */
export function partsEndAfterOne(text: string, start: number, end: number): number | undefined {
  return end > start && end < text.length && !isPartsExactly(text, start, end) && isPartsExactly(text, start, end + 1) ? end + 1 : undefined
}

/** Whether `text[start, end)` is a run of whole parts (日火, 沙马, 曲比拉体), an ending allowed after one (努尔江). */
function isPartsExactly(text: string, start: number, end: number, afterPart = false): boolean {
  if (start === end) return true
  // An ending closes the run after a part (努尔 + 江).
  if (afterPart && end - start === 1) return inClass(nameEndings, text.charCodeAt(start))
  const {minorityParts} = loadLexicons()
  for (let length = minorityPartLength.least; length <= minorityPartLength.most && start + length <= end; length++) {
    if (minorityParts.has(text.slice(start, start + length)) && isPartsExactly(text, start + length, end, true)) return true
  }
  return false
}

/** The parts of `name`, a run of whole parts (曲比拉体: 曲比, 拉体), the longest first part first, or none. */
export function partsOf(name: string): string[] {
  const {minorityParts} = loadLexicons()
  for (let length = Math.min(minorityPartLength.most, name.length); length >= minorityPartLength.least; length--) {
    const first = name.slice(0, length)
    if (!minorityParts.has(first)) continue
    if (length === name.length) return [first]
    const rest = partsOf(name.slice(length))
    if (rest.length > 0) return [first, ...rest]
  }
  return []
}

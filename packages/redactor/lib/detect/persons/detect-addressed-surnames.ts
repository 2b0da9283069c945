// A person called by 小 or 老 and the surname: after a role (网格员小韩、, 工作队员小李是), or opening a clause (老陈退休前是).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import type {Token} from '../../segment.js'
import {followerAt} from './name-boundaries.js'
import {addressTags, surnameAddressPrefixList, surnameAddressPrefixes} from './person-classes.js'
import {endsWithPersonNoun} from './person-noun-start.js'
import {segmentTo, windowStart} from './read-words.js'
import {isCjkRun, lineEndWithin} from './scan-text.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import type {TitleMention} from './scan-person-cues.js'
import {titleEndingAt} from './titles.js'

// What closes a name's clause right after it.
const clauseClose = charCodes('、，。；：！？,;:!?（）()')


/**
 * 小 or 老 and a single surname right after a title that stands before names, or a noun for people jieba reads
 * (保安员小刘、: data/person-noun-endings.txt), where a name ends after them: punctuation, a word that follows names
 * (和, 是, 说) or a verb (工作队员小李是去年考录的, 村民老王说, 楼长老陈组成, 邻居老杨吵了). jieba may read them apart (小/a 李是/x),
 * but no word of prose over them (`isProseAcross`: 居民小区、, 老区, 小时, 老师). With no role before them, at the
 * opening of a clause (老陈退休前是, 小李和王姐), jieba must read the surname alone as a name's character (老/a 陈/nr),
 * unless a full name of that surname is found in the text: a story names the person whole, then as 老赵 or 小李
 * (赵德明是老党员，老赵说: jieba reads 老/a 赵说/x).
 */
export function detectAddressedSurnames(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  const named = namedSurnames(text, found)
  for (const title of titles) if (title.place !== 'after') readAddress(text, title.end, 'title', named, found)
  for (const prefix of surnameAddressPrefixList) {
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
      if (at === 0 || inClass(clauseOpening, text.charCodeAt(at - 1))) readAddress(text, at, 'opening', named, found)
      else if (!titleEndingAt(text, at)) readAddress(text, at, 'noun', named, found)
    }
  }
}

/**
 * The single surnames of the full names found with confidence (`namedConfidence` or more: 赵德明), which vouch for
 * the forms of address made of them (老赵, 小赵).
 */
function namedSurnames(text: string, found: readonly Detection[]): Set<string> {
  const {singleSurnames} = loadLexicons()
  const surnames = new Set<string>()
  for (const item of found) {
    const surname = text.charAt(item.start)
    if (item.end - item.start >= 2 && item.confidence >= namedConfidence && singleSurnames.has(surname) && isCjkRun(text, item.start, item.end)) surnames.add(surname)
  }
  return surnames
}

// The least confidence of a name found that vouches for a form of address of its surname, as for a given name said alone.
const namedConfidence = 0.75

/** What stands before an address: a title (read by the caller), a noun for people jieba must read, or a clause's opening. */
type AddressSetting = 'title' | 'noun' | 'opening'

// What a clause or one of the people it names opens after: punctuation, a line's start, or a conjunction that joins
// people (李阿姨和老李并非一家人).
const clauseOpening = charCodes('。！？；，、：“‘（(\n和与及')

/** The address at `start` (小刘) in its `setting`; `named`: the surnames of full names found (`namedSurnames`). */
function readAddress(text: string, start: number, setting: AddressSetting, named: ReadonlySet<string>, found: Detection[]): void {
  const {singleSurnames, verbs} = loadLexicons()
  const end = start + 2
  if (!inClass(surnameAddressPrefixes, text.charCodeAt(start)) || !singleSurnames.has(text.charAt(start + 1))) return
  // After a noun, jieba reads from a few characters before it, and must end a word for people there: asked first, as
  // most characters before 小 and 老 end none and the question then costs no reading.
  let read: Token[] | undefined
  const readTokens = (): Token[] => (read ??= segmentTo(text, setting === 'noun' ? windowStart(text, Math.max(0, start - 4), start) : start, end + 4, end))
  if (setting === 'noun' && !endsWithPersonNoun(text, start, readTokens)) return
  const closes = inClass(clauseClose, text.charCodeAt(end)) || longestAt(verbs, text, end) !== undefined || followerAt(text, end, 1)
  if (!closes && !opensPredicate(text, end)) return
  const tokens = readTokens()
  // A name's word over the address is no prose where a full name of the surname is found (老/a 陈说/nrfg).
  const surnameNamed = named.has(text.charAt(start + 1))
  if (tokens.some((token) => token.start < end && token.end > start && !(surnameNamed && token.tag.startsWith('nr')) && !(setting === 'opening' && isAddressWord(text, token, start, end)) && isProseAcross(token, start, end))) return
  // Known words of the two are words as often as forms of address there (小康/nr, 小雨/nr, 小马/n; 老王/nr): only
  // jieba's reading of the surname alone as a name's says a person, or as a bound morpheme's (刘/zg, 韩/j) where a word
  // that follows names of two characters or more comes next (，小刘负责登记).
  const verb = longestAt(verbs, text, end)
  const surnameTags = verb !== undefined && verb.end - verb.start >= 2 ? surnameBeforeVerbTags : surnameAloneTags
  if (setting === 'opening' && !surnameNamed && !tokens.some((token) => (token.start === start + 1 && token.end === end && surnameTags.has(token.tag)) || isAddressWord(text, token, start, end))) return
  found.push(person(start, end, 'addressed-surname', 0.75, `\`${text.slice(start, end)}\` ${settingReasons[setting]}: a person called by the surname`))
}

/**
 * Whether jieba reads 老 and the surname at `[start, end)` as a form of address: the two as one word of a name's, a run
 * it cannot read or a time's (老李/nr, 老徐/x, 老周/t) that data/person-old-words.txt does not list (老虎/nr, 老年/t);
 * or 老 apart and the surname opening a run it cannot read or a bound morpheme (老/a 郑带/x, 老/a 韩/j). 小 and a
 * surname is read as a word of prose as often (小时, 小米/nr).
 */
function isAddressWord(text: string, token: Token, start: number, end: number): boolean {
  if (text.charAt(start) !== '老') return false
  if (token.start === start + 1) return token.tag === 'x' || (token.tag === 'j' && token.end === end)
  return token.start === start && token.end === end && oldAddressTags.has(token.tag) && !oldWords.has(token.word)
}

// jieba's tags of 老 and a surname read as one word that `isAddressWord` takes: a name's, a run it cannot read, a time's.
const oldAddressTags = new Set(['nr', 'x', 't'])
const oldWords: ReadonlySet<string> = new Set(readLexicon('person-old-words.txt'))

// jieba's tags of a surname read alone after 小 or 老 that say a person: a name's; before a word that follows names, a
// bound morpheme's too (刘/zg, 韩/j), which no word of prose leaves alone there.
const surnameAloneTags = new Set(['nr', 'nrfg', 'nrt'])
const surnameBeforeVerbTags = new Set([...surnameAloneTags, 'zg', 'j'])

const settingReasons: Record<AddressSetting, string> = {title: 'after a role', noun: 'after a word for people', opening: 'opening a clause'}

/**
 * Whether jieba, reading from `position`, starts there with a verb (组成, 吵): what a person called so does next; or
 * with a word of two characters or more that says when, how often or how (每周/r, 今年/t, 经常/d) before it.
 */
function opensPredicate(text: string, position: number): boolean {
  const [first] = segmentTo(text, position, lineEndWithin(text, position, 4), position)
  return first !== undefined && first.start === position && (first.tag.startsWith('v') || (first.word.length >= 2 && predicateOpenerTags.has(first.tag)))
}

// jieba's tags of the words that open a predicate before its verb: a time's (今年/t), an adverb's (经常/d), a pronoun's
// of two characters or more (每周/r, 每天/r; 这些年 too, which is read the same way).
const predicateOpenerTags = new Set(['t', 'd', 'r'])

/**
 * Whether jieba's `token` over the address `[start, end)` is a word of prose: a known word that runs past it (老师傅,
 * 小区域), or the two as one word that is not a name's or a time's (小区/n, 老区/n) or is frequent in prose (小时, 老师).
 */
function isProseAcross(token: Token, start: number, end: number): boolean {
  if (token.tag === 'x') return false
  if (token.end > end) return true
  return token.start === start && token.end === end && (!addressTags.has(token.tag) || isFrequentWord(token.word))
}

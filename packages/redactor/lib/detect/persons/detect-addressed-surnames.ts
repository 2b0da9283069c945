// A person called by 小 or 老 and the surname right after a role (网格员小韩、, 工作队员小李是).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import type {Token} from '../../segment.js'
import {addressTags, personNounEndings} from './person-classes.js'
import {personNounStart} from './person-noun-start.js'
import {segmentTo, windowStart} from './read-words.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import type {TitleMention} from './scan-person-cues.js'
import {titleEndingAt} from './titles.js'

// 小 and 老, which make a form of address of a surname (小刘, 老陈).
const addressPrefixes = charCodes('小老')

// What closes a name's clause right after it.
const clauseClose = charCodes('、，。；：！？,;:!?（）()')


/**
 * 小 or 老 and a single surname right after a title that stands before names, or a noun for people jieba reads
 * (保安员小刘、: data/person-noun-endings.txt), where a name ends after them: punctuation or a word that follows names
 * (工作队员小李是去年考录的, 村民老王说). jieba may read them apart (小/a 李是/x), but no word of prose over them
 * (`isProseAcross`: 居民小区、, 老区, 小时, 老师).
 */
export function detectAddressedSurnames(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  for (const title of titles) if (title.place !== 'after') readAddress(text, title.end, false, found)
  for (const prefix of ['小', '老']) {
    for (let at = text.indexOf(prefix, 1); at !== -1; at = text.indexOf(prefix, at + 1)) {
      if (inClass(personNounEndings, text.charCodeAt(at - 1)) && !titleEndingAt(text, at)) readAddress(text, at, true, found)
    }
  }
}

/** The address at `start` (小刘), right after a title, or after a noun for people jieba must read there (`afterNoun`). */
function readAddress(text: string, start: number, afterNoun: boolean, found: Detection[]): void {
  const {singleSurnames, verbs} = loadLexicons()
  const end = start + 2
  if (!inClass(addressPrefixes, text.charCodeAt(start)) || !singleSurnames.has(text.charAt(start + 1))) return
  if (!inClass(clauseClose, text.charCodeAt(end)) && longestAt(verbs, text, end) === undefined) return
  const tokens = segmentTo(text, afterNoun ? windowStart(text, Math.max(0, start - 4), start) : start, end + 4, end)
  if (tokens.some((token) => token.start < end && token.end > start && isProseAcross(token, start, end))) return
  if (afterNoun && personNounStart(tokens, start) === undefined) return
  found.push(person(start, end, 'addressed-surname', 0.75, `\`${text.slice(start, end)}\` after a role: a person called by the surname`))
}

/**
 * Whether jieba's `token` over the address `[start, end)` is a word of prose: a known word that runs past it (老师傅,
 * 小区域), or the two as one word that is not a name's or a time's (小区/n, 老区/n) or is frequent in prose (小时, 老师).
 */
function isProseAcross(token: Token, start: number, end: number): boolean {
  if (token.tag === 'x') return false
  if (token.end > end) return true
  return token.start === start && token.end === end && (!addressTags.has(token.tag) || isFrequentWord(token.word))
}

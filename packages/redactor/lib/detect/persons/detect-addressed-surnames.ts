// A person called by 小 or 老 and the surname right after a role (网格员小韩、, 工作队员小李是).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import type {Token} from '../../segment.js'
import {addressTags} from './person-classes.js'
import {segmentTo} from './read-words.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import type {TitleMention} from './scan-person-cues.js'

// 小 and 老, which make a form of address of a surname (小刘, 老陈).
const addressPrefixes = charCodes('小老')

// What closes a name's clause right after it.
const clauseClose = charCodes('、，。；：！？,;:!?（）()')


/**
 * 小 or 老 and a single surname right after a title that stands before names, where a name ends after them:
 * punctuation or a word that follows names (工作队员小李是去年考录的, 村民老王说). jieba may read them apart (小/a 李是/x),
 * but no word of prose over them (`isProseAcross`: 居民小区、, 老区, 小时, 老师).
 */
export function detectAddressedSurnames(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  const {singleSurnames, verbs} = loadLexicons()
  for (const title of titles) {
    const start = title.end
    const end = start + 2
    if (title.place === 'after' || !inClass(addressPrefixes, text.charCodeAt(start)) || !singleSurnames.has(text.charAt(start + 1))) continue
    if (!inClass(clauseClose, text.charCodeAt(end)) && longestAt(verbs, text, end) === undefined) continue
    if (segmentTo(text, start, end + 4, end).some((token) => token.start < end && token.end > start && isProseAcross(token, start, end))) continue
    found.push(person(start, end, 'addressed-surname', 0.75, `\`${text.slice(start, end)}\` after a role: a person called by the surname`))
  }
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

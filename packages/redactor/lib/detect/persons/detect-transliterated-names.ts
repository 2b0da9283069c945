// Names of minorities and foreigners after a word for a person's role, told by the characters that transliterate them.
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {type TrieMatch, longestAt} from '../../gazetteer/trie.js'
import {isUsualWord} from '../../jieba-dictionary.js'
import {type Token, segment} from '../../segment.js'
import {nameDots, namePartStops, readCharacterClass} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {segmentTo} from './read-words.js'
import {isCjkAt} from './scan-text.js'
import type {TitleMention} from './scan-person-cues.js'
import {titleAt} from './titles.js'

/** Characters that transliterate names: data/person-transliteration-chars.txt. */
const transliterating = readCharacterClass('person-transliteration-chars.txt')

// How many characters a transliterated name holds (dots not counted): three at least, as two of these characters
// are often a word of prose or a Han name the other rules read (马林); at most those of a name of three parts.
const nameLength = {least: 3, most: 16}

/**
 * Names after a role that are runs of characters of transliteration (党支部书记巴合提别克吐尔逊拜带领, 苏木长图门吉日嘎拉
 * 多次, 调解员巴·额尔敦骑, 牧民其木格一家): from the role's end, jieba's words made only of such characters, up to the
 * first that is not, a function word, a word of prose (多次, 一家: `isProseWord`), a word that follows names (牵头,
 * data/person-verbs.txt) or a title; parts joined by a dot go on. Three characters at least, and no place of the
 * gazetteer as a whole (书记马尼拉 would be a trip). Names of the Han the run covers (书记马林华) are names too.
 */
export function detectTransliteratedNames(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  for (const title of titles) {
    if (title.place === 'after' || !opensRun(text, title.end)) continue
    const end = transliterationEnd(text, title.end, nameLength.least)
    if (end !== undefined) readName(text, title.end, end, 'transliterated-after-role', found)
  }
}

/** The transliterated name `text[start, end)` a rule read, unless a name the other rules read covers it. */
function readName(text: string, start: number, end: number, rule: string, found: Detection[]): void {
  // A name the other rules read whole or longer is theirs (额尔敦毕力格: the run stops at 毕力/d, a word of prose).
  if (found.some((item) => item.start <= start && item.end >= end)) return
  found.push(person(start, end, rule, 0.8, `\`${text.slice(start, end)}\`: characters that transliterate names`))
}

// How many characters a transliterated name with nothing before it holds at least (dots not counted): four, as a
// run of three at a clause's start is as often a word jieba cannot read.
const bareNameLength = 4

/**
 * Transliterated names that open a clause and stand before a word that follows names (，艾尼瓦尔说, 。阿依努尔表示): a
 * run of four characters of transliteration at least, from a character that is no Chinese (punctuation, a quote, a
 * line's start) to the word, read as after a role (`transliterationEnd`) up to the word exactly, and not one word
 * jieba knows.
 */
export function detectBareTransliteratedNames(text: string, verbs: readonly TrieMatch<string>[], found: Detection[]): void {
  for (const verb of verbs) {
    let start = verb.start
    while (start > 0 && verb.start - start < nameLength.most && (isTransliteration(text, start - 1, start) || (inClass(nameDots, text.charCodeAt(start - 1)) && isTransliteration(text, start - 2, start - 1)))) start--
    if (isCjkAt(text, start - 1) || verb.start - start < bareNameLength || !isTransliteration(text, start, start + 1)) continue
    // One word of jieba's dictionary there is a country, a city or a brand (哈萨克斯坦/nrt, 乌兰巴托/nrt, 阿里巴巴/nrt).
    if (transliterationEnd(text, start, bareNameLength) === verb.start && segment(text, start, verb.start).length > 1) readName(text, start, verb.start, 'transliterated-before-verb', found)
  }
}

/**
 * Whether three characters of transliteration open a run at `start`, or one and a dot (巴·额尔敦): most roles are
 * answered with no jieba (书记带领, 书记多次).
 */
function opensRun(text: string, start: number): boolean {
  if (!isTransliteration(text, start, start + 1)) return false
  return inClass(nameDots, text.charCodeAt(start + 1)) || isTransliteration(text, start + 1, start + nameLength.least)
}

/** The end of a run of transliterated parts joined by dots from `start`, if it is a name of `least` characters or more. */
function transliterationEnd(text: string, start: number, least: number): number | undefined {
  let end = partEnd(text, start)
  let length = end - start
  while (end > start && inClass(nameDots, text.charCodeAt(end)) && inClass(transliterating, text.charCodeAt(end + 1))) {
    const next = partEnd(text, end + 1)
    if (next === end + 1) break
    length += next - end - 1
    end = next
  }
  if (length < least || length > nameLength.most) return undefined
  // A place read whole is the role's place or object (站长乌兰浩特), not a name.
  return (longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end ? undefined : end
}

/** The end of jieba's words of transliteration from `start` (`start` itself where the first is none). */
function partEnd(text: string, start: number): number {
  const {verbs} = loadLexicons()
  let end = start
  for (const token of segmentTo(text, start, start + nameLength.most, start)) {
    if (token.end - start > nameLength.most || !isTransliteration(text, token.start, token.end)) break
    if (isProseWord(token)) break
    if (token.start > start && (titleAt(text, token.start) !== undefined || (longestAt(verbs, text, token.start)?.end ?? 0) - token.start >= 2)) break
    end = token.end
  }
  return end
}

/**
 * Whether jieba reads `token` as a word of prose (开门, 珍珠, 不明): of two characters, one its dictionary counts often
 * enough (pieces of names it knows are rare words: 达来 6, 木格 13, 吉日 83); longer, one with no name's tag. A name's
 * tag is a name's or a transliteration's (别克/nr, 吉日/nrt).
 */
function isProseWord(token: Token): boolean {
  if (token.word.length < 2 || token.tag === 'x' || token.tag.startsWith('nr')) return false
  return token.word.length > 2 || isUsualWord(token.word)
}

/** Whether every character of `text[start, end)` transliterates names and none is a function word. */
export function isTransliteration(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (!inClass(transliterating, code) || inClass(namePartStops, code)) return false
  }
  return true
}

// Names jieba cannot read after a title: minorities' and foreign names with no surname of the list.
import {charCodes, inClass} from '@gongwen/parser'
import {type Trie, longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import type {Token} from '../../segment.js'
import {endsName, followerAt} from './name-boundaries.js'
import {nameScore, surnameLengthsAt} from './name-shape.js'
import {followers, namePartStops} from './person-classes.js'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {segmentTo, wordTag} from './read-words.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'

// How long a name jieba cannot read may be after a title, and how long each part of a name joined by dots.
export const unknownRunLength = {least: 3, most: 8}

// jieba's tags of words of two or more characters that a transliterated or unknown name is read as: unknown runs,
// names, transliterations, places and other proper nouns (乌日图/nr, 雅尔/nrt, 阿曼/ns); any other word is prose.
const namePartTags = new Set(['x', 'nr', 'nrfg', 'nrt', 'ns', 'nz'])

/**
 * Whether `token` may be part of a name jieba cannot read: a single character that is no function word, or a word
 * tagged as a name, a transliteration, a proper noun or as unknown.
 */
export function mayBeNamePart(text: string, token: Token): boolean {
  if (!isCjkAt(text, token.start)) return false
  return token.word.length === 1 ? !inClass(namePartStops, text.charCodeAt(token.start)) : namePartTags.has(token.tag)
}

// jieba's tags of the words of two or more characters a name after a title may be read as: unknown runs, names and
// transliterations (乌日图/nr, 雅尔/nrt); proper nouns of places are places there (扎根/ns, 小沙江镇).
const unknownRunTags = new Set(['x', 'nr', 'nrfg', 'nrt'])

// jieba's tags of a single character that opens a predicate rather than a name: verbs, prepositions, adverbs and
// conjunctions (pronouns open names of the minorities: 那顺, 其其格).
const openingPredicateTags = new Set(['v', 'p', 'd', 'c'])

// The least sum of the scores (×10) of a run's first two characters (其其 -14, 那顺 1; 亲自, 主持 and 办公 are less).
const minRunOpening = -20

/**
 * The end of a name right after a title that jieba cannot read as words, up to a word of prose or a function word
 * (技术员那顺乌日图、, 理事长其其格玛被评为, 牧民乌力吉巴雅尔的): three to eight characters up to a title, one run of them at least
 * read as unknown or as a name (so not 朝 + 鲁 + 门, nor single characters of prose), no single character that
 * follows names last (吉日木图 + 家), characters of names more than of words on the whole (not the
 * coinage 群众互嵌式示范社区), ending where a name may end. The names of
 * minorities and foreign names have no surname of data/surnames.txt, and some names of the Han too. `shortEnd`:
 * the end of a name of two characters the rules of names read there, if any.
 */
export function unknownRunEnd(text: string, start: number, shortEnd: number | undefined): number | undefined {
  const {givenScores} = loadLexicons()
  // Most titles are followed by words of prose, whose first characters stand in no name or in words far more (亲自,
  // 办公, 带领): their scores answer without jieba.
  const opening = (givenScores[text.charCodeAt(start)] ?? noGivenScore) + (givenScores[text.charCodeAt(start + 1)] ?? noGivenScore)
  if (opening < minRunOpening || !isCjkAt(text, start + 2)) return undefined
  let end = start
  let unread = false
  const tokens = segmentTo(text, start, start + unknownRunLength.most + 2, start)
  // A run that opens with a surname is a name of the Han the rules of names refused (那时女儿魏晴 + 正读高三, 局长 +
  // 傅粉施朱), unless they read a short name there (阿布 of 阿布都克里木) or jieba reads a transliteration (巴特尔/nr,
  // 吉日/nrt).
  const [first] = tokens
  if (shortEnd === undefined && surnameLengthsAt(text, start).length > 0 && !(first !== undefined && (first.tag === 'nrt' || (first.tag === 'nr' && first.word.length >= 3)))) return undefined
  // A first character that is a verb or a function word on its own starts the predicate, though jieba reads it into
  // an unknown run (记者问鸿渐/x, 让 + 范小姐).
  if (first?.tag === 'x' && openingPredicateTags.has(wordTag(text, start, start + 1) ?? '')) return undefined
  for (const token of tokens) {
    const single = token.word.length === 1
    if (!isCjkAt(text, token.start) || token.end - start > unknownRunLength.most || (token.start > start && titleAt(text, token.start) !== undefined)) break
    if (single ? inClass(namePartStops, text.charCodeAt(token.start)) || (end === start && (followerAt(text, token.start, 1) || openingPredicateTags.has(token.tag))) : !unknownRunTags.has(token.tag)) break
    // Past the short name (阿布 + 都 + 克里木, not 吴刚 + 作).
    unread ||= !single && token.end > (shortEnd ?? start)
    end = token.end
  }
  end = runToHardEnd(text, start, end)
  // A last character that follows names ends the subject, not the name (吉日木图 + 家), though jieba reads it in.
  while (end - start > unknownRunLength.least && followers.includes(text.charAt(end - 1))) end--
  if (!unread || end - start < unknownRunLength.least || !endsName(text, end)) return undefined
  // One word jieba knows is in its dictionary as a word or a famous name (傅粉施朱/nr), not a person of a report;
  // one it does not know before a noun it would modify is a coinage (居民 + 微信群 + 宣传).
  if (first !== undefined && first.end === end && (first.tag !== 'x' || isModifiedNoun(tokens.find((token) => token.start === end)))) return undefined
  return nameScore(text, start, end) > 0 ? end : undefined
}

/**
 * The end of a run read as a name up to `end` that goes on, over words jieba reads as prose, to where a list or a
 * clause ends, a function word that opens a predicate (被, 在) or a word that follows names starts, within reach (牧民哈斯/nrt 其 木格/n、,
 * 书记额尔敦/x 毕力/d 格被评为):
 * there, where the few characters past `end` hold no word frequent in prose and are names' more than words' on the
 * whole; else `end`.
 */
function runToHardEnd(text: string, start: number, end: number): number {
  if (end === start) return end
  const {verbs} = loadLexicons()
  let stop = end
  while (stop - start < unknownRunLength.most && isCjkAt(text, stop) && !inClass(namePartStops, text.charCodeAt(stop)) && titleAt(text, stop) === undefined) {
    if (stop > end && isVerbOfNamesAt(verbs, text, stop)) break
    stop++
  }
  const hardEnd = stop >= text.length || !isCjkAt(text, stop) || inClass(clauseOpeners, text.charCodeAt(stop)) || isVerbOfNamesAt(verbs, text, stop)
  if (stop === end || stop - end > maxRunTail || !hardEnd) return end
  // No word frequent in prose in it (安全感 + 明显提升, 微信群 + 宣传政策).
  for (let at = end; at < stop - 1; at++) if (isFrequentWord(text.slice(at, at + 2))) return end
  return nameScore(text, end, stop) > 0 ? stop : end
}

// Function words that open the predicate after a subject (被评为, 在, 和, 将), where a run may end; not 的, which a
// noun the run would modify may stand before (巴特尔牧场的).
const clauseOpeners = charCodes('被在和与及等说是将把向对从让给于')

// How many characters past what jieba reads as a name's a run may go on to its hard end (木格, 毕力格).
const maxRunTail = 3

/** Whether a word that follows names of two characters or more (牵头, 带领, 多次) starts at `position`. */
function isVerbOfNamesAt(verbs: Trie<string>, text: string, position: number): boolean {
  const verb = longestAt(verbs, text, position)
  return verb !== undefined && verb.end - verb.start >= 2
}

// jieba's tags of the word after a run that make the run its modifier (花瑶 + 文旅, 丰泽苑 + 物业): nouns of two
// characters or more, and single characters of places, measures and bound nouns (村/zg, 台/q).
const modifiedNounTags = new Set(['n', 'nz', 'ns', 'nt', 'ng', 'nr', 'nrt', 'vn', 'j'])

const modifiedSingleTags = new Set(['zg', 'q', 'ng', 'ns'])

/** Whether jieba's word after a run (`token`, if any) is a noun the run would modify (`modifiedNounTags`). */
export function isModifiedNoun(token: Token | undefined): boolean {
  return token !== undefined && (token.word.length >= 2 ? modifiedNounTags.has(token.tag) : modifiedSingleTags.has(token.tag))
}

// Whether a candidate shaped like a name is an ordinary word jieba knows (高度, 单位, 石油).
import {charCodes, inClass} from '@gongwen/parser'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord, mayBeKnownWord} from '../../jieba-dictionary.js'
import {type Token, segment} from '../../segment.js'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {isProseWord, segmentTo, wordTag} from './read-words.js'
import {lineEndWithin} from './scan-text.js'

/** jieba tags some three-character names ns (高建国); only the gazetteer's places are places. */
function isUnknownPlace(text: string, start: number, end: number, tag: string): boolean {
  return tag === 'ns' && longestAt(loadGazetteer().names, text, start)?.end !== end
}

/**
 * Whether `text[start, end)` is an ordinary word (单位, 高度, 石油, 文明) rather than a name. jieba tags words
 * it does not know `x`, which is what most names are; known two-character words are words whatever their tag
 * (jieba tags 文明, 周密 and even 安全感 `nr`), known longer ones are names only when tagged `nr` (陈建华).
 * In running text (`strict`), a known word made of the surname and the first given character (安全 in
 * 安全感) also makes the candidate a word; in a byline or a list that would lose real names (陆家明).
 */
export function isOrdinaryWord(text: string, start: number, end: number, strict: boolean): boolean {
  // A leader's name (李强) is a name whatever jieba thinks; next to a local title it is a namesake.
  const {leaders, leaderStarts} = loadLexicons()
  if (leaderStarts[text.charCodeAt(start)] === 1 && leaders.has(text.slice(start, end))) return false
  if (asksEitherWay(text, start, end)) return true
  let knownWhole = false
  let knownName = false
  if (mayBeKnownWord(text, start, end)) {
    const tokens = segment(text, start, end)
    const [token] = tokens
    if (tokens.length === 1 && token !== undefined && token.tag !== 'x') {
      if (end - start === 2 || !(token.tag.startsWith('nr') || isUnknownPlace(text, start, end, token.tag))) return true
      knownWhole = true
      knownName = token.tag.startsWith('nr')
    }
  }
  if (!strict || end - start === 2 || !mayBeKnownWord(text, start, start + 2) || isCompoundSurnameWord(text, start, end)) return false
  const prefix = segment(text, start, start + 2)
  const [first] = prefix
  // A proper noun there is no word of prose (柯文/nz + 彬, 陆海/ns + 波) but a surname and a given character, where
  // jieba knows no word of the three (金银花/nr is a word it tags as a name's), or where it is an ancient state
  // (`namesAncientState`: 吴国/ns + 华 of 吴国华/nr; 阿根/ns + 廷 of 阿根廷/nr is a country).
  if (prefix.length !== 1 || first === undefined || (properNounTags.has(first.tag) && (!knownWhole || (knownName && namesAncientState(text, start, first))))) return false
  if (!isProseWord(first)) return isFrequentNameTaggedWord(first) && !givenMoreThanWords(text, end - 1)
  return !endsWithLoneGivenCharacter(text, start, end)
}

/**
 * Whether `text[start, end)` opens a question of a word and its negation (农民富不富, 好不好, 行没行; 满不 of 群众满不满意,
 * the negation before the word's first character again): no name.
 */
function asksEitherWay(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 3 && inClass(negations, text.charCodeAt(start + 1)) && text.charCodeAt(start + 2) === text.charCodeAt(start)
}

const negations = charCodes('不没')

/**
 * Whether jieba reads `token` as a word of two characters it tags as a name's but counts as often as words of prose
 * (顾客/nr 1365, 文明/nr, 光荣/nr, 道德/nr: `isFrequentWord`): a word of a candidate of three (顾客可在) unless the third
 * character stands in names more than in words (`givenMoreThanWords`: 文明华, a surname and a given name).
 */
function isFrequentNameTaggedWord(token: Token): boolean {
  return token.word.length === 2 && token.tag.startsWith('nr') && isFrequentWord(token.word)
}

/** Whether the character at `position` scores above 0 as a given name's (data/given-name-chars.txt: 华 2.5; not 可 −1). */
function givenMoreThanWords(text: string, position: number): boolean {
  const score = loadLexicons().givenScores[text.charCodeAt(position)] ?? noGivenScore
  return score !== noGivenScore && score > 0
}

/**
 * Whether jieba's proper noun `token` at `start` is an ancient state no gazetteer holds (吴国/ns, 赵国/ns, 宋国/ns): a
 * surname and 国, which open many names (吴国华, 赵国强, 宋国庆).
 */
function namesAncientState(text: string, start: number, token: Token): boolean {
  return token.word.endsWith(stateCharacter) && loadLexicons().singleSurnames.has(token.word.charAt(0)) && isUnknownPlace(text, start, start + 2, token.tag)
}

const stateCharacter = '国'

// jieba's tags of proper nouns of places and other things, which a surname and a given character often spell.
const properNounTags = new Set(['ns', 'nz'])

// jieba's tags of a given name's last character read on its own: a name's (峰/nr). A noun's (勇/n of 方波勇)
// would let through more words than names (万家 + 灯).
const loneGivenTags = new Set(['nr'])

/**
 * Whether jieba, reading a three-character candidate in its context, leaves its last character a word of its
 * own tagged as a name's (江海 + 峰/nr 上门, 王国 + 荣/nr 同志) or as a bound morpheme of a character names hold
 * several times as often as words (鲜丽 + 娟/zg), or reads the three as one unknown word
 * (方国欣/x): the known word of the first two (江海, 王国) is then the surname and a given character. Where the
 * last character starts the next word (高度 + 重视, 江海 + 联运) or is no name's (调研 + 时/n, 安全 + 地/uv), it
 * is a word.
 */
function endsWithLoneGivenCharacter(text: string, start: number, end: number): boolean {
  const {givenScores} = loadLexicons()
  const lastScore = givenScores[text.charCodeAt(end - 1)] ?? noGivenScore
  return segmentTo(text, start, lineEndWithin(text, end, 3), end).some(
    (token) =>
      token.end === end && ((token.start === start && token.tag === 'x') || (token.start === end - 1 && (loneGivenTags.has(token.tag) || (lastScore >= loneGivenScore && loneNameTags.has(token.tag)))))
  )
}

// The least score (×10, data/given-name-chars.txt) of a last character jieba leaves alone with a tag no name's (娟/zg of
// 鲜丽 + 娟): one that names hold several times as often as words (娟 26, 华 25; not 国 -2, 成 -4).
const loneGivenScore = 25

// jieba's tags of a given name's last character read alone that the score above may vouch for: a bound morpheme's
// (娟/zg, which stands in no word alone), not a noun's (李子 + 树/n), a function word's or a verb's.
const loneNameTags = new Set(['zg', 'ng'])

/**
 * Whether `text[start, end)` opens with a compound surname that jieba reads as a word of its own (欧阳/ns +
 * 春晖): there the known two-character word is the surname, not a word's start. Where jieba reads a longer
 * word over it (微生物 + 地), the compound surname is no evidence.
 */
function isCompoundSurnameWord(text: string, start: number, end: number): boolean {
  if (!loadLexicons().compoundSurnames.has(text.slice(start, start + 2))) return false
  return segment(text, start, end).some((token) => token.start === start + 2)
}

/** Whether `text[start, end)` is one word that jieba tags as a person's name (张华/nr, 李娜/nr; also 周密/nr). */
export function isKnownPersonWord(text: string, start: number, end: number): boolean {
  return wordTag(text, start, end) === 'nr'
}

/**
 * Whether `text[start, end)` is one word that jieba tags as a person's name (`isKnownPersonWord`), or as a
 * proper noun rare in prose that is no place of the gazetteer (苏平/ns, 高洋/ns, 金文/nz; not 江宁, a district,
 * nor 印度, 欧洲: `isFrequentWord`).
 */
export function isNamingWord(text: string, start: number, end: number): boolean {
  const tag = wordTag(text, start, end)
  if (tag === undefined || !listedWordTags.has(tag)) return false
  return tag === 'nr' || (!isFrequentWord(text.slice(start, end)) && longestAt(loadGazetteer().names, text, start)?.end !== end)
}

// jieba's tags of a known two-character word that is a name in a list of names (张华/nr, 江宁/ns, 金文/nz).
export const listedWordTags = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nz'])

// jieba's tags of words that are also given names (春雪/n, 宁国/ns, 海瑞/nz, 秀丽/a): nouns and adjectives, not
// verbs, adverbs or function words.
export const namingWordTags = new Set(['n', 'ns', 'nz', 'ng', 'a', 'an'])

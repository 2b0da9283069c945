// The name that starts at a position right after its context (a title, a cue): surname, then given name.
import {charCodes, inClass} from '@gongwen/parser'
import {longestAt} from '../../gazetteer/trie.js'
import {mayBeKnownWord, mayStartKnownWord} from '../../jieba-dictionary.js'
import {segment, type Token} from '../../segment.js'
import {endsName, startsKnownWord} from './name-boundaries.js'
import {isGivenName, surnameLengthsAt} from './name-shape.js'
import {isOrdinaryWord} from './ordinary-words.js'
import {countedAfterNumeral, determiners, followers, listedFunctionWords, notInGivenName, precedingBoundary, surnameFunctionWords} from './person-classes.js'
import {loadLexicons, noGivenScore} from './person-lexicons.js'
import {isProseWord, segmentTo} from './read-words.js'
import {lineEndWithin} from './scan-text.js'

/**
 * The length of a given name of one or two characters at `givenStart` that may end there (`endsName`), the
 * longer first; the shorter is tried (endsName may ask jieba) only when the longer does not fit, ends with a
 * character that usually follows a name (吴刚作总结: 作, 在, 说 belong to the sentence), or starts a verb jieba
 * reads on past it (江涛参与: 参与 is the verb; 张国平安排 stays whole, jieba reads 张国平 + 安排).
 */
function givenLengthFrom(text: string, givenStart: number, excluded: Uint8Array): number | undefined {
  if (!givenNameFits(text, givenStart, 2, excluded)) return givenNameFits(text, givenStart, 1, excluded) ? 1 : undefined
  const second = givenStart + 1
  // The word that follows names ends the name before it, whatever endsName reads there (获 + 永州市).
  if (opensVerbOfNames(text, second)) return isGivenName(text, givenStart, second, excluded) ? 1 : 2
  if (followers.includes(text.charAt(second)) || startsWordPastName(text, givenStart)) return givenNameFits(text, givenStart, 1, excluded) ? 1 : 2
  // The determiner starts the words after the name, so the name ends before it whatever those words are.
  if (determinerOpensWord(text, givenStart)) return 1
  return 2
}

/**
 * Whether the second given character is a determiner (全, 每, 各) that jieba, reading from the name's last surname
 * character, reads alone before a word (工作人员智勇全季度零差评: 智勇/nr + 全 + 季度); in a name jieba reads it inside
 * a word (李 + 万全, 张德全/x), and a word of its own is no determiner (书记周密全面部署: 全面) unless jieba reads it as a
 * pronoun (每周/r, 各地/r: 主治医师钟慧每周二坐诊).
 */
export function determinerOpensWord(text: string, givenStart: number): boolean {
  const second = givenStart + 1
  if (!inClass(determiners, text.charCodeAt(second))) return false
  const tokens = segmentTo(text, givenStart - 1, second + 4, second)
  // jieba may read the determiner and what it counts as one pronoun (钟慧 + 每周/r 二, 各地/r): that word opens there too.
  if (tokens.some((token) => token.start === second && token.word.length >= 2 && token.tag === 'r')) return true
  return tokens.some((token) => token.start === second && token.end === second + 1) && tokens.some((token) => token.start === second + 1 && token.word.length >= 2)
}

/**
 * Whether a word that follows names (data/person-verbs.txt) starts at `position` with a character that stands in words
 * more often than in given names (score below 0: 一 of 一家, 获 of 获 + 永州市…奖, 多 of 多次): 李强一家, 廖文获…
 * end the name before it. A character that names hold more (荣 of 荣获) leaves the name whole (张家荣获得).
 */
function opensVerbOfNames(text: string, position: number): boolean {
  const {givenScores, verbs} = loadLexicons()
  return (givenScores[text.charCodeAt(position)] ?? noGivenScore) < 0 && longestAt(verbs, text, position) !== undefined
}

/**
 * Whether jieba, reading from the name's last surname character, starts a verb at the second given character
 * that runs past it (参与 of 江涛参与). A noun there is no reason (村民施成富家的: jieba reads 施成 + 富家), unless jieba
 * knows the two characters before it as a word (文明 + 新风).
 */
function startsWordPastName(text: string, givenStart: number): boolean {
  const second = givenStart + 1
  if (!mayStartKnownWord(text, second, Math.min(text.length, second + 4))) return false
  const tokens = segmentTo(text, givenStart - 1, second + 4, second)
  // A noun there too, where jieba reads the surname and the first given character as a word it knows (文明/nr + 新风/n,
  // 文明 + 程度): the text is two words, no name of three.
  const wordBefore = tokens.some((token) => token.start === givenStart - 1 && token.end === second && token.tag !== 'x')
  return tokens.some((token) => token.start === second && token.end > second + 1 && (token.tag.startsWith('v') || (wordBefore && token.tag === 'n')))
}

function givenNameFits(text: string, givenStart: number, givenLength: number, excluded: Uint8Array): boolean {
  return isGivenName(text, givenStart, givenStart + givenLength, excluded) && endsName(text, givenStart + givenLength)
}

/**
 * The end of a name starting at `start` (surname + one or two given characters, none of `excluded`: by default
 * `notInGivenName`), or undefined.
 */
export function nameFrom(text: string, start: number, excluded = notInGivenName): number | undefined {
  for (const surnameLength of surnameLengthsAt(text, start)) {
    const givenStart = start + surnameLength
    const givenLength = givenLengthFrom(text, givenStart, excluded) ?? rankedGivenLength(text, givenStart) ?? knownListedGivenLength(text, start, givenStart)
    if (givenLength === undefined) continue
    const end = givenStart + givenLength
    if (givenLength === 1 && givenOpensLongerWord(text, start, givenStart)) return undefined
    return isOrdinaryWord(text, start, end, true) || startsWithFunctionWord(text, start, end) || opensLongerWord(text, start, end) || opensFunctionPhrase(text, start, end)
      ? undefined
      : end
  }
  return undefined
}

/**
 * Whether the surname at `start` is a function word before the word that follows it (局长于近日调研: 于 + 近日/t;
 * 村干部常走访: 常 + 走访/v), by data/person-surname-function-words.txt; the name 于海波 has no such word after 于.
 */
export function opensFunctionPhrase(text: string, start: number, end: number): boolean {
  const tags = surnameFunctionWords.get(text.charAt(start))
  if (tags === undefined) return false
  const first = wordAfterFirst(text, start)
  return first !== undefined && first.end >= end && first.word.length >= 2 && tags.some((tag) => first.tag.startsWith(tag))
}

// Given names of rural families often rank the child (赵二虎, 王三妹, 李四喜): a numeral and a character that counts
// nothing, not a month, day, year or measure (于二月, 高三年级, 马三次: data/person-counted-after-numeral.txt), nor a
// word of its own (三农, 二期).
const rankNumerals = charCodes('二三四五六七八九')

/** Whether a numeral at `position` counts the character after it (二月, 三次): a date, a count or a measure, no name. */
export function numeralCounts(text: string, position: number): boolean {
  return inClass(rankNumerals, text.charCodeAt(position)) && inClass(countedAfterNumeral, text.charCodeAt(position + 1))
}

/** The length (2) of a given name that ranks a child (二虎 of 脱贫户赵二虎), or undefined. */
function rankedGivenLength(text: string, givenStart: number): number | undefined {
  if (!inClass(rankNumerals, text.charCodeAt(givenStart)) || numeralCounts(text, givenStart)) return undefined
  // Nor a word that opens with the numeral (刘三农问题, 江二期工程).
  if (!isGivenName(text, givenStart + 1, givenStart + 2) || !endsName(text, givenStart + 2) || startsKnownWord(text, givenStart)) return undefined
  return 2
}

/**
 * The length (2) of a given name that opens with a function word names hold in lists (向东, 向阳 of 耿向东: 向, 和, 如;
 * data/person-listed-given-name.txt), where jieba reads it as a name's word, alone or with the surname (耿 + 向东/nr,
 * 陈向东/nr), and a name may end after it: not 向 + 群众, 刘 + 向前/t, 李 + 和平/nz, which stay phrases or words.
 */
function knownListedGivenLength(text: string, start: number, givenStart: number): number | undefined {
  const end = givenStart + 2
  if (!inClass(listedFunctionWords, text.charCodeAt(givenStart)) || !isGivenName(text, givenStart + 1, end) || !endsName(text, end)) return undefined
  const tokens = segmentTo(text, start, lineEndWithin(text, end, 3), end)
  return tokens.some((token) => token.end === end && (token.start === start || token.start === givenStart) && token.tag === 'nr') ? 2 : undefined
}

/**
 * Whether jieba, reading from the surname at `start`, reads a known word of three or more characters from a
 * given name's one character at `givenStart` (书记任进一步: 任 + 进一步, no name 任进). Two characters are too
 * often a name's character and the word after it (邹东 + 家 read as 东家, 袁海 + 上门 as 海上).
 */
function givenOpensLongerWord(text: string, start: number, givenStart: number): boolean {
  if (!mayBeKnownWord(text, givenStart, givenStart + 3) && !mayBeKnownWord(text, givenStart, givenStart + 4)) return false
  return segmentTo(text, start, lineEndWithin(text, givenStart, 4), givenStart).some(
    (token) => token.start === givenStart && token.end > givenStart + 2 && isProseWord(token)
  )
}

/**
 * Whether jieba reads a known word from `start` on past `end` (马到成功, 万无一失, 武侠小说: a four-character word
 * whose first three characters are shaped like a name). The dictionary hash answers most names with no jieba.
 */
function opensLongerWord(text: string, start: number, end: number): boolean {
  if (!mayBeKnownWord(text, start, Math.min(text.length, end + 1)) && !mayBeKnownWord(text, start, Math.min(text.length, end + 2))) return false
  const [first] = segmentTo(text, start, end + 2, start)
  return first !== undefined && first.end > end && isProseWord(first)
}

/**
 * Whether a function word that is also a surname starts a known word's phrase: 向先进同志学习, 和群众; also where
 * the given name opens a known word that runs on past it (向国家同志学习: 家 follows names, but 向国 is 向 + 国家;
 * 向师范学院同志: 向师范 is 向 + 师范学院).
 */
export function startsWithFunctionWord(text: string, start: number, end: number): boolean {
  if (!inClass(precedingBoundary, text.charCodeAt(start))) return false
  if (mayBeKnownWord(text, start + 1, end)) {
    const tokens = segment(text, start + 1, end)
    const [token] = tokens
    if (tokens.length === 1 && token !== undefined && isProseWord(token)) return true
  }
  const first = wordAfterFirst(text, start)
  return first !== undefined && first.end > end && isProseWord(first)
}

/** The word jieba reads from the character after the one at `start` (a surname), if a known word may start there. */
function wordAfterFirst(text: string, start: number): Token | undefined {
  if (!mayStartKnownWord(text, start + 1, Math.min(text.length, start + 5))) return undefined
  return segmentTo(text, start + 1, lineEndWithin(text, start + 1, 4), start + 1)[0]
}

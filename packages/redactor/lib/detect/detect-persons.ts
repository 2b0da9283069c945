import {charCodes, inClass, isWhiteSpace} from '@gongwen/parser'
import type {Detection, DetectionContext, Zone} from '../detection.js'
import {loadGazetteer} from '../gazetteer/load-gazetteer.js'
import {createTrie, insertName, longestAt, type Trie, type TrieMatch} from '../gazetteer/trie.js'
import {isCjkCode, isFrequentWord, mayBeKnownWord, mayEndKnownWord, mayStartKnownWord, sentenceOpenerTags} from '../jieba-dictionary.js'
import {measureWordAt} from '../measure-words.js'
import {readLexicon} from '../read-lexicon.js'
import {isJiebaSeparator, segment, segmentAround, segmentBefore, separatorBefore, separatorFrom, type Token} from '../segment.js'

type TitlePlace = 'both' | 'before' | 'after'

interface Lexicons {
  compoundSurnames: Set<string>
  singleSurnames: Set<string>
  /** By UTF-16 code: 1 for a single surname, 2 for the first character of a compound one (欧阳), or both. */
  surnameStarts: Uint8Array
  titles: Trie<{word: string; place: TitlePlace}>
  /** 1 at the UTF-16 code of every character a title ends with: most positions end no title, answered with no trie walk. */
  titleEnds: Uint8Array
  /** Labels of a list of names that are no titles (出席, 名单): data/person-list-labels.txt. */
  listLabels: string[]
  /** 1 at the UTF-16 code of every character a title or a list label ends with. */
  labelEnds: Uint8Array
  /** Titles no national leader holds (局长, 村民; marked `local`): a name next to one is a local namesake of a leader. */
  localTitles: Set<string>
  /** Leaders' names (data/keep/leaders.txt), which a local title overrides. */
  leaders: Set<string>
  /** Titles only national leaders hold (总理, 总书记): next to one, a leader's name is the leader. */
  nationalTitles: string[]
  /** Surnames that before a title qualify it (原局长, 全局长) instead of naming someone. */
  titleModifiers: Set<string>
  /** Words that follow a name in official prose (主持, 指出, 在): data/person-verbs.txt. */
  verbs: Trie<string>
  /** Words that come before a name in official prose (由, 陪同): data/person-cues.txt. */
  cues: Trie<string>
  /** Which kinds of word (`titleWord`, `verbWord`, `cueWord` bits) may start where. */
  wordStarts: WordStarts
  /**
   * By UTF-16 code, ten times how much more often the character stands in a given name than in words (log2, from
   * data/given-name-chars.txt: 婷 57, 振 41, 国 -2, 的 -47), `noGivenScore` for a character no name holds.
   */
  givenScores: Int8Array
}

interface TitleMention {
  title: string
  place: TitlePlace
  start: number
  end: number
}

let lexicons: Lexicons | undefined

function loadLexicons(): Lexicons {
  if (lexicons !== undefined) return lexicons
  const compoundSurnames = new Set<string>()
  const singleSurnames = new Set<string>()
  const surnameStarts = new Uint8Array(0x10000)
  for (const surname of readLexicon('surnames.txt')) {
    if (surname.length === 2) compoundSurnames.add(surname)
    else singleSurnames.add(surname)
    const first = surname.charCodeAt(0)
    if (surname.length <= 2) surnameStarts[first] = (surnameStarts[first] ?? 0) | surname.length
  }
  const wordStarts: WordStarts = {singles: new Uint8Array(0x10000), pairs: new Uint8Array(1 << pairBits)}
  const titles = wordTrie<{word: string; place: TitlePlace}>(wordStarts, titleWord)
  const titleEnds = new Uint8Array(0x10000)
  const localTitles = new Set<string>()
  for (const line of readLexicon('person-titles.txt')) {
    const [title = '', ...marks] = line.split(/\s+/)
    let place: TitlePlace = 'both'
    for (const mark of marks) {
      if (mark === 'before' || mark === 'after') place = mark
      else if (mark === 'local') localTitles.add(title)
      else throw new Error(`Unexpected word \`${mark}\` after \`${title}\` in data/person-titles.txt, expected \`before\`, \`after\` or \`local\``)
    }
    titles.add(title, {word: title, place})
    titleEnds[title.charCodeAt(title.length - 1)] = 1
  }
  const verbs = wordTrie<string>(wordStarts, verbWord)
  for (const word of readLexicon('person-verbs.txt')) verbs.add(word, word)
  const cues = wordTrie<string>(wordStarts, cueWord)
  for (const word of readLexicon('person-cues.txt')) cues.add(word, word)
  const givenScores = new Int8Array(0x10000).fill(noGivenScore)
  for (const line of readLexicon('given-name-chars.txt')) {
    const [char = '', score = ''] = line.split('\t')
    givenScores[char.charCodeAt(0)] = Math.max(noGivenScore + 1, Math.min(127, Math.round(Number(score) * 10)))
  }
  const listLabels = readLexicon('person-list-labels.txt')
  const labelEnds = titleEnds.slice()
  for (const label of listLabels) labelEnds[label.charCodeAt(label.length - 1)] = 1
  lexicons = {
    titles: titles.trie,
    titleEnds,
    listLabels,
    labelEnds,
    verbs: verbs.trie,
    cues: cues.trie,
    wordStarts,
    compoundSurnames,
    singleSurnames,
    surnameStarts,
    localTitles,
    leaders: new Set(readLexicon('keep/leaders.txt')),
    nationalTitles: readLexicon('person-national-titles.txt'),
    titleModifiers: new Set(readLexicon('person-title-modifiers.txt')),
    givenScores
  }
  return lexicons
}

const noGivenScore = -128
const titleWord = 1
const verbWord = 2
const cueWord = 4

/**
 * The kinds of word (bits) that start with a character, for words of one character (`singles`, by UTF-16
 * code), and with a pair of characters, for longer ones (`pairs`, by `pairIndex`; a collision only costs a
 * trie look-up): a scan of a text reads two bytes per character and walks a trie only where a word of its
 * kind may start, about one position in twenty.
 */
interface WordStarts {
  singles: Uint8Array
  pairs: Uint8Array
}

const pairBits = 16

function pairIndex(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - pairBits)
}

/** A trie of words (`longestAt` finds the longest at a position by char codes, no string cut) of one `kind`. */
function wordTrie<T>(wordStarts: WordStarts, kind: number): {trie: Trie<T>; add: (word: string, value: T) => void} {
  const trie = createTrie<T>(false, 1024)
  return {
    trie,
    add(word, value) {
      insertName(trie, word, value)
      const first = word.charCodeAt(0)
      if (word.length === 1) wordStarts.singles[first] = (wordStarts.singles[first] ?? 0) | kind
      else {
        const pair = pairIndex(first, word.charCodeAt(1))
        wordStarts.pairs[pair] = (wordStarts.pairs[pair] ?? 0) | kind
      }
    }
  }
}

interface WordsFound {
  titles: TitleMention[]
  verbs: TrieMatch<string>[]
  cues: TrieMatch<string>[]
}

/**
 * Every title, verb and cue in the text, each kind left to right, longest first and not overlapping its own
 * kind (党委书记 once, not also 书记), in one pass over the text.
 */
function findWords(text: string): WordsFound {
  const {titles, verbs, cues, wordStarts} = loadLexicons()
  const {singles, pairs} = wordStarts
  const found: WordsFound = {titles: [], verbs: [], cues: []}
  let nextTitle = 0
  let nextVerb = 0
  let nextCue = 0
  const length = text.length
  let code = text.charCodeAt(0)
  for (let position = 0; position < length; position++) {
    const next = position + 1 < length ? text.charCodeAt(position + 1) : 0
    const kinds = (singles[code] ?? 0) | (pairs[pairIndex(code, next)] ?? 0)
    code = next
    if (kinds === 0) continue
    if ((kinds & titleWord) !== 0 && position >= nextTitle) {
      const match = longestAt(titles, text, position)
      const entry = match?.values[0]
      if (match !== undefined && entry !== undefined && !isDeterminedLevel(text, position) && !givesWayToNextTitle(text, match.start, match.end)) {
        found.titles.push({title: entry.word, place: entry.place, start: match.start, end: match.end})
        nextTitle = match.end
      }
    }
    if ((kinds & verbWord) !== 0 && position >= nextVerb) {
      const match = longestAt(verbs, text, position)
      // A verb that starts one character on and runs past this one takes its place (丁建荣获得: 荣获 gives way to
      // 获得, so 荣 ends the name).
      if (match !== undefined && !(match.end - match.start > 1 && (longestAt(verbs, text, position + 1)?.end ?? 0) > match.end)) {
        found.verbs.push(match)
        nextVerb = match.end
      }
    }
    if ((kinds & cueWord) !== 0 && position >= nextCue) {
      const match = longestAt(cues, text, position)
      if (match !== undefined) {
        found.cues.push(match)
        nextCue = match.end
      }
    }
  }
  return found
}

/**
 * Whether the title at `[start, end)` gives way to one that starts a character on and runs past it, where jieba
 * reads the first as no word (乡村医生冯喜来: 乡村 + 医生, so 村医 is no title there); where it starts or ends a
 * word, it stays (户主任超强: 户 + 主任 for jieba, but 户主 starts its word). Overlapping titles are rare, and only
 * they ask jieba.
 */
function givesWayToNextTitle(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (titleAt(text, start + 1)?.end ?? 0) <= end) return false
  return !isTitleWord(text, start, end)
}

// A determiner and a level make one word (我县, 全镇, 本市): a title opening with the level (我县长官, 全镇长于)
// is no title there, the rest of the word the determiner's (长官, 长于).
const determiners = charCodes('我本全该各此每')
const levels = charCodes('省市州盟县区旗镇乡村')

/** Whether the character at `position` is a level after a determiner (县 of 我县). */
function isDeterminedLevel(text: string, position: number): boolean {
  return inClass(levels, text.charCodeAt(position)) && position > 0 && inClass(determiners, text.charCodeAt(position - 1))
}

// Characters that do not occur in given names but often follow a name in running text, or end the names
// of units (文明委, 市委): a candidate holding one is not a name. 张某某 is already a placeholder; 第 opens
// ordinals (任第一副指挥长); 人 ends words after a surname-like character (老人逢人便说: no name 逢人便).
const notInGivenNameChars = '的了在和与及等说是也都就将还对向从把被让给于之其该各本这那我你他她们并或即如但而人第二三四五六七八九十、某委局厅处科所院办室站县省镇乡村府司厂校市区部'
const notInGivenName = charCodes(notInGivenNameChars)
// A list item stands between separators, so no word of the sentence can follow the name inside it: the function
// words and numerals that given names hold (王向阳, 李和平, 张如意, 赵二虎) are a name's there.
const notInListedGivenName = charCodes([...notInGivenNameChars].filter((char) => !'向和如之人二三四五六七八九'.includes(char)).join(''))
// Last characters of unit names: a name with a title after it may follow its unit (心内科陈志刚医生, 县局王刚同志),
// as a village's secretary may follow the village (莎草湾村马兰花等村党支部书记).
const unitEndings = charCodes('科局厅处所院办室站队部厂校司委村')
// After a title these start a predicate, not a name: 局长为组长, 书记兼主任. 任 is also a surname: see startsPredicate.
const predicateAfterTitle = charCodes('为兼')
const serve = '任'.charCodeAt(0)
// Words that often follow a name: where the given name stops.
const followers: readonly string[] = ['同志', '一行', '带领', '主持', '陪同', '参加', '出席', '表示', '指出', '强调', '介绍', '讲话', '亲自', '带头', '来到', '前往', '等', '在', '任', '为', '到', '是', '和', '与', '及', '说', '的', '作', '率', '向', '对', '从', '也', '都', '就', '将', '还', '同', '被', '把', '给', '已', '于', '曾', '现', '驻', '家', '则', '却', '便', '称', '未']
const followerStarts = charCodes(followers.map((word) => word.charAt(0)).join(''))

/** Whether a word that follows names, of `minLength` characters or more (同志, 带领; 在, 家), starts at `position`. */
function followerAt(text: string, position: number, minLength: number): boolean {
  return inClass(followerStarts, text.charCodeAt(position)) && followers.some((word) => word.length >= minLength && text.startsWith(word, position))
}
// JavaScript's \s, by UTF-16 code.
// Characters after which a name may start in running text.
const precedingBoundary = charCodes('由请和与及同向对给让经被受把等是为了的在到从跟找称叫派')
const captionPosition = /[（(]{1,2}(?:前排|后排|中排)?(?:[左右][一二三四五六七八九十0-9）)]|中[）)])/g


/** Whether the character at `position` is Chinese (false past either end of the text). */
function isCjkAt(text: string, position: number): boolean {
  return isCjkCode(text.charCodeAt(position))
}

/**
 * jieba's words of `text[start, end)` up to the first of jieba's separators at or after `keep`, that separator
 * included. cppjieba cuts its input at each (`isJiebaSeparator`) and reads the pieces apart, so every word that
 * starts by then is the word of the whole window: a caller that reads no word starting after `keep` decides the
 * same, and jieba reads less (and the same window text more often, which its cache keeps).
 */
function segmentTo(text: string, start: number, end: number, keep: number): Token[] {
  const stop = Math.min(text.length, end)
  const separator = separatorFrom(text, Math.max(start, keep), stop)
  return segment(text, start, separator === -1 ? stop : separator + 1)
}

/**
 * Where a window that looks back from `position` to `from` may start: at the last of jieba's separators before
 * `position`, if any (see `segmentTo`): the words from there on are those of the longer window.
 */
function windowStart(text: string, from: number, position: number): number {
  const separator = separatorBefore(text, position, from)
  return separator === -1 ? from : separator
}

function titleAt(text: string, position: number): TrieMatch<{word: string; place: TitlePlace}> | undefined {
  return longestAt(loadLexicons().titles, text, position)
}

/** Whether a title ends at `end`; with `place`, one that stands there (`both`: before and after names, 主任). */
function titleEndingAt(text: string, end: number, place?: TitlePlace): boolean {
  if (end === 0 || loadLexicons().titleEnds[text.charCodeAt(end - 1)] !== 1) return false
  for (let length = 1; length <= 5 && length <= end; length++) {
    const title = titleAt(text, end - length)
    if (title?.end === end && (place === undefined || title.values[0]?.place === place)) return true
  }
  return false
}

/** Lengths of a name (surname and given name), the longest tried first. */
const nameLengths = [4, 3, 2] as const

// The answers of surnameLengthsAt, built once: it is asked at most characters of a text.
const noSurname: readonly number[] = []
const singleSurname: readonly number[] = [1]
const compoundSurname: readonly number[] = [2]
const eitherSurname: readonly number[] = [2, 1]

function surnameLengthsAt(text: string, position: number): readonly number[] {
  const {compoundSurnames, surnameStarts} = loadLexicons()
  // Most characters start no surname: answered from the table, with no string built.
  const starts = surnameStarts[text.charCodeAt(position)] ?? 0
  if (starts === 0) return noSurname
  const compound = (starts & 2) !== 0 && compoundSurnames.has(text.slice(position, position + 2))
  if ((starts & 1) === 0) return compound ? compoundSurname : noSurname
  return compound ? eitherSurname : singleSurname
}

/** Whether `text[start, end)` may be a given name: Chinese characters none of `excluded` (by default `notInGivenName`). */
function isGivenName(text: string, start: number, end: number, excluded = notInGivenName): boolean {
  for (let position = start; position < end; position++) {
    if (!isCjkAt(text, position) || inClass(excluded, text.charCodeAt(position))) return false
  }
  return end > start
}

/** Whether a name may end at `end`: punctuation, space or the end of the text, a title, or a word that follows names. */
function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true
  let next = end
  // Text from a PDF breaks lines anywhere: a line break followed by more Chinese continues the word.
  let crossedLine = false
  while (next < text.length && next - end < 4 && isWhiteSpace(text.charCodeAt(next))) {
    const code = text.charCodeAt(next)
    crossedLine ||= code === 10 || code === 13
    next++
  }
  if (next === end ? !isCjkAt(text, end) : !crossedLine || !isCjkAt(text, next)) return true
  if (titleAt(text, next) !== undefined) return true
  if (followerAt(text, next, 1)) return true
  return startsKnownWord(text, next)
}

/** Whether a dictionary word of two or more characters starts at `position` (村民陆阿根算了一笔账, 沈卫东牵头成立). */
function startsKnownWord(text: string, position: number): boolean {
  if (!mayStartKnownWord(text, position, Math.min(text.length, position + 4))) return false
  const [token] = segmentTo(text, position, position + 4, position)
  return token !== undefined && token.word.length >= 2 && token.tag !== 'x'
}

/** Whether a name may start at `start` in running text (it has no title before it). */
function startsName(text: string, start: number): boolean {
  if (start === 0) return true
  // After a digit, a measure word that is also a surname counts what the number says (180元涨到了460元), as after a
  // figure redact's second look reads masked (**元涨到).
  if (isNumberCode(text.charCodeAt(start - 1))) return measureWordAt(text, start) === undefined
  return !isCjkAt(text, start - 1) || inClass(precedingBoundary, text.charCodeAt(start - 1)) || titleEndingAt(text, start)
}

/** Whether `code` is an ASCII or full-width digit, or the `*` of a masked figure. */
function isNumberCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || code === 0x2a
}

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
function isOrdinaryWord(text: string, start: number, end: number, strict: boolean): boolean {
  // A leader's name (李强) is a name whatever jieba thinks; next to a local title it is a namesake.
  if (loadLexicons().leaders.has(text.slice(start, end))) return false
  if (mayBeKnownWord(text, start, end)) {
    const tokens = segment(text, start, end)
    const [token] = tokens
    if (tokens.length === 1 && token !== undefined && token.tag !== 'x') {
      if (end - start === 2 || !(token.tag.startsWith('nr') || isUnknownPlace(text, start, end, token.tag))) return true
    }
  }
  if (!strict || end - start === 2 || !mayBeKnownWord(text, start, start + 2) || isCompoundSurnameWord(text, start, end)) return false
  const prefix = segment(text, start, start + 2)
  const [first] = prefix
  if (prefix.length !== 1 || first === undefined || first.tag === 'x' || first.tag.startsWith('nr')) return false
  return !endsWithLoneGivenCharacter(text, start, end)
}

// jieba's tags of a given name's last character read on its own: a name's (峰/nr). A noun's (勇/n of 方波勇)
// would let through more words than names (万家 + 灯).
const loneGivenTags = new Set(['nr'])

/**
 * Whether jieba, reading a three-character candidate in its context, leaves its last character a word of its
 * own tagged as a name's (江海 + 峰/nr 上门, 王国 + 荣/nr 同志), or reads the three as one unknown word
 * (方国欣/x): the known word of the first two (江海, 王国) is then the surname and a given character. Where the
 * last character starts the next word (高度 + 重视, 江海 + 联运) or is no name's (调研 + 时/n, 安全 + 地/uv), it
 * is a word.
 */
function endsWithLoneGivenCharacter(text: string, start: number, end: number): boolean {
  return segmentTo(text, start, lineEndWithin(text, end, 3), end).some(
    (token) => token.end === end && ((token.start === start && token.tag === 'x') || (token.start === end - 1 && loneGivenTags.has(token.tag)))
  )
}

/**
 * Whether `text[start, end)` opens with a compound surname that jieba reads as a word of its own (欧阳/ns +
 * 春晖): there the known two-character word is the surname, not a word's start. Where jieba reads a longer
 * word over it (微生物 + 地), the compound surname is no evidence.
 */
function isCompoundSurnameWord(text: string, start: number, end: number): boolean {
  if (!loadLexicons().compoundSurnames.has(text.slice(start, start + 2))) return false
  return segment(text, start, end).some((token) => token.start === start + 2)
}

/**
 * Whether the title at `[start, end)` is a word for jieba, or ends one (区委书记, which jieba reads as one
 * word), or ends with a shorter title jieba reads as a word (据村党支部书记: 据村 + 党支部 + 书记), not the
 * middle of another (乡村民宿 holds no 村民) nor the start of a longer one (成员国, 会计师).
 */
function isTitleWord(text: string, start: number, end: number): boolean {
  const tokens = segmentTo(text, windowStart(text, Math.max(0, start - 3), start), end + 2, end)
  if (tokens.some((token) => token.start === start && token.end > end)) return false
  if (start === 0 || isJiebaSeparator(text.charCodeAt(start - 1))) return true
  return tokens.some(
    (token) => token.start === start || (token.end === end && (token.start < start || titleAt(text, token.start)?.end === end))
  )
}

/** Whether jieba, reading the name together with the title after it, puts a word boundary between them (not in 由市委书记). */
function splitsBefore(text: string, start: number, boundary: number, end: number): boolean {
  return segmentTo(text, start, end, boundary).some((token) => token.start === boundary)
}

/**
 * The length of a given name of one or two characters at `givenStart` that may end there (`endsName`), the
 * longer first; the shorter is tried (endsName may ask jieba) only when the longer does not fit, ends with a
 * character that usually follows a name (吴刚作总结: 作, 在, 说 belong to the sentence), or starts a verb jieba
 * reads on past it (江涛参与: 参与 is the verb; 张国平安排 stays whole, jieba reads 张国平 + 安排).
 */
function givenLengthFrom(text: string, givenStart: number, excluded: Uint8Array): number | undefined {
  if (!givenNameFits(text, givenStart, 2, excluded)) return givenNameFits(text, givenStart, 1, excluded) ? 1 : undefined
  const second = givenStart + 1
  if (followers.includes(text.charAt(second)) || startsWordPastName(text, givenStart)) return givenNameFits(text, givenStart, 1, excluded) ? 1 : 2
  // The determiner starts the words after the name, so the name ends before it whatever those words are.
  if (determinerOpensWord(text, givenStart)) return 1
  return 2
}

/**
 * Whether the second given character is a determiner (全, 每, 各) that jieba, reading from the name's last surname
 * character, reads alone before a word (工作人员智勇全季度零差评: 智勇/nr + 全 + 季度); in a name jieba reads it inside
 * a word (李 + 万全, 张德全/x), and a word of its own is no determiner (书记周密全面部署: 全面).
 */
function determinerOpensWord(text: string, givenStart: number): boolean {
  const second = givenStart + 1
  if (!inClass(determiners, text.charCodeAt(second))) return false
  const tokens = segmentTo(text, givenStart - 1, second + 4, second)
  return tokens.some((token) => token.start === second && token.end === second + 1) && tokens.some((token) => token.start === second + 1 && token.word.length >= 2)
}

/**
 * Whether jieba, reading from the name's last surname character, starts a verb at the second given character
 * that runs past it (参与 of 江涛参与). A noun there is no reason (村民施成富家的: jieba reads 施成 + 富家).
 */
function startsWordPastName(text: string, givenStart: number): boolean {
  const second = givenStart + 1
  if (!mayStartKnownWord(text, second, Math.min(text.length, second + 4))) return false
  return segmentTo(text, givenStart - 1, second + 4, second).some((token) => token.start === second && token.end > second + 1 && token.tag.startsWith('v'))
}

function givenNameFits(text: string, givenStart: number, givenLength: number, excluded: Uint8Array): boolean {
  return isGivenName(text, givenStart, givenStart + givenLength, excluded) && endsName(text, givenStart + givenLength)
}

/**
 * The end of a name starting at `start` (surname + one or two given characters, none of `excluded`: by default
 * `notInGivenName`), or undefined.
 */
function nameFrom(text: string, start: number, excluded = notInGivenName): number | undefined {
  for (const surnameLength of surnameLengthsAt(text, start)) {
    const givenStart = start + surnameLength
    const givenLength = givenLengthFrom(text, givenStart, excluded) ?? rankedGivenLength(text, givenStart)
    if (givenLength === undefined) continue
    const end = givenStart + givenLength
    if (givenLength === 1 && givenOpensLongerWord(text, start, givenStart)) return undefined
    return isOrdinaryWord(text, start, end, true) || startsWithFunctionWord(text, start, end) || opensLongerWord(text, start, end) ? undefined : end
  }
  return undefined
}

// Given names of rural families often rank the child (赵二虎, 王三妹, 李四喜): a numeral and a character that counts
// nothing, not a month, day, year or measure (于二月, 高三年级, 马三次), nor a word of its own (三农, 二期).
const rankNumerals = charCodes('二三四五六七八九')
const countedAfterNumeral = charCodes('月日年号次个人名位届期级组队班天点时分岁元万亿')

/** The length (2) of a given name that ranks a child (二虎 of 脱贫户赵二虎), or undefined. */
function rankedGivenLength(text: string, givenStart: number): number | undefined {
  if (!inClass(rankNumerals, text.charCodeAt(givenStart)) || inClass(countedAfterNumeral, text.charCodeAt(givenStart + 1))) return undefined
  // Nor a word that opens with the numeral (刘三农问题, 江二期工程).
  if (!isGivenName(text, givenStart + 1, givenStart + 2) || !endsName(text, givenStart + 2) || startsKnownWord(text, givenStart)) return undefined
  return 2
}

/**
 * Whether jieba, reading from the surname at `start`, reads a known word of three or more characters from a
 * given name's one character at `givenStart` (书记任进一步: 任 + 进一步, no name 任进). Two characters are too
 * often a name's character and the word after it (邹东 + 家 read as 东家, 袁海 + 上门 as 海上).
 */
function givenOpensLongerWord(text: string, start: number, givenStart: number): boolean {
  if (!mayBeKnownWord(text, givenStart, givenStart + 3) && !mayBeKnownWord(text, givenStart, givenStart + 4)) return false
  return segmentTo(text, start, lineEndWithin(text, givenStart, 4), givenStart).some(
    (token) => token.start === givenStart && token.end > givenStart + 2 && token.tag !== 'x' && !token.tag.startsWith('nr')
  )
}

/**
 * Whether jieba reads a known word from `start` on past `end` (马到成功, 万无一失, 武侠小说: a four-character word
 * whose first three characters are shaped like a name). The dictionary hash answers most names with no jieba.
 */
function opensLongerWord(text: string, start: number, end: number): boolean {
  if (!mayBeKnownWord(text, start, Math.min(text.length, end + 1)) && !mayBeKnownWord(text, start, Math.min(text.length, end + 2))) return false
  const [first] = segmentTo(text, start, end + 2, start)
  return first !== undefined && first.end > end && first.tag !== 'x' && !first.tag.startsWith('nr')
}

/**
 * The start of a name ending at `end` in running text, before a title or caption position ending at
 * `contextEnd`, or undefined; the longest fitting name wins. Where what follows `vouches` for a name (同志, a
 * caption's position), a word jieba tags as a person's name (张华/nr) is one too.
 */
function nameUntil(text: string, end: number, contextEnd: number, vouches: boolean): number | undefined {
  for (const length of nameLengths) {
    const start = end - length
    // Character tests first, then the look back, then jieba.
    if (start < 0 || !isNameShape(text, start, end) || !(startsName(text, start) || inClass(unitEndings, text.charCodeAt(start - 1)))) continue
    if (startsPredicate(text, start) && titleEndingAt(text, start)) continue
    // 任 before the title is the verb, not a given name (付平任副组长), where a shorter name is left.
    if (end - start > 2 && startsPredicate(text, end - 1)) continue
    // A function word before a lone surname is a preposition, not a name's first character (向王局长汇报, 和李主任);
    // before a character no surname, it is the surname (向辉同志).
    if (end - start === 2 && inClass(precedingBoundary, text.charCodeAt(start)) && surnameLengthsAt(text, start + 1).includes(1)) continue
    if (startsWithFunctionWord(text, start, end) || endsWithVerb(text, start, end)) continue
    if (isOrdinaryWord(text, start, end, true) && !(vouches && isKnownPersonWord(text, start, end))) continue
    if (endsLongWordBefore(text, start, end) || followsFunctionWordInWord(text, start, end)) continue
    if (splitsBefore(text, start, end, contextEnd)) return start
  }
  return undefined
}

/**
 * Whether jieba reads a known word of three or more characters from before `start` into the candidate (办公楼（右）,
 * 众所周知同志, 与时俱进（书记）: 公楼, 周知, 时俱进 are the ends of words). Two-character words are left to the
 * tests of the name's start: a title's or unit's last character and a surname make one too often.
 */
function endsLongWordBefore(text: string, start: number, end: number): boolean {
  if (!isCjkAt(text, start - 1) || !mayCrossKnownWord(text, start, end)) return false
  const across = knownWordAcross(segmentTo(text, windowStart(text, Math.max(0, start - 3), start), end, start), start)
  return across !== undefined && across.word.length >= 3
}

/**
 * Whether the character before `start` is a function word or a unit's last character that would let a name start
 * there (由, 对; 部, 处) but makes a word frequent in prose with the name's first character, which jieba reads
 * (由于任副组长: 由于 + 任, 部门任组长: 部门 + 任; not 由 + 于任, 部 + 门任). Rarer words are left alone: 向陆强林同志
 * is 向 + 陆强林 although jieba reads 向陆. After a title the title decides.
 */
function followsFunctionWordInWord(text: string, start: number, end: number): boolean {
  if (!inClass(precedingBoundary, text.charCodeAt(start - 1)) && !inClass(unitEndings, text.charCodeAt(start - 1))) return false
  return isFrequentWord(text.slice(start - 1, start + 1)) && !titleEndingAt(text, start) && continuesWordBefore(text, start, end)
}

/** Whether a known word of three or four characters may start before `start` and end after it, by `end`. */
function mayCrossKnownWord(text: string, start: number, end: number): boolean {
  for (let wordStart = start - 1; wordStart >= Math.max(0, start - 3); wordStart--) {
    for (let wordEnd = Math.max(start + 1, wordStart + 3); wordEnd <= Math.min(end, wordStart + 4); wordEnd++) {
      if (mayBeKnownWord(text, wordStart, wordEnd)) return true
    }
  }
  return false
}

/**
 * Whether a word of two or more characters that follows names (担任, 当选, 两位同志) starts inside the candidate
 * and runs to its end or past it: 同时担任组长 holds no 时担任, 同时两位同志 no 时两位.
 */
function endsWithVerb(text: string, start: number, end: number): boolean {
  const {verbs} = loadLexicons()
  for (let position = start + 1; position < end - 1; position++) {
    const verb = longestAt(verbs, text, position)
    if (verb !== undefined && verb.end - verb.start >= 2 && verb.end >= end) return true
  }
  return false
}

/**
 * Whether a function word that is also a surname starts a known word's phrase: 向先进同志学习, 和群众; also where
 * the given name opens a known word that runs on past it (向国家同志学习: 家 follows names, but 向国 is 向 + 国家;
 * 向师范学院同志: 向师范 is 向 + 师范学院).
 */
function startsWithFunctionWord(text: string, start: number, end: number): boolean {
  if (!inClass(precedingBoundary, text.charCodeAt(start))) return false
  if (mayBeKnownWord(text, start + 1, end)) {
    const tokens = segment(text, start + 1, end)
    const [token] = tokens
    if (tokens.length === 1 && token !== undefined && isProseWord(token)) return true
  }
  if (!mayStartKnownWord(text, start + 1, Math.min(text.length, start + 5))) return false
  const [first] = segmentTo(text, start + 1, lineEndWithin(text, start + 1, 4), start + 1)
  return first !== undefined && first.end > end && isProseWord(first)
}

/** Whether jieba read `token` as a known word of two or more characters that is no person's name. */
function isProseWord(token: Token): boolean {
  return token.word.length >= 2 && token.tag !== 'x' && !token.tag.startsWith('nr')
}

/**
 * Whether `text[start, end)` is a surname and one or two characters that may be a given name (none of
 * `excluded`, by default `notInGivenName`).
 */
function isNameShape(text: string, start: number, end: number, excluded = notInGivenName): boolean {
  return surnameLengthsAt(text, start).some(
    (surnameLength) => end - start - surnameLength >= 1 && end - start - surnameLength <= 2 && isGivenName(text, start + surnameLength, end, excluded)
  )
}

/** Whether a standalone token (byline, list item) is a name: 2–4 CJK characters starting with a surname. */
function isNameToken(text: string, start: number, end: number): boolean {
  return isNameShape(text, start, end, notInListedGivenName) && !isOrdinaryWord(text, start, end, false)
}

function person(start: number, end: number, rule: string, confidence: number, reason: string): Detection {
  return {type: 'PERSON', start, end, suffixLength: 0, detector: 'persons', rule, confidence, reason}
}

/**
 * A name next to a title. A local title (局长李强, 村民李强) makes a name on the leaders list a namesake of
 * the leader: rule `local-namesake`, which `protectDetections` lets through the keep-list (国务院总理李强 stays).
 */
function titledPerson(text: string, start: number, end: number, title: string, rule: string, confidence: number, reason: string): Detection {
  const {localTitles, leaders} = loadLexicons()
  const name = text.slice(start, end)
  if (localTitles.has(title) && leaders.has(name)) {
    return person(start, end, 'local-namesake', confidence, `\`${name}\` next to the local title \`${title}\`, which no national leader holds`)
  }
  return person(start, end, rule, confidence, reason)
}

/**
 * The end of a two-character name jieba knows as a person's or a rare proper noun (李娜/nr, 张华/nr, 苏平/ns:
 * `isNamingWord`) right after a title, where what
 * follows vouches for it: another name listed after it (项目专员李娜、王建业) or a word that follows names in
 * official prose (局长张华主持, data/person-verbs.txt; 马超同志) or a determiner that opens the words after it
 * (工作人员智勇全季度零差评). Known two-character words are refused as
 * names elsewhere (文明/nr, 周密/nr: 书记周密部署).
 */
function vouchedKnownName(text: string, start: number): number | undefined {
  const end = start + 2
  if (!isNameShape(text, start, end)) return undefined
  const listed = text.charAt(end) === '、' && nameFrom(text, end + 1) !== undefined
  // A determiner that opens the words after it ends the clause's subject too (智勇全季度零差评).
  if (!listed && longestAt(loadLexicons().verbs, text, end) === undefined && !followerAt(text, end, 2) && !determinerOpensWord(text, start + 1)) return undefined
  return isNamingWord(text, start, end) ? end : undefined
}

/**
 * The end of a list item at `start` that runs to a 、 and is a name there (`isListedName`), before another name:
 * after a title, the first of names listed (考生季秋实、单雨桐分获: jieba reads 季秋/n + 实, a word and a character,
 * which running text refuses), or one after another.
 */
function listedItemEnd(text: string, start: number): number | undefined {
  let end = start
  while (end - start < 4 && isCjkAt(text, end)) end++
  if (text.charAt(end) !== '、' || !isListedName(text, start, end)) return undefined
  // A word of three characters jieba knows is a word here (群众安全感/nr、): a name it knows so still has its title
  // before a verb (nameFrom) to be found by.
  const tag = end - start > 2 ? wordTag(text, start, end) : undefined
  if (tag !== undefined && tag !== 'x') return undefined
  // And a name or a role follows (工作人员杨柳、医保窗口工作人员智勇): a list of words jieba tags as names'
  // (群众安全感/nr、满意度) is no list of names.
  return nameFrom(text, end + 1, notInListedGivenName) !== undefined || listedItemEnd(text, end + 1) !== undefined || roleWithin(text, end + 1) ? end : undefined
}

// How far into the next list item its role may end (医保窗口工作人员).
const roleItemReach = 10

/** Whether a title ends within `roleItemReach` Chinese characters from `start`. */
function roleWithin(text: string, start: number): boolean {
  for (let end = start + 2; end <= start + roleItemReach && isCjkAt(text, end - 1); end++) if (titleEndingAt(text, end)) return true
  return false
}

/** Whether `text[start, end)` is one word that jieba tags as a person's name (张华/nr, 李娜/nr; also 周密/nr). */
function isKnownPersonWord(text: string, start: number, end: number): boolean {
  return wordTag(text, start, end) === 'nr'
}

/**
 * Whether `text[start, end)` is one word that jieba tags as a person's name (`isKnownPersonWord`), or as a
 * proper noun rare in prose that is no place of the gazetteer (苏平/ns, 高洋/ns, 金文/nz; not 江宁, a district,
 * nor 印度, 欧洲: `isFrequentWord`).
 */
function isNamingWord(text: string, start: number, end: number): boolean {
  const tag = wordTag(text, start, end)
  if (tag === undefined || !listedWordTags.has(tag)) return false
  return tag === 'nr' || (!isFrequentWord(text.slice(start, end)) && longestAt(loadGazetteer().names, text, start)?.end !== end)
}

/** jieba's tag of `text[start, end)` where it reads it as one word, or undefined. */
function wordTag(text: string, start: number, end: number): string | undefined {
  const tokens = segment(text, start, end)
  return tokens.length === 1 ? tokens[0]?.tag : undefined
}


// jieba's tags of a known two-character word that is a name in a list of names (张华/nr, 江宁/ns, 金文/nz).
const listedWordTags = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nz'])

/**
 * Whether a list item (labelled list, byline, signature) is a name: a name token (`isNameToken`), or a known
 * two-character word that jieba tags as a name or a proper noun (马超/nr, 江宁/ns, 金文/nz): a list of people
 * holds no common words of two characters that open with a surname.
 */
function isListedName(text: string, start: number, end: number): boolean {
  if (!isNameShape(text, start, end, notInListedGivenName)) return false
  if (!isOrdinaryWord(text, start, end, false)) return true
  return end - start === 2 && listedWordTags.has(wordTag(text, start, end) ?? '')
}

/** Skips a few spaces or line breaks: 审计局局长 陈建华, and a PDF line ending between a title and its name. */
function skipSpace(text: string, from: number, limit: number): number {
  let position = from
  while (position < text.length && position - from < limit && isWhiteSpace(text.charCodeAt(position))) position++
  return position
}

/**
 * 局长钟\n\n庆: a name that a PDF line break cuts after the surname, right after a title. Both pieces are
 * masked on their own, so the line structure stays. The name must not be an ordinary word once joined (高\n度).
 */
function detectBrokenName(text: string, start: number, title: TitleMention, found: Detection[]): void {
  for (const surnameLength of surnameLengthsAt(text, start)) {
    const breakStart = start + surnameLength
    const resume = skipSpace(text, breakStart, 4)
    if (resume === breakStart || !/[\r\n]/.test(text.slice(breakStart, resume))) continue
    for (const givenLength of [2, 1]) {
      const givenEnd = resume + givenLength
      if (!isGivenName(text, resume, givenEnd) || !endsName(text, givenEnd)) continue
      // jieba last: the title must be a word of its own (isTitleWord), asked only of a name that fits.
      if (!isTitleWord(text, title.start, title.end)) return
      const joined = text.slice(start, breakStart) + text.slice(resume, givenEnd + 4)
      if (isOrdinaryWord(joined, 0, surnameLength + givenLength, true)) return
      const reason = `name broken across lines after the title \`${title.title}\``
      found.push(person(start, breakStart, 'title-before-name', 0.9, reason), person(resume, givenEnd, 'title-before-name', 0.9, reason))
      return
    }
  }
}

// How long a name jieba cannot read may be after a title, and how long each part of a name joined by dots.
const unknownRunLength = {least: 3, most: 8}
const maxNamePart = 10
// Single characters that end a run of a name: function words no name holds (将, 在, 的 …), and 人, which ends
// words (老人逢人便说).
const namePartStops = charCodes('的了在和与及等说是也就将还对向从把被让给于之该各本这我你他她们并或即如但而人')
// jieba's tags of words of two or more characters that a transliterated or unknown name is read as: unknown runs,
// names, transliterations, places and other proper nouns (乌日图/nr, 雅尔/nrt, 阿曼/ns); any other word is prose.
const namePartTags = new Set(['x', 'nr', 'nrfg', 'nrt', 'ns', 'nz'])

/**
 * Whether `token` may be part of a name jieba cannot read: a single character that is no function word, or a word
 * tagged as a name, a transliteration, a proper noun or as unknown.
 */
function mayBeNamePart(text: string, token: Token): boolean {
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
// The score (×10, `givenScores`) a character no name holds counts for in a run's sum.
const unscoredCharacter = -50

/**
 * The end of a name right after a title that jieba cannot read as words, up to a word of prose or a function word
 * (技术员那顺乌日图、, 理事长其其格玛被评为, 牧民乌力吉巴雅尔的): three to eight characters up to a title, one run of them at least
 * read as unknown or as a name (so not 朝 + 鲁 + 门, nor single characters of prose), no single character that
 * follows names last (吉日木图 + 家), characters of names more than of words on the whole (not the
 * coinage 群众互嵌式示范社区), ending where a name may end. The names of
 * minorities and foreign names have no surname of data/surnames.txt, and some names of the Han too. `shortEnd`:
 * the end of a name of two characters the rules of names read there, if any.
 */
function unknownRunEnd(text: string, start: number, shortEnd: number | undefined): number | undefined {
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
  // A last character that follows names ends the subject, not the name (吉日木图 + 家), though jieba reads it in.
  while (end - start > unknownRunLength.least && followers.includes(text.charAt(end - 1))) end--
  if (!unread || end - start < unknownRunLength.least || !endsName(text, end)) return undefined
  // One word jieba knows is in its dictionary as a word or a famous name (傅粉施朱/nr), not a person of a report;
  // one it does not know before a noun it would modify is a coinage (居民 + 微信群 + 宣传).
  if (first !== undefined && first.end === end && (first.tag !== 'x' || isModifiedNoun(tokens.find((token) => token.start === end)))) return undefined
  return nameScore(text, start, end) > 0 ? end : undefined
}

// How far after 任 a role it stands for may start (任组长, 任双主任, 任党支部书记): a name of three characters
// and a title after it (任超强同志) reach further, where 同志 stands after names only.
const roleReach = 3
// How long a clause after 任 may be and still be the role alone (任重点项目推进指挥部指挥长，).
const roleClauseLength = 16

/**
 * Whether the character at `position`, right after a title, starts a predicate rather than a name: 为 and 兼
 * always (局长为组长), 任 only as the verb 担任, before a role: a title within `roleReach` (书记任党支部书记,
 * 镇长任双主任), or a clause that ends as a role ends, with 长 or a title that stands before and after names
 * (任文明委主任，任第一副指挥长。). A word that follows names inside that clause makes 任 a surname again
 * (村民任超强担任组长, 党员任平在村委会主任…), as does any other clause (村民任超强, 党员任平带头). A clause a
 * line break ends is PDF text cut mid-word (副市长任指⏎⏎挥长), or its rest is blanked in redact's second look:
 * 任 stays the verb there.
 */
function startsPredicate(text: string, position: number): boolean {
  if (inClass(predicateAfterTitle, text.charCodeAt(position))) return true
  if (text.charCodeAt(position) !== serve) return false
  if (startsWordOrFrequentWord(text, position)) return true
  for (let start = position + 1; start <= position + roleReach; start++) {
    if (!isCjkAt(text, start)) break
    const title = titleAt(text, start)
    if (title !== undefined && title.values[0]?.place !== 'after') return true
  }
  let end = position + 1
  while (end - position <= roleClauseLength && isCjkAt(text, end)) {
    if (followerAt(text, end, 1)) return false
    end++
  }
  if (end === position + 1 || end - position > roleClauseLength) return false
  const next = text.charCodeAt(end)
  if (next === 10 || next === 13) return true
  return text.charAt(end - 1) === '长' || titleEndingAt(text, end, 'both')
}

/**
 * Whether 任 at `position` opens a word jieba knows (任劳任怨, 任务) or comes before a word of prose (书记任发展，
 * 任自己: a frequent word is no given name): then it is no surname.
 */
function startsWordOrFrequentWord(text: string, position: number): boolean {
  if (isFrequentWord(text.slice(position + 1, position + 3))) return true
  if (!mayStartKnownWord(text, position, Math.min(text.length, position + 4))) return false
  const [first] = segmentTo(text, position, lineEndWithin(text, position, 6), position)
  return first !== undefined && first.word.length > 1 && first.tag !== 'x' && !first.tag.startsWith('nr')
}

/** Titles in the text, scanned left to right, longest first: 局长钟庆, 钟庆局长, 审计局局长 陈建华. */
function detectAroundTitles(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  for (const entry of titles) {
    const {start: position, end} = entry
    if (entry.place !== 'after' && !startsPredicate(text, end)) {
      let start = skipSpace(text, end, 4)
      let nameEnd = nameFrom(text, start) ?? vouchedKnownName(text, start) ?? listedItemEnd(text, start)
      // A name with no surname of the list (牧民乌力吉巴雅尔的, 技术员那顺乌日图、), or one that a surname and a single
      // character read short (村民阿布都克里木: 阿 + 布). A surname and more is read by the rules of names.
      if (nameEnd === undefined || nameEnd - start <= 2) {
        const runEnd = unknownRunEnd(text, start, nameEnd)
        if (runEnd !== undefined && runEnd > (nameEnd ?? start)) nameEnd = runEnd
      }
      if (nameEnd === undefined) detectBrokenName(text, start, entry, found)
      if (nameEnd !== undefined && !isTitleWord(text, position, end)) nameEnd = undefined
      // 村民陆阿根、顾秀英夫妇: names listed after one title share it. An item after 、 stands between separators as
      // in a list, so its given name may hold what names hold there (指导教师仇海燕、柏向阳被授予).
      while (nameEnd !== undefined) {
        found.push(titledPerson(text, start, nameEnd, entry.title, 'title-before-name', 0.9, `name after the title \`${entry.title}\``))
        if (text.charAt(nameEnd) !== '、') break
        start = nameEnd + 1
        nameEnd = nameFrom(text, start, notInListedGivenName) ?? listedItemEnd(text, start)
      }
    }
    if (entry.place !== 'before') {
      // A title that stands only after names (同志) vouches for a name jieba knows (张华/nr), unless it addresses
      // many (谢谢同志们).
      const nameStart = nameUntil(text, position, end, entry.place === 'after' && text.charAt(end) !== '们')
      if (nameStart !== undefined) {
        found.push(titledPerson(text, nameStart, position, entry.title, 'title-after-name', 0.85, `name before the title \`${entry.title}\``))
      }
      detectSetOffRole(text, entry, bracketed, found)
      detectSetOffRole(text, entry, apposed, found)
    }
  }
}

// How far before a title the parenthesis or comma that sets it off may open: its unit (（县农业农村局局长）).
const roleUnitReach = 10

/**
 * Where the run of Chinese characters that ends right before `position` (a unit, a title, a name) stops going
 * back, at most `roleUnitReach` characters: the offset of the character before it, -1 at the text's start.
 */
function beforeUnit(text: string, position: number): number {
  let open = position - 1
  while (open >= 0 && position - open <= roleUnitReach && isCjkAt(text, open)) open--
  return open
}

/** How a title stands set off after a name: the characters that open and close it, and how the name must stand. */
interface SetOff {
  opening: Uint8Array
  closing: Uint8Array
  /** Whether the name must open its clause (an apposition after a comma: 李四，村党支部书记，). */
  opensClause: boolean
  where: string
}

const bracketed: SetOff = {opening: charCodes('（('), closing: charCodes('）)'), opensClause: false, where: 'in parentheses'}
const apposed: SetOff = {opening: charCodes('，,'), closing: charCodes('，,。；;'), opensClause: true, where: 'set off by commas'}

/**
 * A name right before a title alone, or a unit and its title, set off in parentheses (邵军（村党支部书记）) or by
 * commas (李四，村党支部书记，带领群众…; the name opens its clause, so 同时，书记 or 会上，局长 hold none).
 */
function detectSetOffRole(text: string, entry: TitleMention, setOff: SetOff, found: Detection[]): void {
  if (!inClass(setOff.closing, text.charCodeAt(entry.end))) return
  const open = beforeUnit(text, entry.start)
  if (open < 0 || !inClass(setOff.opening, text.charCodeAt(open))) return
  const nameStart = nameUntil(text, open, entry.end + 1, true)
  if (nameStart === undefined || (setOff.opensClause && nameStart > 0 && isCjkAt(text, nameStart - 1))) return
  found.push(titledPerson(text, nameStart, open, entry.title, 'title-after-name', 0.85, `name before the title \`${entry.title}\` ${setOff.where}`))
}

const maxListLength = 200
// How far before a colon its label is read, and the spaces that pad a label (组  长：).
const labelReach = 12
const labelSpaces = charCodes(' \t\u3000')
const fullStop = '。'.charCodeAt(0)

/**
 * Lists labelled by a title or a list label (data/person-list-labels.txt) and a colon: `组  长：李志明`,
 * `副组长：王  欣、张三`, `述职人：陈建华`, `出席：张三、李四；列席：王五`.
 */
function detectLabelledLists(text: string, found: Detection[]): void {
  const {labelEnds, listLabels} = loadLexicons()
  // Colons of either width in order, each found by the engine's string search rather than a regex per text.
  let wide = text.indexOf('：')
  let narrow = text.indexOf(':')
  while (wide !== -1 || narrow !== -1) {
    const colon = narrow === -1 || (wide !== -1 && wide < narrow) ? wide : narrow
    if (colon === wide) wide = text.indexOf('：', wide + 1)
    else narrow = text.indexOf(':', narrow + 1)
    // The label's last character, spaces aside, must end a title or a list label: most colons end no label, and build no string.
    const floor = Math.max(0, colon - labelReach)
    let last = colon - 1
    while (last >= floor && inClass(labelSpaces, text.charCodeAt(last))) last--
    if (last < floor || !inClass(labelEnds, text.charCodeAt(last))) continue
    const before = text.slice(floor, colon)
    const label = before.slice(before.lastIndexOf('\n') + 1).replace(/[ \t\u3000]/g, '')
    if (!titleEndingAt(label, label.length) && !listLabels.some((word) => label.endsWith(word))) continue
    // The list runs to the end of the line or the next label, and never far: a scan stays linear.
    const nextColon = Math.min(wide === -1 ? Infinity : wide, narrow === -1 ? Infinity : narrow)
    let end = lineEndWithin(text, colon + 1, maxListLength)
    if (nextColon < colon + 1 + maxListLength) end = Math.min(end, nextColon)
    // A full stop ends the list: the sentence after it is prose (成员：张三、李四。…书记张三任队长 holds no name 任队长).
    for (let at = colon + 1; at < end; at++) {
      if (text.charCodeAt(at) === fullStop) {
        end = at
        break
      }
    }
    detectNameList(text, colon + 1, end, 'member-list', 0.9, found)
  }
}

/**
 * Names in a list between `start` and `end`, separated by 、，; or spaces. A single given character padded
 * with spaces to align with longer names (王  欣) is one name, reported with its padding.
 */
function detectNameList(text: string, start: number, end: number, rule: string, confidence: number, found: Detection[]): void {
  // Parentheses hold roles and positions (王  欣（办公室主任）), not names.
  const tokens = [...text.slice(start, end).matchAll(/[（(][^）)]*[）)]?|[\u3400-\u9fff]+|[、，,；;。]/g)]
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]
    index++
    if (token === undefined || !isCjkCode(token[0].charCodeAt(0))) continue
    const tokenStart = start + token.index
    const next = tokens[index]
    // A single given character padded with spaces to align with longer names: 王  欣, 郑  敏.
    if (token[0].length === 1 && next !== undefined && next[0].length === 1 && isCjkCode(next[0].charCodeAt(0))) {
      const between = text.slice(tokenStart + 1, start + next.index)
      if (/^[ \t\u3000]+$/.test(between) && loadLexicons().singleSurnames.has(token[0]) && !inClass(notInGivenName, next[0].charCodeAt(0))) {
        found.push(person(tokenStart, start + next.index + 1, rule, confidence, 'name padded with spaces in a list'))
        index++
        continue
      }
    }
    const tokenEnd = tokenStart + token[0].length
    if (isListedName(text, tokenStart, tokenEnd)) found.push(person(tokenStart, tokenEnd, rule, confidence, 'name in a list of names'))
  }
}

/**
 * Bylines and signatures from the tree, and lines anywhere made only of two or more names separated by
 * spaces (the byline of a magazine page, `赵睿 李静 胡然 石永会 冯顺帆`).
 */
function detectNameLines(text: string, zones: readonly Zone[], found: Detection[]): void {
  for (const zone of zones) {
    if (zone.kind === 'byline' || zone.kind === 'signature') detectNameList(text, zone.start, zone.end, zone.kind, 0.9, found)
  }
  for (const line of text.matchAll(/^[ \t\u3000]*[\u3400-\u9fff]{2,4}(?:[ \t\u3000]+[\u3400-\u9fff]{2,4}){1,9}[ \t\u3000\r]*$/gm)) {
    const tokens = [...line[0].matchAll(/[\u3400-\u9fff]+/g)].map((token) => [line.index + token.index, line.index + token.index + token[0].length] as const)
    if (tokens.every(([start, end]) => isNameToken(text, start, end))) {
      for (const [start, end] of tokens) found.push(person(start, end, 'name-line', 0.8, 'a line made only of names'))
    }
  }
}

// Credits of a text and its pictures: a label and a slash before the name (文/胡娜娜　图/付平, 摄影／郭平燕), or the
// name before 摄 alone (（胡娜娜 摄）, a photo by).
const creditLabel = /(?:^|[\s（(|])(?:文|图|图文|摄影|撰文|供图)[/／][ \t\u3000]*/gm
const photoCredit = /[ \t\u3000]+摄(?=[ \t\u3000）)\r\n]|$)/g

/** Names in the credits of a text or a picture: after `文/`, `图/`, `摄影/`, and before ` 摄`. */
function detectCredits(text: string, found: Detection[]): void {
  // Both expressions scan every character, and most reports have no slash and no 摄: a native search says so first.
  const slashed = text.includes('/') || text.includes('／')
  for (const match of slashed ? text.matchAll(creditLabel) : []) {
    const start = match.index + match[0].length
    let end = start
    while (end < text.length && end - start <= 4 && isCjkAt(text, end)) end++
    if (isListedName(text, start, end)) found.push(person(start, end, 'credit', 0.85, 'a name credited with a text or a picture'))
  }
  for (const match of text.includes('摄') ? text.matchAll(photoCredit) : []) {
    const end = match.index
    let start = end
    while (start > 0 && end - start <= 4 && isCjkAt(text, start - 1)) start--
    if (isListedName(text, start, end)) found.push(person(start, end, 'credit', 0.85, 'a name credited with a photo'))
  }
}

// A cell of a table that holds a sex (`1　陈建华　男　汉族　1975.03`, `| 陈建华 | 女 |`): the cell before it is a name.
const sexCell = /[ \t\u3000|｜]+[男女](?=[ \t\u3000|｜\r\n]|$)/g
const cellSeparators = charCodes(' \t\u3000|｜')

/** Rows of a table of people: a name in the cell right before the cell of its sex. */
function detectSexCells(text: string, found: Detection[]): void {
  // The expression scans every character; a native search finds most texts without 男 or 女 first.
  if (!text.includes('男') && !text.includes('女')) return
  for (const match of text.matchAll(sexCell)) {
    const end = match.index
    let start = end
    while (start > 0 && end - start < 5 && isCjkAt(text, start - 1)) start--
    if (start > 0 && !inClass(cellSeparators, text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 10) continue
    if (isListedName(text, start, end)) found.push(person(start, end, 'name-before-sex', 0.85, 'a name in the cell before its sex in a table row'))
  }
}

// How far a row of a table is read around a title that ends a cell: rows are short, and a bound keeps a scan
// of a long line without breaks linear.
const rowReach = 120

/**
 * Rows of a table of people without a sex column (`1\t胡娜娜\t县农业农村局\t局长`, `| 付平 | 村党支部书记 |`): a
 * title that ends a cell of a row of three cells or more makes each other cell that is a name (`isListedName`) a
 * person. Only titles that end at a cell's edge are read, each row once.
 */
function detectTitledRows(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  let rowRead = -1
  for (const title of titles) {
    const next = text.charCodeAt(title.end)
    if (title.end < text.length && next !== 10 && next !== 13 && !inClass(cellSeparators, text.charCodeAt(title.end))) continue
    let start = title.start
    while (start > 0 && title.start - start < rowReach && text.charCodeAt(start - 1) !== 10) start--
    if (start === rowRead) continue
    rowRead = start
    const cells = rowCells(text, start, lineEndWithin(text, title.end, rowReach))
    if (cells.length < 3) continue
    for (const [cellStart, cellEnd] of cells) {
      if (cellEnd !== title.end && cellEnd - cellStart <= 4 && isListedName(text, cellStart, cellEnd)) {
        found.push(person(cellStart, cellEnd, 'table-row', 0.8, 'a name in a row of a table that holds a title'))
      }
    }
  }
}

// Last characters of a word for people that heads a column of a table (当事人, 牧场主, 获奖者).
const personHeaderEndings = charCodes('人主者')
// What closes a list of names in a cell: 等 and a count of people or households (马平安等23户, 常青等37人).
const cellListClose = /等(?:[0-9０-９]+[人户名位个])?$/u

/**
 * Columns of a table headed by a word for people (姓名, 当事人, 牧场主, 负责人: a title of data/person-titles.txt or a
 * word of two to four characters ending in 人, 主 or 者): each cell below it, while rows have as many cells, holds
 * names, listed with 、 and closed by 等 and a count (`1  民馨家园社区  马平安等23户  物业服务`). The column vouches for
 * a name jieba knows as a word (常青, 白雪), and for one with no surname of the list whose characters are names' more
 * than words' (宝音德力格尔).
 */
function detectNameColumns(text: string, found: Detection[]): void {
  // Rows are split by tabs, bars, ideographic spaces or two spaces: most texts have none of them.
  if (!text.includes('\t') && !text.includes('  ') && !text.includes('\u3000') && !text.includes('|')) return
  let header: {column: number; cells: number} | undefined
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const cells = rowCells(text, lineStart, lineEnd)
    if (header !== undefined && cells.length === header.cells) {
      const [cellStart, cellEnd] = cells[header.column] ?? [0, 0]
      detectCellNames(text, cellStart, cellEnd, found)
    } else {
      header = undefined
      const column = cells.length >= 3 ? cells.findIndex(([start, end]) => isPersonHeader(text, start, end)) : -1
      if (column !== -1) header = {column, cells: cells.length}
    }
    lineStart = lineEnd + 1
  }
}

/** Whether the cell `text[start, end)` heads a column of people: a title, or a word ending in 人, 主 or 者. */
function isPersonHeader(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 5) return false
  for (let position = start; position < end; position++) if (!isCjkAt(text, position)) return false
  return titleAt(text, start)?.end === end || (end - start <= 4 && inClass(personHeaderEndings, text.charCodeAt(end - 1)))
}

/** The names of a cell of a column of people: items between 、 or ，, the last closed by 等 and a count. */
function detectCellNames(text: string, start: number, end: number, found: Detection[]): void {
  const cell = text.slice(start, end).replace(cellListClose, '')
  let itemStart = start
  for (const item of cell.split(/[、，,]/)) {
    const itemEnd = itemStart + item.length
    if (isColumnName(text, itemStart, itemEnd)) found.push(person(itemStart, itemEnd, 'name-column', 0.85, 'a name in a column of a table headed by a word for people'))
    itemStart = itemEnd + 1
  }
}

/**
 * Whether `text[start, end)` in a column of people is a name: a surname and one or two characters whatever jieba
 * reads (常青, 白雪), or three to eight characters that score as names' more than words' (`givenScores`).
 */
function isColumnName(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > unknownRunLength.most) return false
  for (let position = start; position < end; position++) if (!isCjkAt(text, position)) return false
  if (isNameShape(text, start, end, notInListedGivenName)) return true
  return end - start >= unknownRunLength.least && nameScore(text, start, end) > 0
}

/**
 * The sum of the given-name scores (×10, `givenScores`) of `text[start, end)`, a character no name holds counting
 * `unscoredCharacter`: above 0 where the characters stand in names more than in words on the whole.
 */
function nameScore(text: string, start: number, end: number): number {
  const {givenScores} = loadLexicons()
  let sum = 0
  for (let position = start; position < end; position++) {
    const score = givenScores[text.charCodeAt(position)] ?? noGivenScore
    sum += score === noGivenScore ? unscoredCharacter : score
  }
  return sum
}

/**
 * The cells of a row of a table between `start` and `end`: runs of text between tabs, bars, ideographic spaces and
 * the ASCII spaces next to one of them or to another (one ASCII space between two characters stays in its cell).
 */
function rowCells(text: string, start: number, end: number): [number, number][] {
  const cells: [number, number][] = []
  let cellStart = -1
  for (let position = start; position <= end; position++) {
    const code = position < end ? text.charCodeAt(position) : 10
    const separates =
      code === 10 || code === 13 || (inClass(cellSeparators, text.charCodeAt(position)) && (code !== 32 || inClass(cellSeparators, text.charCodeAt(position + 1)) || inClass(cellSeparators, text.charCodeAt(position - 1))))
    if (!separates && cellStart === -1) cellStart = position
    if (separates && cellStart !== -1) {
      cells.push([cellStart, position])
      cellStart = -1
    }
  }
  return cells
}

// A two-character name padded to the width of three (张  琳) at the end of a line, before its role in parentheses,
// before a list's mark or before the next column of a table (肖  勇    党委委员): only people's names are padded so;
// document headings spaced the same way (方  案, 纪  要) are words.
// The name must also start a line, follow a space or follow a title; that is tested on each match (a lookbehind in
// the pattern made the scan four times slower), and a match that fails it is retried from its next character.
const paddedName = /([\u3400-\u9fff])[ \t\u3000]{1,4}([\u3400-\u9fff])(?=[ \t\u3000]*(?:[\r\n（(、，,；;]|$)|[ \t\u3000]{2,}[^ \t\u3000\r\n])/gm
// What may come before a padded name: a space, or a line end as `^` in a multiline pattern sees one.
const beforePaddedName = new Set([' ', '\t', '\u3000', '\n', '\r', '\u2028', '\u2029'])

function detectPaddedNames(text: string, found: Detection[]): void {
  const {singleSurnames} = loadLexicons()
  paddedName.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = paddedName.exec(text)) !== null) {
    // Or right after a title: 物业服务中心经理郑  斌 at the end of a line of attendees.
    if (match.index > 0 && !beforePaddedName.has(text.charAt(match.index - 1)) && !titleEndingAt(text, match.index)) {
      paddedName.lastIndex = match.index + 1
      continue
    }
    const [whole, surname = '', given = ''] = match
    if (!singleSurnames.has(surname) || inClass(notInGivenName, given.charCodeAt(0))) continue
    const end = match.index + whole.length
    if (!isOrdinaryWord(`${surname}${given}`, 0, 2, false)) {
      found.push(person(match.index, end, 'padded-name', 0.75, 'a two-character name padded with spaces'))
    }
  }
}

/** Photo captions: 张三（左一）, 局长钟庆（（左三左三）） in doubled PDF glyphs. */
function detectCaptionPositions(text: string, found: Detection[]): void {
  for (const match of text.matchAll(captionPosition)) {
    const start = nameUntil(text, match.index, match.index + match[0].length, true)
    if (start !== undefined) found.push(person(start, match.index, 'caption-position', 0.9, 'name before a position in a photo caption'))
  }
}

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
  // Nor may the surname end a word that starts before it (和平村主任: 平 ends the village's 和平).
  return start === 0 || !isCjkAt(text, start - 1) || segmentTo(text, start - 1, title.end, start).some((token) => token.start === start)
}

/**
 * 王局长, 李主任: a surname right before a title. The surname of a person found in the document (王留剑) is
 * that person; any other surname still identifies someone in a report about one unit, with less certainty.
 * Titles that stand only before a name (村民, 成员) take no surname. Only the surname is masked.
 */
function detectSurnameTitles(text: string, titles: readonly TitleMention[], found: Detection[]): void {
  const {compoundSurnames} = loadLexicons()
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
      if (!startsName(text, start)) continue
      if (known) {
        found.push(person(start, entry.start, 'surname-title', 0.85, `surname of a person found in the document before \`${entry.title}\``))
        break
      }
      if (isSurnameBeforeTitle(text, start, entry)) {
        found.push(person(start, entry.start, 'surname-title', 0.6, `surname before the title \`${entry.title}\``))
        break
      }
    }
  }
}

/**
 * Whether a title starts after the candidate's first character and ends with it (胡书记说: a surname and a title,
 * whose surname `detectSurnameTitles` masks alone; the title stays).
 */
function endsWithTitle(text: string, start: number, end: number): boolean {
  if (loadLexicons().titleEnds[text.charCodeAt(end - 1)] !== 1) return false
  for (let position = start + 1; position < end - 1; position++) if (titleAt(text, position)?.end === end) return true
  return false
}

/**
 * Whether `text[start, end)`, shaped like a name (`isNameShape`), reads as a bare name in running text: not
 * an ordinary word (高度, 周密, 石油) nor a place, and jieba puts word boundaries at both ends (or reads an
 * unknown run past the end) and finds no known word inside but names (王留 + 剑, 周 + 海涛; not 于 + 工作).
 */
function isBareName(text: string, start: number, end: number): boolean {
  if (endsWithTitle(text, start, end) || isOrdinaryWord(text, start, end, true)) return false
  // jieba tags some cities nr (张家港, 张家口): a division's name or short form is a place, not a name.
  if (longestAt(loadGazetteer().names, text, start)?.end === end) return false
  let tokens = segmentTo(text, start, lineEndWithin(text, end, 3), end)
  // jieba ends a word at the name's end, or runs unknown characters on past it (雷浩晓等/x 同志: a run it could not read).
  if (!tokens.some((token) => token.start === end || (token.start < end && token.end > end && token.tag === 'x')) && tokens.at(-1)?.end !== end) {
    // Or a verb of names of two or more characters starts there, which jieba joins to the name's last character
    // (付平等同志: 付 + 平等; 侯俊玉带队: 侯俊 + 玉带): the name is read by jieba alone, unless its first character
    // is a function word before that word (向平等同志学习: 向 + 平等).
    const verb = longestAt(loadLexicons().verbs, text, end)
    if (verb === undefined || verb.end - verb.start < 2 || startsWithFunctionWord(text, start, end)) return false
    tokens = segment(text, start, end)
  }
  return (
    tokens.every((token) => token.start >= end || token.word.length === 1 || token.tag === 'x' || token.tag.startsWith('nr')) ||
    isSurnameAndNamingWord(text, start, end, tokens)
  )
}

// jieba's tags of words that are also given names (春雪/n, 宁国/ns, 海瑞/nz, 秀丽/a): nouns and adjectives, not
// verbs, adverbs or function words.
const namingWordTags = new Set(['n', 'ns', 'nz', 'ng', 'a', 'an'])
// jieba's tags of a lone surname before such a word: a name's (周/nr, 韩/j, 余/m, 孙/zg), not those of a modifier
// before a noun (全/a 链条, 新/a 员工, 安/v 专家, 常/d 理性).
const surnameTags = new Set(['nr', 'n', 'ng', 'nz', 'ns', 'j', 'm', 'zg', 'g', 'q', 'x'])

/**
 * Whether `text[start, end)` is a single surname that jieba reads on its own, as a name's first character, and
 * a known word of two characters that may be a given name (韩 + 春雪, 余 + 宁国, 周 + 秀丽), read by jieba
 * (`tokens`, from `start`) as exactly these two words. A word frequent in prose is no given name (原 + 单位,
 * 万 + 企业, 钱 + 专家).
 */
function isSurnameAndNamingWord(text: string, start: number, end: number, tokens: readonly Token[]): boolean {
  if (end - start !== 3 || !surnameLengthsAt(text, start).includes(1) || isFrequentWord(text.slice(start + 1, end))) return false
  const [surname, given] = tokens
  return (
    surname !== undefined && surname.end === start + 1 && surnameTags.has(surname.tag) &&
    given !== undefined && given.end === end && namingWordTags.has(given.tag)
  )
}

/** Whether a word that opens a sentence ends at `start` (会上刘芳指出, 随后李文斌强调), so a name may start there. */
function followsSentenceOpener(text: string, start: number): boolean {
  let from = start
  while (from > 0 && start - from < 4 && isCjkAt(text, from - 1)) from--
  if (!mayEndKnownWord(text, from, start, 'opener')) return false
  const before = segment(text, from, start).at(-1)
  if (before === undefined || before.word.length < 2 || !sentenceOpenerTags.has(before.tag)) return false
  return segmentTo(text, windowStart(text, Math.max(0, start - 2), start), start + 1, start).some((token) => token.start === start)
}

/**
 * The end of the line at `from`, or of the text, but at most `limit` characters on: a look-ahead that never
 * searches the rest of a text without line breaks (王局长 repeated), so a scan of every title stays linear.
 */
function lineEndWithin(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit)
  let end = from
  while (end < stop && text.charCodeAt(end) !== 10) end++
  return end
}

/** The start of a bare name ending at `end`, the longest that reads as one, or undefined. */
function bareNameUntil(text: string, end: number): number | undefined {
  for (const length of nameLengths) {
    const start = end - length
    // Character tests first; jieba only for what could be a name.
    if (start < 0 || !isNameShape(text, start, end) || !(startsName(text, start) || followsUnit(text, start) || followsSentenceOpener(text, start))) continue
    if (!endsWithVerb(text, start, end) && isBareName(text, start, end) && !continuesWordBefore(text, start, end)) return start
  }
  return undefined
}

// What joins names listed before a shared verb: 胡娜娜、付平出席, 胡娜娜和付平参加, 胡娜娜与付平一起.
const listSeparators = charCodes('、和与及')

/**
 * The end of the item listed before a name at `start`: the 、 (or 和, 与, 及) right before it, or before its unit (县农业农村局
 * 胡娜娜、县财政局付平参加: each name after its own unit), or undefined.
 */
function listedBefore(text: string, start: number): number | undefined {
  if (inClass(listSeparators, text.charCodeAt(start - 1))) return start - 1
  if (!followsUnit(text, start)) return undefined
  const open = beforeUnit(text, start)
  return text.charAt(open) === '、' ? open : undefined
}

/**
 * The start of a name right after a unit's last character and ending at `end`, the end of an item listed before
 * another name that shares a verb (宋堡子村马学义、王新庄村锁成林、莎草湾村马兰花等: each village and its secretary):
 * the list vouches for it as a title does, so jieba may read a word in it (锁 + 成林/n), as long as the whole is
 * no word.
 */
function nameAfterUnitUntil(text: string, end: number): number | undefined {
  for (const length of nameLengths) {
    const start = end - length
    if (start > 0 && inClass(unitEndings, text.charCodeAt(start - 1)) && isNameShape(text, start, end) && !isOrdinaryWord(text, start, end, true)) return start
  }
  return undefined
}

/**
 * Whether a unit's name of two or more characters ends right before `start` (县财政局付平参加调研), and not a word
 * jieba reads on past it (学院路送去: 学院路 is a street, 路送去 no name).
 */
function followsUnit(text: string, start: number): boolean {
  if (!inClass(unitEndings, text.charCodeAt(start - 1)) || !isCjkAt(text, start - 2)) return false
  return knownWordAcross(segmentTo(text, windowStart(text, Math.max(0, start - 3), start), start + 1, start), start) === undefined
}

/**
 * Whether jieba reads the character before `start` into a known word with the name's first (同位素, 经纪人: 同
 * and 经 are no prepositions there); a run it could not read (受何涛/x 委托) is no such word.
 */
function continuesWordBefore(text: string, start: number, end: number): boolean {
  if (!isCjkAt(text, start - 1)) return false
  return knownWordAcross(segmentTo(text, start - 1, end, start), start) !== undefined
}

/** The word jieba knows (not a run it could not read, `x`) that holds both the characters before and at `at`. */
function knownWordAcross(tokens: readonly Token[], at: number): Token | undefined {
  return tokens.find((token) => token.start < at && token.end > at && token.tag !== 'x')
}

/**
 * Names with no title in official prose: right before a word that follows names (王留剑在汝州市调研,
 * 张建国主持会议, 刘芳指出; data/person-verbs.txt) or right after one that comes before them (会议由李文斌主持,
 * 经王伟同意; data/person-cues.txt). The longest name that reads as one wins.
 */
function detectBareNames(text: string, verbs: readonly TrieMatch<string>[], cues: readonly TrieMatch<string>[], found: Detection[]): void {
  for (const verb of verbs) {
    let end = verb.start
    let start = bareNameUntil(text, end)
    // 王留剑、张建国出席会议: names listed before the one next to the verb share it.
    while (start !== undefined) {
      found.push(person(start, end, 'name-before-verb', 0.75, `name before \`${text.slice(verb.start, verb.end)}\``))
      const listed = listedBefore(text, start)
      if (listed === undefined) break
      end = listed
      start = bareNameUntil(text, end) ?? nameAfterUnitUntil(text, end)
    }
  }
  for (const cue of cues) {
    const start = cue.end
    for (const length of nameLengths) {
      const end = start + length
      if (end > text.length || !isNameShape(text, start, end) || !endsName(text, end) || !isBareName(text, start, end)) continue
      // A last character that usually follows a name belongs to the sentence (特邀郝峰作专题讲座: 郝峰 + 作), where
      // the shorter name reads as one (not 郑 + 新作: 特邀郑新作 stays whole, the name masked with its verb).
      if (length > 2 && followers.includes(text.charAt(end - 1)) && isNameShape(text, start, end - 1) && isBareName(text, start, end - 1)) continue
      // The cue must not start a known word: 由于, 经济 and 请示 are not 由, 经 and 请 (jieba reads the unknown
      // 经王伟 as one word, which is no reason to refuse it).
      const [first] = segmentTo(text, cue.start, end, cue.start)
      if (first !== undefined && (first.end <= start || first.tag === 'x')) {
        found.push(person(start, end, 'name-after-cue', 0.75, `name after \`${text.slice(cue.start, cue.end)}\``))
      }
      break
    }
  }
}

// Speech in a manner, after the speaker: 胡娜娜激动地说, 付平高兴地告诉记者, 郭平燕深有感触地表示.
const spokenIn = /地(?:说|表示|告诉|讲|回忆|介绍)/g

/** `激动地说` and the like as words that follow names: the manner is the word jieba reads before 地. */
function mannerOfSpeech(text: string): TrieMatch<string>[] {
  const found: TrieMatch<string>[] = []
  for (const match of text.matchAll(spokenIn)) {
    const manner = segmentTo(text, windowStart(text, Math.max(0, match.index - 4), match.index), match.index, match.index).at(-1)
    if (manner !== undefined && manner.end === match.index && manner.word.length >= 2 && manner.tag !== 'x') {
      found.push({start: manner.start, end: match.index + match[0].length, values: [manner.word + match[0]]})
    }
  }
  return found
}

// Where someone lives or comes from, before them in the same clause: 家住某村的胡娜娜, 来自大山深处的付平.
const residence = /(?:家住|来自)[^，。；！？、\s]{1,15}?的/g

/**
 * A name right after `家住…的` or `来自…的`: the clause says where a person lives, so it is read as after a title
 * (来自某村的何满仓今年67岁: jieba reads 何 + 满仓, a word, which no bare name may hold), not as a bare name.
 */
function detectResidents(text: string, found: Detection[]): void {
  if (!text.includes('家住') && !text.includes('来自')) return
  for (const match of text.matchAll(residence)) {
    const start = match.index + match[0].length
    const end = nameFrom(text, start)
    if (end !== undefined) found.push(person(start, end, 'name-after-cue', 0.75, `name after \`${match[0]}\``))
  }
}

// How name-like a run must look to be a name with nothing around it to say so: the sum of its given characters'
// scores (`givenScores`) and the least each may score. A single surname and two characters open many words and
// runs of words, so the bar is high (缪振东 52, 何晓东 61; 普惠性 31 holds 性, a character of words); a compound
// surname opens fewer, though some are words (东方 + 才白; 欧阳晓春 83, 令狐建军 25, 司马婷 57).
// By the length of the surname, the bar of each length of given name tried, longest first (a compound surname
// and one character make a name too). Asked at every surname in a text: no key or array is built per call.
const likenessBars: Readonly<Record<number, readonly {givenLength: number; sum: number; least: number}[]>> = {
  1: [{givenLength: 2, sum: 30, least: 0}],
  2: [
    {givenLength: 2, sum: 20, least: 5},
    {givenLength: 1, sum: 20, least: 20}
  ]
}
// Where a run jieba could not read (人何/x 德贵) holds the surname with the character before it, that character
// may still end what comes before a name: a function word (对边冬梅) or the end of a word for people (传承人,
// 脱贫户, 检测员). Elsewhere such a run is a word or a transliteration (阿乌 + 利亚乡, 做强 + 滩羊).
const beforeRunName = charCodes('对由请和与及同向给让经被把等是为了的在到从跟找称叫派人户员师长手者民官工')
// A run right before these is the proper part of a place or a unit (王新庄村, 康馨苑小区, 金马鞍牌), and one
// ending with these is a place or a unit itself (栗香园, 金梨湾).
const placeOrUnitAfter = charCodes('村庄乡镇县区市厂园苑湾谷屯寨堡沟坪岭塘港湖山河江桥路街社站店馆牌')
const placeOrUnitEnding = charCodes('园苑湾屯寨堡')
// A run ending with these is a role (楼栋长, 调解员), which no title list can hold whole.
const roleEnding = charCodes('长员')
const openingQuotes = charCodes('“‘"「『《')
const closingQuotes = charCodes('”’"」』》')
// jieba's tags of the word after a run that make the run its modifier (花瑶 + 文旅, 丰泽苑 + 物业): nouns of two
// characters or more, and single characters of places, measures and bound nouns (村/zg, 台/q).
const modifiedNounTags = new Set(['n', 'nz', 'ns', 'nt', 'ng', 'nr', 'nrt', 'vn', 'j'])
const modifiedSingleTags = new Set(['zg', 'q', 'ng', 'ns'])

/**
 * Names told by the look of their characters, where no title, verb or list says so (老人的侄子缪振东在厦门打工,
 * 楼下住户何晓东因漏水争吵, 法官欧阳晓春每月): a surname and given characters that stand in names far more often
 * than in words (data/given-name-chars.txt, derived from jieba's dictionary), which jieba reads as no word and
 * joins to nothing around them. Runs inside names found by context are left to those.
 */
function detectNameLikeRuns(text: string, found: Detection[]): void {
  const {surnameStarts} = loadLexicons()
  const covered = new Uint8Array(text.length)
  for (const item of found) covered.fill(1, item.start, item.end)
  for (let start = 0; start < text.length - 1; start++) {
    if ((surnameStarts[text.charCodeAt(start)] ?? 0) === 0 || covered[start] === 1) continue
    for (const surnameLength of surnameLengthsAt(text, start)) {
      const end = likelyNameEnd(text, start, start + surnameLength)
      if (end === undefined || covered[end - 1] === 1) continue
      found.push(person(start, end, 'name-likeness', 0.7, `\`${text.slice(start, end)}\` looks like a name: a surname and characters of given names that jieba reads as no word`))
      start = end - 1
      break
    }
  }
}

/**
 * The end of a name-like run from the surname at `start` to `givenStart` (one or two given characters after a
 * compound surname, two after a single one), or undefined. Character tests first, jieba last.
 */
function likelyNameEnd(text: string, start: number, givenStart: number): number | undefined {
  const {givenScores} = loadLexicons()
  for (const bar of likenessBars[givenStart - start] ?? []) {
    const end = givenStart + bar.givenLength
    if (end > text.length) continue
    let sum = 0
    let least = 127
    for (let position = givenStart; position < end; position++) {
      const code = text.charCodeAt(position)
      const score = givenScores[code] ?? noGivenScore
      if (!isCjkCode(code) || inClass(notInGivenName, code)) least = noGivenScore
      sum += score
      least = Math.min(least, score)
    }
    if (least < bar.least || sum < bar.sum) continue
    if (inClass(placeOrUnitAfter, text.charCodeAt(end)) || inClass(placeOrUnitEnding, text.charCodeAt(end - 1)) || inClass(roleEnding, text.charCodeAt(end - 1))) continue
    if (inClass(openingQuotes, text.charCodeAt(start - 1)) && inClass(closingQuotes, text.charCodeAt(end))) continue
    if ((longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end || endsWithTitle(text, start, end)) continue
    if (readsAsName(text, start, givenStart, end)) return end
  }
  return undefined
}

// jieba's tags of a single character that starts a predicate rather than ends a name.
const predicateTags = new Set(['d', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'v', 'r', 'y'])
// jieba's tags of a known word that is a given name after a single surname: names' and proper nouns' (玉兰/nr,
// 振华/nz, 新春/ns). A common noun or adjective there is a word with a character before it (全 + 礼堂, 苏 + 小姐).
const givenWordTags = new Set(['nr', 'nrfg', 'nz', 'ns'])

/**
 * Whether a known word of two characters is a given name after a surname of `surnameLength`: a name's or a
 * proper noun's, or after a compound surname, which opens few words, a noun or an adjective too (令狐 + 建军/n);
 * never a word frequent in prose.
 */
function isLikelyGivenWord(token: Token, surnameLength: number): boolean {
  return (givenWordTags.has(token.tag) || (surnameLength === 2 && namingWordTags.has(token.tag))) && !isFrequentWord(token.word)
}

/**
 * Whether jieba reads `text[start, end)` as a name: no word it knows crosses either end or covers the whole, the
 * surname opens no word inside (高山 + 流水), the given name is no word of prose (王 + 明显) nor a transliteration
 * (西门 + 塔尔/nrt), and no noun follows that the run would modify (花瑶文 + 旅, 王新庄 + 村).
 */
function readsAsName(text: string, start: number, givenStart: number, end: number): boolean {
  const tokens = segmentAround(text, start, end, 4)
  for (const token of tokens) {
    if (token.end <= start || token.start >= end) continue
    if (token.end > end || token.tag === 'nrt') return false
    if (token.start < start) {
      if (token.tag !== 'x' || !inClass(beforeRunName, text.charCodeAt(start - 1))) return false
      continue
    }
    if (token.tag === 'x') continue
    if (token.start === start && token.end > givenStart) return false
    if (token.start === givenStart && token.end === end && end - givenStart === 2 && !isLikelyGivenWord(token, givenStart - start)) return false
    // A last character jieba reads alone as a function word or a verb starts the predicate (阿福 + 正 + 躲在).
    if (token.start === end - 1 && token.end === end && end - start > 2 && predicateTags.has(token.tag)) return false
  }
  return !isModifiedNoun(tokens.find((token) => token.start === end))
}

/** Whether jieba's word after a run (`token`, if any) is a noun the run would modify (`modifiedNounTags`). */
function isModifiedNoun(token: Token | undefined): boolean {
  return token !== undefined && (token.word.length >= 2 ? modifiedNounTags.has(token.tag) : modifiedSingleTags.has(token.tag))
}

// Last characters of words for people (店员, 经营者, 艺人, 茶农, 导师, 选手, 住户, 牧民, 员工, 学生, 护士): a noun
// jieba reads ending with one stands before a name as a title does, though no list holds it.
const personNounEndings = charCodes('员者人农师手户民工生士')

/**
 * Names right after a word for people no title list holds (店员付春生违规, 经营者洪天赐，, 茶农石老满算了): a noun of
 * two characters or more that jieba reads ending with a character of `personNounEndings`, and a surname and one or
 * two given characters after it (`nameFrom`). Runs inside names already found are left to those.
 */
function detectAfterPersonNouns(text: string, found: Detection[]): void {
  const {surnameStarts} = loadLexicons()
  const covered = new Uint8Array(text.length)
  for (const item of found) covered.fill(1, item.start, item.end)
  for (let start = 1; start < text.length; start++) {
    if (!inClass(personNounEndings, text.charCodeAt(start - 1)) || (surnameStarts[text.charCodeAt(start)] ?? 0) === 0 || covered[start] === 1) continue
    const end = nameFrom(text, start)
    if (end === undefined || covered[end - 1] === 1 || endsWithTitle(text, start, end) || !hasNameLikeGivenName(text, start, end)) continue
    // jieba, reading across, must end the noun there and read no word over the boundary (民宿, 棚户区, 师傅).
    const tokens = segmentAround(text, start, end, 5)
    const noun = tokens.find((token) => token.end === start)
    if (noun === undefined || noun.word.length < 2 || !noun.tag.startsWith('n') || tokens.some((token) => token.start < start && token.end > start)) continue
    found.push(person(start, end, 'person-noun-before-name', 0.8, `name after \`${noun.word}\`, a word for people`))
    start = end - 1
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

// The dots that join the parts of a transliterated name (热依汗古丽·阿不都热合曼, 吐尔洪‧沙吾提): the middle dot,
// the hyphenation point, the bullet and the katakana middle dots, as writers and fonts give them.
const nameDots = ['·', '‧', '•', '・', '･']

/**
 * Names of minorities and foreigners written in parts joined by a dot (负责人阿依达娜·努尔兰别克将…, 村民吐尔洪‧沙吾提
 * 结亲): each part runs from the dot to a word of prose or a function word (`mayBeNamePart`) and holds two characters
 * at least. Parts that are places (中国·平阴玫瑰文化节) or words of prose (党建·引领) make no name, nor do parts a
 * quote opens before.
 */
function detectDottedNames(text: string, found: Detection[]): void {
  for (const dot of nameDots) {
    for (let at = text.indexOf(dot); at !== -1; at = text.indexOf(dot, at + 1)) {
      // Most dots are bullets or stand between numbers: Chinese on both sides first, jieba after.
      if (!isCjkAt(text, at - 1) || !isCjkAt(text, at + 1)) continue
      const start = namePartStart(text, at)
      // A quote that opens right before it holds a slogan or a title of parts (打造“明法廉政·兴税圆梦”).
      if (start === undefined || inClass(openingQuotes, text.charCodeAt(start - 1))) continue
      let end = namePartEnd(text, at + 1)
      // A name of three parts or more: each dot after a part opens the next.
      while (end !== undefined && nameDots.includes(text.charAt(end))) {
        const next = namePartEnd(text, end + 1)
        if (next === undefined) break
        at = end
        end = next
      }
      if (end !== undefined) found.push(person(start, end, 'dotted-name', 0.85, 'a name of parts joined by a dot'))
    }
  }
}

/** The start of the part of a name that ends at the dot at `dot`, or undefined. */
function namePartStart(text: string, dot: number): number | undefined {
  const tokens = segmentBefore(text, dot, maxNamePart)
  let start = dot
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token === undefined || !mayBeNamePart(text, token)) break
    start = token.start
  }
  return isNamePart(text, start, dot) ? start : undefined
}

/** The end of the part of a name that starts after a dot at `start`, or undefined. */
function namePartEnd(text: string, start: number): number | undefined {
  let end = start
  for (const token of segmentTo(text, start, start + maxNamePart, start)) {
    if (!mayBeNamePart(text, token)) break
    end = token.end
  }
  return isNamePart(text, start, end) ? end : undefined
}

/** Whether `text[start, end)` may be a part of a name: two characters or more, no place (中国, 平阴). */
function isNamePart(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end) return false
  return !(wordTag(text, start, end) === 'ns' && isFrequentWord(text.slice(start, end)))
}

// How far a list's next item may run, and the last characters of units and places, which no listed name holds.
const maxListedItem = 8
const unitOrPlaceEndings = charCodes('科局厅处所院办室站县省镇乡村府司厂校市区部委队组会社')
const listedItemClose = charCodes('、等，,。；;：:')

/**
 * The items listed with 、 after a name found (技术员那顺乌日图、朝鲁门负责, 网格员冶春生、王  军坚持): a list of people
 * goes on with people, so an item is a name where it is shaped as one in a column of people (`isColumnName`) or is
 * padded to three (王  军), and names no unit or place. Each name found so opens the next item.
 */
function detectListedAfterNames(text: string, protectedRanges: DetectionContext['protectedRanges'], found: Detection[]): void {
  // A public name the keep-list holds (焦裕禄、…) opens a list of public people, not of the people of the report.
  const isProtected = (item: Detection) => protectedRanges.some((range) => range.start < item.end && range.end > item.start)
  const queue = found.filter((item) => text.charAt(item.end) === '、' && !isProtected(item))
  const seen = new Set(found.map((item) => item.start))
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    const start = item.end + 1
    const end = listedNameEnd(text, start)
    if (end === undefined || seen.has(start)) continue
    seen.add(start)
    const listed = person(start, end, 'listed-name', 0.8, `listed after \`${text.slice(item.start, item.end)}\``)
    found.push(listed)
    if (text.charAt(end) === '、') queue.push(listed)
  }
}

/** The end of a name listed at `start` after a name found, or undefined (see `detectListedAfterNames`). */
function listedNameEnd(text: string, start: number): number | undefined {
  const {singleSurnames} = loadLexicons()
  const padded = /^([\u3400-\u9fff])[ \t\u3000]{1,4}([\u3400-\u9fff])/.exec(text.slice(start, start + 6))
  if (padded !== null && singleSurnames.has(padded[1] ?? '') && !inClass(notInGivenName, (padded[2] ?? '').charCodeAt(0))) return start + padded[0].length
  // The item runs to the list's next mark (韩苏布达等), or else to where a name may end (朝鲁门 + 负责).
  let close = start
  while (close - start <= maxListedItem && isCjkAt(text, close) && !inClass(listedItemClose, text.charCodeAt(close))) close++
  if (isListedItemName(text, start, close)) return close
  for (let end = start + 2; end < close && end - start <= maxListedItem; end++) {
    if (endsName(text, end) && isListedItemName(text, start, end)) return end
  }
  return undefined
}

/**
 * Whether a listed item is a name: of three characters or more, shaped as one in a column of people (`isColumnName`),
 * no role, with no character that ends units and places (桥头村戈成林) and, past a surname and one or two characters, no word of prose jieba reads in it
 * (全科医生欧阳俊, 千秋中学: each item names its unit).
 */
function isListedItemName(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (inClass(unitOrPlaceEndings, text.charCodeAt(position))) return false
  // A surname and one character may be a word listed with people as itself (党员, 群众, 高原): only a column vouches.
  if (end - start < 3 || (titleAt(text, start)?.end ?? 0) >= end || !isColumnName(text, start, end)) return false
  return isNameShape(text, start, end, notInListedGivenName) || segment(text, start, end).every((token) => mayBeNamePart(text, token))
}

/**
 * Every other mention of a local namesake (局长李强 … 李强强调): the document is about that person, so
 * the keep-list must not bring the name back, except next to a national leader's title (国务院总理李强).
 */
function detectNamesakeMentions(text: string, found: Detection[]): void {
  const {nationalTitles} = loadLexicons()
  const namesakes = new Set(found.filter((item) => item.rule === 'local-namesake').map((item) => text.slice(item.start, item.end)))
  for (const name of namesakes) {
    for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + name.length)) {
      const end = start + name.length
      if (nationalTitles.some((title) => text.endsWith(title, start) || text.startsWith(title, end))) continue
      found.push(person(start, end, 'local-namesake', 0.8, `another mention of \`${name}\`, named after a local title in this document`))
    }
  }
}

/**
 * A given name of two characters said alone (皇甫丽娟 … “丽娟比亲闺女还亲。”): the way a story calls the person it is
 * about. Only a given name jieba does not know as a word (not 建国, 振华), standing after a boundary (not 国新 of
 * 全国新增) and read by jieba apart from what follows, which must be no noun it would modify (春来江水绿如蓝) unless
 * a title (秀娟同志).
 */
function detectGivenNameMentions(text: string, found: Detection[]): void {
  const {compoundSurnames} = loadLexicons()
  const givenNames = new Map<string, string>()
  for (const item of found) {
    const name = text.slice(item.start, item.end)
    const surname = compoundSurnames.has(name.slice(0, 2)) && name.length === 4 ? name.slice(0, 2) : name.charAt(0)
    const given = name.slice(surname.length)
    if (item.confidence >= 0.75 && given.length === 2 && isGivenName(given, 0, 2) && !isKnownWord(given)) givenNames.set(given, surname)
  }
  for (const [given, surname] of givenNames) {
    for (let start = text.indexOf(given); start !== -1; start = text.indexOf(given, start + given.length)) {
      const end = start + given.length
      if (text.startsWith(surname, start - surname.length) || !(start === 0 || !isCjkAt(text, start - 1) || inClass(precedingBoundary, text.charCodeAt(start - 1)))) continue
      if (isCjkAt(text, end)) {
        const tokens = segmentTo(text, start, end + 3, end)
        // A noun after it, no title, makes the two letters the start of a phrase (郝春来 … 春来 + 江水绿如蓝).
        if (knownWordAcross(tokens, end) !== undefined || (isModifiedNoun(tokens.find((token) => token.start === end)) && titleAt(text, end) === undefined)) continue
      }
      found.push(person(start, end, 'given-name', 0.7, `the given name of \`${surname}${given}\`, found in the document`))
    }
  }
}

/**
 * Whether jieba reads `word` as one word it knows. The dictionary's hash (`mayBeKnownWord`) answers most words no
 * with no jieba, but its yes may be a collision (秀梅).
 */
function isKnownWord(word: string): boolean {
  if (!mayBeKnownWord(word, 0, word.length)) return false
  const tag = wordTag(word, 0, word.length)
  return tag !== undefined && tag !== 'x'
}

function dedupe(found: Detection[]): Detection[] {
  const best = new Map<string, Detection>()
  for (const item of found) {
    const key = `${item.start}:${item.end}`
    const previous = best.get(key)
    if (previous === undefined || previous.confidence < item.confidence) best.set(key, item)
  }
  return [...best.values()].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Find names of people from their context: a title before or after (局长钟庆, 王留剑同志, 市委书记王留剑), a
 * labelled list (组  长：李志明), bylines and signatures (zones from the tree, or lines made only of names), photo
 * captions (钟庆（左三）), words of official prose around a bare name (刘芳指出, 会议由李文斌主持), and a surname
 * before a title (王局长: 0.85 when a person of that surname is found, 0.6 otherwise; only the surname is
 * masked). A surname alone is never a name elsewhere; ordinary words that start with a surname (高度, 单位, 石油)
 * are refused with jieba's dictionary. Keep-list hits (习近平) are left to `redact`, which drops what overlaps
 * protected ranges, except a leader's name next to a local title (局长李强: rule `local-namesake`).
 */
export function detectPersons(context: DetectionContext): Detection[] {
  const {text, zones} = context
  const found: Detection[] = []
  const {titles, verbs, cues} = findWords(text)
  detectAroundTitles(text, titles, found)
  detectLabelledLists(text, found)
  detectNameLines(text, zones, found)
  detectCaptionPositions(text, found)
  detectPaddedNames(text, found)
  detectSexCells(text, found)
  detectTitledRows(text, titles, found)
  detectNameColumns(text, found)
  detectCredits(text, found)
  detectBareNames(text, [...verbs, ...mannerOfSpeech(text)], cues, found)
  detectResidents(text, found)
  detectDottedNames(text, found)
  detectAfterPersonNouns(text, found)
  detectNameLikeRuns(text, found)
  detectListedAfterNames(text, context.protectedRanges, found)
  detectSurnameTitles(text, titles, found)
  detectGivenNameMentions(text, found)
  detectNamesakeMentions(text, found)
  return dedupe(found.filter((detection) => !repeatsOneCharacter(text, detection.start, detection.end)))
}

/**
 * Whether `text[start, end)` is one character over and over (王王王). No one is named so; such runs come from
 * broken or generated text, where the rules would mask pieces of a run and leave the rest for a second redaction
 * to find (redaction must be idempotent).
 */
function repeatsOneCharacter(text: string, start: number, end: number): boolean {
  for (let at = start + 1; at < end; at++) if (text.charCodeAt(at) !== text.charCodeAt(start)) return false
  return end - start > 1
}

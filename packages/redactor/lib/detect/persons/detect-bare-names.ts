// Names with no title, told by the words of official prose around them (刘芳指出, 会议由李文斌主持).
import {charCodes, inClass} from '@gongwen/parser'
import {chineseNumeralCharacters} from '../../chinese-numerals.js'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {type TrieMatch, longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {type Token, segment, segmentAround} from '../../segment.js'
import {continuesWordBefore, endsName, followsSentenceOpener, followsUnit, startsName} from './name-boundaries.js'
import {startsWithFunctionWord} from './name-from.js'
import {holdsUnnamedCharacter, isNameShape, nameLengths, surnameLengthsAt} from './name-shape.js'
import {endsWithVerb} from './name-until.js'
import {isOrdinaryWord, namingWordTags} from './ordinary-words.js'
import {followers, readAlternatives, unitEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isProseWord, segmentTo, windowStart} from './read-words.js'
import {beforeUnit, lineEndWithin} from './scan-text.js'
import {endsWithTitle, titleAt} from './titles.js'

/**
 * Whether `text[start, end)`, shaped like a name (`isNameShape`), reads as a bare name in running text: no given
 * character that no name holds (鹿血酒等产品), not an ordinary word (高度, 周密, 石油) nor a place, and jieba puts word boundaries at both ends (or reads an
 * unknown run past the end) and finds no known word inside but names (王留 + 剑, 周 + 海涛; not 于 + 工作).
 */
function isBareName(text: string, start: number, end: number): boolean {
  // A title is no name, nor the start of one (聘请楼长、热心居民: 楼 is a surname, 长 a given character), nor does a name
  // open with one (由楼长王德顺牵头: 楼长王 is the title and the surname).
  if (titleAt(text, start) !== undefined) return false
  if (holdsUnnamedCharacter(text, start, end) || endsWithTitle(text, start, end) || isOrdinaryWord(text, start, end, true)) return false
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
    tokens.every((token) => token.start >= end || !isProseWord(token)) ||
    isSurnameAndNamingWord(text, start, end, tokens)
  )
}

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

/** The start of a bare name ending at `end`, the longest that reads as one, or undefined. */
function bareNameUntil(text: string, end: number): number | undefined {
  for (const length of nameLengths) {
    const start = end - length
    // Character tests first; jieba only for what could be a name.
    if (start < 0 || !isNameShape(text, start, end) || !(startsName(text, start) || followsUnit(text, start) || followsSentenceOpener(text, start))) continue
    if (endsWithVerb(text, start, end) || continuesWordBefore(text, start, end)) continue
    if (isBareName(text, start, end) || isPersonWordAfterUnit(text, start, end)) return start
  }
  return undefined
}

/**
 * Whether `text[start, end)` follows a unit and is a word jieba, reading it in its context, takes for a person's name
 * (麻醉科/nr 余晖/nr 牵头), one prose seldom uses: the unit stands for a title there. Not the end of a longer word
 * (众所周知: 所 ends no unit there).
 */
function isPersonWordAfterUnit(text: string, start: number, end: number): boolean {
  if (!followsUnit(text, start) || isFrequentWord(text.slice(start, end))) return false
  return segmentAround(text, start, end, 4).some((token) => token.start === start && token.end === end && token.tag === 'nr')
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
 * Names with no title in official prose: right before a word that follows names (王留剑在汝州市调研,
 * 张建国主持会议, 刘芳指出; data/person-verbs.txt) or right after one that comes before them (会议由李文斌主持,
 * 经王伟同意; data/person-cues.txt). The longest name that reads as one wins.
 */
export function detectBareNames(text: string, verbs: readonly TrieMatch<string>[], cues: readonly TrieMatch<string>[], found: Detection[]): void {
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

// Speech in a manner, after the speaker: 胡娜娜激动地说, 付平高兴地告诉记者, 郭平燕深有感触地表示 (data/person-speech-verbs.txt).
const spokenIn = new RegExp(`地(?:${readAlternatives('person-speech-verbs.txt')})`, 'g')

/** `激动地说` and the like as words that follow names: the manner is the word jieba reads before 地. */
export function mannerOfSpeech(text: string): TrieMatch<string>[] {
  const found: TrieMatch<string>[] = []
  for (const match of text.matchAll(spokenIn)) {
    const manner = segmentTo(text, windowStart(text, Math.max(0, match.index - 4), match.index), match.index, match.index).at(-1)
    if (manner !== undefined && manner.end === match.index && manner.word.length >= 2 && manner.tag !== 'x') {
      found.push({start: manner.start, end: match.index + match[0].length, values: [manner.word + match[0]]})
    }
  }
  return found
}

// The votes a candidate got, after the candidate's name in the results of an election or a recommendation (李国平得38票).
const votesWon = new RegExp(`得(?:[0-9０-９]+|[${chineseNumeralCharacters}]+)票`, 'g')

/** `得38票` and the like as words that follow names: in a count of votes only a person (or a list of them) gets votes. */
export function votesCounted(text: string): TrieMatch<string>[] {
  // A native search first: most texts count no votes.
  if (!text.includes('票')) return []
  return [...text.matchAll(votesWon)].map((match) => ({start: match.index, end: match.index + match[0].length, values: [match[0]]}))
}

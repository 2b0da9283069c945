// Names that are also ordinary words, right after a word for a person's role (导诊护士夏天引导, 股长常乐、, 指导教师向前。).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {type Token, segmentAround} from '../../segment.js'
import {isFrequentWord, mayBeKnownWord} from '../../jieba-dictionary.js'
import {isGivenName, nameScore, surnameLengthsAt} from './name-shape.js'
import {countAfterListed, countBeforeRole} from './people-counts.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {personNounStart} from './person-noun-start.js'
import {TitleMention} from './scan-person-cues.js'
import {isCjkAt} from './scan-text.js'
import {isTitleWord, titleAt, titleEndingAt} from './titles.js'

// What closes a name's clause right after it: punctuation, a bracket, a line's end.
const clauseClose = charCodes('、，。；：！？,.;:!?（）()“”"\n\r')

// jieba's tags of a word that is also a given name (夏天/t, 高山/ns, 章程/n, 常乐/a, 宁静/nr, 和平/nz): not
// adverbs, function words, measures or idioms, which follow roles in reports as modifiers (护士长期/d, 高度重视/l).
const nameWordTags = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nz', 't', 'n', 'a', 'an', 'v'])

// The tags a word may have where a verb of any kind follows it: a noun's or a place's, the subject of the verb. Not an
// adjective or a time word, which stand before verbs as adverbs do (廉洁从业, 明显减少, 平时注重), nor a name's: jieba
// tags many verbs and adjectives so (满怀/nr 期待, 温馨/nr 提示).
const subjectWordTags = new Set(['ns', 'nz', 'n'])

// jieba's tags of a word of two characters or more that goes on a clause after its subject: a verb (执教, 冒用),
// an adverb (依法, 专门), a preposition (对, 向).
const subjectFollowerTags = ['v', 'd', 'p']

/**
 * Names of a surname and one character that jieba knows as a word (夏天, 常乐, 高山, 黎明), right after a word for a
 * person's role: a title that stands before names (`titles`), or a noun jieba reads ending with a character of words
 * for people (`afterNounStarts`: 参保人甘甜, 大学毕业生原野). The role says a person follows; what follows the word says
 * where the person's name ends: punctuation (股长常乐、, 指导教师向前。), a word that follows names in official prose
 * (负责人那振华反映, data/person-verbs.txt), or, after a noun or a name's word, any verb (教师高山执教). jieba must
 * read the word apart from the role and from what follows (负责人高度重视: 高度重视; 护士长期: 护士 + 长期/d, an
 * adverb), and the word must be no role itself (群众代表, 教师党员).
 */
export function detectWordNamesAfterRoles(text: string, titles: readonly TitleMention[], afterNounStarts: readonly number[], found: Detection[]): void {
  const scan: RoleScan = {text, found, before: found.length, overlapsEarlier: overlapsEarlierFinds(found)}
  // Where a role ends: after a title, whether jieba reads it as a word (isTitleWord, asked only of a word that fits);
  // after a noun for people that ends no such title there (titles come in order, ends too: they never overlap), what
  // jieba reads (personNounStart).
  let next = 0
  for (const title of titles) if (title.place !== 'after' && !isCountedRole(text, title.end)) readWordName(scan, title.end, title)
  for (const start of afterNounStarts) {
    while (next < titles.length && (titles[next]?.end ?? 0) < start) next++
    const title = titles[next]
    if ((title === undefined || title.end !== start || title.place === 'after') && !isCountedRole(text, start)) readWordName(scan, start, undefined)
  }
}

// How far before the role's end its count may stand: the count, 余 and the measure, the role and what qualifies it.
const countedReach = 14
// A word listed after the role (2名电工常乐、高山): the names of the people counted
const listedWord = /^\p{Script=Han}{2,3}[、，,和及等]/u

/**
 * Whether a count of people stands right before the role that ends at `roleEnd` (82名绣娘居家就业, 42名彝族妇女居家增收):
 * the role counts many people, so the word after it is what they do (居家), not one person's name, unless the words
 * after it are listed (造成2名电工常乐、高山受伤: the people counted).
 */
function isCountedRole(text: string, roleEnd: number): boolean {
  return countBeforeRole.test(text.slice(Math.max(0, roleEnd - countedReach), roleEnd)) && !listedWord.test(text.slice(roleEnd, roleEnd + 4))
}

/**
 * A text being read for names after roles, the names found, how many were found by the other rules before, and
 * (built when first asked) where those names start and end.
 */
interface RoleScan {
  text: string
  found: Detection[]
  before: number
  /** Whether one of those names covers an offset of a range. */
  overlapsEarlier: (start: number, end: number) => boolean
  foundAround?: {starts: Set<number>; ends: Map<number, number>}
}

/** The name at `start`, right after a role (`title`, or a noun for people where undefined), if the word there is one. */
function readWordName(scan: RoleScan, start: number, title: TitleMention | undefined): void {
  const {text} = scan
  const end = start + 2
  if (!surnameLengthsAt(text, start).includes(1) || !isGivenName(text, start + 1, end)) return
  // Character tests and the dictionary's hash first: jieba only for a known word whose given character may be a name's.
  const score = nameScore(text, start + 1, end)
  const counted = isPeopleCountedAt(text, end)
  const besideName = title !== undefined && isBesideNamedRole(scan, title.start, end)
  if ((!counted && !besideName && score < givenNameBars.verbOfNames) || !mayBeKnownWord(text, start, end) || (titleAt(text, start)?.end ?? 0) >= end) return
  const verb = longestAt(loadLexicons().verbs, text, end)
  const beforeVerbOfNames = counted || (verb !== undefined && verb.end - verb.start >= 2)
  if (!beforeVerbOfNames && !besideName && score < givenNameBars.otherwise) return
  // Names the other rules found before this one are theirs.
  if (scan.overlapsEarlier(start, end)) return
  const tokens = segmentAround(text, start, end, 6)
  const word = tokens.find((token) => token.start === start && token.end === end)
  if (besideName) {
    // Where the name ends must be plain too: a join or punctuation, a word that follows names, or a word jieba reads
    // as a name (黎明/nr 依法办案) and prose seldom uses; not a word that goes on with a verb (教师文明/nr 出行). A word
    // frequent in prose only before a join or punctuation (教师曾经、), and not one jieba tags a noun or a name (村民
    // 顾客/nr。, 教师文明/nr。): those are common words for people and qualities.
    const closed = inClass(roleListJoins, text.charCodeAt(end)) || inClass(clauseClose, text.charCodeAt(end))
    const frequent = word !== undefined && isFrequentWord(word.word)
    const ends = frequent ? closed && !frequentNounTags.has(word.tag) : closed || beforeVerbOfNames || word?.tag.startsWith('nr') === true
    if (ends && word !== undefined && besideNameWordTags.has(word.tag) && longestAt(loadGazetteer().names, text, start)?.end !== end && isTitleWord(text, title.start, title.end)) {
      scan.found.push(person(start, end, 'word-name-beside-name', 0.75, `\`${word.word}\` after a role, joined to a name found after its own role`))
    }
    return
  }
  // A place of the gazetteer after a role is the role's place (局长江宁主持: 江宁, a district).
  if (word === undefined || !(nameWordTags.has(word.tag) || (counted && word.tag === 'd')) || longestAt(loadGazetteer().names, text, start)?.end === end) return
  if (!counted && isAdverbial(text, end, word)) return
  // A count of people vouches for any given character and for an adverb's tag (高远/d, 尚可/d: no adverb stands
  // before 等), but not for a word frequent in prose: most are words for people the titles lack (村民游客等, 顾客, 青年);
  // nor for a common noun whose characters stand in words more than in names (家属, 骨干), as elsewhere.
  if (counted && (isFrequentWord(word.word) || (word.tag === 'n' && score < givenNameBars.otherwise))) return
  if (!beforeVerbOfNames && !endsClauseSubject(text, end, word, tokens, verb !== undefined, title !== undefined)) return
  if (!(title !== undefined ? isTitleWord(text, title.start, title.end) : personNounStart(tokens, start) !== undefined)) return
  scan.found.push(person(start, end, 'word-name-after-role', 0.75, `\`${word.word}\` after a word for a person's role, before where a name ends`))
}

// What joins two people each named after a role (书记海燕和网格员苏晓梅, 教师皇甫玉兰、中学教师曾经、): a list mark or a
// conjunction.
const roleListJoins = charCodes('、和与及')

// How far the role of one item of such a list may run from the join (基金监管股股长: a unit and its title).
const maxListedRole = 12

// jieba's tags of a frequent word of prose that make it no name even beside a name: a noun's, and a name's, which
// jieba gives many nouns for people and qualities (顾客/nr, 文明/nr).
const frequentNounTags = new Set(['n', 'nr'])

// jieba's tags of a word that is a name beside such an item (`nameWordTags`, and adverbs: 曾经/d, 尚可/d): the list
// says a person stands there, as its join says where the name ends.
const besideNameWordTags = new Set([...nameWordTags, 'd'])

/**
 * Whether the word after the role at `roleStart`, ending at `end`, is an item of a list of people each named after a
 * role: a join (、, 和, 与, 及) right after it and a name found right after a title within `maxListedRole` (书记海燕和
 * 网格员苏晓梅), or a name found right after a title, a join, and the role (揭小平和基金监管股股长黎明, 教师皇甫玉兰、龙台
 * 中学教师曾经、), with nothing but Chinese characters between. The other item vouches for a word (海燕, 黎明, 曾经) no
 * role alone would.
 */
function isBesideNamedRole(scan: RoleScan, roleStart: number, end: number): boolean {
  const {text} = scan
  const joinsAfter = inClass(roleListJoins, text.charCodeAt(end))
  const joinsBefore = roleStart > 0 && isCjkAt(text, roleStart - 1)
  if (!joinsAfter && !joinsBefore) return false
  scan.foundAround ??= foundBounds(scan.found, scan.before)
  const {starts, ends} = scan.foundAround
  if (joinsAfter) {
    for (let at = end + 2; at <= end + 1 + maxListedRole && isCjkAt(text, at - 1); at++) if (starts.has(at) && titleEndingAt(text, at)) return true
  }
  for (let at = roleStart - 1; at >= 0 && roleStart - at <= maxListedRole + 1; at--) {
    const code = text.charCodeAt(at)
    const nameStart = ends.get(at)
    if (inClass(roleListJoins, code) && nameStart !== undefined) return titleEndingAt(text, nameStart)
    if (!isCjkAt(text, at)) return false
  }
  return false
}

/** Where the first `count` names found start, and where each ends (the offset right after it) with its start. */
function foundBounds(found: readonly Detection[], count: number): {starts: Set<number>; ends: Map<number, number>} {
  const starts = new Set<number>()
  const ends = new Map<number, number>()
  for (const item of found.slice(0, count)) {
    starts.add(item.start)
    ends.set(item.end, item.start)
  }
  return {starts, ends}
}

// The least score (×10, data/given-name-chars.txt) of the given character: before a word of two characters or more
// that follows names (高原负责, 明月带领), one that names hold about half as often as words or more (not 全部参加,
// 全程陪同); elsewhere (before 在, 是, punctuation, a verb), one that names hold about as often as words or more (夏天,
// 高山, 黎明, 甘露; not 单位, 安全, 文化, 项目, 时间, 任务: 学生安全是, 群众文化在).
const givenNameBars = {verbOfNames: -12, otherwise: 2}

/** Whether 等 and a count of people (`countAfterListed`) follow at `end`. Asked after the character tests: most candidates have no 等 there. */
function isPeopleCountedAt(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x7b49 && countAfterListed.test(text.slice(end, end + 7))
}

// jieba's tags of a frequent word that stands before a verb as its adverbial (书记严肃/a 指出, 医生耐心/ad 讲解, 护士长期/d
// 值守), not as its subject.
const adverbialTags = new Set(['a', 'ad', 'd', 'vd'])

// Characters that open a time word saying when from now or in the day (明天, 当天, 今年, 近日, 每天, 次日, 白天), and
// characters that end one naming a span (夏季, 春节, 假期, 平时, 夜间): such a word before a verb is its adverbial
// (院长明天出席, 护士白天值守), where another time word may be a name (护士夏天引导).
const whenTimeOpeners = charCodes('今明昨前后当每次翌隔近本同白早晚')
const spanTimeEndings = charCodes('季节期时间')

/**
 * Whether the word frequent in prose at `end`'s left is the adverbial of a verb after it: an adverb's or an
 * adjective's tag, or a time word saying when (`whenTimeOpeners`, `spanTimeEndings`), with no clause's end right after it.
 */
function isAdverbial(text: string, end: number, word: Token): boolean {
  if (inClass(clauseClose, text.charCodeAt(end)) || !isFrequentWord(word.word)) return false
  if (adverbialTags.has(word.tag)) return true
  return word.tag === 't' && (inClass(whenTimeOpeners, word.word.charCodeAt(0)) || inClass(spanTimeEndings, word.word.charCodeAt(word.word.length - 1)))
}

// jieba's tags of a word frequent in prose that may still be a name after a title, before a verb: a time word's, a
// proper name's (夏天/t, 和平/nz); not a common noun's or a verb's, which after a title are the role's thing or act
// (消费者权益/n 保护, 村民成立/v 合作社, 企业家沙龙/n), nor a person's (文明/nr 出行, 顾客/nr), nor an adjective's or an
// adverb's.
const frequentNameTags = new Set(['t', 'nz', 'ns'])

/**
 * Whether what follows the word at `end` ends a name there: punctuation, a word of one character that follows names
 * (`verbOfNames`: 在, 是), or a verb after a noun. After a title (`afterTitle`), a word frequent in prose whose tag a
 * name's may have is a name where a verb follows it (导诊护士夏天引导): a title names the person, where a noun for people
 * names many, whose thing the frequent word is.
 */
function endsClauseSubject(text: string, end: number, word: Token, tokens: readonly Token[], verbOfNames: boolean, afterTitle: boolean): boolean {
  // A word frequent in prose that ends a clause or comes before a verb is the role's object or quality (职工利益，,
  // 群众幸福是, 市民文明出行), not the person's name.
  if (isFrequentWord(word.word)) {
    if (!afterTitle || !frequentNameTags.has(word.tag)) return false
    const next = tokens.find((token) => token.start === end)
    return verbOfNames || (next !== undefined && next.word.length >= 2 && next.tag.startsWith('v'))
  }
  if (verbOfNames) return true
  // A common noun that ends the clause is the role's thing or place (教师宿舍。, 职工食堂、), not the person's name.
  if (inClass(clauseClose, text.charCodeAt(end))) return word.tag !== 'n'
  const next = tokens.find((token) => token.start === end)
  return subjectWordTags.has(word.tag) && next !== undefined && next.word.length >= 2 && subjectFollowerTags.some((tag) => next.tag.startsWith(tag))
}

// Names next to a title: after it (局长钟庆), before it (钟庆局长), set off by parentheses or commas (邵军（村党支部书记）).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {hasFamilySettlementShape} from '../places/find-family-settlements.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import type {Token} from '../../segment.js'
import {isListedName} from './list-items.js'
import {endsName, followerAt} from './name-boundaries.js'
import {determinerOpensWord, nameFrom, numeralCounts, opensFunctionPhrase, startsWithFunctionWord} from './name-from.js'
import {isGivenName, isNameShape, nameScore, surnameLengthsAt} from './name-shape.js'
import {nameUntil} from './name-until.js'
import {isNamingWord, isOrdinaryWord, namingWordTags} from './ordinary-words.js'
import {closesListOfPeople, endBeforeListClose} from './people-counts.js'
import {notInListedGivenName, readCharacterClass} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isProseWord, segmentTo, wordTag} from './read-words.js'
import {TitleMention} from './scan-person-cues.js'
import {beforeUnit, isCjkAt, lineEndWithin, skipSpace} from './scan-text.js'
import {startsPredicate} from './starts-predicate.js'
import {closesPlaceBeforeWord, isTitleWord, titleAt, titleBeforeNamesAt, titleEndingAt} from './titles.js'
import {unknownRunEnd} from './unknown-runs.js'

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

// No character: where jieba reads a name as one word, no word of the sentence is inside it to exclude.
const readAsOneWord = charCodes('')

/**
 * The end of a name right after a title that the rules of names refuse, where what follows vouches for it
 * (`vouchedAfter`): three characters jieba reads as one word it does not know (县委书记乔立本出席: 本 is a determiner
 * elsewhere, so no given name holds it in running text), or two that jieba knows as a person's name or a rare proper
 * noun (李娜/nr, 张华/nr, 苏平/ns: `isNamingWord`), or any word before a title that stands only after names
 * (服务专员简单同志: between two titles). Known two-character words are refused as names elsewhere (文明/nr, 周密/nr:
 * 书记周密部署).
 */
function vouchedKnownName(text: string, start: number): number | undefined {
  const unread = start + 3
  if (isNameShape(text, start, unread, readAsOneWord) && vouchedAfter(text, unread) && wordTag(text, start, unread) === 'x') return unread
  const end = start + 2
  // A determiner that opens the words after it ends the clause's subject too (工作人员智勇全季度零差评).
  if (!isNameShape(text, start, end) || !(vouchedAfter(text, end) || determinerOpensWord(text, start + 1))) return undefined
  return isNamingWord(text, start, end) || addressedAfter(text, end) ? end : undefined
}

/**
 * Whether what follows a name at `end` vouches for it: another name listed after it (项目专员李娜、王建业), a word that
 * follows names in official prose (局长张华主持, data/person-verbs.txt; 马超同志) or the people split into groups
 * (工作人员王平分组包片: `closesListOfPeople`).
 */
function vouchedAfter(text: string, end: number): boolean {
  if (text.charAt(end) === '、' && nameFrom(text, end + 1) !== undefined) return true
  return longestAt(loadLexicons().verbs, text, end) !== undefined || followerAt(text, end, 2) || closesListOfPeople(text, end)
}

/**
 * The end of a name right after a title whose given name holds a function word or a numeral that names hold in lists
 * (老党员陈和顺带头: 和, data/person-listed-given-name.txt), where a word that follows names comes right after it
 * (`vouchedAfter`): the sentence goes on there, so the function word is the name's.
 */
function vouchedListedName(text: string, start: number): number | undefined {
  const end = nameFrom(text, start, notInListedGivenName)
  if (end === undefined || !vouchedAfter(text, end)) return undefined
  // A numeral that counts what follows it is a date or a count (书记于二月主持会议), not a child's rank.
  for (let position = start + 1; position < end; position++) if (numeralCounts(text, position)) return undefined
  return end
}

/** Whether a title that stands only after names (同志, 先生) follows at `end`, addressing one person (not 同志们). */
function addressedAfter(text: string, end: number): boolean {
  const title = titleAt(text, end)
  return title !== undefined && title.values[0]?.place === 'after' && text.charAt(title.end) !== '们'
}

// jieba's tags of what may follow a name that jieba reads apart after a title: a run it cannot read (带徒/x, 正读/x),
// a verb or an adverb.
const apartFollowerTags = ['x', 'v', 'd']

// jieba's tags of a given name of two characters it reads as one word, after a single surname it reads apart (段 +
// 明月/t): names', and nouns, adjectives and time words that are given names.
const apartGivenTags = new Set([...namingWordTags, 't', 'nr', 'nrfg', 'nrt'])

/**
 * The end of a name right after a title where no word that ends names follows it (木雕艺人段明月带徒, 女儿魏晴正读高三),
 * but jieba, reading on, ends a word there and starts one it cannot read, a verb or an adverb: a surname and one or
 * two characters jieba reads as a name's (魏晴/x) or as a surname and a word that is a given name (段 + 明月/t), no
 * ordinary word (高标准, 高位推动), the longer first.
 */
function nameReadApart(text: string, start: number): number | undefined {
  if (!loadLexicons().singleSurnames.has(text.charAt(start))) return undefined
  for (const end of [start + 3, start + 2]) {
    if (!isNameShape(text, start, end) || !isCjkAt(text, end)) continue
    // An ordinary word of three is read on only where jieba may read it apart as a name (`namedApart`).
    const ordinary = isOrdinaryWord(text, start, end, true)
    if ((ordinary && end - start !== 3) || startsWithFunctionWord(text, start, end) || opensFunctionPhrase(text, start, end)) continue
    const tokens = segmentTo(text, start, lineEndWithin(text, end, 4), end)
    const next = tokens.find((token) => token.start === end)
    if (next === undefined || !apartFollowerTags.some((tag) => next.tag.startsWith(tag)) || tokens.some((token) => token.start < end && token.end > end)) continue
    const inside = tokens.filter((token) => token.end <= end)
    const whole = inside.length === 1 && (inside[0]?.tag === 'x' || inside[0]?.tag.startsWith('nr') === true)
    const surnameAndWord = inside.length === 2 && inside[0]?.end === start + 1 && apartGivenTags.has(inside[1]?.tag ?? '')
    if (ordinary ? surnameAndWord && namedApart(inside) : whole || surnameAndWord) return end
  }
  return undefined
}

/**
 * Whether jieba, reading in context a candidate it knows as a word of the surname and the first given character
 * (施惠 of 施惠民), reads it apart as a surname and a given name, both tagged as names' (施/nr + 惠民/nr), the given
 * name no word frequent in prose (宝贵/nr, 文明/nr): the known word is then no reading of the text.
 */
function namedApart([surname, given]: readonly Token[]): boolean {
  return surname?.tag === 'nr' && given !== undefined && given.tag === 'nr' && !isFrequentWord(given.word)
}

/**
 * Whether jieba reads what follows a title at `[start, end)` as something the people of the title do rather than a
 * name (组织村民包粽子比赛): the surname's character a verb and the given characters its object, a noun (包/v + 粽子/n)
 * whose characters stand in words more than in names (`nameScore` below 0: 粽 is in no name). A given name jieba knows
 * as a noun holds characters of names (买/v + 建军/n, 顾/v + 学兵/n), or is an adjective's or a name's (付/v + 明福/a).
 */
function readsAsActivity(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || nameScore(text, start + 1, end) >= 0) return false
  const [verb, object] = segmentTo(text, start, lineEndWithin(text, end, 4), end)
  return verb?.start === start && verb.end === start + 1 && verb.tag === 'v' && object?.end === end && object.tag === 'n'
}

/** Surnames that are far more often function words: data/person-function-word-surnames.txt. */
const functionWordSurnames = readCharacterClass('person-function-word-surnames.txt')

// jieba's tags of a given name of two characters it reads after such a surname: a name's or a proper name's (振华/nz).
const functionSurnameGivenTags = new Set(['nr', 'nrfg', 'nz', 'x'])

/**
 * The end of a name right after a title whose surname is a function word (副镇长和丽芬走进, 负责人那振华反映): the
 * surname and two characters that names hold more than words, where jieba reads the three as one run it cannot read
 * or a name's (和丽芬/x), or the two as a name's or a proper name's word (那/r + 振华/nz), and a verb, an adverb or
 * punctuation follows: not 和 + 美丽/ns, 和 + 丽江市, 和 + 振兴/v, 那达慕/x + 大会.
 */
function functionWordSurnameName(text: string, start: number): number | undefined {
  const end = start + 3
  if (!inClass(functionWordSurnames, text.charCodeAt(start)) || !isGivenName(text, start + 1, end) || nameScore(text, start + 1, end) <= 0 || !endsName(text, end)) return undefined
  const tokens = segmentTo(text, start, lineEndWithin(text, end, 3), end)
  const whole = tokens.some((token) => token.start === start && token.end === end && (token.tag === 'x' || token.tag.startsWith('nr')))
  const given = tokens.some((token) => token.start === start + 1 && token.end === end && functionSurnameGivenTags.has(token.tag))
  // A noun after it makes the run a thing's name (牧民那达慕大会): a verb, an adverb or punctuation follows a name.
  const next = tokens.find((token) => token.start === end)
  const closes = next === undefined || !isCjkAt(text, end) || apartFollowerTags.some((tag) => next.tag.startsWith(tag))
  return (whole || given) && closes && !tokens.some((token) => token.start < end && token.end > end) ? end : undefined
}

/**
 * The end of a name of a single surname and two given characters right after a title, where a word that follows names
 * comes right after it (`vouchedAfter`), though jieba reads the surname and the first given character as a rare word
 * (项目负责人何国强表示: 何国/r + 强; 副局长普建宏表示: 普建/a + 宏) or the surname apart before a word of its own
 * (联系人方国庆表示: 方/n + 国庆/t), which running text refuses. The given characters stand in names more than in words
 * (`nameScore`), jieba reads no word across the name's end (局长多次表示: 多次 + 表示 reads 表 into the verb; 书记高度
 * 重视), nor a word of prose frequent in reports at its start (局长马上表示: 马上), no preposition opens a word there
 * (党员向国家同志学习: `startsWithFunctionWord`; 局长于会上强调), and no place of the gazetteer opens it.
 */
function vouchedFullName(text: string, start: number): number | undefined {
  const end = start + 3
  if (!loadLexicons().singleSurnames.has(text.charAt(start)) || !isGivenName(text, start + 1, end) || nameScore(text, start + 1, end) <= 0 || !vouchedAfter(text, end)) return undefined
  if (opensFunctionPhrase(text, start, end) || startsWithFunctionWord(text, start, end) || longestAt(loadGazetteer().names, text, start) !== undefined) return undefined
  const tokens = segmentTo(text, start, lineEndWithin(text, end, 4), end)
  const crosses = tokens.some((token) => token.start < end && token.end > end)
  const opensFrequentWord = tokens.some((token) => token.start === start && token.end > start + 1 && isFrequentWord(token.word))
  return crosses || opensFrequentWord || tokens.some((token) => token.start === start && token.end === end && isProseWord(token)) ? undefined : end
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

/**
 * 局长钟\n\n庆: a name that a PDF line break cuts after the surname, right after a title. Both pieces are
 * masked on their own, so the line structure stays. The name must not be an ordinary word once joined (高\n度).
 * Where no given name ends before what follows, the joined text is read as an unbroken name after a title is
 * (`vouchedKnownName`, `nameReadApart`: 村支书孙⏎德胜去地里).
 */
function detectBrokenName(text: string, start: number, title: TitleMention, titleWord: TitleWordTest, found: Detection[]): void {
  for (const surnameLength of surnameLengthsAt(text, start)) {
    const breakStart = start + surnameLength
    const resume = skipSpace(text, breakStart, 4)
    if (resume === breakStart || !/[\r\n]/.test(text.slice(breakStart, resume))) continue
    for (const givenLength of [2, 1]) {
      const givenEnd = resume + givenLength
      if (!isGivenName(text, resume, givenEnd) || !endsName(text, givenEnd)) continue
      // jieba last: the title must be a word of its own (isTitleWord), asked only of a name that fits.
      if (!titleWord(text, title.start, title.end)) return
      const joined = text.slice(start, breakStart) + text.slice(resume, givenEnd + 4)
      if (isOrdinaryWord(joined, 0, surnameLength + givenLength, true)) return
      const reason = `name broken across lines after the title \`${title.title}\``
      found.push(person(start, breakStart, 'title-before-name', 0.9, reason), person(resume, givenEnd, 'title-before-name', 0.9, reason))
      return
    }
    // Or the name jieba reads as one where the break is taken out, as after a title unbroken (村支书孙⏎德胜去地里: 孙德胜/nr + 去/v).
    const joined = text.slice(start, breakStart) + text.slice(resume, resume + brokenReadAhead)
    const joinedEnd = vouchedKnownName(joined, 0) ?? nameReadApart(joined, 0)
    if (joinedEnd === undefined || joinedEnd <= surnameLength || isOrdinaryWord(joined, 0, joinedEnd, true) || !titleWord(text, title.start, title.end)) continue
    const reason = `name broken across lines after the title \`${title.title}\`, read as one`
    found.push(person(start, breakStart, 'title-before-name', 0.9, reason), person(resume, resume + joinedEnd - surnameLength, 'title-before-name', 0.9, reason))
    return
  }
}

/**
 * The family's settlement (a surname, 家 and a landform: 书记程家湾调研, 村支书王家坝介绍) that a title's holder went to
 * or speaks for where a name of three characters would stand after the title: a place, masked as one, not a name.
 */
function settlementAfterTitle(text: string, start: number, end: number, title: string): Detection | undefined {
  if (end - start !== 3 || !hasFamilySettlementShape(text, start)) return undefined
  const reason = `a family's settlement (a surname, 家 and a landform) after the title \`${title}\`, where a name would stand`
  return {type: 'PLACE', start, end, suffixLength: 0, detector: 'persons', rule: 'settlement-after-title', confidence: 0.8, reason}
}

/**
 * Whether the name of three characters at `[start, end)` after a title reads as where the title's holder went (reviewer
 * 2, finding 7): a verb jieba reads apart before a province or a city it tags a place (书记任/r 南京/ns 在), where a
 * name's surname is read as a name's (王江宁/nr).
 */
function readsAsPlaceVisited(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false
  const tokens = segmentTo(text, start, lineEndWithin(text, end, 2), end)
  const gazetteer = loadGazetteer()
  const place = longestAt(gazetteer.names, text, start + 1)
  // A province or a city (南京), which a given name seldom is; a county's or a town's name is one more often (建国).
  const city = place?.end === end && gazetteer.namesOf(place).some(({division}) => division.level <= 2)
  const placeRead = city && tokens.some((token) => token.start === start + 1 && token.end === end && token.tag === 'ns')
  return placeRead && tokens.some((token) => token.start === start && token.end === start + 1 && !token.tag.startsWith('nr'))
}

// How many characters after a break the joined text holds: a given name and the words that say where it ends.
const brokenReadAhead = 8

/** Whether the title at `[start, end)` is a word of its own (`isTitleWord`), asked once a name fits next to it. */
type TitleWordTest = (text: string, start: number, end: number) => boolean

/**
 * Titles in the text, scanned left to right, longest first: 局长钟庆, 钟庆局长, 审计局局长 陈建华. `titleWord` asks
 * jieba whether a title is a word of its own; titles a line break cuts were asked that of their joined text already.
 */
export function detectAroundTitles(text: string, titles: readonly TitleMention[], found: Detection[], titleWord: TitleWordTest = isTitleWord): void {
  for (const entry of titles) {
    const {start: position, end} = entry
    if (entry.place !== 'after' && !startsPredicate(text, end)) {
      let start = skipSpace(text, end, 4)
      let nameEnd = nameFrom(text, start) ?? vouchedKnownName(text, start) ?? listedItemEnd(text, start) ?? vouchedListedName(text, start)
      // A name with no surname of the list (牧民乌力吉巴雅尔的, 技术员那顺乌日图、), or one that a surname and a single
      // character read short (村民阿布都克里木: 阿 + 布). A surname and more is read by the rules of names.
      if (nameEnd === undefined || nameEnd - start <= 2) {
        const runEnd = unknownRunEnd(text, start, nameEnd)
        if (runEnd !== undefined && runEnd > (nameEnd ?? start)) nameEnd = runEnd
      }
      nameEnd ??= nameReadApart(text, start) ?? functionWordSurnameName(text, start) ?? vouchedFullName(text, start)
      // One name ends where the people split into groups too (工作人员周平分三组: 周 + 平分).
      if (nameEnd !== undefined) nameEnd = endBeforeListClose(text, start, nameEnd)
      if (nameEnd === undefined) detectBrokenName(text, start, entry, titleWord, found)
      const settlement = nameEnd === undefined ? undefined : settlementAfterTitle(text, start, nameEnd, entry.title)
      if (settlement !== undefined && titleWord(text, position, end)) found.push(settlement)
      if (settlement !== undefined) nameEnd = undefined
      if (nameEnd !== undefined && (!titleWord(text, position, end) || readsAsActivity(text, start, nameEnd) || closesPlaceBeforeWord(text, position, start, nameEnd) || readsAsPlaceVisited(text, start, nameEnd))) nameEnd = undefined
      // 村民陆阿根、顾秀英夫妇: names listed after one title share it. An item after 、 stands between separators as
      // in a list, so its given name may hold what names hold there (指导教师仇海燕、柏向阳被授予).
      while (nameEnd !== undefined) {
        found.push(titledPerson(text, start, nameEnd, entry.title, 'title-before-name', 0.9, `name after the title \`${entry.title}\``))
        if (text.charAt(nameEnd) !== '、') break
        start = nameEnd + 1
        nameEnd = nameFrom(text, start, notInListedGivenName) ?? listedItemEnd(text, start)
        // The last item ends where the people split into groups (网格员黄晓婷、林立分两批), which a given name may read in.
        if (nameEnd !== undefined) nameEnd = endBeforeListClose(text, start, nameEnd)
        // An item a title follows is the place or the unit of that title's name (王家屯屯长李国富、张家屯屯长刘春生).
        if (nameEnd !== undefined && titleBeforeNamesAt(text, nameEnd)) nameEnd = undefined
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

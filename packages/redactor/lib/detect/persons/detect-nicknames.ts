// What people call a person, in quotes after a verb of calling (姐妹们都叫她“阿英”, 喊他“阿波”).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {addressPrefixes, addressTags, kinshipCharacters, notInGivenName, precedingBoundary} from './person-classes.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isKnownWord, wordTag} from './read-words.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'

// What follows the person called (她, 他, 我) after a verb of calling: a name of 阿, 老 or 小 and one character (阿英,
// 小芳), how a village or a workplace calls one of its people, in quotes or before the clause ends (大家都叫他老周。);
// in quotes, two to four characters that `isNickname` reads. 为, spaces and a PDF line break may stand before it.
const calledAfter = /(?:为)?[ \t\u3000\r\n]{0,4}(?:[“‘"「]([\u3400-\u9fff]{2,4})[”’"」]|([阿老小][\u3400-\u9fff])(?=[，。、；！？,.;!?]))/y

// The verbs of calling, by their last character (叫, 喊, 称 and 称呼, 唤), before 她 or 他.
const callingEnds = charCodes('叫喊称呼唤')

/**
 * A nickname right after a verb of calling and 她, 他 or 我 (or after 称为, in quotes only), in quotes or before the
 * clause ends (都叫她“阿英”, 亲切地喊他“阿波”, 大家都叫他老周。, 被东家们称为“月亮姐”): 阿, 老 or 小 and a character that names hold, or in quotes a surname or a word and a word of
 * kinship (“李娃”, ‘鸡蛋哥’; not “老大哥”, “知心大姐”), and every other mention of it in the text that stands apart from
 * other Chinese words' characters on its left (“阿英”, 阿英说, 和阿英; not 哈阿英). Other quotes are epithets (老黄牛,
 * 小能手, 活雷锋), not names.
 */
export function detectNicknames(text: string, found: Detection[]): void {
  const nicknames = new Set<string>()
  // Each 他, 她 and 我 after a verb of calling, and each 称为 (被东家们称为“月亮姐”), and the quote after it: a pattern
  // tried at every character would cost more.
  for (const pronoun of ['他', '她', '我', '称为']) {
    for (let at = text.indexOf(pronoun); at !== -1; at = text.indexOf(pronoun, at + 1)) {
      const named = pronoun === '称为'
      if (!named && (!inClass(callingEnds, text.charCodeAt(at - 1)) || (text.charAt(at - 1) === '呼' && text.charAt(at - 2) !== '称'))) continue
      calledAfter.lastIndex = at + pronoun.length
      const called = calledAfter.exec(text)
      // After 称为, only a quote: what follows unquoted is a title or a role (称为老师).
      const nickname = called?.[1] ?? (named ? undefined : called?.[2])
      // 老 or 小 and a surname (老粘, 小李) is what the village calls that one person, as 阿 and a given character is;
      // a word of prose is what it calls many (“老师”, “老乡”: jieba's tag is no name's, or the word is frequent), and so
      // is a word of kinship (“阿姨”, “阿婆”), which jieba tags as a name's.
      if (nickname === undefined || !isNickname(nickname)) continue
      nicknames.add(nickname)
      // The mention called stands after 他 unquoted (叫他老周。), where the mentions below would not start.
      const end = calledAfter.lastIndex - (called?.[2] === undefined ? 1 : 0)
      found.push(nicknamePerson(end - nickname.length, end, nickname))
    }
  }
  for (const nickname of nicknames) {
    for (let start = text.indexOf(nickname); start !== -1; start = text.indexOf(nickname, start + nickname.length)) {
      // A mention starts a word: after a character that is no Chinese one, or one after which names start (和阿英).
      if (isCjkAt(text, start - 1) && !inClass(precedingBoundary, text.charCodeAt(start - 1))) continue
      found.push(nicknamePerson(start, start + nickname.length, nickname))
    }
  }
}

/**
 * The name a mention of `nickname` at `[start, end)` masks: the whole, but for 小 or 老 before 阿 and a given character
 * (小阿呷), where the given name 阿呷 is the person's and 小 says only that she is young, as a title after a surname does.
 */
function nicknamePerson(start: number, end: number, nickname: string): Detection {
  const nameStart = isAddressedGivenName(nickname) ? start + 1 : start
  return person(nameStart, end, 'nickname', 0.8, `\`${nickname}\`, what people call a person in this document`)
}

/** Whether `nickname` is 阿, 老 or 小 before 阿 and a character (小阿呷): a form of address of the given name 阿呷. */
function isAddressedGivenName(nickname: string): boolean {
  return nickname.length === 3 && inClass(addressPrefixes, nickname.charCodeAt(0)) && nickname.charAt(1) === '阿'
}

/**
 * Whether the quoted `nickname` after a verb of calling calls one person: 阿, 老 or 小 and a character (阿英,
 * `isAddressNickname`), or that and one of 阿 and a character (小阿呷); a surname and a word of kinship, or a word and
 * 哥 or 姐 (李娃, 鸡蛋哥: `isKinshipNickname`); a surname and a form of address that stands after names (金师傅, 何阿姨),
 * or 阿 and a character and one (阿呷阿姨).
 */
function isNickname(nickname: string): boolean {
  if (nickname.length === 2 && inClass(addressPrefixes, nickname.charCodeAt(0))) return isAddressNickname(nickname)
  if (isAddressedGivenName(nickname)) return isAddressNickname(nickname.slice(1))
  // The surname, or 阿 and a character, before a form of address (金师傅, 阿呷阿姨).
  if (loadLexicons().singleSurnames.has(nickname.charAt(0)) && isAddressAfterNames(nickname, 1)) return true
  if (nickname.charAt(0) === '阿' && isAddressNickname(nickname.slice(0, 2)) && isAddressAfterNames(nickname, 2)) return true
  const kin = nickname.length === 2 ? kinshipEndings.two : nickname.length === 3 ? kinshipEndings.three : undefined
  return kin !== undefined && inClass(kin, nickname.charCodeAt(nickname.length - 1)) && isKinshipNickname(nickname)
}

// The words of kinship that end a nickname of two characters after a surname (李娃, 王姐) and of three after a word (鸡蛋哥).
const kinshipEndings = {two: charCodes('哥姐嫂妹娃叔婶'), three: charCodes('哥姐')}

/** Whether `nickname` from `at` on is a title of two characters or more that stands only after names, a form of address (师傅, 阿姨, 大姐). */
function isAddressAfterNames(nickname: string, at: number): boolean {
  if (nickname.length < at + 2) return false
  const title = titleAt(nickname, at)
  return title?.end === nickname.length && title.values[0]?.place === 'after'
}

/** Whether 阿, 老 or 小 and a character (`nickname`) call one person: a character names hold, no word of kinship or prose. */
function isAddressNickname(nickname: string): boolean {
  return !inClass(notInGivenName, nickname.charCodeAt(1)) && !inClass(kinshipCharacters, nickname.charCodeAt(1)) && !isProseNickname(nickname)
}

// Characters before a word of kinship that make it a form of address for many (大哥, 老大姐, 好大哥), not a nickname.
const manyAddressed = charCodes('大老好')

/**
 * Whether a word of kinship after a surname (李娃, 王姐) or after a word (鸡蛋哥) calls one person: not a form of address
 * for many (大哥, 知心大姐), not a word of prose.
 */
function isKinshipNickname(nickname: string): boolean {
  // A surname and a word of kinship that jieba knows as a word is what many are called (师姐, 帅哥), whatever its tag.
  if (nickname.length === 2) return loadLexicons().singleSurnames.has(nickname.charAt(0)) && !isKnownWord(nickname)
  return !inClass(manyAddressed, nickname.charCodeAt(1)) && !inClass(manyAddressed, nickname.charCodeAt(0)) && !isProseNickname(nickname)
}

/** Whether jieba knows `nickname` as a word of prose: a tag no form of address has (`addressTags`), or frequent in prose. */
function isProseNickname(nickname: string): boolean {
  const tag = wordTag(nickname, 0, nickname.length)
  return isFrequentWord(nickname) || (tag !== undefined && !addressTags.has(tag))
}

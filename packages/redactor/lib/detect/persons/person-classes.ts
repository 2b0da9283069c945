// Classes of characters and short word lists of the persons rules, each read once from its data file at import.
import {charCodes, type CharClass} from '@gongwen/parser'
import {readLexicon} from '../../read-lexicon.js'

/** The characters of a lexicon of characters (every character of every line; lines group them by kind). */
function readCharacters(name: string): string {
  return readLexicon(name).join('')
}

/** A lexicon of characters as a class (`inClass`). */
export function readCharacterClass(name: string): CharClass {
  return charCodes(readCharacters(name))
}

/** A lexicon of words as the alternatives of a regular expression, longest first. */
export function readAlternatives(name: string): string {
  return readLexicon(name)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')
}

const notInGivenNameCharacters = readCharacters('person-not-in-given-name.txt')
const listedGivenNameCharacters = readCharacters('person-listed-given-name.txt')
/** Characters no given name holds in running text: data/person-not-in-given-name.txt. */
export const notInGivenName = charCodes(notInGivenNameCharacters)
/** Characters no given name holds in a list item: those less data/person-listed-given-name.txt (王向阳, 赵二虎). */
export const notInListedGivenName = charCodes([...notInGivenNameCharacters].filter((char) => !listedGivenNameCharacters.includes(char)).join(''))
/**
 * The function words of data/person-listed-given-name.txt (向, 和, 如; not its numerals): a given name's first character
 * in running text too where jieba reads the name so (耿 + 向东/nr, 陈向东/nr).
 */
export const listedFunctionWords = charCodes([...listedGivenNameCharacters].filter((char) => notInGivenNameCharacters.includes(char) && !/[一二三四五六七八九十]/.test(char)).join(''))
/** Words that often follow a name, where a given name stops: data/person-name-followers.txt. */
export const followers: readonly string[] = readLexicon('person-name-followers.txt')
/** Characters after which a name may start in running text: data/person-preceding-chars.txt. */
export const precedingBoundary = readCharacterClass('person-preceding-chars.txt')
/** Characters that may stand before a name-like run jieba joins to them: data/person-before-run-chars.txt. */
export const beforeRunName = readCharacterClass('person-before-run-chars.txt')
/** Last characters of units' names, which a name may follow: data/person-unit-endings.txt. */
export const unitEndings = readCharacterClass('person-unit-endings.txt')
/** Last characters of units' and places' names, which no listed name holds: data/person-unit-place-endings.txt. */
export const unitOrPlaceEndings = readCharacterClass('person-unit-place-endings.txt')
/** Single characters that end a name jieba cannot read: data/person-name-part-stops.txt. */
export const namePartStops = readCharacterClass('person-name-part-stops.txt')
/** Characters after a name-like run that make it a place's or unit's proper part: data/person-run-place-after.txt. */
export const placeOrUnitAfter = readCharacterClass('person-run-place-after.txt')
/** Last characters of a name-like run that make it a place or a unit: data/person-run-place-endings.txt. */
export const placeOrUnitEnding = readCharacterClass('person-run-place-endings.txt')
/** Last characters of roles no title list holds (楼栋长, 调解员): data/person-role-endings.txt. */
export const roleEnding = readCharacterClass('person-role-endings.txt')
/** Last characters of words for people before a name (店员, 经营者): shared with the units rules and the gazetteer. */
export {personNounEndings} from '../../person-noun-endings.js'
/** Last characters of a word for people heading a column (当事人, 牧场主): data/person-header-endings.txt. */
export const personHeaderEndings = readCharacterClass('person-header-endings.txt')
/** Characters a numeral counts (二月, 三次), after which it ranks no child: data/person-counted-after-numeral.txt. */
export const countedAfterNumeral = readCharacterClass('person-counted-after-numeral.txt')
/** Determiners that make one word with a level or noun after them (我县, 全季度): data/person-determiners.txt. */
export const determiners = readCharacterClass('person-determiners.txt')
/** Levels of divisions a determiner makes one word with (我县, 全镇): data/person-levels.txt. */
export const levels = readCharacterClass('person-levels.txt')
/** Characters that start a predicate right after a title (局长为组长): data/person-predicates-after-title.txt. */
export const predicateAfterTitle = readCharacterClass('person-predicates-after-title.txt')

/**
 * Surnames that are also function words, with jieba's tags (by prefix) of the words after which they are the
 * function word (data/person-surname-function-words.txt): 于 before 近日/t, 常 before 走访/v.
 */
export const surnameFunctionWords: ReadonlyMap<string, readonly string[]> = new Map(
  readLexicon('person-surname-function-words.txt').map((line) => {
    const [character = '', tags = ''] = line.split('\t')
    return [character, tags.split(' ').filter((tag) => tag.length > 0)]
  })
)
/** Characters of kinship that make a form of address for many after 阿, 老 or 小 (阿姨, 老爹): data/person-kinship-chars.txt. */
export const kinshipCharacters = readCharacterClass('person-kinship-chars.txt')

/**
 * The dots that join the parts of a transliterated name (热依汗古丽·阿不都热合曼, 吐尔洪‧沙吾提, 巴·额尔敦): the middle
 * dot, the hyphenation point, the bullet and the katakana middle dots, as writers and fonts give them.
 */
export const nameDotList: readonly string[] = ['·', '‧', '•', '・', '･']

/** `nameDotList` as a class of characters. */
export const nameDots = charCodes(nameDotList.join(''))

const addressPrefixLines = readLexicon('person-address-prefixes.txt').map((line) => line.split('\t'))
/**
 * 小, 老 and 阿 (data/person-address-prefixes.txt), which make a form of address of a name's character: an alias
 * (小韩, 老陈) or a nickname (阿英, 老周); the units rule of quoted nicknames reads them too (“老马”修车行).
 */
export const addressPrefixList: readonly string[] = addressPrefixLines.map(([prefix]) => prefix ?? '')
export const addressPrefixes = charCodes(addressPrefixList.join(''))
/** 小 and 老, the prefixes marked `surname`, which make a form of address of a surname alone (小刘, 老陈, 老杨书记). */
export const surnameAddressPrefixList: readonly string[] = addressPrefixLines.filter(([, use]) => use === 'surname').map(([prefix]) => prefix ?? '')
export const surnameAddressPrefixes = charCodes(surnameAddressPrefixList.join(''))

/**
 * jieba's tags of a known word that is a form of address (老王/nr, 老周/t), not a word of prose (小区/n, 老区/n): read
 * by the rules for 小 or 老 and a surname after a title and for nicknames after a verb of calling.
 */
export const addressTags: ReadonlySet<string> = new Set(['nr', 'nrfg', 't', 'x'])

import {charCodes, type CharClass} from '@gongwen/parser'
import {readLexicon} from './read-lexicon.js'

/**
 * Last characters of words for people (店员, 经营者, 老兵): data/person-noun-endings.txt. Shared by the persons rules
 * (such a noun stands before a name as a title does), the units rules and the gazetteer's suffixed names (a word for
 * people before a kind says whom a unit gathers, not its name: 老党员服务队).
 */
export const personNounEndings: CharClass = charCodes(readLexicon('person-noun-endings.txt').join(''))

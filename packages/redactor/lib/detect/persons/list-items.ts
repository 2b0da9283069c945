// Whether an item of a list, a byline or a column of people is a name.
import {isMinorityName} from './detect-minority-names.js'
import {isNameShape, nameScore} from './name-shape.js'
import {isOrdinaryWord, listedWordTags} from './ordinary-words.js'
import {notInListedGivenName} from './person-classes.js'
import {wordTag} from './read-words.js'
import {isCjkRun} from './scan-text.js'
import {unknownRunLength} from './unknown-runs.js'

/** Whether a standalone token (byline, list item) is a name: 2–4 CJK characters starting with a surname. */
export function isNameToken(text: string, start: number, end: number): boolean {
  return isNameShape(text, start, end, notInListedGivenName) && !isOrdinaryWord(text, start, end, false)
}

/**
 * Whether a list item (labelled list, byline, signature) is a name: a name token (`isNameToken`), a known
 * two-character word that jieba tags as a name or a proper noun (马超/nr, 江宁/ns, 金文/nz): a list of people
 * holds no common words of two characters that open with a surname; or parts of a name of the minorities with no
 * surname (央宗, 德吉, 拉巴: data/person-minority-name-parts.txt, no words of prose).
 */
export function isListedName(text: string, start: number, end: number): boolean {
  if (isMinorityName(text, start, end)) return true
  if (!isNameShape(text, start, end, notInListedGivenName)) return false
  if (!isOrdinaryWord(text, start, end, false)) return true
  return end - start === 2 && listedWordTags.has(wordTag(text, start, end) ?? '')
}

/**
 * Whether `text[start, end)` in a column of people is a name: a surname and one or two characters whatever jieba
 * reads (常青, 白雪), or three to eight characters that score as names' more than words' (`givenScores`).
 */
export function isColumnName(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > unknownRunLength.most) return false
  if (!isCjkRun(text, start, end)) return false
  if (isNameShape(text, start, end, notInListedGivenName)) return true
  return end - start >= unknownRunLength.least && nameScore(text, start, end) > 0
}

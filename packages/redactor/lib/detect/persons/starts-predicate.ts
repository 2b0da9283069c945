// Whether what follows a title starts a predicate (局长为组长, 书记任党支部书记) rather than a name.
import {inClass} from '@gongwen/parser'
import {isFrequentWord, mayStartKnownWord} from '../../jieba-dictionary.js'
import {longestAt} from '../../gazetteer/trie.js'
import {followerAt} from './name-boundaries.js'
import {predicateAfterTitle} from './person-classes.js'
import {loadLexicons} from './person-lexicons.js'
import {isProseWord, segmentTo, wordTag} from './read-words.js'
import {isCjkAt, lineEndWithin} from './scan-text.js'
import {titleAt, titleEndingAt} from './titles.js'

// 任 starts a predicate after a title only where what follows is a role (startsPredicate); it is also a surname.

const serve = '任'.charCodeAt(0)

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
export function startsPredicate(text: string, position: number): boolean {
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

// jieba's tags of a frequent word that is a given name before a word that follows names: a place's (建国/ns), a time's
// (国庆/t), a name's; not a pronoun (自己/r) nor a verb (发展/vn).
const givenNameTags = new Set(['ns', 't', 'nr', 'nz'])

/**
 * Whether 任 at `position` opens a word jieba knows (任劳任怨, 任务) or comes before a word of prose (书记任发展，
 * 任自己: a frequent word is no given name): then it is no surname. A frequent word jieba tags as a place's, a time's
 * or a name's (`givenNameTags`) that a word following names comes right after (主任任建国带队, 局长任国庆表示:
 * data/person-verbs.txt) is a given name all the same, as 建国 and 国庆 often are; a role there is still read as one
 * (局长任主任带队: the title after 任).
 */
function startsWordOrFrequentWord(text: string, position: number): boolean {
  if (isFrequentWord(text.slice(position + 1, position + 3))) return !givenNameTags.has(wordTag(text, position + 1, position + 3) ?? '') || longestAt(loadLexicons().verbs, text, position + 3) === undefined
  if (!mayStartKnownWord(text, position, Math.min(text.length, position + 4))) return false
  const [first] = segmentTo(text, position, lineEndWithin(text, position, 6), position)
  return first !== undefined && isProseWord(first)
}

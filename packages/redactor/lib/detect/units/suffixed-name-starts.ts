// Where a unit name read back from its suffix starts: after the verb whose object it is, or at its head after
// the division it belongs to.
import {isStopChar, type SuffixedName, type SuffixRule} from '../../gazetteer/find-suffixed-names.js'
import {isPlaceWord} from '../../gazetteer/place-context.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {segment, type Token} from '../../segment.js'
import {han} from './character-classes.js'
import {endsDivision} from './full-divisions.js'
import {maxNameAfterPlace} from './name-lengths.js'
import {loadObjectVerbs} from './object-verbs.js'
import {headlessTags} from './predicate-tags.js'

/**
 * A unit name read back over the verb whose object it is (指导/n 半山酒店: jieba tags 指导 as a noun there), which
 * starts after the verb, where two characters of name are left, and after a place right after the verb.
 */
export function withoutLeadingVerb(text: string, name: SuffixedName): SuffixedName {
  const verb = loadObjectVerbs().find((candidate) => text.startsWith(candidate.verb, name.start))
  const start = name.start + (verb?.verb.length ?? 0)
  if (!verb || name.nameEnd - start < 2) return name
  // A place jieba reads as a word right after the verb (指导/广元/nz 春风旅行社) is the unit's place, which the places
  // detector masks: the unit starts after it, where two characters of name are left. Started at the place, the unit
  // would keep everything after the place's proper part visible when both are resolved (*春风旅行社).
  const place = longestAt(loadGazetteer().names, text, start)
  const afterPlace = place && name.words.some((word) => word.start === start && word.end === place.end) && name.nameEnd - place.end >= 2 ? place.end : undefined
  const nameStart = afterPlace ?? start
  // A word jieba glued over the verb's end (与晟瑞/x) keeps its characters after it, as characters it did not know
  const words = name.words.flatMap((word) =>
    word.start >= nameStart ? [word] : word.end > nameStart ? [{word: word.word.slice(nameStart - word.start), tag: 'x', start: nameStart, end: word.end}] : []
  )
  return {...name, start: nameStart, words, afterPlace: afterPlace !== undefined}
}

// jieba's tag of verbs: a verb after a character jieba could not join is the rest of a brand it did not know.
const verbTag = 'v'

/**
 * Whether `word`, a verb, goes on a brand after `before`, a lone character that is no stop character nor of the
 * tags that open no name (千阳县|果/ng 满仓/v 果品…有限公司: jieba knew neither 果满仓 nor its start, and split it).
 */
function continuesBrand(word: Token, before: Token | undefined): boolean {
  return word.tag === verbTag && before !== undefined && before.end === word.start && before.word.length === 1 && !isStopChar(before.word) && !headlessTags.has(before.tag)
}

/**
 * A unit name read back from its suffix, with the words between it and a city, county or town named in full right
 * before it, or a place's short form before a legal form (see `endsPlaceOfName`) (盐池县/塞上/春黄花菜专业合作社: jieba
 * tags 塞上/s, which ended the name read back; 平凉市/鼎盛/z 达建筑工程有限公司; 常州/恒久/a 精工科技有限公司): after its
 * place, what stands before the unit's name is the name's head, as in `detectNamesAfterDivisions`, unless it opens a
 * predicate or sets a time or a quantity (盐池县大力发展…, 蔚县今年…), and is no brand jieba cut (see `splitsBrand`).
 * jieba only where a place ends there.
 */
export function withHeadAfterDivision(text: string, name: SuffixedName): SuffixedName {
  for (let head = name.start - 1; head >= Math.max(1, name.start - maxNameAfterPlace); head--) {
    if (!han.test(text.charAt(head)) || isStopChar(text.charAt(head))) return name
    if (!endsPlaceOfName(text, head, name.rule)) continue
    const words = segment(text, head, name.start)
    const opened = words.some((word, index) => headlessTags.has(word.tag) && !continuesBrand(word, words[index - 1]) && !(index === words.length - 1 && splitsBrand(word, name.words[0])))
    return opened ? name : {...name, start: head, words: [...words, ...name.words]}
  }
  return name
}

/**
 * Whether `word`, a word of prose no frequent one, right before the lone character `first` that opens the name read
 * back (涟水县|星月/t 湾/zg 电子科技有限公司), is the head of a brand jieba cut in two: a time or a predicate after the
 * place would stand before a word (蔚县|今年/t 新建…), not before a character jieba could not join to anything.
 */
function splitsBrand(word: Token, first: Token | undefined): boolean {
  return first !== undefined && first.start === word.end && first.word.length === 1 && word.word.length >= 2 && !isFrequentWord(word.word) && !isStopChar(first.word) && !headlessTags.has(first.tag)
}

/**
 * Whether a place a unit's name opens after ends right before `at`: a city, county or town named in full, or, before
 * a company's legal form, a place's short form jieba reads as one (常州/ns 恒久精工科技有限公司): a registered
 * name is its place, brand, trade and legal form, so the brand starts right after the place, in either form.
 */
export function endsPlaceOfName(text: string, at: number, rule: SuffixRule): boolean {
  return endsDivision(text, at, 2) || (rule.legal && endsPlaceWord(text, at))
}

// How long a place's short form before a registered name may be (常州, 黑龙江).
const maxShortForm = 3

/** Whether a gazetteer name jieba reads as a place word (常州/ns, 上海/ns) ends right before `at`. */
function endsPlaceWord(text: string, at: number): boolean {
  const {names} = loadGazetteer()
  for (let from = Math.max(0, at - maxShortForm); from <= at - 2; from++) if (longestAt(names, text, from)?.end === at && isPlaceWord(text, from, at)) return true
  return false
}

// Where a unit name read back from its suffix starts: after the verb whose object it is, or at its head after
// the division it belongs to.
import {isStopChar, type SuffixedName} from '../../gazetteer/find-suffixed-names.js'
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
 * before it (盐池县/塞上/春黄花菜专业合作社: jieba tags 塞上/s, which ended the name read back; 平凉市/鼎盛/z 达建筑
 * 工程有限公司): after its place, what stands before the unit's name is the name's head, as in
 * `detectNamesAfterDivisions`, unless it opens a predicate or sets a time or a quantity (盐池县大力发展…, 蔚县今年…).
 * jieba only where a division ends there.
 */
export function withHeadAfterDivision(text: string, name: SuffixedName): SuffixedName {
  for (let head = name.start - 1; head >= Math.max(1, name.start - maxNameAfterPlace); head--) {
    if (!han.test(text.charAt(head)) || isStopChar(text.charAt(head))) return name
    if (!endsDivision(text, head, 2)) continue
    const words = segment(text, head, name.start)
    return words.some((word, index) => headlessTags.has(word.tag) && !continuesBrand(word, words[index - 1])) ? name : {...name, start: head, words: [...words, ...name.words]}
  }
  return name
}

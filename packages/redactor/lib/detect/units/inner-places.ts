// Places inside a unit's proper name (指导广元|春风旅行社), after which its short name starts.
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import type {Token} from '../../segment.js'

/**
 * Where the last place inside a unit's proper name `[start, end)` ends, with at least two characters of the name
 * after it (指导/广元/春风 → after 广元), or -1: a word of jieba's, `words`, that is a gazetteer name, or the words at
 * the name's head that are a town's short form whose full name the document uses (沙/溪/老/院子 客栈 where the text
 * names 沙溪镇: the places detector masks the town there). Other places at the head are no part of the proper name.
 */
export function innerPlaceEnd(text: string, words: readonly Token[], start: number, end: number): number {
  const {names} = loadGazetteer()
  let placeEnd = -1
  for (const word of words) {
    if (word.end <= start || word.end > end - 2) continue
    if ((word.start > start && longestAt(names, text, word.start)?.end === word.end) || namesTown(text, start, word.end)) placeEnd = word.end
  }
  return placeEnd
}

// The suffixes of towns, which a town's short form drops (沙溪 of 沙溪镇).
const townSuffixes = ['镇', '乡', '街道']
// How long a town's short form at the head of a unit name may be.
const maxTownShortForm = 3

/** Whether `text[start, end)` is a town's short form whose full name the text uses (沙溪 where 沙溪镇 stands). */
function namesTown(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= maxTownShortForm && townShortFormsIn(text).has(text.slice(start, end))
}

let lastTowns: {text: string; shortForms: Set<string>} | undefined

/**
 * The two or three characters before every town suffix of `text` (沙溪 of 沙溪镇): the short forms a town's full
 * name in the text gives. One pass over the text, kept for the text the detector is reading, so a document with
 * thousands of units is not searched once for each.
 */
function townShortFormsIn(text: string): Set<string> {
  if (lastTowns?.text === text) return lastTowns.shortForms
  const shortForms = new Set<string>()
  for (const suffix of townSuffixes) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      for (let length = 2; length <= Math.min(maxTownShortForm, at); length++) shortForms.add(text.slice(at - length, at))
    }
  }
  lastTowns = {text, shortForms}
  return shortForms
}

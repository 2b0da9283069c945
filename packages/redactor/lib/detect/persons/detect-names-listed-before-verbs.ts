// Names listed with 、 before a word that follows names, none found by its context (施伟、洪秋月、佘建国负责).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import type {TrieMatch} from '../../gazetteer/trie.js'
import {segmentAround} from '../../segment.js'
import {isColumnName} from './list-items.js'
import {namingWordTags} from './ordinary-words.js'
import {isNameShape} from './name-shape.js'
import {notInListedGivenName, unitOrPlaceEndings} from './person-classes.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {wordTag} from './read-words.js'
import {isCjkAt, isCjkRun} from './scan-text.js'
import {titleAt, titleBeforeNamesAt, titleEndingAt} from './titles.js'
import {unknownRunLength} from './unknown-runs.js'

// jieba's tags of a listed item it reads as one known word that may still be a name: names' and proper nouns'
// (林立/nr, 高原/ns), and nouns and adjectives that are given names (`namingWordTags`).
const listedWordTags = new Set([...namingWordTags, 'nr', 'nrfg', 'nrt'])

/**
 * Names listed with 、 right before a word that follows names (data/person-verbs.txt: 施伟、洪秋月、佘建国负责, 包金山、
 * 韩苏布达等16户牧民), each item shaped as a name in a column of people (`isColumnName`: 佘 + 建国, 韩苏布达), and the
 * list opened where a clause or a cue opens it (，施伟、…; 由包金山、…: `cues`). The list vouches for its items where
 * one alone would not (jieba reads 佘/zg + 建国/ns), so it must hold two items at least, one of which jieba cannot read
 * as a word (施伟/x, 包金 + 山), and none jieba reads as a word no name is (文化、卫生等部门: 卫生/an).
 */
export function detectNamesListedBeforeVerbs(text: string, verbs: readonly TrieMatch<string>[], cues: readonly TrieMatch<string>[], found: Detection[]): void {
  let separator = text.indexOf('、')
  let cueEnds: Set<number> | undefined
  const overlapsEarlier = overlapsEarlierFinds(found)
  // Each 、 in turn, and the verbs (in order) that start after it within an item's reach and before the next 、: most
  // verbs stand far from any 、 and are never looked at.
  let index = 0
  while (separator !== -1) {
    const next = text.indexOf('、', separator + 1)
    while (index < verbs.length && (verbs[index]?.start ?? 0) <= separator) index++
    for (let at = index; at < verbs.length; at++) {
      const verb = verbs[at]
      if (verb === undefined || verb.start - separator > unknownRunLength.most + 1 || (next !== -1 && next < verb.start)) break
      if (!isCjkRun(text, separator + 1, verb.start)) break
      if (!(verb.end - verb.start > 1 || text.charAt(verb.start) !== '等' || countsPeopleAt(text, verb.end))) continue
      cueEnds ??= new Set(cues.map((cue) => cue.end))
      const items = listedItemsBefore(text, verb.start, cueEnds)
      if (items === undefined || items.length < 2) continue
      if (!items.some(([start, end]) => !isOneKnownWord(text, start, end))) continue
      for (const [start, end] of items) {
        if (overlapsEarlier(start, start + 1) || overlapsEarlier(end - 1, end)) continue
        found.push(person(start, end, 'names-listed-before-verb', 0.75, `listed with other names before \`${text.slice(verb.start, verb.end)}\``))
      }
    }
    separator = next
  }
}

// What 等 ends a list of people before: a count of them (等16户牧民, 等三名), or the end of a clause (、等。).
const countedAfterEtc = charCodes('0123456789０１２３４５６７８９一二两三四五六七八九十几多，。；,;\n')

/** Whether 等 at `etcEnd - 1` closes a list of people: a count or a clause's end follows (not 等精深加工). */
function countsPeopleAt(text: string, etcEnd: number): boolean {
  return etcEnd >= text.length || inClass(countedAfterEtc, text.charCodeAt(etcEnd))
}

/**
 * The items of a list of names that ends at `end`, first to last, or undefined where one is no name: each item after a
 * 、 runs back to it; the first runs back to a character that is not Chinese, a cue's end (`cueEnds`) or a title's.
 */
function listedItemsBefore(text: string, end: number, cueEnds: ReadonlySet<number>): Array<[number, number]> | undefined {
  const items: Array<[number, number]> = []
  let itemEnd = end
  for (;;) {
    let start = itemEnd
    while (start > 0 && itemEnd - start < unknownRunLength.most && isCjkAt(text, start - 1) && text.charCodeAt(start - 1) !== 0x3001) start--
    if (text.charCodeAt(start - 1) === 0x3001) {
      // A role that opens the item stands before its name (、副总裁林晓燕一行, 、妻子娜仁花): the name is after it.
      const nameStart = titleBeforeNamesAt(text, start) ? (titleAt(text, start)?.end ?? start) : start
      if (!isListedName(text, nameStart, itemEnd)) return undefined
      items.unshift([nameStart, itemEnd])
      itemEnd = start - 1
      continue
    }
    // The first item: the shortest that a clause, a cue or a title opens (由包金山, ，施伟), or that jieba reads as one
    // name after the word before it (选派 + 沈冰/x), a surname and one or two characters: a longer run may hold the verb
    // before the list (学习母德富).
    for (let first = itemEnd - 2; first >= Math.max(start, itemEnd - 4); first--) {
      if (!(first === 0 || !isCjkAt(text, first - 1) || cueEnds.has(first) || titleEndingAt(text, first) || readsAsOneName(text, first, itemEnd))) continue
      if (!isNameShape(text, first, itemEnd, notInListedGivenName) || !isListedName(text, first, itemEnd)) return undefined
      items.unshift([first, itemEnd])
      return items
    }
    return undefined
  }
}

/** Whether a listed item is a name: shaped as one in a column of people, no role, no unit's or place's ending, no word no name is. */
function isListedName(text: string, start: number, end: number): boolean {
  if (!isColumnName(text, start, end) || (titleAt(text, start)?.end ?? 0) >= end) return false
  for (let position = start; position < end; position++) if (inClass(unitOrPlaceEndings, text.charCodeAt(position))) return false
  const tag = wordTag(text, start, end)
  return tag === undefined || tag === 'x' || listedWordTags.has(tag)
}

// jieba's tags of a run it reads as one name: a run it cannot read, or a person's name.
const oneNameTags = ['x', 'nr']

/** Whether jieba, reading `text[start, end)` in its context, reads it as one token tagged as unknown or as a name. */
function readsAsOneName(text: string, start: number, end: number): boolean {
  return segmentAround(text, start, end, 4).some((token) => token.start === start && token.end === end && oneNameTags.some((tag) => token.tag.startsWith(tag)))
}

/** Whether jieba reads `text[start, end)` as one word it knows. */
function isOneKnownWord(text: string, start: number, end: number): boolean {
  const tag = wordTag(text, start, end)
  return tag !== undefined && tag !== 'x'
}

// Names of minorities and foreigners written in parts joined by a dot (热依汗古丽·阿不都热合曼).
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {type SuffixRule, unitSuffixAfter} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {isFrequentWord, isUsualWord} from '../../jieba-dictionary.js'
import {lineWrapEnd} from '../../line-wrap.js'
import {developmentAround, partsNamePlace} from '../units/detect-dotted-developments.js'
import {type Token, segmentBefore} from '../../segment.js'
import {partsEndAfterOne, partsEndBeforeOne, partsStartAfterOne} from './detect-minority-names.js'
import {endsName} from './name-boundaries.js'
import {isTransliteration} from './detect-transliterated-names.js'
import {nameDotList, nameDots, namePartStops} from './person-classes.js'
import {person} from './person-detection.js'
import {segmentTo, wordTag} from './read-words.js'
import {titleAt} from './titles.js'
import {isCjkAt, openingQuotes} from './scan-text.js'
import {mayBeNamePart} from './unknown-runs.js'

const maxNamePart = 10

/**
 * Names of minorities and foreigners written in parts joined by a dot (负责人阿依达娜·努尔兰别克将…, 村民吐尔洪‧沙吾提
 * 结亲): each part runs from the dot to a word of prose or a function word (`mayBeNamePart`) and holds two characters
 * at least. Parts that are places (中国·平阴玫瑰文化节) or words of prose (党建·引领) make no name, nor do parts a
 * quote opens before.
 */
export function detectDottedNames(text: string, found: Detection[]): void {
  for (const dot of nameDotList) {
    for (let at = text.indexOf(dot); at !== -1; at = text.indexOf(dot, at + 1)) {
      // Most dots are bullets or stand between numbers: Chinese on both sides first, jieba after.
      if (!isCjkAt(text, at - 1) || !isCjkAt(text, at + 1)) continue
      const start = namePartStart(text, at)
      // A quote that opens right before it holds a slogan or a title of parts (打造“明法廉政·兴税圆梦”).
      if (start === undefined || inClass(openingQuotes, text.charCodeAt(start - 1))) continue
      let end = namePartEnd(text, at + 1) ?? pieceBeforeBreak(text, at + 1)
      // A name of three parts or more: each dot after a part opens the next.
      while (end !== undefined && inClass(nameDots, text.charCodeAt(end))) {
        const next = namePartEnd(text, end + 1)
        if (next === undefined) break
        at = end
        end = next
      }
      if (end === undefined) continue
      // Parts of the minorities' names read whole say where the name starts and ends, past a character that jieba read
      // into it (像沙马·日火已经: 沙马·日火).
      const firstDot = nameDotsBefore(text, start)
      const nameStart = partsStartAfterOne(text, start, firstDot) ?? start
      // A developer's brand and an estate (正丰·观湖府) name a development, which the units detector reads, and parts
      // that end as a place does, right before the suffix of a unit named by where it is (白帝城·瞿塘峡景区), name the
      // place, which the units detector gives to that unit; not parts of a name before a school (古丽娜尔·买买提中学
      // 教师), nor before a unit whose words say what it holds (努尔兰·哈力别克牧场 is the herder's)
      if (developmentAround(text, firstDot) !== undefined) continue
      if (namesUnitByPlace(unitSuffixAfter(text, end)) && partsNamePlace(text, firstDot, end)) continue
      const rest = partAfterBreak(text, at + 1, end)
      if (rest === undefined) {
        if (end - at - 1 < 2) continue
        found.push(person(nameStart, partsEndBeforeOne(text, at + 1, end) ?? end, 'dotted-name', 0.85, 'a name of parts joined by a dot'))
      } else {
        // Both pieces masked on their own, so the line structure stays.
        const reason = 'a name of parts joined by a dot, its last part broken across lines'
        found.push(person(nameStart, end, 'dotted-name', 0.85, reason), person(rest.start, rest.end, 'dotted-name', 0.85, reason))
      }
    }
  }
}

/** Whether `rule` is the suffix of a unit named by where it is (景区, 小学): not one a brand or a quoted name names, nor one whose words say what it holds (牧场). */
function namesUnitByPlace(rule: SuffixRule | undefined): boolean {
  return rule !== undefined && !rule.brand && !rule.quotedOnly && !rule.product
}

/**
 * The rest of a name's last part that a PDF line break cuts off (努尔兰·吐尔⏎逊别克在: 逊别克), where the part from
 * `partStart` ends at `end` right before the break: the part read on with the break taken out, if it runs past it.
 */
function partAfterBreak(text: string, partStart: number, end: number): {start: number; end: number} | undefined {
  const resume = lineWrapEnd(text, end)
  if (resume === undefined || !isCjkAt(text, resume)) return undefined
  const joined = text.slice(partStart, end) + text.slice(resume, resume + maxNamePart)
  const partEnd = namePartEnd(joined, 0)
  if (partEnd === undefined) return undefined
  // Past a character jieba read into the part (沙马·日火⏎已经: 日火 + 已), as on one line.
  const joinedEnd = partsEndBeforeOne(joined, 0, partEnd) ?? partEnd
  const before = end - partStart
  return joinedEnd > before ? {start: resume, end: resume + joinedEnd - before} : undefined
}

/**
 * The end of a last part's first character where a PDF line break cuts the part right after it (买买提江·阿⏎布都拉): too
 * short for a part alone, it is one with the rest `partAfterBreak` reads.
 */
function pieceBeforeBreak(text: string, start: number): number | undefined {
  return isCjkAt(text, start) && lineWrapEnd(text, start + 1) !== undefined ? start + 1 : undefined
}

/** The first dot of a name after `start`. */
function nameDotsBefore(text: string, start: number): number {
  let dot = start
  while (!inClass(nameDots, text.charCodeAt(dot))) dot++
  return dot
}

/** The start of the part of a name that ends at the dot at `dot`, or undefined. */
function namePartStart(text: string, dot: number): number | undefined {
  const tokens = segmentBefore(text, dot, maxNamePart)
  let start = dot
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token === undefined || !mayBeDottedPart(text, token)) break
    start = token.start
  }
  // A title jieba read into the run (辅警叶尔兰/x·努尔兰) stands before the name, not in it.
  const title = titleAt(text, start)
  if (title !== undefined && title.values[0]?.place !== 'after' && dot - title.end >= 2) start = title.end
  return isNamePart(text, start, dot) ? start : undefined
}

/** The end of the part of a name that starts after a dot at `start`, or undefined. */
function namePartEnd(text: string, start: number): number | undefined {
  let end = start
  for (const token of segmentTo(text, start, start + maxNamePart, start)) {
    if (!mayBeDottedPart(text, token)) {
      // A run jieba could not read may hold a function word after the name (努尔江在/x 禾木村): the part ends before it.
      if (token.tag === 'x' && isCjkAt(text, token.start)) end = stopWithin(text, token.start, token.end)
      break
    }
    end = token.end
  }
  // A last part jieba read short of a part the list holds (托合/x 提在/v) ends where the part does, before a character
  // that ends a name's part (在) or where a name may end.
  const wholeEnd = partsEndAfterOne(text, start, end)
  if (wholeEnd !== undefined && (inClass(namePartStops, text.charCodeAt(wholeEnd)) || endsName(text, wholeEnd))) end = wholeEnd
  return isNamePart(text, start, end) ? end : undefined
}

/**
 * Whether `token` may be part of a name joined by dots: a part of a name jieba cannot read (`mayBeNamePart`) holding
 * no function word (努尔江在/x holds 在), or a word made only of characters that transliterate names, unless a word of
 * two that jieba's dictionary counts often (买买提/n; not 阿拉 + 善): next to the dot, its tag says little.
 */
function mayBeDottedPart(text: string, token: Token): boolean {
  if (mayBeNamePart(text, token)) return stopWithin(text, token.start, token.end) === token.end
  return isTransliteration(text, token.start, token.end) && !(token.word.length === 2 && isUsualWord(token.word))
}

/** The first offset in `[start, end)` of a function word that ends names (data/person-name-part-stops.txt), or `end`. */
function stopWithin(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) if (inClass(namePartStops, text.charCodeAt(at))) return at
  return end
}

/** Whether `text[start, end)` may be a part of a name: two characters or more, no place (中国, 平阴). */
function isNamePart(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (longestAt(loadGazetteer().names, text, start)?.end ?? 0) >= end) return false
  return !(wordTag(text, start, end) === 'ns' && isFrequentWord(text.slice(start, end)))
}

// Names after where someone lives or comes from (家住某村的胡娜娜, 闫家村的闫立新、).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {brokenNamePieces, nameAcrossBreak} from './name-across-break.js'
import {nameFrom} from './name-from.js'
import {nameScore, surnameLengthsAt} from './name-shape.js'
import {isNameToken} from './list-items.js'
import {placeOrUnitAfter, readAlternatives, unitOrPlaceEndings} from './person-classes.js'
import {isOrdinaryWord} from './ordinary-words.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isCjkAt} from './scan-text.js'

// Where someone lives or comes from, before them in the same clause: 家住某村的胡娜娜, 来自大山深处的付平
// (data/person-residence-cues.txt).
const residenceCues = readLexicon('person-residence-cues.txt')
const residence = new RegExp(`(?:${readAlternatives('person-residence-cues.txt')})[^，。；！？、\\s]{1,15}?的`, 'g')

/**
 * A name right after `家住…的` or `来自…的`: the clause says where a person lives, so it is read as after a title
 * (来自某村的何满仓今年67岁: jieba reads 何 + 满仓, a word, which no bare name may hold), not as a bare name.
 */
export function detectResidents(text: string, found: Detection[]): void {
  // The expression scans every character; a native search finds most texts without a cue first.
  if (!residenceCues.some((cue) => text.includes(cue))) return
  for (const match of text.matchAll(residence)) {
    const start = match.index + match[0].length
    const end = nameFrom(text, start)
    if (end !== undefined) found.push(person(start, end, 'name-after-cue', 0.75, `name after \`${match[0]}\``))
    else readBrokenName(text, start, 'name-after-cue', `name broken across lines after \`${match[0]}\``, found)
  }
}

// A village, a neighbourhood or a town and 的 (闫家村的, 幸福社区的, 擂鼓镇的), or spaces (金龙村 黄华): data/person-home-endings.txt.
const homeEndings = readLexicon('person-home-endings.txt')
const home = new RegExp(`[\\u3400-\\u9fff](?:${readAlternatives('person-home-endings.txt')})(?:的|[ \\u3000]+)`, 'g')

// What closes a clause or a list item right after a name.
const itemClose = charCodes('、，。；！？,;!?（(')

/**
 * A name right after a village, a neighbourhood or a town and 的 (南寨镇闫家村的闫立新、草碧镇罗家店村的罗红梅, 擂鼓镇的彭小红，), where the name
 * ends a list item or a clause or stands before a word that follows names (幸福社区的王秀英说): a village's people are
 * named so, its things (村的结对共建, 村的山路上, 村的人) are no name or go on as words; the characters after the surname
 * must stand in names more than in words (`nameScore`). Or a name alone after a village and spaces, as lists of winners
 * and of households are typed (一等奖：富罗镇金龙村 莫丽清): a cell of two to four characters, a name's (`isNameToken`)
 * and no ordinary word in running text's sense (金银花), with no character of a unit's or place's name and no last
 * character of a place's (王家湾, 张庄).
 */
export function detectVillagers(text: string, found: Detection[]): void {
  if (!homeEndings.some((ending) => text.includes(ending))) return
  for (const match of text.matchAll(home)) {
    const start = match.index + match[0].length
    const afterOf = match[0].endsWith('的')
    const end = afterOf ? nameFrom(text, start) : spacedNameEnd(text, start)
    if (end === undefined) {
      if (afterOf) readBrokenName(text, start, 'name-after-home', `name broken across lines after \`${match[0].slice(1)}\`, where the person lives`, found, closesItem)
      continue
    }
    if (nameScore(text, start + 1, end) < 0 || !closesItem(text, end)) continue
    // Where the name closes an item of a list, the list must be of people or their homes: a place's last character
    // (薛家湾、) or a next item that is neither a name nor a place (黄桃、葡萄, 梅花鹿、林麝) says it lists the village's things.
    if (afterOf && text.charAt(end) === '、' && (inClass(placeOrUnitAfter, text.charCodeAt(end - 1)) || !opensPersonOrPlace(text, end + 1))) continue
    found.push(person(start, end, 'name-after-home', 0.75, `name after \`${match[0].slice(1).trim()}\`, where the person lives`))
  }
}

/**
 * Whether the list item at `start` opens with a name whose given characters stand in names more than in words
 * (`nameFrom`, `nameScore`) or with a place of the gazetteer (草碧镇罗家店村的罗红梅).
 */
function opensPersonOrPlace(text: string, start: number): boolean {
  if (longestAt(loadGazetteer().names, text, start) !== undefined) return true
  const end = nameFrom(text, start)
  return end !== undefined && surnameLengthsAt(text, start).some((length) => end - start > length && nameScore(text, start + length, end) >= 0)
}

// 被 after a villager's name says what was done to them (三元朱村的王乐义被群众称为): the clause's subject ends there.
const passiveMark = 0x88ab

/**
 * Whether a name's list item or clause ends at `end`: punctuation, no Chinese, a word that follows names (说, 在), or
 * 被 (`passiveMark`).
 */
function closesItem(text: string, end: number): boolean {
  const code = text.charCodeAt(end)
  return inClass(itemClose, code) || code === passiveMark || !isCjkAt(text, end) || longestAt(loadLexicons().verbs, text, end) !== undefined
}

/**
 * A name after where the person lives that a PDF line break cuts after the surname (来自某村的王⏎建国发言): read on the
 * joined text as the unbroken name is (`nameAcrossBreak`), its given characters standing in names more than in words,
 * and ending where `ends` says, as the unbroken name must there.
 */
function readBrokenName(text: string, start: number, rule: string, reason: string, found: Detection[], ends: (text: string, end: number) => boolean = () => true): void {
  const name = nameAcrossBreak(text, start)
  if (name === undefined || nameScore(text, name.givenStart, name.givenEnd) < 0 || !ends(text, name.givenEnd)) return
  found.push(...brokenNamePieces(start, name, rule, 0.75, reason))
}

/** The end of a name standing alone after a village and spaces (金龙村 黄华　), or undefined. */
function spacedNameEnd(text: string, start: number): number | undefined {
  let end = start
  while (end - start <= 4 && isCjkAt(text, end)) end++
  if (end - start < 2 || end - start > 4 || !isNameToken(text, start, end) || isOrdinaryWord(text, start, end, true)) return undefined
  // A place's or a unit's last character (王家湾, 张庄, 黄桃园) makes the cell a place or a unit, as any unit's character does.
  if (inClass(placeOrUnitAfter, text.charCodeAt(end - 1))) return undefined
  for (let at = start; at < end; at++) if (inClass(unitOrPlaceEndings, text.charCodeAt(at))) return undefined
  return end
}

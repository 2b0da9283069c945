// Names after where someone lives or comes from (家住某村的胡娜娜, 闫家村的闫立新、).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {nameFrom} from './name-from.js'
import {nameScore} from './name-shape.js'
import {readAlternatives} from './person-classes.js'
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
  }
}

// A village or a neighbourhood and 的 (闫家村的, 幸福社区的): data/person-home-endings.txt.
const homeEndings = readLexicon('person-home-endings.txt')
const home = new RegExp(`[\\u3400-\\u9fff](?:${readAlternatives('person-home-endings.txt')})的`, 'g')

// What closes a clause or a list item right after a name.
const itemClose = charCodes('、，。；！？,;!?（(')

/**
 * A name right after a village or a neighbourhood and 的 (南寨镇闫家村的闫立新、草碧镇罗家店村的罗红梅), where the name
 * ends a list item or a clause or stands before a word that follows names (幸福社区的王秀英说): a village's people are
 * named so, its things (村的结对共建, 村的山路上, 村的人) are no name or go on as words. The characters after the
 * surname must stand in names more than in words (`nameScore`): not 李子树、, a village's trees.
 */
export function detectVillagers(text: string, found: Detection[]): void {
  if (!homeEndings.some((ending) => text.includes(`${ending}的`))) return
  const {verbs} = loadLexicons()
  for (const match of text.matchAll(home)) {
    const start = match.index + match[0].length
    const end = nameFrom(text, start)
    if (end === undefined || nameScore(text, start + 1, end) < 0 || !(inClass(itemClose, text.charCodeAt(end)) || !isCjkAt(text, end) || longestAt(verbs, text, end) !== undefined)) continue
    found.push(person(start, end, 'name-after-home', 0.75, `name after \`${match[0].slice(1)}\`, where the person lives`))
  }
}

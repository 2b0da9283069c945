// Names after where someone lives or comes from (家住某村的胡娜娜).
import type {Detection} from '../../detection.js'
import {readLexicon} from '../../read-lexicon.js'
import {nameFrom} from './name-from.js'
import {readAlternatives} from './person-classes.js'
import {person} from './person-detection.js'

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

// Names after where someone lives or comes from (家住某村的胡娜娜).
import type {Detection} from '../../detection.js'
import {nameFrom} from './name-from.js'
import {person} from './person-detection.js'

// Where someone lives or comes from, before them in the same clause: 家住某村的胡娜娜, 来自大山深处的付平.
const residence = /(?:家住|来自)[^，。；！？、\s]{1,15}?的/g

/**
 * A name right after `家住…的` or `来自…的`: the clause says where a person lives, so it is read as after a title
 * (来自某村的何满仓今年67岁: jieba reads 何 + 满仓, a word, which no bare name may hold), not as a bare name.
 */
export function detectResidents(text: string, found: Detection[]): void {
  if (!text.includes('家住') && !text.includes('来自')) return
  for (const match of text.matchAll(residence)) {
    const start = match.index + match[0].length
    const end = nameFrom(text, start)
    if (end !== undefined) found.push(person(start, end, 'name-after-cue', 0.75, `name after \`${match[0]}\``))
  }
}

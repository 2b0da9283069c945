// Names credited with a text or a picture (文/胡娜娜, 胡娜娜 摄).
import {charCodes} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isListedName} from './list-items.js'
import {readAlternatives} from './person-classes.js'
import {person} from './person-detection.js'
import {isCjkAt, separatedMarks} from './scan-text.js'

// Credits of a text and its pictures: a label and a slash before the name (文/胡娜娜　图/付平, 摄影／郭平燕:
// data/person-credit-labels.txt), or the name before 摄 alone (（胡娜娜 摄）, a photo by).
const creditLabel = new RegExp(`(?:^|[\\s（(|])(?:${readAlternatives('person-credit-labels.txt')})[/／][ \\t\\u3000]*`, 'gm')

const photoCredit = {mark: charCodes('摄'), before: charCodes(' \t\u3000'), after: charCodes(' \t\u3000）)\r\n')}

/** Names in the credits of a text or a picture: after `文/`, `图/`, `摄影/`, and before ` 摄`. */
export function detectCredits(text: string, found: Detection[]): void {
  // Both scans read every character, and most reports have no slash and no 摄: a native search says so first.
  const slashed = text.includes('/') || text.includes('／')
  for (const match of slashed ? text.matchAll(creditLabel) : []) {
    const start = match.index + match[0].length
    let end = start
    while (end < text.length && end - start <= 4 && isCjkAt(text, end)) end++
    if (isListedName(text, start, end)) found.push(person(start, end, 'credit', 0.85, 'a name credited with a text or a picture'))
  }
  for (const end of text.includes('摄') ? separatedMarks(text, photoCredit.mark, photoCredit.before, photoCredit.after) : []) {
    let start = end
    while (start > 0 && end - start <= 4 && isCjkAt(text, start - 1)) start--
    if (isListedName(text, start, end)) found.push(person(start, end, 'credit', 0.85, 'a name credited with a photo'))
  }
}

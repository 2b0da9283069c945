// Two-character names padded with spaces to the width of three (张  琳).
import type {Detection} from '../../detection.js'
import {isPaddedNameShape} from './name-shape.js'
import {isOrdinaryWord} from './ordinary-words.js'
import {person} from './person-detection.js'
import {titleEndingAt} from './titles.js'

// A two-character name padded to the width of three (张  琳) at the end of a line, before its role in parentheses,
// before a list's mark or before the next column of a table (肖  勇    党委委员): only people's names are padded so;
// document headings spaced the same way (方  案, 纪  要) are words.
// The name must also start a line, follow a space or follow a title; that is tested on each match (a lookbehind in
// the pattern made the scan four times slower), and a match that fails it is retried from its next character.
const paddedName = /([\u3400-\u9fff])[ \t\u3000]{1,4}([\u3400-\u9fff])(?=[ \t\u3000]*(?:[\r\n（(、，,；;]|$)|[ \t\u3000]{2,}[^ \t\u3000\r\n])/gm

// What may come before a padded name: a space, or a line end as `^` in a multiline pattern sees one.
const beforePaddedName = new Set([' ', '\t', '\u3000', '\n', '\r', '\u2028', '\u2029'])

export function detectPaddedNames(text: string, found: Detection[]): void {
  paddedName.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = paddedName.exec(text)) !== null) {
    // Or right after a title: 物业服务中心经理郑  斌 at the end of a line of attendees.
    if (match.index > 0 && !beforePaddedName.has(text.charAt(match.index - 1)) && !titleEndingAt(text, match.index)) {
      paddedName.lastIndex = match.index + 1
      continue
    }
    const [whole, surname = '', given = ''] = match
    if (!isPaddedNameShape(surname, given)) continue
    const end = match.index + whole.length
    if (!isOrdinaryWord(`${surname}${given}`, 0, 2, false)) {
      found.push(person(match.index, end, 'padded-name', 0.75, 'a two-character name padded with spaces'))
    }
  }
}

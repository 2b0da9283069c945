// Two-character names padded with spaces to the width of three (张  琳).
import type {Detection} from '../../detection.js'
import {paddedNameEnd, paddedNameStart} from './name-shape.js'
import {isOrdinaryWord} from './ordinary-words.js'
import {person} from './person-detection.js'
import {titleEndingAt} from './titles.js'

// A two-character name padded to the width of three (张  琳: `paddedNameEnd`) at the end of a line, before its role in
// parentheses, before a list's mark or before the next column of a table (肖  勇    党委委员): only people's names are
// padded so; document headings spaced the same way (方  案, 纪  要) are words.
// The name must also start a line, follow a space or follow a title; that is tested on each candidate (a lookbehind
// in a pattern made the scan four times slower).
const afterPaddedName = /[ \t\u3000]*(?:[\r\n（(、，,；;]|$)|[ \t\u3000]{2,}[^ \t\u3000\r\n]/my

// What may come before a padded name: a space, or a line end as `^` in a multiline pattern sees one.
const beforePaddedName = new Set([' ', '\t', '\u3000', '\n', '\r', '\u2028', '\u2029'])

export function detectPaddedNames(text: string, found: Detection[]): void {
  // A name's given character is followed by a blank too: the candidates after a name's start, up to its end, are
  // no names of their own (王  林  李  明 holds 王  林 and 李  明, not 林  李)
  let lastEnd = 0
  for (const match of text.matchAll(paddedNameStart)) {
    const start = match.index
    if (start < lastEnd) continue
    // Or right after a title: 物业服务中心经理郑  斌 at the end of a line of attendees.
    if (start > 0 && !beforePaddedName.has(text.charAt(start - 1)) && !titleEndingAt(text, start)) continue
    const end = paddedNameEnd(text, start)
    if (end === undefined) continue
    afterPaddedName.lastIndex = end
    if (!afterPaddedName.test(text)) continue
    if (!isOrdinaryWord(text.charAt(start) + text.charAt(end - 1), 0, 2, false)) {
      found.push(person(start, end, 'padded-name', 0.75, 'a two-character name padded with spaces'))
      lastEnd = end
    }
  }
}

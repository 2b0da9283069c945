// Names in photo captions before a position (钟庆（左三）).
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isNameShape} from './name-shape.js'
import {nameUntil} from './name-until.js'
import {notInListedGivenName, unitOrPlaceEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {wordTag} from './read-words.js'
import {titleAt, titleEndingAt} from './titles.js'

const captionPosition = /[（(]{1,2}(?:前排|后排|中排)?(?:[左右][一二三四五六七八九十0-9）)]|中[）)])/g

/**
 * Photo captions: 张三（左一）, 局长钟庆（（左三左三）） in doubled PDF glyphs. Between a title and the position, a name
 * that is also a word is a name too (网格员江山（右一）): the title and the position both say a person stands there.
 */
export function detectCaptionPositions(text: string, found: Detection[]): void {
  for (const match of text.matchAll(captionPosition)) {
    const start = nameUntil(text, match.index, match.index + match[0].length, true) ?? titledWordName(text, match.index)
    if (start !== undefined) found.push(person(start, match.index, 'caption-position', 0.9, 'name before a position in a photo caption'))
  }
}

/**
 * The start of a surname and one or two characters right before `end` (a position's bracket) and right after a title,
 * jieba may know as a name's or a place's word (江山/ns, 高峰/nr) but not as a common noun or a verb (学生班长), no title
 * itself, with no character of a unit's or place's name.
 */
function titledWordName(text: string, end: number): number | undefined {
  for (const start of [end - 2, end - 3]) {
    if (start <= 0 || !titleEndingAt(text, start) || !isNameShape(text, start, end, notInListedGivenName) || (titleAt(text, start)?.end ?? 0) >= end) continue
    // A word jieba knows as a common noun or a verb is a role after the role (学生班长, 村民组长), not a name (江山/ns, 高峰/nr).
    const tag = wordTag(text, start, end)
    if (tag !== undefined && (tag === 'n' || tag.startsWith('v'))) continue
    if (![...text.slice(start, end)].some((char) => inClass(unitOrPlaceEndings, char.charCodeAt(0)))) return start
  }
  return undefined
}

// Names in photo captions before a position (钟庆（左三）).
import type {Detection} from '../../detection.js'
import {nameUntil} from './name-until.js'
import {person} from './person-detection.js'

const captionPosition = /[（(]{1,2}(?:前排|后排|中排)?(?:[左右][一二三四五六七八九十0-9）)]|中[）)])/g

/** Photo captions: 张三（左一）, 局长钟庆（（左三左三）） in doubled PDF glyphs. */
export function detectCaptionPositions(text: string, found: Detection[]): void {
  for (const match of text.matchAll(captionPosition)) {
    const start = nameUntil(text, match.index, match.index + match[0].length, true)
    if (start !== undefined) found.push(person(start, match.index, 'caption-position', 0.9, 'name before a position in a photo caption'))
  }
}

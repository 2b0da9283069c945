// A name right before its phone (木工班组王建军（联系电话：…）): only a person's name is given a phone so.
import {longestAt} from '../../gazetteer/trie.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import type {Detection} from '../../detection.js'
import {nameShapeStartBefore} from './name-boundaries.js'
import {isOrdinaryWord} from './ordinary-words.js'
import {overlapsEarlierFinds, person} from './person-detection.js'
import {endsWithTitle} from './titles.js'

// A phone opened in parentheses or after a comma (（联系电话：, (电话, ，手机): the name stands right before it.
const phoneOpened = /[（(，,](?:联系)?(?:电话|手机)/g

/**
 * Names right before a phone set off in parentheses or after a comma (班组王建军（联系电话：1384…）, 志愿者何丽，手机…):
 * the longest name shape there that jieba reads apart from the word before it (`nameShapeStartBefore`), no word of
 * prose (办公室（电话, 服务中心（联系电话), no title (王主任（电话) and no place of the gazetteer (城关镇（电话).
 */
export function detectPhoneHolders(text: string, found: Detection[]): void {
  // A native search first: most texts give no phone.
  if (!text.includes('电话') && !text.includes('手机')) return
  const overlapsEarlier = overlapsEarlierFinds(found)
  for (const match of text.matchAll(phoneOpened)) {
    const end = match.index
    const start = nameShapeStartBefore(text, end)
    if (start === undefined || overlapsEarlier(start, end) || endsWithTitle(text, start, end) || isOrdinaryWord(text, start, end, true)) continue
    if (longestAt(loadGazetteer().names, text, start)?.end === end) continue
    found.push(person(start, end, 'name-before-phone', 0.75, `name right before its phone \`${match[0].slice(1)}\``))
  }
}

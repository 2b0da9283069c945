// Titles that a PDF line break cuts (妻⏎⏎子聂淑华, 党支部书⏎记钱伟忠): the scan reads the text as it stands and misses them.
import {isWhiteSpace} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {detectAroundTitles} from './detect-around-titles.js'
import type {TitleMention} from './scan-person-cues.js'
import {isCjkAt} from './scan-text.js'
import {isTitleWord, titleAt} from './titles.js'

// The longest title of data/person-titles.txt that matters here, in characters: a break falls inside it.
const maxTitle = 6

// How much white space a PDF line break leaves inside a word (skipSpace reads as far after a title).
const maxBreak = 4

/**
 * Names around titles that a PDF line break cuts (妻⏎⏎子聂淑华), read as around whole ones (`detectAroundTitles`).
 * jieba reads the two pieces of such a title apart, so whether the title is a word of its own is asked of the
 * joined text, and only of a title a name follows.
 */
export function detectAroundBrokenTitles(text: string, found: Detection[]): void {
  const mentions = brokenTitles(text)
  if (mentions.length > 0) detectAroundTitles(text, mentions, found, isBrokenTitleWord)
}

/**
 * Titles (`place` not `after`) cut by a line break between two Chinese characters, each as a mention from its first
 * character to its last, the break inside, that stands before names, in the text's order. Read at line breaks only.
 */
function brokenTitles(text: string): TitleMention[] {
  const mentions: TitleMention[] = []
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    let before = at
    while (before > 0 && at - before < maxBreak && isWhiteSpace(text.charCodeAt(before - 1))) before--
    let after = at + 1
    while (after < text.length && after - before < maxBreak && isWhiteSpace(text.charCodeAt(after))) after++
    if (!isCjkAt(text, before - 1) || !isCjkAt(text, after) || (mentions.at(-1)?.end ?? 0) > before) continue
    const mention = titleAcross(text, before, after)
    if (mention !== undefined) mentions.push(mention)
    at = after - 1
  }
  return mentions
}

/** The longest title that starts before the break `[before, after)` and ends after it, if any. */
function titleAcross(text: string, before: number, after: number): TitleMention | undefined {
  const head = Math.max(0, before - (maxTitle - 1))
  const joined = text.slice(head, before) + text.slice(after, after + maxTitle - 1)
  const breakAt = before - head
  for (let start = 0; start < breakAt; start++) {
    const match = titleAt(joined, start)
    const entry = match?.values[0]
    if (match === undefined || entry === undefined || match.end <= breakAt || entry.place === 'after') continue
    // Only the name after it is read: before it, jieba reads the pieces into the words around them (翟王村党⏎支部书记).
    return {title: entry.word, place: 'before', start: head + start, end: after + match.end - breakAt}
  }
  return undefined
}

/** Whether the title at `[start, end)`, a line break inside, is a word of its own in the text joined over the break. */
function isBrokenTitleWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 3)
  const joined = text.slice(from, Math.min(text.length, end + 4)).replace(/\s+/g, '')
  const titleStart = text.slice(from, start).replace(/\s+/g, '').length
  return isTitleWord(joined, titleStart, titleStart + text.slice(start, end).replace(/\s+/g, '').length)
}

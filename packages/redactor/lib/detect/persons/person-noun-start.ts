// Where a word for people jieba reads ends right before a position: the role of a name no title list holds.
import {inClass} from '@gongwen/parser'
import type {Token} from '../../segment.js'
import {personNounEndings} from './person-classes.js'

/**
 * Where a noun for people that jieba reads ending at `start` in `tokens` starts (the caller checks its last
 * character, one of data/person-noun-endings.txt), if one does: a noun of two characters or more (毕业生, 艺人), or
 * such a character after a verb or a noun, which jieba reads apart (参保 + 人, 报账 + 员/zg, 安置 + 户/q, 心理咨询/nz +
 * 师/ng), from that word on.
 */
export function personNounStart(tokens: readonly Token[], start: number): number | undefined {
  const index = tokens.findIndex((token) => token.end === start)
  const noun = tokens[index]
  if (noun === undefined) return undefined
  // A fixed phrase for people counts as a noun (退役军人/l, 发言人/l, 困难户/l).
  if (noun.word.length >= 2) return noun.tag.startsWith('n') || noun.tag === 'l' ? noun.start : undefined
  const before = tokens[index - 1]
  return before !== undefined && before.word.length >= 2 && (before.tag.startsWith('v') || before.tag.startsWith('n')) ? before.start : undefined
}

/**
 * Whether a noun for people ends at `end` of `text` (村民|老王, 民宿主人|扎西, 被征收人|：): its last character is one of
 * data/person-noun-endings.txt, asked first since most characters are none, and jieba's reading there, `readTokens()`
 * (read only then), ends such a noun at `end` (`personNounStart`).
 */
export function endsWithPersonNoun(text: string, end: number, readTokens: () => readonly Token[]): boolean {
  return inClass(personNounEndings, text.charCodeAt(end - 1)) && personNounStart(readTokens(), end) !== undefined
}

// Whether jieba reads a word for people right before a position: the role of a name no title list holds.
import type {Token} from '../../segment.js'

/**
 * Whether jieba reads a noun for people ending at `start` in `tokens` (the caller checks its last character, one of
 * data/person-noun-endings.txt): a noun of two characters or more (毕业生, 艺人), or 人 or 员 after a verb, which jieba
 * reads apart (参保 + 人, 报账 + 员/zg).
 */
export function followsPersonNoun(tokens: readonly Token[], start: number): boolean {
  const index = tokens.findIndex((token) => token.end === start)
  const noun = tokens[index]
  if (noun === undefined) return false
  if (noun.word.length >= 2) return noun.tag.startsWith('n')
  const verb = tokens[index - 1]
  return (noun.word === '人' || noun.word === '员') && verb !== undefined && verb.word.length >= 2 && verb.tag.startsWith('v')
}

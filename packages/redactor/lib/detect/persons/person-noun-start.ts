// Where a word for people jieba reads ends right before a position: the role of a name no title list holds.
import type {Token} from '../../segment.js'

/**
 * Where a noun for people that jieba reads ending at `start` in `tokens` starts (the caller checks its last
 * character, one of data/person-noun-endings.txt), if one does: a noun of two characters or more (毕业生, 艺人), or
 * 人 or 员 after a verb, which jieba reads apart (参保 + 人, 报账 + 员/zg), from the verb on.
 */
export function personNounStart(tokens: readonly Token[], start: number): number | undefined {
  const index = tokens.findIndex((token) => token.end === start)
  const noun = tokens[index]
  if (noun === undefined) return undefined
  if (noun.word.length >= 2) return noun.tag.startsWith('n') ? noun.start : undefined
  const verb = tokens[index - 1]
  return (noun.word === '人' || noun.word === '员') && verb !== undefined && verb.word.length >= 2 && verb.tag.startsWith('v') ? verb.start : undefined
}

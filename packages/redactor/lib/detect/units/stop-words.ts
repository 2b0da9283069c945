// Words of stop characters (各, 全县, 本村), which name no unit.
import {hasOnlyStopChars, hasStopChar} from '../../gazetteer/find-suffixed-names.js'
import {segment} from '../../segment.js'

/**
 * Whether jieba reads a word made only of stop characters in `text[start, end)` (各 of 各幼儿园, 全县, 本村): a stop
 * character inside another word (向 of 向日葵) names as well as any other. jieba only for a name that holds one.
 */
export function hasStopWord(text: string, start: number, end: number): boolean {
  if (!hasStopChar(text.slice(start, end))) return false
  return segment(text, start, end).some((token) => hasOnlyStopChars(token.word))
}

// The closed class of words that describe a unit rather than name it (data/unit-description-words.txt: 绿色, 本地,
// 新建, 大型), read by the rules that tell a brand before a trade or kind from a description.
import {readLexicon} from '../../read-lexicon.js'

let descriptions: ReadonlySet<string> | undefined

/** Whether `word` describes a unit (绿色食品加工厂, 本地乳品厂, 新建服装厂): no brand, whatever jieba makes of it. */
export function describesUnit(word: string): boolean {
  descriptions ??= new Set(readLexicon('unit-description-words.txt'))
  return descriptions.has(word)
}

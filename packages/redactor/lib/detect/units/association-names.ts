// The refusal of units read before a kind of association whose masked part describes whom it gathers, what field or
// sector it serves or where it is (县|青年志愿者 协会, 茶文化 促进会, 瓜片 茶业协会, 涟城 街道商会) rather than naming
// it (禹州市|蓝天 救援队).
import {inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {suffixRuleLength} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {personNounEndings} from '../../person-noun-endings.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {isTradeName} from './kept-parts.js'

let associationKinds: readonly string[] | undefined
let associationFields: ReadonlySet<string> | undefined

/**
 * Whether `unit`, a unit some rule read, ends with a kind of association (data/unit-association-kinds.txt) and what
 * stands before the kind describes the association:
 * - the masked part, or a word of two characters or more in it, is a word for people (data/person-noun-endings.txt:
 *   志愿者, 茶艺/师, 老年人) or ends in 族 or 家 (朝鲜族, 黎族, 企业家): whom it gathers;
 * - the masked part is or holds a field, pastime or cause (data/unit-association-fields.txt: 慈善, 诗词, 反诈), or
 *   ends with a trade (data/unit-trade-words.txt: 老年人|体育), or a word jieba reads runs across
 *   its end (茶/文化 of 茶文化促进会): its field;
 * - a sector (…业: 茶业, 行业) stands right before the kind: the words before it are the sector's goods (六安瓜片
 *   茶业协会, 莫干山民宿行业协会);
 * - the name before the kind ends with a place's suffix (涟城街道商会, 中华街道志愿者协会), or the masked part is a
 *   place the gazetteer knows (常州涟水商会: the chamber of 涟水's natives in 常州): the place names it, and is the
 *   places rules' to mask.
 * The brands such bodies carry (春晖, 蓝天, 椰城阿婆, 榕树下) are none of these.
 */
export function describesAssociation(text: string, unit: Detection): boolean {
  associationKinds ??= readLexicon('unit-association-kinds.txt')
  associationFields ??= new Set(readLexicon('unit-association-fields.txt'))
  const kind = associationKinds.find((candidate) => text.startsWith(candidate, unit.end - candidate.length))
  if (kind === undefined) return false
  const kindStart = unit.end - kind.length
  if (text.charAt(kindStart - 1) === sectorEnding || suffixRuleLength(text.slice(unit.start, kindStart), 'PLACE') > 0) return true
  const maskedEnd = unit.end - unit.suffixLength
  const masked = text.slice(unit.start, maskedEnd)
  if (longestAt(loadGazetteer().names, text, unit.start)?.end === maskedEnd) return true
  for (let size = minTrade; size <= Math.min(maxTrade, masked.length); size++) if (isTradeName(masked.slice(masked.length - size))) return true
  const read = segment(text, unit.start, kindStart)
  if (read.some((word) => word.start < maskedEnd && word.end > maskedEnd)) return true
  // jieba reads a word for people as one word (志愿者) or with its last character alone (茶艺/师): the masked part's end too
  const words = [...read.filter((word) => word.end <= maskedEnd).map((word) => word.word), masked]
  const fields = associationFields
  return words.some((word) => word.length >= 2 && (fields.has(word) || groupEndings.includes(word.charAt(word.length - 1)) || inClass(personNounEndings, word.charCodeAt(word.length - 1))))
}

// The last character of a sector (茶业, 行业), and of a people or a group of people (朝鲜族, 企业家).
const sectorEnding = '业'
const groupEndings = '族家'
// How long a trade at the end of the masked part is read (文化, 农产品).
const minTrade = 2
const maxTrade = 4

// The refusal of units read before a kind of association whose masked part describes whom it gathers, what field or
// sector it serves or where it is (县|青年志愿者 协会, 茶文化 促进会, 瓜片 茶业协会, 涟城 街道商会) rather than naming
// it (禹州市|蓝天 救援队).
import type {Detection, DetectionContext} from '../../detection.js'
import {associationKindBefore, suffixRuleLength, tradeEnding} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {isOnlyEthnicGroups} from '../../gazetteer/short-form.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {isListedTrade} from './kept-parts.js'

let associationFields: ReadonlySet<string> | undefined
let associationMembers: ReadonlySet<string> | undefined

/**
 * Whether `unit`, a unit some rule read, ends with a kind of association (data/unit-suffixes.txt, marked
 * `association`) and what stands before the kind describes the association:
 * - the masked part, or a whole word jieba reads in it, is a word for people (data/unit-association-members.txt:
 *   志愿者, 茶艺师, 老年人, 企业家) or peoples (data/ethnic-groups.txt: 朝鲜族, 黎族苗族): whom it gathers. Whole
 *   words, not last characters: 惠民, 携手, 民生, 追梦人 and 关爱之家 are brands;
 * - the masked part is or holds a field, pastime or cause (data/unit-association-fields.txt: 慈善, 诗词, 反诈), or
 *   ends with a trade that starts one of jieba's words (老年人|体育, not 启|明星), or a word jieba reads runs across
 *   its end (茶/文化 of 茶文化促进会): its field;
 * - a sector stands right before the kind, a trade and 业 (茶业, 行业, 餐饮业): the words before it are the sector's
 *   goods (六安瓜片茶业协会, 莫干山民宿行业协会); not any 业 (福州市兴业商会);
 * - the name before the kind ends with a place's suffix (涟城街道商会, 中华街道志愿者协会), or the masked part is a
 *   place the places rules found there (`places`: a short form the document grounds): the place names it, and is
 *   theirs to mask. A short form alone is no place (福州市青山救援队, 西湖商会, 平安救援队: 青山, 西湖 and 平安 are divisions
 *   somewhere in China).
 * Where the masked part is a brand, words for people or fields after it describe the brand's body (绿萝|环保志愿者
 * 协会), and stay with the kind. The brands such bodies carry (春晖, 蓝天, 椰城阿婆, 榕树下) are none of these.
 */
export function describesAssociation(context: DetectionContext, places: readonly Detection[], unit: Detection): boolean {
  const {text} = context
  const kind = associationKindBefore(text, unit.end)
  if (kind === undefined) return false
  const kindStart = unit.end - kind.length
  associationFields ??= new Set(readLexicon('unit-association-fields.txt'))
  associationMembers ??= new Set(readLexicon('unit-association-members.txt'))
  const fields = associationFields
  const members = associationMembers
  if (endsWithSector(text, unit.start, kindStart, fields) || suffixRuleLength(text.slice(unit.start, kindStart), 'PLACE') > 0) return true
  const maskedEnd = unit.end - unit.suffixLength
  if (longestAt(loadGazetteer().names, text, unit.start)?.end === maskedEnd && places.some((place) => place.start <= unit.start && place.end >= maskedEnd)) return true
  const read = segment(text, unit.start, kindStart)
  if (read.some((word) => word.start < maskedEnd && (word.end > maskedEnd || isListedTrade(text.slice(word.start, maskedEnd))))) return true
  // jieba reads a word for people as one word (志愿者) or with its last character alone (茶艺/师): the masked part too
  const words = [...read.filter((word) => word.end <= maskedEnd).map((word) => word.word), text.slice(unit.start, maskedEnd)]
  return words.some((word) => fields.has(word) || members.has(word) || isOnlyEthnicGroups(word))
}

/**
 * Whether a sector ends `[start, end)`: a word of data/unit-association-fields.txt in 业 (行业, 产业), or a trade and
 * 业 (茶业, 餐饮业, 建筑业; a trade of data/unit-trade-words.txt, not two characters in 业 whatever they are: 兴业).
 */
function endsWithSector(text: string, start: number, end: number, fields: ReadonlySet<string>): boolean {
  if (text.charAt(end - 1) !== tradeEnding) return false
  for (let from = end - 2; from >= start; from--) if (fields.has(text.slice(from, end)) || isListedTrade(text.slice(from, end)) || isListedTrade(text.slice(from, end - 1))) return true
  return false
}

import {continuesCount} from '../../gazetteer/place-context.js'
import {isFrequentWord, isUsualWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentAround} from '../../segment.js'
import {loadLexicons} from '../persons/person-lexicons.js'

/** A settlement named by a family and a landform (潘家沟组, 杨家湾大桥), and the level kept after its name, if any. */
export interface FamilySettlement {
  start: number
  end: number
  /** The characters at the end kept visible: the level's last (组, 村), none before a feature (杨家湾|大桥). */
  suffixLength: number
}

interface SettlementWords {
  landforms: Set<string>
  levels: string[]
  features: string[]
  /** The surnames whose X家 names a family even where jieba knows it as a word. */
  commonSurnames: ReadonlySet<string>
}

let words: SettlementWords | undefined

// data/surnames.txt lists single surnames from the commonest down: the first hundred make X家 a family's (李家, 王家,
// 张家), though jieba knows it as a word; further down X家 is an everyday word (庄家, 安家, 成家, 农家, 国家)
const commonSurnameCount = 100

/**
 * Whether X家 (a surname and 家) names a family rather than an everyday word: not a word, or a common surname's;
 * `leveled` where a settlement's level follows the landform after it.
 */
function namesFamily(word: string, commonSurnames: ReadonlySet<string>, leveled: boolean): boolean {
  if (!isUsualWord(word)) return true
  // 万家 is a word of prose far more often than a family's (万家灯火, 温暖万家桥头), but prose puts no landform and
  // level after it: 万家沟组 is a hamlet
  return commonSurnames.has(word.charAt(0)) && (leveled || !isFrequentWord(word))
}

function loadSettlementWords(): SettlementWords {
  if (words) return words
  const landforms = new Set<string>()
  const levels: string[] = []
  const features: string[] = []
  for (const line of readLexicon('settlement-landforms.txt')) {
    const [kind, word] = line.split('\t')
    if (word && kind === 'landform') landforms.add(word)
    else if (word && kind === 'level') levels.push(word)
    else if (word && kind === 'feature') features.push(word)
  }
  // The longest first: 新村 before 村, 大桥 before 桥
  const longestFirst = (a: string, b: string) => b.length - a.length
  const commonSurnames = new Set([...loadLexicons().singleSurnames].slice(0, commonSurnameCount))
  words = {landforms, levels: levels.sort(longestFirst), features: features.sort(longestFirst), commonSurnames}
  return words
}

/**
 * Whether `text[start, start + 3)` has the shape of a family's settlement: a surname, 家 and a landform (程家湾, 刘家坪,
 * 王家坝), which a person's name of three characters seldom has.
 */
export function hasFamilySettlementShape(text: string, start: number): boolean {
  return text.charAt(start + 1) === '家' && loadSettlementWords().landforms.has(text.charAt(start + 2)) && loadLexicons().singleSurnames.has(text.charAt(start))
}

/**
 * Hamlets and villages named by a family and a landform (a surname, 家 and a character of
 * data/settlement-landforms.txt: 潘家沟, 杨家湾, 宋家沟), before a settlement's level (潘家沟组, 宋家沟新村) or what a
 * settlement names after it (杨家湾大桥, 韩家岭桥), where the text names none around it by a name of its own: a
 * name of that shape is a place's wherever it stands, as the family's settlement. Not where the surname and 家 or 家
 * and the landform make an everyday word (国家坝区, 专家组, 农家坪; 家园), where the landform opens one with the
 * next character (李家庄园), nor where jieba joins the surname to the word before it; a common surname's family is
 * one even where jieba knows it as a word (张家湾大桥). `taken` marks characters
 * something else claimed.
 */
export function findFamilySettlements(text: string, taken: (start: number, end: number) => boolean): FamilySettlement[] {
  const found: FamilySettlement[] = []
  const {levels, features, commonSurnames} = loadSettlementWords()
  for (let at = text.indexOf('家', 1); at !== -1; at = text.indexOf('家', at + 1)) {
    const start = at - 1
    const nameEnd = at + 2
    if (!hasFamilySettlementShape(text, start) || continuesCount(text, start)) continue
    const level = levels.find((word) => text.startsWith(word, nameEnd))
    const feature = level === undefined ? features.find((word) => text.startsWith(word, nameEnd)) : undefined
    if (level === undefined && feature === undefined) continue
    const end = nameEnd + (level?.length ?? 0)
    // A level that opens a word with the next character is no level (陈家冲组织人员, 马家营社会治理)
    if (level !== undefined && end < text.length && isUsualWord(text.slice(nameEnd, end + 1))) continue
    if (taken(start, end)) continue
    if (!namesFamily(text.slice(start, at + 1), commonSurnames, level !== undefined) || isUsualWord(text.slice(at, nameEnd)) || isUsualWord(text.slice(at + 1, nameEnd + 1))) continue
    if (!segmentAround(text, start, end, 3, 0).some((token) => token.start === start)) continue
    found.push({start, end, suffixLength: level === undefined ? 0 : 1})
  }
  return found
}

// Property developments named in two parts joined by a dot (鸿盛·锦绣府, MOMA·悦城): rule `dotted-development`.
import {inClass} from '@gongwen/parser'
import type {Detection, DetectionContext} from '../../detection.js'
import {isFrequentWord, isUsualWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment, segmentBefore, type Token} from '../../segment.js'
import {isMinorityName} from '../persons/detect-minority-names.js'
import {nameDotList, readCharacterClass} from '../persons/person-classes.js'
import {closingQuote, han, openingQuote} from './character-classes.js'
import {isSkipped} from './skipped-spans.js'

interface DevelopmentKinds {
  all: ReadonlySet<string>
  // Kinds a city's slogan ends in as often (城, 湾): a development only with a word of one in its clause.
  askingClause: ReadonlySet<string>
}

let developmentKinds: DevelopmentKinds | undefined
let developmentWords: readonly string[] | undefined
let clauseWords: readonly string[] | undefined
const estateStops = readCharacterClass('unit-development-estate-stops.txt')
const landformEndings = readCharacterClass('place-landform-endings.txt')

// The longest part of a development's name on either side of its dot (锦绣华府, 紫薇华府); Latin brands run longer.
const maxPart = 6
const maxLatinPart = 12
const latinPart = /^[A-Za-z0-9]+$/u
const latinChar = /[A-Za-z0-9]/u
// A phase of a development and 等 between its quoted name and the word that says it is one (二期项目, 等项目).
const phaseOrList = /^(?:[一二三四五六七八九十0-9]期)?等?/u
const maxPhase = 3
// A phase right after an unquoted name (恒大·御景湾二期), which says it names a development as a word of its clause does.
const phase = /^[一二三四五六七八九十0-9]期/u
// What a quoted development is, between its closing quote and the word that says it is one (“龙湖·天街”商业综合体项目).
const maxDescription = 6
// How far a clause is read for a word that says a name ending in 城 or 湾 is a development's, either side of it.
const maxClause = 30
const clauseMark = /[。；，！？：]/u
// jieba's tags of proper names: a brand read as one such word (碧桂园/nr, 华润/nz) is no word of prose, and needs no
// word of its clause to name a development (碧桂园·凤凰城).
const properNameTags = /^(?:nr|nrt|nz|nt)$/u
// jieba's tags of a piece of a name it could not read, alone before a brand: the brand would start inside a name (帕/nr 提古丽).
const namePieceTags = /^(?:nr|nrt|x)$/u
// jieba's tags of idioms and set phrases (丝绸之路/l, 一帆风顺/i)
const setPhraseTags = /^(?:l|i)$/u

/**
 * Property developments and commercial complexes named by a developer's brand and the estate's name joined by a dot
 * (“鸿盛·锦绣府”二期项目, “MOMA·悦城”商业综合体项目, 正丰·观湖府车位纠纷, 开发建设“曲江·紫薇华府”项目): the name
 * is masked whole, brand and estate, as the gold of the reports that name them asks. Such a name is no person's
 * (see `developmentAround`, which the persons' dotted-name rule asks too). Where another rule read a unit from the
 * dot on (观湖府小区 of 正丰·观湖府小区业主, 瞿塘峡景区 of 白帝城·瞿塘峡景区), it takes the part before the dot too, a
 * developer's brand or a place (`partsNamePlace`): the persons' rule leaves that part to it.
 */
export function detectDottedDevelopments(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const dot of nameDotList) {
    for (let at = text.indexOf(dot); at !== -1; at = text.indexOf(dot, at + 1)) {
      const unitAfter = units.find((unit) => unit.start === at + 1)
      const development = unitAfter === undefined ? developmentAround(text, at) : partBeforeUnit(text, at, unitAfter)
      if (!development || isSkipped(context, development.start, development.end)) continue
      if (unitAfter === undefined && units.some((unit) => unit.start < development.end && unit.end > development.start)) continue
      found.push({
        type: 'ORG',
        start: development.start,
        end: development.end,
        suffixLength: unitAfter?.suffixLength ?? 0,
        detector: 'units',
        rule: 'dotted-development',
        confidence: 0.8,
        reason: unitAfter === undefined
          ? 'a property development named by a brand and an estate joined by a dot'
          : 'a unit read after a dot, with the brand or place before the dot that names it with it'
      })
    }
  }
  return found
}

/**
 * The unit `unit` that starts right after the dot at `dot` with the part before the dot, where the two name one
 * thing: a development's brand (正丰·观湖府小区), or a place (`partsNamePlace`: 白帝城·瞿塘峡景区).
 */
function partBeforeUnit(text: string, dot: number, unit: Detection): {start: number; end: number} | undefined {
  const development = developmentAround(text, dot)
  if (development !== undefined) return {start: development.start, end: Math.max(development.end, unit.end)}
  const start = brandAt(text, dot)?.start
  return start !== undefined && partsNamePlace(text, dot, unit.end - unit.suffixLength) ? {start, end: unit.end} : undefined
}

/**
 * Whether the parts of a name joined by the dot at `dot`, the last of which ends at `end`, name a place: the part
 * before the dot or the last part ends in a landform's character of data/place-landform-endings.txt (白帝城·瞿塘峡).
 */
export function partsNamePlace(text: string, dot: number, end: number): boolean {
  return inClass(landformEndings, text.charCodeAt(dot - 1)) || inClass(landformEndings, text.charCodeAt(end - 1))
}

/**
 * The name of a property development whose two parts the dot at `dot` joins, or undefined: a brand of two characters
 * or more before the dot, Latin letters (MOMA) or Han words that are no word of prose (鸿盛, not 平安 of 建设平安·法治
 * 乡村 nor 魅力 of 打造魅力·活力城), and after it an estate's name that ends in a kind of data/unit-development-kinds.txt
 * (锦绣府, 悦城, 观湖府), or, in quotes, any name a word of data/unit-development-words.txt follows (“鸿盛·锦绣”
 * 二期项目). Both parts hold two characters at least; neither is a run of parts of a minority's name (帕提古丽·艾力在
 * 城关镇: a person).
 */
export function developmentAround(text: string, dot: number): {start: number; end: number} | undefined {
  const brand = brandAt(text, dot)
  if (brand === undefined || minorityPartsAround(text, brand.start, dot)) return undefined
  const quoted = text.charAt(brand.start - 1) === openingQuote
  const end = quoted ? quotedEstateEnd(text, dot + 1) : estateEnd(text, dot + 1)
  if (end === undefined) return undefined
  const {askingClause} = loadDevelopmentKinds()
  const namedByClause = !askingClause.has(text.charAt(end - 1)) || brand.properName || clauseNamesDevelopment(text, brand.start, end)
  return namedByClause ? {start: brand.start, end} : undefined
}

/** The kinds of data/unit-development-kinds.txt, read once. */
function loadDevelopmentKinds(): DevelopmentKinds {
  if (developmentKinds === undefined) {
    const lines = readLexicon('unit-development-kinds.txt').map((line) => line.split('\t'))
    developmentKinds = {
      all: new Set(lines.map(([kind]) => kind ?? '')),
      askingClause: new Set(lines.filter(([, mark]) => mark === 'clause').map(([kind]) => kind ?? ''))
    }
  }
  return developmentKinds
}

/** Whether a run of whole parts of a minority's name ends at the dot from the brand's start or before, or starts right after it. */
function minorityPartsAround(text: string, brandStart: number, dot: number): boolean {
  for (let start = brandStart; start >= Math.max(0, dot - maxPart - 2); start--) if (isMinorityName(text, start, dot)) return true
  for (let end = dot + 3; end <= Math.min(text.length, dot + 1 + maxPart + 2); end++) if (isMinorityName(text, dot + 1, end)) return true
  return false
}

/**
 * Whether the clause around `[start, end)` holds a word of data/unit-development-clause-words.txt (华润·橡树湾业主委员会),
 * or a phase follows the name (恒大·御景湾二期).
 */
function clauseNamesDevelopment(text: string, start: number, end: number): boolean {
  clauseWords ??= readLexicon('unit-development-clause-words.txt')
  const after = text.slice(end, end + maxClause)
  const before = text.slice(Math.max(0, start - maxClause), start)
  const clause = before.slice(lastIndexOfClauseMark(before) + 1) + after.slice(0, indexOfClauseMark(after))
  const words = clauseWords
  return phase.test(after) || words.some((word) => clause.includes(word))
}

function indexOfClauseMark(text: string): number {
  const at = text.search(clauseMark)
  return at === -1 ? text.length : at
}

function lastIndexOfClauseMark(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) if (clauseMark.test(text.charAt(at))) return at
  return -1
}

/**
 * The brand that ends at the dot at `dot`: a run of Latin letters and digits, or jieba's words of Han characters that
 * start where a word does and are no word of prose; `properName` where jieba reads it as one proper name (碧桂园/nr).
 */
function brandAt(text: string, dot: number): {start: number; properName: boolean} | undefined {
  if (latinChar.test(text.charAt(dot - 1))) {
    let start = dot
    while (start > 0 && latinChar.test(text.charAt(start - 1))) start--
    return dot - start >= 2 && dot - start <= maxLatinPart ? {start, properName: false} : undefined
  }
  const words = segmentBefore(text, dot, maxPart + 2).filter((word) => word.end <= dot)
  const last = words.at(-1)
  if (last?.end !== dot) return undefined
  // A lone character jieba could not join opens the brand with the word before it (鸿/盛)
  const joined = last.word.length === 1 && words.at(-2)?.end === last.start
  const first = joined ? words.at(-2) : last
  if (first === undefined) return undefined
  const start = first.start
  const brand = text.slice(start, dot)
  if (brand.length < 2 || brand.length > maxPart || !han.test(brand) || isFrequentWord(brand)) return undefined
  if (!joined && isProseWord(last)) return undefined
  // A lone piece of a name before it: the brand would start inside a name jieba could not read (帕/nr 提古丽·艾力)
  const before = words[words.indexOf(first) - 1]
  if (before?.end === start && before.word.length === 1 && han.test(before.word) && namePieceTags.test(before.tag)) return undefined
  // Inside quotes that open before it, the dot joins the halves of a slogan (“绿海明珠·天府花园”)
  let runStart = start
  while (han.test(text.charAt(runStart - 1))) runStart--
  if (runStart < start && text.charAt(runStart - 1) === openingQuote) return undefined
  return {start, properName: !joined && properNameTags.test(last.tag)}
}

/**
 * Whether `token` is a word of prose jieba's dictionary holds: a set phrase (丝绸之路/l) or a usual word it reads as
 * no proper name (魅力/n, 绿地/n; not 中海/ns, 华润/nz, nor 保利/n, which it counts seldom).
 */
function isProseWord(token: Token): boolean {
  return setPhraseTags.test(token.tag) || (isUsualWord(token.word) && !properNameTags.test(token.tag) && token.tag !== 'ns')
}

/**
 * The end of an unquoted estate's name from `start`: two characters or more, through a word that ends in a kind (观湖
 * 府/x, 锦绣/府, 紫薇/华府; not 城关镇, 县城, 湾区), no function word before it (努尔兰·哈力别克在湾区).
 */
function estateEnd(text: string, start: number): number | undefined {
  const {all: kinds} = loadDevelopmentKinds()
  if (!han.test(text.charAt(start))) return undefined
  for (const token of segment(text, start, start + maxPart + 2)) {
    if (token.end > start + maxPart || !han.test(token.word)) return undefined
    if ((token.word.length === 1 || token.tag === 'x') && [...token.word].some((character) => inClass(estateStops, character.charCodeAt(0)))) return undefined
    if (token.end - start >= 2 && kinds.has(token.word.slice(-1))) return token.end
  }
  return undefined
}

/**
 * The end of a quoted estate's name from `start`, at its closing quote: one that ends in a kind (“MOMA·悦城”), or that
 * a development's word follows, after a phase or 等 (“鸿盛·锦绣”二期项目) or a few words that say what it is (“龙湖·天街”
 * 商业综合体项目).
 */
function quotedEstateEnd(text: string, start: number): number | undefined {
  // Read no further than the longest estate: a quote never closed would send the search to the text's end
  const length = text.slice(start, start + maxLatinPart + 1).indexOf(closingQuote)
  if (length < 2) return undefined
  const close = start + length
  const estate = text.slice(start, close)
  if (!han.test(estate) && !latinPart.test(estate)) return undefined
  if (estateEnd(text, start) === close) return close
  developmentWords ??= readLexicon('unit-development-words.txt')
  const words = developmentWords
  let after = close + 1 + (phaseOrList.exec(text.slice(close + 1, close + 1 + maxPhase))?.[0].length ?? 0)
  for (const limit = after + maxDescription; after <= limit; after++) {
    if (words.some((word) => text.startsWith(word, after))) return close
    if (!han.test(text.charAt(after))) return undefined
  }
  return undefined
}

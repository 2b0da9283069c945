import {hasStopChar, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {hanCharacter, lastNameWordsStart} from '../../gazetteer/place-context.js'
import {isUsualWord, mayBeKnownWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment, segmentBefore} from '../../segment.js'

/** A place named right before a part of an estate or community (光明社区|第3网格, 翡翠湾|6栋, 幸福里小区). */
export interface EstatePartPlace {
  start: number
  end: number
  /** The characters at the end kept visible: the level (社区 of 光明社区, 小区 of 幸福里小区), none for a bare name (翡翠湾). */
  suffixLength: number
  /** The part after it (网格, 栋, 小区). */
  part: string
}

interface EstatePart {
  word: string
  kind: 'named' | 'numbered' | 'estate'
}

let parts: {parts: readonly EstatePart[]; countedBuildings: readonly string[]} | undefined

function loadEstateParts(): {parts: readonly EstatePart[]; countedBuildings: readonly string[]} {
  if (parts) return parts
  const found: EstatePart[] = []
  const countedBuildings: string[] = []
  for (const line of readLexicon('estate-parts.txt')) {
    const [kind, word] = line.split('\t')
    if (word && (kind === 'named' || kind === 'numbered' || kind === 'estate')) found.push({word, kind})
    else if (word && kind === 'counted') countedBuildings.push(word)
  }
  parts = {parts: found, countedBuildings}
  return parts
}

// The levels a name may end with before a part (光明社区第3网格, 雪新村第三网格, 荷塘月色小区12栋): with the part, they say a
// place is meant, though its name is an everyday word
const levels = ['社区', '小区', '村']
const nameLength = {least: 2, most: 4}
const number = /[0-9０-９一二三四五六七八九十]/u

/** Where the number before a part at `at` starts, past a 第 before it (第3网格, 12栋); `at` where none stands. */
function numberStart(text: string, at: number): number {
  let start = at
  while (start > 0 && number.test(text.charAt(start - 1))) start--
  return start < at && text.charAt(start - 1) === '第' ? start - 1 : start
}

// What opens a table's cell: a tab or a space that pads the cell before (not a line's start, which a wrapped line's
// words follow too)
const cellOpening = /^[\t ]$/u

/**
 * Where the proper name ending at `nameEnd` starts: the whole cell of a table it ends (翠湖苑 of 翠湖苑网格, which jieba
 * reads 翠|湖苑), or jieba's last word there, or the two last where the last is one character (幸福|里, 翡翠|湾): two
 * to four Han characters with no stop character (社区的网格员), opening with no count.
 */
function nameStart(text: string, nameEnd: number): number | undefined {
  let start = nameEnd
  while (start > 0 && nameEnd - start <= nameLength.most && hanCharacter.test(text.charAt(start - 1))) start--
  if (!cellOpening.test(text.charAt(start - 1)) || nameEnd - start > nameLength.most) {
    const tokens = segmentBefore(text, nameEnd, nameLength.most + 1)
    const last = lastNameWordsStart(tokens, nameEnd, (previous) => nameEnd - previous.start <= nameLength.most)
    if (last === undefined) return undefined
    start = last
  }
  const name = text.slice(start, nameEnd)
  if (name.length < nameLength.least || hasStopChar(name) || number.test(name.charAt(0))) return undefined
  for (let at = start; at < nameEnd; at++) if (!hanCharacter.test(text.charAt(at))) return undefined
  return start
}

// The last character of a building a number counts rather than names, whatever it is (楼栋7栋, 住宅楼9栋)
const countedBuildingEnds = new Set([...'楼栋幢'])

/**
 * Whether `[start, end)` ends with buildings a number counts rather than names: a building (住宅楼9栋) or a word for
 * houses (农房3栋, 校舍2栋; data/estate-parts.txt), a whole word: 桂园雅舍6栋 is named.
 */
function endsWithCountedBuildings(text: string, start: number, end: number): boolean {
  if (countedBuildingEnds.has(text.charAt(end - 1))) return true
  const name = text.slice(start, end)
  return loadEstateParts().countedBuildings.some((word) => name.endsWith(word))
}

/**
 * Whether `[start, end)`, with no level after it, may name an estate or grid alone: no word of jieba's dictionaries
 * (示范小区, 专属网格), nor the buildings a number counts (楼栋7栋, 农房3栋), nor a verb where jieba reads the name with
 * its part (建强网格体系; 包联网格 is 包/v 联网 格: a grid someone is in charge of, in a table's cell), `partEnd` the
 * part's end.
 */
function mayNameAlone(text: string, start: number, end: number, partEnd: number): boolean {
  if (mayBeKnownWord(text, start, end) || endsWithCountedBuildings(text, start, end)) return false
  return !holdsVerb(text, start, end) && !holdsVerb(text, start, partEnd)
}

/** Whether jieba reads a verb in `[start, end)` (建强网格体系, 已完成改造): what was done to estates, no estate's name. */
function holdsVerb(text: string, start: number, end: number): boolean {
  return segment(text, start, end).some((token) => token.tag.startsWith('v'))
}

/**
 * Whether `[start, end)`, a generic word of names before a level (滨江 of 滨江小区3栋, 滨湖, 滨河), is one jieba tags as a
 * place's name and no usual word: it names the estate as 光明 does, where 老旧 (老旧小区12栋), 农村 (农村社区网格) and 城镇
 * only say what kind it is.
 */
function isPlaceNameWord(text: string, start: number, end: number): boolean {
  const words = segment(text, start, end)
  return words.length === 1 && words[0]?.tag === 'ns' && !isUsualWord(text.slice(start, end))
}

/**
 * Whether `[start, end)` before the level that ends at `levelEnd` names no place though a level follows it: it holds a
 * verb (已完成改造小区5栋, 回迁小区12栋) or jieba reads it and the level as one word (城中村网格).
 */
function isNoNameBeforeLevel(text: string, start: number, end: number, levelEnd: number): boolean {
  return holdsVerb(text, start, end) || segment(text, start, levelEnd).some((token) => token.start === start && token.end === levelEnd)
}

/**
 * Estates, grids and communities named right before a part of theirs (data/estate-parts.txt): a grid (光明社区第3网格,
 * 雪新村第三网格, 翠湖苑网格 in a table's cell), a numbered building (翡翠湾6栋, 荷塘月色小区12栋), the estate itself
 * (幸福里小区). Residents' addresses and grid ledgers name them so, where no suffix of an estate (花园, 家园) says what
 * they are. A level between name and part (社区, 村, 小区) makes the name a place's though it is an everyday word
 * (光明社区第3网格, 荷塘月色小区12栋), unless it is a generic word (农村社区网格, 老旧小区12栋) jieba reads as no place (滨江小区3栋 is one); a name with no level, or
 * before 小区 alone, is one only where it may name alone (see `mayNameAlone`: 示范小区, 专属网格, 新建6栋 are no names). `taken` marks
 * characters something else claimed.
 */
export function findEstatePartPlaces(text: string, taken: (start: number, end: number) => boolean): EstatePartPlace[] {
  const found: EstatePartPlace[] = []
  for (const {word, kind} of loadEstateParts().parts) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      // 网格化 is a way of governing, 网格体系 and 网格管理 a kind of system and work, not a grid
      if (kind === 'named' && (text.charAt(at + word.length) === '化' || isUsualWord(text.slice(at + word.length, at + word.length + 2)))) continue
      const partStart = kind === 'estate' ? at : numberStart(text, at)
      if (kind === 'numbered' && partStart === at) continue
      const level = kind === 'estate' ? undefined : levels.find((candidate) => text.endsWith(candidate, partStart))
      const nameEnd = partStart - (level?.length ?? 0)
      const start = nameStart(text, nameEnd)
      if (start === undefined) continue
      const end = kind === 'estate' ? at + word.length : partStart
      if (level === undefined ? !mayNameAlone(text, start, nameEnd, at + word.length) : isNoNameBeforeLevel(text, start, nameEnd, partStart)) continue
      if (isGenericWord(text.slice(start, nameEnd)) && !(level !== undefined && isPlaceNameWord(text, start, nameEnd))) continue
      if (taken(start, end)) continue
      found.push({start, end, suffixLength: end - nameEnd, part: word})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

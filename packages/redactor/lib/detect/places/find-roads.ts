import {isStopChar} from '../../gazetteer/find-suffixed-names.js'
import {followsAddressCue, hanCharacter as han, lastNameWordsStart, listedWithNeighbour, roadCueAt} from '../../gazetteer/place-context.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentAround, type Token} from '../../segment.js'
import {isKnownWord} from '../persons/read-words.js'

/** A road, street or lane named before its suffix (长治|路, 黄河东|路, 水井|巷), and what made it one. */
export interface Road {
  start: number
  /** Where the suffix starts: the name is `[start, nameEnd)`, the suffix `[nameEnd, end)`. */
  nameEnd: number
  end: number
  evidence: 'house number' | 'road cue' | 'address' | 'works on it' | 'community' | 'listed with a road'
}

/** The name's length before the suffix, a direction included (兴北|路, 中山北|路, 王府井|大街). */
const roadName = {least: 2, most: 4}
// Words jieba reads alone before a name that open none: prepositions, conjunctions and particles (对|黄河东路,
// 在|长治路, 吊鹿沟村|的|山路).
function opensNoName(token: Token): boolean {
  return token.tag === 'p' || token.tag === 'c' || token.tag.startsWith('u')
}
// A house number, a lane's number or a section after the suffix (人民路123号, 长乐路一段, 建设大道东段).
const houseNumber = /^(?:[东西南北中]段|[0-9０-９一二三四五六七八九十百零〇]{1,5}(?:号|弄|巷|段))/u
// What joins the roads of a list or a crossing (黄河东路、兴北路; 长治路与晋阳街; 解放路至人民路).
const connectors = new Set(['、', '与', '和', '及', '至', '到'])

let suffixes: string[] | undefined
let genericWords: Set<string> | undefined

/** Whether a road's suffix of data/road-suffixes.txt (路, 大道) starts at `at`. */
export function startsRoadSuffix(text: string, at: number): boolean {
  return roadSuffixes().some((suffix) => text.startsWith(suffix, at))
}

function roadSuffixes(): string[] {
  suffixes ??= readLexicon('road-suffixes.txt').sort((a, b) => b.length - a.length)
  return suffixes
}

/**
 * Roads, streets and lanes with a proper name, where something says a road is meant: a house number after it
 * (人民路123号), a word that follows roads (沿线, 交叉口, 以东: data/place-cues.txt), works on it or a shop named by it
 * (牡丹大道改造工程, 文昌路立交桥, 泉城路店: data/place-cues.txt, where jieba reads a proper name in it and the suffix
 * makes no word with the character before it, 电路改造) or the pipes laid under it, whatever words name it (工农路老旧管网,
 * not 燃气管路老旧管网), a place or placeholder right
 * before it in an address (小店区长治路) or a word that opens an address (位于), or a road so marked beside it in a
 * list or crossing (黄河东路、兴北路、丰收路沿线; 长治路与晋阳街交叉口). The suffix must end a word where jieba cuts (not
 * 路径, 街道, 街区), and words that name no road of their own stay (公路沿线, 商业街两侧: data/road-generic-words.txt).
 * `taken` marks characters something else claimed; `opensAddress` whether a place found ends at a position.
 */
export function findRoads(text: string, taken: (start: number, end: number) => boolean, opensAddress: (start: number) => boolean): Road[] {
  genericWords ??= new Set(readLexicon('road-generic-words.txt'))
  const candidates: {start: number; nameEnd: number; end: number; evidence: Road['evidence'] | undefined}[] = []
  const ends = new Set<number>()
  for (const suffix of roadSuffixes()) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      const end = at + suffix.length
      // Each end is read once, by its longest suffix (王府井|大街, not 王府井大|街), accepted or not (沿大街, not 沿大|街).
      if (ends.has(end)) continue
      ends.add(end)
      if (taken(at, end)) continue
      if (isDirectionStreet(text, at, end, taken, opensAddress)) {
        candidates.push({start: at - 1, nameEnd: at, end, evidence: 'address'})
        continue
      }
      if (at < roadName.least) continue
      const tokens = segmentAround(text, at, end, roadName.most + 2, 2)
      // jieba's guess at an unknown word that glues the suffix to what follows (书店|街的/x) is no word the suffix opens
      if (!tokens.some((token) => token.end === end || (token.start === at && token.tag === 'x'))) continue
      // A word of place that the suffix ends (广东路|沿街: 沿街/f) is read whole, not as a road named 路沿
      if (tokens.some((token) => token.end === end && token.start < at && token.tag === 'f')) continue
      const wordsStart = nameStart(text, tokens, at, end, taken)
      if (wordsStart === undefined) continue
      const start = nameStartInAddress(text, tokens, wordsStart, at, taken, opensAddress)
      if (endsInGenericWord(text, tokens, start, end)) continue
      const namedByIt = !suffixMakesWord(text, tokens, start, at, end)
      const worksOnIt = namedByIt && ((roadCueAt('pipes', text, end) !== undefined && !opensWithVerb(tokens, start)) || (roadCueAt('works', text, end) !== undefined && namesProperly(tokens, start, at)))
      const evidence = evidenceFor(text, start, end, opensAddress) ?? (worksOnIt ? 'works on it' : namedByIt && roadCueAt('community', text, end) !== undefined ? 'community' : undefined)
      candidates.push({start, nameEnd: at, end, evidence})
    }
  }
  candidates.sort((a, b) => a.start - b.start)
  // A road marked as one vouches for its neighbours in a list or crossing, in either direction, along the list.
  for (let changed = true; changed; ) {
    changed = false
    candidates.forEach((candidate, index) => {
      if (candidate.evidence !== undefined || !listedWithNeighbour(text, candidates, index, (neighbour) => neighbour.evidence !== undefined, connectors)) return
      candidate.evidence = 'listed with a road'
      changed = true
    })
  }
  const roads: Road[] = []
  for (const {start, nameEnd, end, evidence} of candidates) {
    const last = roads.at(-1)
    if (evidence === undefined || (last !== undefined && start < last.end)) continue
    roads.push({start, nameEnd, end, evidence})
  }
  return roads
}

// Streets, not roads: a direction and 路 after a short form is the road of that name (湖墅|南路), read whole elsewhere
const directionStreetSuffixes = new Set(['街', '大街'])
// The levels a division's full name ends with: a short form before the direction is another reading (湖墅南路)
const divisionLevels = new Set([...'省市县区旗镇乡'])

/**
 * Whether a street named by one direction follows the division it belongs to (阳朔县|西街, 黄姚镇|东街): the
 * division names it, as a county's old town names its streets. The suffix must end a word where jieba cuts (not
 * 县西|街道, 城西|街道办).
 */
function isDirectionStreet(text: string, suffixStart: number, end: number, taken: (start: number, end: number) => boolean, opensAddress: (start: number) => boolean): boolean {
  const start = suffixStart - 1
  if (!directionStreetSuffixes.has(text.slice(suffixStart, end)) || !divisionLevels.has(text.charAt(start - 1))) return false
  if (!nameDirections.has(text.charAt(start)) || taken(start, suffixStart) || !opensAddress(start)) return false
  return segmentAround(text, start, end, 2, 2).some((token) => token.end === end)
}

/**
 * Whether the candidate is, or ends in, a word of data/road-generic-words.txt that jieba reads as a word of its own
 * (公路; 依托|老街, 大街|小巷): such a word names no road, whatever stands before it.
 */
function endsInGenericWord(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (genericWords?.has(text.slice(start, end))) return true
  return tokens.some((token) => token.end === end && token.start > start && genericWords?.has(token.word) === true)
}

/**
 * Where a road's name before `suffixStart` starts: jieba's last word before the suffix, or before the character
 * jieba glues to it (黄河|东路, 水|井巷), with the word before that where the last is one character,
 * or a word that holds name and suffix (解放路, 中山北路); never before the run of Chinese characters that a mark, a
 * number or a name found starts (、莫家|街, 城中区|水井|巷), and within reach. Words that open no name are dropped
 * from its front (对|黄河东路). Undefined where less than two characters remain.
 */
function nameStart(text: string, tokens: readonly Token[], suffixStart: number, end: number, taken: (start: number, end: number) => boolean): number | undefined {
  // A numbered road's number comes on top of its name's length (科技南|十二|路, 海滨|七|路), the name read before it;
  // a road whose whole name is a number (八一路, 二七路: a verb before it is no name, 位于|八一|路) is read plain.
  const numberLength = roadNumber.exec(text.slice(Math.max(0, suffixStart - 3), suffixStart))?.[0].length ?? 0
  return (numberLength > 0 ? nameStartBefore(text, tokens, suffixStart, end, taken, numberLength) : undefined) ?? nameStartBefore(text, tokens, suffixStart, end, taken, 0)
}

/** `nameStart` with `numberLength` characters of a road's number before the suffix. */
function nameStartBefore(text: string, tokens: readonly Token[], suffixStart: number, end: number, taken: (start: number, end: number) => boolean, numberLength: number): number | undefined {
  const coreEnd = suffixStart - numberLength
  let floor = suffixStart
  while (floor > 0 && coreEnd - floor <= roadName.most && han.test(text.charAt(floor - 1)) && !taken(floor - 1, floor)) floor--
  // Within the run, jieba's last words before the suffix, not the verbs before them (位于|人民路, 走到|大街).
  const words = numberLength > 0 ? lastNameWordsStart(tokens, coreEnd, (previous) => !opensNoName(previous)) : lastWordsStart(tokens, suffixStart, end)
  if (words === undefined || coreEnd - floor > roadName.most && words <= floor) return undefined
  let start = Math.max(floor, words)
  if (!namesRoad(tokens, start, suffixStart)) return undefined
  for (let token = tokens.find((word) => word.start === start); token !== undefined && opensNoName(token) && token.end < coreEnd; ) {
    start = token.end
    token = tokens.find((word) => word.start === start)
  }
  // Before a number, the name left may be a verb or a word that opens none (位于 of 位于八一路): no numbered reading then
  if (numberLength > 0 && tokens.some((word) => word.start >= start && word.end <= coreEnd && (opensNoName(word) || notNameTags.has(word.tag)))) return undefined
  return coreEnd - start >= roadName.least && coreEnd - start <= roadName.most ? start : undefined
}

// The number of a numbered road before its suffix (七路, 十二路), in Chinese numerals.
const roadNumber = /[一二三四五六七八九十]{1,3}$/u

// Verbs, directions (沿/f), prepositions, conjunctions and pronouns (not 建设/vn of 建设大道, nor 都/d of 竹都大道).
const notNameTags = new Set(['v', 'vd', 'f', 'p', 'c', 'r'])

/**
 * Whether the words of a name before the suffix can name a road: no verb, direction, preposition, conjunction or
 * pronoun where jieba reads the suffix as a word of its own (走到|大街, 商户沿|大街: an everyday street).
 */
function namesRoad(tokens: readonly Token[], start: number, suffixStart: number): boolean {
  const suffix = tokens.find((token) => token.start === suffixStart)
  if (suffix === undefined || suffix.end - suffix.start < 2) return true
  return tokens.filter((token) => token.start >= start && token.end <= suffixStart).every((token) => !notNameTags.has(token.tag) && !token.tag.startsWith('u'))
}

// How many characters jieba may leave apart at the front of a road's name (平城区|御|河东路), one by one
const maxLoneFront = 2
// jieba's tags of a lone character that is no name's first, beside notNameTags: adverbs and adjectives (再, 新, 老)
const loneFrontRefusedTags = new Set(['d', 'a'])

/**
 * Where a road's name starts in an address or list that names it right after a place or a road (平城区|御|河东路,
 * 御河东路、|文|瀛|湖东路): at that place's end or list mark, where jieba left the name's first characters apart from
 * the words it read before the suffix as characters of their own, up to two and within reach, as long as they open
 * with no stop character and jieba reads none as a verb, adverb, adjective, direction, preposition, conjunction,
 * pronoun or particle. A word there is no lost front (平城区|开展|人民路, 、|拓宽|湖东路, |新城|湖东路 stay 人民路 and
 * 湖东路). An address names its places in order. Else `start`.
 */
function nameStartInAddress(text: string, tokens: readonly Token[], start: number, suffixStart: number, taken: (start: number, end: number) => boolean, opensAddress: (start: number) => boolean): number {
  let front = start
  while (front > start - maxLoneFront && han.test(text.charAt(front - 1)) && !taken(front - 1, front)) front--
  if (front === start || suffixStart - front > roadName.most || isStopChar(text.charAt(front))) return start
  if (!opensAddress(front) && !connectors.has(text.charAt(front - 1))) return start
  const apart = tokens.filter((token) => token.start >= front && token.end <= start)
  if (apart[0]?.start !== front || apart.at(-1)?.end !== start) return start
  return apart.every((token) => token.end - token.start === 1 && !notNameTags.has(token.tag) && !loneFrontRefusedTags.has(token.tag) && !token.tag.startsWith('u')) ? front : start
}

function lastWordsStart(tokens: readonly Token[], suffixStart: number, end: number): number | undefined {
  const whole = tokens.find((token) => token.end === end && token.start < suffixStart)
  if (whole !== undefined && whole.start <= suffixStart - roadName.least) return whole.start
  const coreEnd = tokens.some((token) => token.end === suffixStart) ? suffixStart : suffixStart - 1
  return lastNameWordsStart(tokens, coreEnd, (previous) => !opensNoName(previous))
}

// jieba's tags of proper names (牡丹/ns, 文昌/nr, 和平路/nz, 建设路/nt) and of runs it could not read (金雀/x)
const properNameTag = /^(?:n[srzt]|x)/u

/**
 * Whether jieba reads a word of the road's name, or the road whole, as a proper name: works or a shop named by
 * a road of common words are named by a kind of road as often (示范街改造, 小吃街分店, 高架路改造, 产业路改造).
 */
function namesProperly(tokens: readonly Token[], start: number, suffixStart: number): boolean {
  return tokens.some((token) => token.start < suffixStart && token.end > start && properNameTag.test(token.tag))
}

/**
 * Whether jieba reads the name's first word as a verb: the clause's verb taken into a short name before the pipes
 * (加快/v 中街|雨污分流改造, 推进/v 东街|老旧管网), which vouch for everyday words of a name but not for a verb.
 */
function opensWithVerb(tokens: readonly Token[], start: number): boolean {
  const first = tokens.find((token) => token.start === start)
  return first !== undefined && verbTags.has(first.tag)
}

// jieba's tags of verbs, not of verbal nouns (建设/vn of 建设大道)
const verbTags = new Set(['v', 'vd'])

// The directions a road's name ends with before its suffix (中山北|路): 北路 is a word, and a road's
const nameDirections = new Set([...'东西南北中'])

/**
 * Whether the suffix makes a word jieba knows with the character before it (电|路, 思|路, 燃气管|路: no road's), not
 * a direction's (新建南路), nor after a proper name jieba cuts right before the suffix (凤山/nr|路, 青山/ns|路), nor
 * inside a word jieba reads for the whole road (和平路, 滨河路, 中央大街, 环城路). Works named after such a word are its
 * (老旧电路改造, 拓宽思路, 燃气管路改造); a house number or an address needs no such care. A common noun read whole is
 * a road's only where what it holds before the suffix is a word (环城|路, 学府|路), not where it ends with the word
 * the suffix makes (新思路, 工作思路: 新思, 工作思 are none).
 */
function suffixMakesWord(text: string, tokens: readonly Token[], start: number, suffixStart: number, end: number): boolean {
  const whole = tokens.find((token) => token.end === end && token.start <= start)
  if (whole !== undefined) return whole.tag === 'n' && !isKnownWord(text.slice(whole.start, suffixStart)) && isKnownWord(text.slice(suffixStart - 1, end))
  if (nameDirections.has(text.charAt(suffixStart - 1)) || tokens.some((token) => token.end === suffixStart && properNameTag.test(token.tag))) return false
  return isKnownWord(text.slice(suffixStart - 1, end))
}

function evidenceFor(text: string, start: number, end: number, opensAddress: (start: number) => boolean): Road['evidence'] | undefined {
  if (houseNumber.test(text.slice(end, end + 6))) return 'house number'
  if (roadCueAt('road', text, end) !== undefined) return 'road cue'
  if (opensAddress(start) || followsAddressCue(text, start)) return 'address'
  return undefined
}

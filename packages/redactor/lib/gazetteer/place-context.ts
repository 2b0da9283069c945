import {readLexicon} from '../read-lexicon.js'
import {segmentAround, type Token} from '../segment.js'

interface Cues {
  after: string[]
  before: string[]
  product: string[]
  list: string[]
  estate: string[]
  road: string[]
  works: string[]
  pipes: string[]
  community: string[]
  address: string[]
  village: string[]
  venue: string[]
  exceptions: string[]
  /** Every piece of every exception (北京, 京时 … of 北京时间): most names are none, and need no search of the exceptions. */
  exceptionPieces: Set<string>
}

let cues: Cues | undefined

function loadCues(): Cues {
  if (cues) return cues
  const after: string[] = []
  const before: string[] = []
  const product: string[] = []
  const list: string[] = []
  const estate: string[] = []
  const road: string[] = []
  const works: string[] = []
  const pipes: string[] = []
  const community: string[] = []
  const address: string[] = []
  const village: string[] = []
  const venue: string[] = []
  for (const line of readLexicon('place-cues.txt')) {
    const [side, word] = line.split('\t')
    if (word && side === 'after') after.push(word)
    else if (word && side === 'before') before.push(word)
    else if (word && side === 'product') product.push(word)
    else if (word && side === 'list') list.push(word)
    else if (word && side === 'estate') estate.push(word)
    else if (word && side === 'road') road.push(word)
    else if (word && side === 'works') works.push(word)
    else if (word && side === 'pipes') pipes.push(word)
    else if (word && side === 'community') community.push(word)
    else if (word && side === 'address') address.push(word)
    else if (word && side === 'village') village.push(word)
    else if (word && side === 'venue') venue.push(word)
  }
  const exceptions = readLexicon('place-exceptions.txt')
  const exceptionPieces = new Set<string>()
  for (const exception of exceptions) {
    for (let start = 0; start <= exception.length; start++) for (let end = start; end <= exception.length; end++) exceptionPieces.add(exception.slice(start, end))
  }
  cues = {after, before, product, list, estate, road, works, pipes, community, address, village, venue, exceptions, exceptionPieces}
  return cues
}

/** Whether a word next to `[start, end)` makes it a place (data/place-cues.txt: 江安人民, 驻汝州, 汝州籍). */
export function hasPlaceCue(text: string, start: number, end: number): boolean {
  return loadCues().after.some((word) => text.startsWith(word, end)) || followsPlaceCue(text, start)
}

/** Whether a word that comes before places ends at `start` (data/place-cues.txt: 驻, 赴, 来自, 位于). */
export function followsPlaceCue(text: string, start: number): boolean {
  return loadCues().before.some((word) => text.endsWith(word, start))
}

/** The length of a word of data/place-cues.txt that opens a list of places at `start` (辖, 包括), or 0. */
export function listOpenerAt(text: string, start: number): number {
  return loadCues().list.find((word) => text.startsWith(word, start))?.length ?? 0
}

// What may stand between an estate's name and the word after it: a building's or a grid's number (2号楼, 第3网格).
const estateNumber = /^第?[0-9０-９一二三四五六七八九十]{0,3}/u

/** Whether a word that follows residential estates (data/place-cues.txt: 2号楼, 片区, 物业) stands at `end`. */
export function estateCueAt(text: string, end: number): boolean {
  const at = end + (estateNumber.exec(text.slice(end, end + 4))?.[0].length ?? 0)
  return loadCues().estate.some((word) => text.startsWith(word, at))
}

/** Whether a body of a village's own (data/place-cues.txt: 党支部, 村委会, 两委) starts at `end`, after a village's name (光明村|党支部). */
export function villageBodyAt(text: string, end: number): boolean {
  return loadCues().village.some((word) => text.startsWith(word, end))
}

/** Whether `[start, end)` is where a meeting is held, quoted or not (在光明村召开, 在“光明村”举行; data/place-cues.txt). */
export function isVenue(text: string, start: number, end: number): boolean {
  const quoted = text.charAt(start - 1) === '“' && text.charAt(end) === '”' ? 1 : 0
  return text.charAt(start - 1 - quoted) === '在' && loadCues().venue.some((word) => text.startsWith(word, end + quoted))
}

/** The kinds of data/place-cues.txt that follow a road's name (road: 沿线; works: 改造; pipes: 管网; community: 社区). */
export type RoadCueKind = 'road' | 'works' | 'pipes' | 'community'

/** The word of `kind` (data/place-cues.txt) that starts at `end`, after a road's name, if one does. */
export function roadCueAt(kind: RoadCueKind, text: string, end: number): string | undefined {
  return loadCues()[kind].find((word) => text.startsWith(word, end))
}

/** Whether a word that introduces an address (data/place-cues.txt: 位于, 地址：) ends at `start`. */
export function followsAddressCue(text: string, start: number): boolean {
  return loadCues().address.some((word) => text.endsWith(word, start))
}

/** Where the two-character products before a product cue of data/place-cues.txt start (汝瓷 in 汝瓷之乡). */
export function productNames(text: string): number[] {
  const starts: number[] = []
  for (const cue of loadCues().product) {
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) if (at >= 2) starts.push(at - 2)
  }
  return starts.sort((a, b) => a - b)
}

/** Whether `[start, end)` lies inside a string of data/place-exceptions.txt (北京时间, 上海合作组织, 小城镇). */
export function inPlaceException(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end)
  const {exceptions, exceptionPieces} = loadCues()
  if (!exceptionPieces.has(name)) return false
  return exceptions.some((exception) => {
    let at = exception.indexOf(name)
    while (at !== -1) {
      if (text.startsWith(exception, start - at)) return true
      at = exception.indexOf(name, at + 1)
    }
    return false
  })
}

/** Whether `name` is itself a string of data/place-exceptions.txt: a division named like a generic term (新城镇, 中心镇). */
export function isPlaceExceptionName(name: string): boolean {
  const {exceptions, exceptionPieces} = loadCues()
  return exceptionPieces.has(name) && exceptions.includes(name)
}

// Part-of-speech tags under which jieba reads a word as a name (ns place, nr person, nz other proper noun,
// nt organisation, j abbreviation, x unknown): 江安/ns, 朱家角/nr, but 建设/vn, 长治久安/l.
const nameTags = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'x'])

// Context either side of a name for jieba: enough for a word of four or five characters that crosses the name's
// edge; jieba's cost grows with every character of the window, and on the corpus (270 variants) five decides
// exactly what eight did.
const nameWordMargin = 5

/** jieba's words that overlap `[start, end)`, read with `nameWordMargin` characters of context either side. */
function wordsOver(text: string, start: number, end: number): Token[] {
  return segmentAround(text, start, end, nameWordMargin).filter((token) => token.end > start && token.start < end)
}

/**
 * Whether jieba segments `[start, end)` as a name of its own: word boundaries at both ends (长治 in 长治久安
 * has none), and either several words (an unknown name split up) or one word tagged as a name.
 */
export function isNameWord(text: string, start: number, end: number): boolean {
  const tokens = wordsOver(text, start, end)
  const [first] = tokens
  return first !== undefined && isBounded(tokens, start, end) && (tokens.length > 1 || nameTags.has(first.tag))
}

/** Whether jieba reads `[start, end)` as one word, with word boundaries at both ends (在|石家庄|召开). */
export function standsAsOneWord(text: string, start: number, end: number): boolean {
  return oneWordOver(text, start, end) !== undefined
}

/** The word jieba reads over exactly `[start, end)`, or undefined where it reads several or runs past either end. */
function oneWordOver(text: string, start: number, end: number): Token | undefined {
  const tokens = wordsOver(text, start, end)
  return tokens.length === 1 && isBounded(tokens, start, end) ? tokens[0] : undefined
}

/** Whether jieba has word boundaries at both ends of `[start, end)` (宝鸡 in 绵阳、宝鸡, not 大同 in 大同小异). */
export function standsAsWords(text: string, start: number, end: number): boolean {
  return isBounded(wordsOver(text, start, end), start, end)
}

function isBounded(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens[0]?.start === start && tokens.at(-1)?.end === end
}

/**
 * Whether jieba reads the level that ends a division's name `[start, end)` into an everyday word: the name's
 * (会同县/n) or the next one's (振兴|区域, 合作|市场主体, 延长|县城), not a name (嘉定区/ns) nor a level of its own (东方|市).
 */
export function levelReadsAsWord(text: string, start: number, end: number): boolean {
  const level = wordsOver(text, start, end).at(-1)
  return level !== undefined && !nameTags.has(level.tag) && (level.end > end || level.start <= start)
}

// What goes on a count after its numeral (100余家, 1万家), and the numerals a count ends with
const countContinuations = new Set(['余', '万'])
const countNumeral = /[0-9０-９一二三四五六七八九十百千]/u

/** Whether the character at `start` goes on the count a numeral before it makes (100余家, 1万家): no surname opens a name there. */
export function continuesCount(text: string, start: number): boolean {
  return countContinuations.has(text.charAt(start)) && countNumeral.test(text.charAt(start - 1))
}

/** Whether jieba reads `[start, end)` as one word tagged as a place (成都/ns), with word boundaries at both ends. */
export function isPlaceWord(text: string, start: number, end: number): boolean {
  return oneWordOver(text, start, end)?.tag === 'ns'
}

/**
 * Whether jieba reads `[start, end)` as the start of an organisation it knows (延安大学/nt, 南京大学/nt): a body
 * named after the place, so the short form in it names the place as much as one standing alone.
 */
export function opensOrganisationWord(text: string, start: number, end: number): boolean {
  const [first] = wordsOver(text, start, end)
  return first !== undefined && first.start === start && first.end > end && first.tag === 'nt'
}

/** Whether jieba starts a word at `start` (no: 明村镇 in 文明村镇, where 文明 is the word). */
export function startsWord(text: string, start: number, end: number): boolean {
  return segmentAround(text, start, end, 4).some((token) => token.start === start)
}

// Characters existing placeholders are made of (*县税务局, xx县, ××镇, ○○村, ＊小学), by code: every candidate of
// places and units asks, and a CJK character taken out as a string is a new string each time.
const placeholderCodes = new Set([...'*＊xXｘＸ×○〇□'].map((char) => char.charCodeAt(0)))

/**
 * Whether `start` follows a placeholder: a name or suffix there is the generic rest of a name already masked
 * (县税务局 in *县税务局 is no place), so neither places nor units start there.
 */
export function followsPlaceholder(text: string, start: number): boolean {
  return placeholderCodes.has(text.charCodeAt(start - 1))
}

/**
 * Whether `items[index]` (items in text order) stands right after the item before it or right before the one after
 * it across one of the `joins` (兴桥、盘湾; 长治路与晋阳街), that neighbour passing `accept`: the items of a list
 * are of one kind.
 */
export function listedWithNeighbour<T extends {start: number; end: number}>(
  text: string,
  items: readonly T[],
  index: number,
  accept: (item: T) => boolean = () => true,
  joins: ReadonlySet<string> = listMarks
): boolean {
  const item = items[index]
  if (item === undefined) return false
  const next = items[index + 1]
  const previous = items[index - 1]
  return (
    (joins.has(text.charAt(item.end)) && next?.start === item.end + 1 && accept(next)) ||
    (joins.has(text.charAt(item.start - 1)) && previous?.end === item.start - 1 && accept(previous))
  )
}

const listMarks: ReadonlySet<string> = new Set(['、'])

/** A Chinese character, as the place rules read names one character at a time. */
export const hanCharacter = /\p{Script=Han}/u

/**
 * Where the proper name before a suffix that jieba cuts off at `nameEnd` starts: jieba's last word there, or the word
 * before it too where the last is one character and `joins` accepts that word (锦绣|华|庭 → 锦绣华 for estates; a
 * road's name takes no preposition or conjunction that way). Undefined where no word ends at `nameEnd`.
 */
export function lastNameWordsStart(tokens: readonly Token[], nameEnd: number, joins: (previous: Token) => boolean): number | undefined {
  const lastIndex = tokens.findIndex((token) => token.end === nameEnd)
  const last = tokens[lastIndex]
  if (last === undefined) return undefined
  const previous = tokens[lastIndex - 1]
  return last.end - last.start === 1 && previous !== undefined && joins(previous) ? previous.start : last.start
}

let cityWordsOfProse: ReadonlySet<string> | undefined

/**
 * Whether `word` is a prefecture-level city's short form that is also a word of prose (data/city-short-form-words.txt:
 * 大同, 开封, 日照): such a short form alone names the city only where jieba tags it as a place. Read once.
 */
export function isCityWordOfProse(word: string): boolean {
  cityWordsOfProse ??= new Set(readLexicon('city-short-form-words.txt'))
  return cityWordsOfProse.has(word)
}

import {KeepType} from '@gongwen/schema'
import type {Detection} from './detection.js'
import {createTrie, insertName, nextStart, walkFrom, type Trie} from './gazetteer/trie.js'
import {readAlternatives} from './detect/persons/person-classes.js'
import {readLexicon} from './read-lexicon.js'

/** A stretch of text that must stay visible, and why. */
export interface ProtectedRange {
  start: number
  end: number
  type: KeepType
  /** Where it came from: the list file (`national`, `leaders` …), the pattern rule (`year`, `stars` …) or `allow`. */
  rule: string
}

export interface KeepOptions {
  keepYears: boolean
  keepLaws: boolean
  /** The policy's allow-list: never masked, not even inside a longer name. */
  allow: readonly string[]
  /** Also protect the shapes our pseudonyms take, so a second pass leaves them alone. */
  pseudonyms: boolean
}

interface KeepEntry {
  type: KeepType
  rule: string
}

interface KeepPattern {
  type: KeepType
  rule: string
  /** Every character a match can start with. */
  starts: string
  /** Every character a match can have second, or undefined for any (a pattern that can match one character alone). */
  seconds: string | undefined
  /** Sticky (flag `y`): tried at a position, never searching on from it. */
  expression: RegExp
}

const listFiles: readonly (readonly [string, KeepType])[] = [
  ['national', 'NATIONAL'],
  ['leaders', 'LEADER'],
  ['slogans', 'SLOGAN'],
  ['generic', 'GENERIC']
]

// The shape pseudonyms take (see mask.ts): two capitals, alone or before a suffix (AK县, 某AK, AK小学).
const pseudonymPattern: KeepPattern = {
  type: 'PLACEHOLDER',
  rule: 'pseudonym',
  starts: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  seconds: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  expression: /(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])/uy
}

// Characters that are only the administrative level of a name; a name already masked down to these is done.
const adminOnly = /^[省市县区镇乡村旗盟州街道]+$/u

/**
 * The keep patterns (the pseudonym shape last), indexed so that most positions of a text are turned away by one
 * lookup in a table small enough to stay in cache, and most of the rest by their next character, before any
 * expression is tried: the start characters include 一, 二, 第 and digits, which are everywhere in a report.
 */
interface PatternSet {
  patterns: KeepPattern[]
  /** One bit per char code that some pattern starts with (8 KB, where `startBits` is 256 KB). */
  anyStart: Int32Array
  /** By char code, one bit per pattern that can start there. */
  startBits: Uint32Array
  /** By char code, one bit per pattern that can have it second: every pattern without a list of seconds. */
  secondBits: Uint32Array
  /** The bits of the patterns without a list of seconds: the only ones that can match at a text's last character. */
  anySecond: number
}

let loaded: {trie: Trie<KeepEntry>; patternSet: PatternSet} | undefined

const lineShape = '`TYPE<tab>rule<tab>start characters<tab>expression`, then optionally `<tab>second characters`'

/** Parse one line of data/keep/patterns.txt (see `lineShape`). */
function readPattern(line: string): KeepPattern {
  const [type, rule, starts, source, seconds] = line.split('\t')
  const keepType = KeepType.safeParse(type)
  if (!keepType.success || rule === undefined || !starts || source === undefined || seconds === '') {
    throw new Error(`Unexpected line \`${line}\` in data/keep/patterns.txt, expected ${lineShape}`)
  }
  // The index holds code units: a surrogate would stand for every character of its plane.
  if (/[\uD800-\uDFFF]/u.test(starts + (seconds ?? ''))) {
    throw new Error(`Unexpected character outside the Basic Multilingual Plane in \`${line}\` in data/keep/patterns.txt, expected start and second characters of one UTF-16 unit`)
  }
  return {type: keepType.data, rule, starts, seconds, expression: new RegExp(expandWordLists(source), 'uy')}
}

/**
 * Replace each `{list:NAME}` of a pattern's source by the words of data/keep/NAME.txt as alternatives, so that a
 * pattern's words stay a word list, one entry a line (the service circles, the national bodies that issue together).
 */
export function expandWordLists(source: string): string {
  return source.replace(/\{list:([a-z-]+)\}/gu, (_, name: string) =>
readAlternatives(`keep/${name}.txt`))
}

/** Sets bit `bit` of `bits[code]` for every char code of `characters`. */
function markCharacters(bits: Uint32Array, characters: string, bit: number): void {
  for (let at = 0; at < characters.length; at++) {
    const code = characters.charCodeAt(at)
    bits[code] = (bits[code] ?? 0) | bit
  }
}

function indexPatterns(patterns: KeepPattern[]): PatternSet {
  // One bit per pattern in a 32-bit word: a data file with more patterns is an error, not a silent miss.
  if (patterns.length > 32) throw new Error(`Unexpected ${patterns.length} keep patterns in data/keep/patterns.txt, expected at most 32`)
  const startBits = new Uint32Array(0x1_00_00)
  const secondBits = new Uint32Array(0x1_00_00)
  let anySecond = 0
  for (const [index, pattern] of patterns.entries()) {
    markCharacters(startBits, pattern.starts, 1 << index)
    if (pattern.seconds === undefined) anySecond |= 1 << index
    else markCharacters(secondBits, pattern.seconds, 1 << index)
  }
  if (anySecond !== 0) for (let code = 0; code < secondBits.length; code++) secondBits[code] = (secondBits[code] ?? 0) | anySecond
  const anyStart = new Int32Array(0x1_00_00 / 32)
  for (let code = 0; code < startBits.length; code++) if (startBits[code] !== 0) anyStart[code >>> 5] = (anyStart[code >>> 5] ?? 0) | (1 << (code & 31))
  return {patterns, anyStart, startBits, secondBits, anySecond}
}

/** Load the keep-lists and patterns once per process. */
function keepData(): {trie: Trie<KeepEntry>; patternSet: PatternSet} {
  if (loaded) return loaded
  const lists = listFiles.map(([name, type]) => ({name, type, entries: readLexicon(`keep/${name}.txt`)}))
  const trie = createTrie<KeepEntry>(false, lists.reduce((sum, list) => sum + list.entries.join('').length, 0))
  for (const {name, type, entries} of lists) for (const entry of entries) insertName(trie, entry, {type, rule: name})
  loaded = {trie, patternSet: indexPatterns([...readLexicon('keep/patterns.txt').map(readPattern), pseudonymPattern])}
  return loaded
}

/** Leftmost-longest keep-list matches: at each offset, the longest entry not inside the previous match. */
function matchLists(text: string, trie: Trie<KeepEntry>, ranges: ProtectedRange[]): void {
  let coveredUntil = 0
  for (let start = nextStart(trie, text, 0); start < text.length; start = nextStart(trie, text, start + 1)) {
    const match = walkFrom(trie, text, start)
    const entry = match?.values[0]
    if (match && entry && match.end > coveredUntil) {
      ranges.push({start, end: match.end, type: entry.type, rule: entry.rule})
      coveredUntil = match.end
    }
  }
}

/**
 * Every match of the patterns whose bits are in `wanted`, as a global `exec` of each would find them (leftmost,
 * then on from the end of the match), in one pass over the text: a pattern's sticky expression is tried only
 * where one of its start characters stands before one of its second characters, and not inside its own previous
 * match. No pattern matches the empty string, and every start and second character is a whole code point (none is
 * a surrogate).
 */
function matchPatterns(text: string, {patterns, anyStart, startBits, secondBits, anySecond}: PatternSet, wanted: number, ranges: ProtectedRange[]): void {
  const resumeAt = new Int32Array(patterns.length)
  const last = text.length - 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Every position asks this: `as number`, not `?? 0`, since a code unit is always inside the table.
    if (((anyStart[code >>> 5] as number) & (1 << (code & 31))) === 0) continue
    let bits = (startBits[code] as number) & wanted & (index < last ? (secondBits[text.charCodeAt(index + 1)] as number) : anySecond)
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits & -bits)
      bits &= bits - 1
      const pattern = patterns[bit]
      if (pattern === undefined || index < (resumeAt[bit] as number)) continue
      const {expression} = pattern
      expression.lastIndex = index
      const match = expression.exec(text)
      if (match === null || match[0] === '') continue
      ranges.push({start: index, end: index + match[0].length, type: pattern.type, rule: pattern.rule})
      resumeAt[bit] = index + match[0].length
    }
  }
}

/** The bits of the patterns `wanted` accepts, for `matchPatterns`. */
function patternBits(patterns: readonly KeepPattern[], wanted: (pattern: KeepPattern) => boolean): number {
  let bits = 0
  for (const [index, pattern] of patterns.entries()) if (wanted(pattern)) bits |= 1 << index
  return bits
}

/** Whether a policy wants a pattern: YEAR and LAW ones as it keeps those, the pseudonym shape if it uses pseudonyms. */
function isWanted(pattern: KeepPattern, options: Readonly<KeepOptions>): boolean {
  if (pattern === pseudonymPattern) return options.pseudonyms
  return (pattern.type !== 'YEAR' || options.keepYears) && (pattern.type !== 'LAW' || options.keepLaws)
}

function matchAllow(text: string, allow: readonly string[], ranges: ProtectedRange[]): void {
  for (const entry of allow) {
    let index = text.indexOf(entry)
    while (index !== -1) {
      ranges.push({start: index, end: index + entry.length, type: 'GENERIC', rule: 'allow'})
      index = text.indexOf(entry, index + 1)
    }
  }
}

/** Every range of `text` the keep-lists, keep patterns and allow-list protect, sorted by start. */
export function findProtectedRanges(text: string, options: Readonly<KeepOptions>): ProtectedRange[] {
  const {trie, patternSet} = keepData()
  const ranges: ProtectedRange[] = []
  matchLists(text, trie, ranges)
  matchPatterns(text, patternSet, patternBits(patternSet.patterns, (pattern) => isWanted(pattern, options)), ranges)
  matchAllow(text, options.allow, ranges)
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Year numbers (2018 in 2018年), for a policy that masks years: the same rule that otherwise protects them. */
export function findYears(text: string): ProtectedRange[] {
  const {patternSet} = keepData()
  const ranges: ProtectedRange[] = []
  matchPatterns(text, patternSet, patternBits(patternSet.patterns, (pattern) => pattern.type === 'YEAR'), ranges)
  return ranges
}

/**
 * Cut one protected range out of a detection. A range covering the detection drops it; a range at an edge is
 * trimmed off (国家税务总局|江安县税务局, 汝州|市委), unless that leaves a place nothing but its level (中央|村);
 * a keep word strictly inside a longer name does not protect it, except the allow-list, which splits it. A leader's name
 * inside a longer person name does not protect that person. Law titles only protect numbers (a local
 * regulation's title names its place).
 */
function cut(detection: Detection, range: ProtectedRange): Detection[] {
  if (range.end <= detection.start || range.start >= detection.end) return [detection]
  if (range.type === 'LAW' && (detection.type === 'PLACE' || detection.type === 'ORG' || detection.type === 'PERSON')) return [detection]
  // 局长李强: the persons detector read a local title next to the name, so this is a namesake, not the leader.
  if (range.type === 'LEADER' && detection.rule === 'local-namesake') return [detection]
  if (range.start <= detection.start && range.end >= detection.end) return []
  // A division's full name holds generic words (城区 of 雨城区, 郾城区): from inside its proper part they do not cut it;
  // nor does one that reaches into it from the name before (江安县城关镇 holds 县城, and 城关镇 is the town)
  if (range.type === 'GENERIC' && isFullDivisionName(detection) && range.start > detection.start && range.start < detection.end - detection.suffixLength) return [detection]
  if (range.type === 'GENERIC' && isFullDivisionName(detection) && range.start < detection.start && range.end < detection.end) return [detection]
  const inside = range.start >= detection.start && range.end <= detection.end
  const hard = range.rule === 'allow'
  if (inside && !hard && detection.type === 'PERSON' && range.type !== 'PLACEHOLDER') return [detection]
  if (range.start > detection.start && range.end < detection.end && !hard) return [detection]
  const pieces: Detection[] = []
  if (range.start > detection.start) {
    const trimmed = detection.end - range.start
    pieces.push({...detection, end: range.start, suffixLength: Math.max(0, detection.suffixLength - trimmed)})
  }
  if (range.end < detection.end) pieces.push({...detection, start: range.end})
  const named = pieces.filter((piece) => piece.end - piece.start > piece.suffixLength)
  // A place whose whole proper part is a keep word (中央|村) is still that place; a unit named after a leader
  // (彭雪枫|纪念馆) or what a placeholder left (*|市) is not a name of its own.
  if (named.length === 0 && detection.type === 'PLACE' && range.type !== 'PLACEHOLDER' && !hard) return [detection]
  return named
}

/**
 * Whether a detection is the full name of a division or village from the gazetteer, or a copy of one: a place
 * with its level, found by name rather than read back from a suffix (沙湾村 by `suffix-name`).
 */
function isFullDivisionName(detection: Detection): boolean {
  return detection.type === 'PLACE' && detection.detector === 'places' && detection.suffixLength > 0 && detection.rule !== 'suffix-name'
}

/** Whether what a placeholder left of a name is only its level (*|市实验小学): the name was masked already. */
function alreadyMasked(text: string, piece: Detection): boolean {
  return adminOnly.test(text.slice(piece.start, piece.end - piece.suffixLength))
}

/** Apply the protected ranges to detections: drop, trim or split each as `cut` decides. */
export function protectDetections(text: string, detections: readonly Detection[], ranges: readonly ProtectedRange[]): Detection[] {
  // Most calls of a second look have no detection, or no range, to cut: nothing to index for them.
  if (detections.length === 0) return []
  if (ranges.length === 0) return detections.slice()
  // Ranges are sorted by start; the running maximum of their ends tells how far back one can still reach.
  const reach: number[] = []
  let farthest = 0
  for (const range of ranges) reach.push((farthest = Math.max(farthest, range.end)))
  const result: Detection[] = []
  for (const detection of detections) {
    let first = firstStartingAt(ranges, detection.end)
    while (first > 0 && (reach[first - 1] ?? 0) > detection.start) first--
    let pieces = [detection]
    for (let index = first; index < ranges.length && pieces.length > 0; index++) {
      const range = ranges[index]
      if (range === undefined || range.start >= detection.end) break
      pieces = cutPieces(text, pieces, range)
    }
    for (const piece of pieces) result.push(piece)
  }
  return result
}

/** `cut` every piece by `range`, leaving out what a placeholder shows was masked already. */
function cutPieces(text: string, pieces: readonly Detection[], range: ProtectedRange): Detection[] {
  const result: Detection[] = []
  for (const piece of pieces) {
    for (const cutPiece of cut(piece, range)) {
      if (range.type !== 'PLACEHOLDER' || cutPiece === piece || !alreadyMasked(text, cutPiece)) result.push(cutPiece)
    }
  }
  return result
}

/** First index whose range starts at or after `offset` (ranges are sorted by start). */
function firstStartingAt(ranges: readonly ProtectedRange[], offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const range = ranges[middle]
    if (range !== undefined && range.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

import {type CharClass, charCodes, inClass} from '@gongwen/parser'
import {isStopChar} from '../../gazetteer/find-suffixed-names.js'
import {hanCharacter as han} from '../../gazetteer/place-context.js'
import {isFrequentWord, isUsualWord, mayBeKnownWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentAround} from '../../segment.js'

/** A river, lake or bay named after the land (都柳江), its name and kind masked whole: the kind alone would not hide it. */
export interface Water {
  start: number
  end: number
  /** What says a water is meant: a word after it (流域), a section of it named after a place (…凤歧村段), or the water it is listed after or before (练江海门湾, 九龙江西溪). */
  evidence: string
}

interface WaterWords {
  /** Longest first. */
  kinds: string[]
  /** The first characters of the kinds: most characters of a text open none, and are passed over by one lookup. */
  kindStarts: CharClass
  after: string[]
  before: string[]
  national: Set<string>
}

let words: WaterWords | undefined

function loadWaterWords(): WaterWords {
  if (words) return words
  const kinds: string[] = []
  const after: string[] = []
  const before: string[] = []
  const national = new Set<string>()
  for (const line of readLexicon('place-waters.txt')) {
    const [side, word] = line.split('\t')
    if (word && side === 'kind') kinds.push(word)
    else if (word && side === 'after') after.push(word)
    else if (word && side === 'before') before.push(word)
    else if (word && side === 'national') national.add(word)
  }
  words = {kinds: kinds.sort((a, b) => b.length - a.length), kindStarts: charCodes(kinds.map((kind) => kind.charAt(0)).join('')), after, before, national}
  return words
}

// A water's own name before its kind: one character (洱海, 练江) to three (大布苏湖)
const waterName = {least: 1, most: 3}

// The place a section of a water is named after (双古 of 旭水河双古段): two or three characters
const sectionName = {least: 2, most: 3}

interface Candidate {
  start: number
  end: number
  /** Something other than a water bounds the name before it: a place found, a clause's edge, a stop character or a word of data's `before`. */
  bounded: boolean
  /** What says a water is meant, a word of data's `before` or what follows it, or undefined. */
  cue: string | undefined
}

/**
 * The first of `words` that starts at `at`. A loop of its own, not `words.find` with an arrow in `findWaters`: an arrow
 * there that reads the loop's `at` or `start` makes V8 allocate a context at every position of the text, read or not
 * (the scan took 2.4 times as long, and a fifth of all a redaction allocated was those contexts).
 */
function wordStartingAt(words: readonly string[], text: string, at: number): string | undefined {
  for (const word of words) if (text.startsWith(word, at)) return word
  return undefined
}

/** The first of `words` that ends at `end` (see `wordStartingAt`). */
function wordEndingAt(words: readonly string[], text: string, end: number): string | undefined {
  for (const word of words) if (text.endsWith(word, end)) return word
  return undefined
}

/** Whether a national water or a word of prose (长江, 江河, 河湖) ends `[start, end)`: the name is no local water's. */
function endsNational(text: string, start: number, end: number, national: ReadonlySet<string>): boolean {
  for (let from = start; from < end - 1; from++) if (national.has(text.slice(from, end))) return true
  return false
}

/**
 * Rivers, lakes, bays and wetlands named after the land (data/place-waters.txt): one to three characters and a kind
 * (江, 河, 湖, 淀, 海 …), bounded before by a place found (`placeEndsAt`: 潮南区|练江), a clause's edge, a stop character
 * (对|都柳江) or a word that opens a water (流入|绣针河, 外溢至|柏临河), or by a water listed right before it
 * (九龙江|西溪), and followed by a word of a water's (流域, 支流, 桥闸), by a section named after a place
 * (`placeAt`: 蒲阳河|凤歧村|段) or by another water that is. Not the country's great waters nor words of prose ending
 * in a kind (长江, 嘉陵江, 江河, 界河), not a frequent word (沿海), not where jieba joins the name to what precedes it.
 */
export function findWaters(
  text: string,
  taken: (start: number, end: number) => boolean,
  placeEndsAt: (at: number) => boolean,
  placeAt: (at: number) => {end: number} | undefined
): Water[] {
  const {kinds, kindStarts, after, before, national} = loadWaterWords()
  const byEnd = new Map<number, Candidate>()
  const byStart = new Map<number, Candidate>()
  // In text order, so that a water listed right before another is read first (九龙江西溪)
  for (let at = 1; at < text.length; at++) {
    if (!inClass(kindStarts, text.charCodeAt(at))) continue
    const kind = wordStartingAt(kinds, text, at)
    if (kind === undefined) continue
    const end = at + kind.length
    let start = at
    let bound: 'place' | 'water' | 'edge' | undefined
    let opener: string | undefined
    while (bound === undefined && at - start <= waterName.most) {
      opener = wordEndingAt(before, text, start)
      // A place that ends at the kind itself bounds no name: where it is a short form the water may take (蒲阳|河), the
      // name reads on into it, as `taken` leaves it free
      if ((start < at && placeEndsAt(start)) || opener !== undefined) bound = 'place'
      else if (start < at && byEnd.has(start)) {
        // A water's cue right after another is no name of its own (洱海流域|湖泊)
        if (wordStartingAt(after, text, start) !== undefined) break
        bound = 'water'
      } else if (!han.test(text.charAt(start - 1)) || isStopChar(text.charAt(start - 1))) bound = 'edge'
      else if (taken(start - 1, start)) break
      else start--
    }
    if (bound === undefined) continue
    // A verb or a locative word jieba reads at the name's start is no part of it (完成|西湖, 我县境内|西江): the
    // name starts after it, bounded by it
    const opening = wordOpeningName(text, start, at)
    if (opening !== undefined) {
      start = opening
      if (bound === 'water') bound = 'edge'
    }
    if (at - start < waterName.least || at - start > waterName.most || taken(start, end) || joinsKindToFollowing(text, at, end)) continue
    if (!namesWater(text, start, end, national, bound)) continue
    const bounded = bound !== 'water'
    const candidate = {start, end, bounded, cue: waterCue(text, end, after, placeAt) ?? (opener && `after \`${opener}\``)}
    byEnd.set(end, candidate)
    byStart.set(start, candidate)
  }
  // A water listed right before another (练江海门湾, 九龙江西溪) shares its evidence: a chain is read where its
  // first is bounded by something else, up to the last that has a cue
  const found: Water[] = []
  for (const first of byStart.values()) {
    if (!first.bounded) continue
    const chain = [first]
    for (let next = byStart.get(first.end); next && !next.bounded; next = byStart.get(next.end)) chain.push(next)
    const last = chain.findLastIndex((water) => water.cue !== undefined)
    for (const [index, water] of chain.slice(0, last + 1).entries()) {
      found.push({start: water.start, end: water.end, evidence: index === last ? (water.cue ?? '') : 'listed with a water'})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

const commonNounTags = new Set(['n', 'nz', 'vn'])

/** Whether `[start, end)`, a name and its kind, may name a local water (see `findWaters`). */
function namesWater(text: string, start: number, end: number, national: ReadonlySet<string>, bound: 'place' | 'water' | 'edge'): boolean {
  if (endsNational(text, start, end, national) || isFrequentWord(text.slice(start, end))) return false
  for (let at = start; at < end; at++) if (isStopChar(text.charAt(at)) || !han.test(text.charAt(at))) return false
  // Where only a stop character or a clause's edge bounds it, jieba's reading: no word of its dictionary runs into
  // the name from before it; an unknown run may (对大|布苏湖). A place or a water before it bounds it whatever jieba
  // reads (练江|海门湾, where jieba joins 江海)
  // A common noun jieba reads whole (人工湖/n, 护城河/nz, 渔港/n), or one before the kind (景观/n|河), is no name; a
  // proper one (千岛湖/ns, 白洋淀/ns) may be, and so may a name listed right after a water (练江|海门/n|湾)
  const words = segmentAround(text, start, end, 0, 0)
  const commonNounEnd = bound === 'water' ? [end] : [end, end - 1]
  if (words.some((token) => token.start === start && commonNounEnd.includes(token.end) && commonNounTags.has(token.tag))) return false
  return bound !== 'edge' || !segmentAround(text, start, end, 3, 0).some((token) => token.start < start && token.end > start && isUsualWord(token.word))
}

/**
 * Where a usual word of jieba's that starts at the name's `start` and ends before the kind at `kindStart` ends
 * (完成|西湖, 开展|海, 境内|西江, 做好|小溪), or undefined where none does.
 */
function wordOpeningName(text: string, start: number, kindStart: number): number | undefined {
  const opening = segmentAround(text, start, kindStart, 0, 0).find((token) => token.start === start)
  return opening && opening.end < kindStart && isUsualWord(opening.word) ? opening.end : undefined
}

/**
 * Whether jieba joins the kind `[kindStart, end)` to what follows it into one known word other than a place's
 * (海岸线, 海岸): no water's kind. A place's is a water's neighbour read across (九龙|江西|溪 is 九龙江 and 西溪).
 */
function joinsKindToFollowing(text: string, kindStart: number, end: number): boolean {
  return segmentAround(text, kindStart, end, 3).some((token) => token.start >= kindStart && token.start < end && token.end > end && token.tag !== 'ns' && mayBeKnownWord(text, token.start, token.end))
}

/** What after a water's kind at `end` says a water is meant: a word of data's `after`, or a place named and 段. */
function waterCue(text: string, end: number, after: readonly string[], placeAt: (at: number) => {end: number} | undefined): string | undefined {
  const word = wordStartingAt(after, text, end)
  if (word !== undefined) return word
  const place = placeAt(end)
  if (place && text.charAt(place.end) === '段') return 'a section named after a place'
  // or after a name no place detector read, but no word of prose (旭水河|双古|段; not 支流段, 下游段)
  for (let length = sectionName.least; length <= sectionName.most; length++) {
    const sectionEnd = end + length
    if (text.charAt(sectionEnd) !== '段' || isUsualWord(text.slice(end, sectionEnd))) continue
    let named = true
    for (let at = end; at < sectionEnd; at++) if (!han.test(text.charAt(at)) || isStopChar(text.charAt(at))) named = false
    if (named) return 'a section named after a place'
  }
  return undefined
}

/**
 * A character trie matched leftmost-longest in one pass over the text. Names go in once; a scan walks
 * from each position as deep as the trie allows, so cost grows with the text, not with the number of
 * names (a regex alternation of 50,000 names takes minutes to compile; this takes tens of milliseconds).
 *
 * Every position of a scanned text asks for a first character, so a large trie keeps the root's children
 * in a table indexed by char code (`createTrie(true)`); a small per-document one, built often, keeps them
 * with the other edges. Edges are one open-addressing hash table in typed arrays (node, char code →
 * child): no map per node to build, no boxed keys to hash while scanning.
 *
 * In a large trie most characters of a text begin some name, but few pairs of characters do, and the root
 * table and the edge table together are megabytes, so reading either is a cache miss. A trie therefore also
 * keeps bitmaps small enough to stay in cache: the characters that are names on their own, the first two
 * characters of longer names twice (in a small table every position reads, then, where it passes, in one four
 * times larger), and (read only where both pass) the first three characters of names of three or more and the
 * two of two-character names (all hashed; a false hit only costs the lookups), and, in a trie that has names of one
 * character, which no test of pairs lets pass, the first characters of all names. Together they turn most positions
 * away before either table is read, for a small trie as well as for a large one: in the corpus, 1 position in 65
 * passes for the gazetteer, where its first character lets 2 in 3 pass and the small table of pairs 1 in 11.
 */
export interface Trie<T> {
  /** Child of the root by char code, 0 for none (the root is nobody's child); empty when not dense. */
  first: Int32Array
  /**
   * Bits of `openingBit` for the first two characters of every longer name: most positions of a text stop at this
   * test, a small table (32 KB for the gazetteer) that lets few pass, where a table of first characters let most pass.
   */
  openings: Int32Array
  /** How far `openingBit` shifts: 32 less the log2 of the bits in `openings`. */
  openingShift: number
  /**
   * Whether some name is one character long. Such a name passes no test of pairs, so a scan of a trie that has one
   * (the unit suffixes: 村, 局) tests every position's first character, in `firsts`, before its pairs; one of a trie
   * that has none (the gazetteer) tests `openings` first.
   */
  hasSingles: boolean
  /** Bits of `singleBit` for the first character of every name: read by a scan only when `hasSingles`. */
  firsts: Int32Array
  /** Bits of `singleBit` for the characters that are names on their own; read only when `hasSingles`. */
  singles: Int32Array
  /** How far `singleBit` shifts: 32 less the log2 of the bits in `firsts` and `singles`. */
  singleShift: number
  /** Bits of `pairBit` for the first two characters of every longer name. */
  pairs: Int32Array
  /** Bits of `tripleBit` for the first three characters of every name of three or more, and for every two-character name. */
  triples: Int32Array
  /** How far `pairBit` and `tripleBit` shift a hash: 32 less the log2 of the bits in `pairs` (and in `triples`). */
  pairShift: number
  edges: EdgeTable
  /** Values by node id; node 0 is the root. */
  values: (T[] | undefined)[]
  /**
   * One bit per node that ends a name: a scan tests it at every step and reads `values` only for the longest
   * match, since `values` is an array of pointers that a large trie spreads over hundreds of kilobytes.
   */
  ends: Int32Array
  /** Distinct names inserted. */
  size: number
}

/**
 * Slots of three numbers (parent, char code, child) side by side, so a probe reads one cache line rather than
 * one in each of three arrays: a scan looks up edges of a large trie all over its megabytes.
 */
interface EdgeTable {
  /** `slots[3 * i]` parent, `slots[3 * i + 1]` char code, `slots[3 * i + 2]` child; a child of 0 marks a free slot. */
  slots: Int32Array
  /** Number of slots, a power of two. */
  capacity: number
  count: number
}

/** One occurrence of a name: `values` are everything inserted under it. */
export interface TrieMatch<T> {
  start: number
  end: number
  values: readonly T[]
}

/**
 * An empty trie; `denseRoot` for one that holds tens of thousands of names (the gazetteer), and `edges` for
 * about how many characters its names hold: the edge table and the pair bitmap are sized for it, not grown
 * name by name. A dense root is a 256 KB table, so only the one large trie gets one: every trie a document
 * touches competes for the same cache, and a small trie finds its first characters in its edge table.
 */
export function createTrie<T>(denseRoot = false, edges = 32): Trie<T> {
  let capacity = 64
  while (capacity < edges * 2) capacity *= 2
  // About eight bits per character of the names (a pair per name, a few characters per name): few false hits,
  // between 512 bytes and 128 KB.
  let pairBits = minPairBits
  while (pairBits < edges * 8 && pairBits < maxPairBits) pairBits *= 2
  const openingBits = pairBits / openingsPerPair
  return {
    first: new Int32Array(denseRoot ? 65536 : 0),
    openings: new Int32Array(openingBits / 32),
    openingShift: 32 - Math.log2(openingBits),
    hasSingles: false,
    // As many bits as `pairs` (never more than one per code unit): a per-document trie is built for every
    // redact call, and a fixed 8 KB table was most of its cost.
    firsts: new Int32Array(Math.min(pairBits, 65536) / 32),
    singles: new Int32Array(Math.min(pairBits, 65536) / 32),
    singleShift: 32 - Math.log2(Math.min(pairBits, 65536)),
    pairs: new Int32Array(pairBits / 32),
    triples: new Int32Array(pairBits / 32),
    pairShift: 32 - Math.log2(pairBits),
    edges: createEdgeTable(capacity),
    values: [undefined],
    ends: new Int32Array(capacity / 32),
    size: 0
  }
}

// The gazetteer's names start with about 24,000 pairs, so at the largest size (128 KB) about one bit in forty is
// set. At a quarter of that, a third of the positions that passed both bitmaps started no name, and each of those
// walks reads the megabytes of the root and edge tables: twice as many walks as now.
const minPairBits = 1 << 12
const maxPairBits = 1 << 20
// `openings` has a quarter of the bits of `pairs`: 32 KB for the gazetteer, a twelfth of them set. Alone, finding
// where the gazetteer's names may start took 0.84 of the time with it (0.92 at half the size) where a table of first
// characters, which two positions in three pass, came first.
const openingsPerPair = 4

/** The bit of a one-character name in `singles` (hashed; a collision only costs a lookup). */
function singleBit(code: number, shift: number): number {
  return Math.imul(code, 0x9e3779b1) >>> shift
}

/** The bit of the pair (first, second) in `openings`: other multipliers than `pairBit`'s, so their false hits differ. */
function openingBit(first: number, second: number, shift: number): number {
  return (Math.imul(first, 0x2c1b3c6d) ^ Math.imul(second, 0x297a2d39)) >>> shift
}

/** The bit of the pair (first, second) in `pairs`: a word index in the high bits, a bit in the low five. */
function pairBit(first: number, second: number, shift: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> shift
}

// Stands for the end of a two-character name in `tripleBit`: no UTF-16 code unit has this value.
const nameEnd = 0x10000

/** The bit of the triple (first, second, third) in `triples`; `third` is `nameEnd` for a two-character name. */
function tripleBit(first: number, second: number, third: number, shift: number): number {
  return (Math.imul(first, 0x27d4eb2f) ^ Math.imul(second, 0x165667b1) ^ Math.imul(third, 0x9e3779b1)) >>> shift
}

// Every position of every scanned text asks this. A word past the end reads `undefined`, which `&` takes as 0,
// so the `?? 0` that `noUncheckedIndexedAccess` would want is left out: it made the gazetteer scan 18% slower.
function hasBit(bits: Int32Array, bit: number): boolean {
  return ((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0
}

function setBit(bits: Int32Array, bit: number): void {
  bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31))
}

/**
 * Whether a name of two or more characters may start at `start`, whose first two code units are `code` and
 * `next` and passed `openings`: the pair is a name, or its triple begins one.
 */
function mayStartPairAt<T>(trie: Trie<T>, text: string, start: number, code: number, next: number): boolean {
  const {triples, pairShift} = trie
  if (!hasBit(trie.pairs, pairBit(code, next, pairShift))) return false
  if (hasBit(triples, tripleBit(code, next, nameEnd, pairShift))) return true
  return start + 2 < text.length && hasBit(triples, tripleBit(code, next, text.charCodeAt(start + 2), pairShift))
}

/**
 * The first position from `from` on where a name may start by the bitmaps, or the text's length. A trie with
 * one-character names turns positions away by their first character first, then by `openings` (the unit-suffix
 * scan took 1.2 times as long without it); one without, by `openings` alone. The tests are written out in the
 * loops: a call of `mayStartAt` per position took a quarter longer. One loop for each kind of trie, neither asking
 * which kind at every position: over the corpus, the gazetteer's scan took 0.61 of the time of one loop for both, and
 * a scan of a trie with singles 0.80.
 */
export function nextStart<T>(trie: Trie<T>, text: string, from: number): number {
  return trie.hasSingles ? nextStartOrSingle(trie, text, from) : nextPairStart(trie, text, from)
}

/**
 * `nextStart` for a trie without names of one character: every position asks for its pair, and each position's
 * second character is the next one's first, read once and carried over (carried over in a trie with singles, which
 * turn most positions away by their first character alone, the scan took 1.3 times as long).
 */
function nextPairStart<T>(trie: Trie<T>, text: string, from: number): number {
  const {openings, openingShift} = trie
  const length = text.length
  let next = text.charCodeAt(from)
  for (let index = from; index + 1 < length; index++) {
    const code = next
    next = text.charCodeAt(index + 1)
    if (hasBit(openings, openingBit(code, next, openingShift)) && mayStartPairAt(trie, text, index, code, next)) return index
  }
  return length
}

/** `nextStart` for a trie with names of one character. */
function nextStartOrSingle<T>(trie: Trie<T>, text: string, from: number): number {
  const {firsts, singles, singleShift, openings, openingShift} = trie
  const length = text.length
  for (let index = from; index < length; index++) {
    const code = text.charCodeAt(index)
    const bit = singleBit(code, singleShift)
    if (!hasBit(firsts, bit)) continue
    if (hasBit(singles, bit)) return index
    if (index + 1 === length) break
    const next = text.charCodeAt(index + 1)
    if (hasBit(openings, openingBit(code, next, openingShift)) && mayStartPairAt(trie, text, index, code, next)) return index
  }
  return length
}

/**
 * Whether a name may start at `start`, by the bitmaps alone. A position asked alone is turned away by its first
 * character, in every trie: testing `openings` too made callers that ask at every position of a text (the person
 * cues, titles and surnames) 1.5 to 1.8 times as slow.
 */
function mayStartAt<T>(trie: Trie<T>, text: string, start: number): boolean {
  const code = text.charCodeAt(start)
  const bit = singleBit(code, trie.singleShift)
  if (!hasBit(trie.firsts, bit)) return false
  return hasBit(trie.singles, bit) || (start + 1 < text.length && mayStartPairAt(trie, text, start, code, text.charCodeAt(start + 1)))
}

export function insertName<T>(trie: Trie<T>, name: string, value: T): void {
  insertRange(trie, name, 0, name.length, value)
}

/** Inserts the name `source[start, end)` without cutting it out of its source first (a line of a data file). */
export function insertRange<T>(trie: Trie<T>, source: string, start: number, end: number, value: T): void {
  let node = 0
  if (end > start) setBit(trie.firsts, singleBit(source.charCodeAt(start), trie.singleShift))
  if (end - start === 1) {
    setBit(trie.singles, singleBit(source.charCodeAt(start), trie.singleShift))
    trie.hasSingles = true
  } else if (end - start >= 2) {
    const first = source.charCodeAt(start)
    const second = source.charCodeAt(start + 1)
    setBit(trie.openings, openingBit(first, second, trie.openingShift))
    setBit(trie.pairs, pairBit(first, second, trie.pairShift))
    setBit(trie.triples, tripleBit(first, second, end - start === 2 ? nameEnd : source.charCodeAt(start + 2), trie.pairShift))
  }
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    const dense = node === 0 && trie.first.length > 0
    let child = dense ? trie.first[code] ?? 0 : childOf(trie.edges, node, code)
    if (child === 0) {
      child = trie.values.length
      trie.values.push(undefined)
      if (dense) trie.first[code] = child
      else trie.edges = addEdge(trie.edges, node, code, child)
    }
    node = child
  }
  const values = trie.values[node]
  if (values) values.push(value)
  else {
    trie.values[node] = [value]
    trie.size++
    if (node >>> 5 >= trie.ends.length) {
      const grown = new Int32Array(Math.max(trie.ends.length * 2, (node >>> 5) + 1))
      grown.set(trie.ends)
      trie.ends = grown
    }
    setBit(trie.ends, node)
  }
}

/** The longest name starting at `start`, if any. */
export function longestAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T> | undefined {
  return start < text.length && mayStartAt(trie, text, start) ? walkFrom(trie, text, start) : undefined
}

/** The longest name starting at `start`, walking the trie without asking the bitmaps: for a position `nextStart` gave. */
export function walkFrom<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T> | undefined {
  let node = firstChild(trie, text.charCodeAt(start))
  let index = start + 1
  let end = -1
  let endNode = 0
  while (node !== 0) {
    if (hasBit(trie.ends, node)) {
      end = index
      endNode = node
    }
    if (index >= text.length) break
    node = childOf(trie.edges, node, text.charCodeAt(index))
    index++
  }
  const values = endNode === 0 ? undefined : trie.values[endNode]
  return values ? {start, end, values} : undefined
}

/**
 * Every leftmost-longest occurrence, in text order. `accept` may turn a match down (a short form that is an
 * ordinary word here); the scan then goes on from the next character, so a name inside a refused one is
 * still found.
 */
export function scanTrie<T>(trie: Trie<T>, text: string, accept?: (match: TrieMatch<T>) => boolean): TrieMatch<T>[] {
  const matches: TrieMatch<T>[] = []
  let index = nextStart(trie, text, 0)
  while (index < text.length) {
    const match = walkFrom(trie, text, index)
    if (match && (!accept || accept(match))) {
      matches.push(match)
      index = nextStart(trie, text, match.end)
    } else index = nextStart(trie, text, index + 1)
  }
  return matches
}

function firstChild<T>(trie: Trie<T>, code: number): number {
  return trie.first.length > 0 ? trie.first[code] ?? 0 : childOf(trie.edges, 0, code)
}

function createEdgeTable(capacity: number): EdgeTable {
  return {slots: new Int32Array(capacity * 3), capacity, count: 0}
}

function slot(parent: number, code: number, mask: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask
}

function childOf(table: EdgeTable, parent: number, code: number): number {
  const {slots} = table
  const mask = table.capacity - 1
  let at = slot(parent, code, mask)
  for (;;) {
    const base = at * 3
    const child = slots[base + 2] ?? 0
    if (child === 0 || (slots[base] === parent && slots[base + 1] === code)) return child
    at = (at + 1) & mask
  }
}

/** Adds an edge, growing the table (twice the size, rehashed) to keep it at most half full. */
function addEdge(table: EdgeTable, parent: number, code: number, child: number): EdgeTable {
  let target = table
  if ((table.count + 1) * 2 > table.capacity) {
    target = createEdgeTable(table.capacity * 2)
    const {slots} = table
    for (let base = 0; base < slots.length; base += 3) {
      const existing = slots[base + 2] ?? 0
      if (existing !== 0) place(target, slots[base] ?? 0, slots[base + 1] ?? 0, existing)
    }
  }
  place(target, parent, code, child)
  return target
}

function place(table: EdgeTable, parent: number, code: number, child: number): void {
  const {slots} = table
  const mask = table.capacity - 1
  let at = slot(parent, code, mask)
  while ((slots[at * 3 + 2] ?? 0) !== 0) at = (at + 1) & mask
  slots[at * 3] = parent
  slots[at * 3 + 1] = code
  slots[at * 3 + 2] = child
  table.count++
}

/**
 * `scanTrie(trie, text, accept)` computed from `all = scanTrie(trie, text)` of the same text, for a caller
 * that needs both: a position outside every match of `all` starts no name, and one where a match of `all`
 * starts has that match as its longest, so only positions inside a refused match are looked up again.
 */
export function rescanTrie<T>(trie: Trie<T>, text: string, all: readonly TrieMatch<T>[], accept: (match: TrieMatch<T>) => boolean): TrieMatch<T>[] {
  const matches: TrieMatch<T>[] = []
  let index = 0
  let next = 0
  while (index < text.length) {
    while ((all[next]?.end ?? Infinity) <= index) next++
    const known = all[next]
    if (!known) break
    if (index < known.start) index = known.start
    const match = index === known.start ? known : longestAt(trie, text, index)
    if (match && accept(match)) {
      matches.push(match)
      index = match.end
    } else index++
  }
  return matches
}

import {gzipDataFiles, readGzipData} from './read-gzip-data.js'
import {lowerBound} from '../lower-bound.js'

interface Villages {
  text: string
  /** Where each `townCode<TAB>name name …` line starts; lines are sorted by town code. */
  starts: number[]
}

// One file per province (data/gazetteer-villages/<code>.tsv.gz), read when a town in it is first asked for.
const provinces = new Map<string, Villages>()

/**
 * The village and community names under a town: 西西社区, 沙湾村. Loading a province only finds where its
 * lines start; a town's line is found by binary search and split when a document names its town or county.
 */
export function villagesOfTown(townCode: string): string[] {
  // Town codes have nine digits; anything else has no villages (and no file to read).
  if (!/^\d{9}$/.test(townCode)) return []
  const province = townCode.slice(0, 2)
  let villages = provinces.get(province)
  if (!villages) {
    villages = indexLines(readGzipData(`gazetteer-villages/${province}.tsv.gz`))
    provinces.set(province, villages)
  }
  const {text, starts} = villages
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const at = starts[middle] ?? 0
    if (text.slice(at, text.indexOf('\t', at)) < townCode) low = middle + 1
    else high = middle
  }
  const at = starts[low]
  if (at === undefined || !text.startsWith(`${townCode}\t`, at)) return []
  const end = text.indexOf('\n', at)
  return text.slice(at + townCode.length + 1, end === -1 ? text.length : end).split(' ')
}

interface VillageHashes {
  /** Distinct 32-bit hashes of every village's name, sorted. */
  sorted: Int32Array
  /** A bit for each value of the hashes' top 22 bits: most names that are no village's stop here. */
  bits: Int32Array
}

let everywhere: VillageHashes | undefined
// 2^22 bits (512 KB) for 300,000 names: about one lookup in fourteen of a name that is no village's passes on to
// the binary search, which costs some twenty reads of the 1.2 MB array no cache holds.
const bitsShift = 32 - 22

/**
 * Whether `text[start, end)` is the name of a village or community somewhere in China (沙湾村). Every town's names
 * are kept as 32-bit hashes (300,000 distinct: 1.2 MB sorted, and a 512 KB bitmap of them; a set of the strings
 * took 35 MB and 0.9 s to build), made the first time a document has a 村 whose town it does not name; two names
 * share a hash about once in 14,000 lookups of a name that is no village, and such a lookup only adds to what its
 * context must confirm.
 */
export function isVillageAnywhere(text: string, start: number, end: number): boolean {
  everywhere ??= hashAllVillages()
  const hash = hashName(text, start, end)
  const {sorted, bits} = everywhere
  const bit = hash >>> bitsShift
  if (((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false
  return sorted[lowerBound(sorted, hash)] === hash
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
function hashName(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return hash | 0
}

function hashAllVillages(): VillageHashes {
  const hashes: number[] = []
  for (const file of gzipDataFiles('gazetteer-villages')) {
    // Lines are `townCode<TAB>name name …`
    const text = readGzipData(file)
    let at = 0
    while (at < text.length) {
      let lineEnd = text.indexOf('\n', at)
      if (lineEnd === -1) lineEnd = text.length
      let nameStart = text.indexOf('\t', at) + 1
      if (nameStart === 0 || nameStart > lineEnd) nameStart = lineEnd
      while (nameStart < lineEnd) {
        let nameEnd = text.indexOf(' ', nameStart)
        if (nameEnd === -1 || nameEnd > lineEnd) nameEnd = lineEnd
        hashes.push(hashName(text, nameStart, nameEnd))
        nameStart = nameEnd + 1
      }
      at = lineEnd + 1
    }
  }
  const all = Int32Array.from(hashes).sort()
  let distinct = 0
  for (let at = 0; at < all.length; at++) if (at === 0 || all[at] !== all[at - 1]) all[distinct++] = all[at] ?? 0
  const sorted = all.slice(0, distinct)
  const bits = new Int32Array(1 << (32 - bitsShift - 5))
  for (const hash of sorted) {
    const bit = hash >>> bitsShift
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31))
  }
  return {sorted, bits}
}

function indexLines(text: string): Villages {
  const starts: number[] = []
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at)
  return {text, starts}
}

import {gzipDataFiles, readGzipData} from './read-gzip-data.js'

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

let everywhere: Int32Array | undefined

/**
 * Whether `name` is the name of a village or community somewhere in China (沙湾村). Every town's names are kept as
 * sorted 32-bit hashes (620,000, 300,000 distinct: 2.5 MB, where a set of the strings took 35 MB and 0.9 s to build),
 * made the first time a document has a village its towns do not vouch for; two names share a hash about once in
 * 14,000 lookups of a name that is no village, and such a lookup only adds to what its context must confirm.
 */
export function isVillageAnywhere(name: string): boolean {
  everywhere ??= hashAllVillages()
  const hash = hashName(name, 0, name.length)
  let low = 0
  let high = everywhere.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((everywhere[middle] ?? 0) < hash) low = middle + 1
    else high = middle
  }
  return everywhere[low] === hash
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
function hashName(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return hash | 0
}

function hashAllVillages(): Int32Array {
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
  return Int32Array.from(hashes).sort()
}

function indexLines(text: string): Villages {
  const starts: number[] = []
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at)
  return {text, starts}
}

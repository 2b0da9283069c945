import {readGzipData} from './read-gzip-data.js'

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

function indexLines(text: string): Villages {
  const starts: number[] = []
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at)
  return {text, starts}
}

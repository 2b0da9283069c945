import {readGzipData} from './read-gzip-data.js'
import {createTrie, insertName, type Trie} from './trie.js'

/** One name of an administrative division, levels 1 (province) to 4 (town, street). */
export interface Division {
  /** 统计用区划代码 prefix: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town. */
  code: string
  name: string
  level: 1 | 2 | 3 | 4
  /** A name gb2260 had for this code before the current table (崇文区, 襄樊市). */
  former: boolean
  shortForm: string | undefined
  suffixLength: number
}

/** What a gazetteer name in the text stands for: a division by its full name or by its short form. */
export interface DivisionName {
  division: Division
  form: 'full' | 'short'
}

export interface Gazetteer {
  /** Full names of every division and short forms of provinces, cities and counties, for one leftmost-longest scan. */
  names: Trie<DivisionName>
  /** Division names by code (a code may have a current and former names). */
  byCode: ReadonlyMap<string, readonly Division[]>
  /** Town codes by county code, to find the villages under a county the document names. */
  townsByCounty: ReadonlyMap<string, readonly string[]>
}

const levelByCodeLength: Record<number, Division['level']> = {2: 1, 4: 2, 6: 3, 9: 4}

let gazetteer: Gazetteer | undefined

/** The division gazetteer (data/gazetteer-divisions.tsv.gz), loaded on first use and kept. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= parseGazetteer(readGzipData('gazetteer-divisions.tsv.gz'))
  return gazetteer
}

function parseGazetteer(text: string): Gazetteer {
  const names = createTrie<DivisionName>(true, text.length / 3)
  const byCode = new Map<string, Division[]>()
  const townsByCounty = new Map<string, string[]>()
  // Lines are `code<TAB>name<TAB>shortForm<TAB>suffixLength<TAB>former`; read by offsets, since splitting
  // 40,000 lines into arrays of fields is most of what loading would cost.
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const nameAt = text.indexOf('\t', start) + 1
    const shortAt = text.indexOf('\t', nameAt) + 1
    const suffixAt = text.indexOf('\t', shortAt) + 1
    const formerAt = text.indexOf('\t', suffixAt) + 1
    const code = text.slice(start, nameAt - 1)
    const level = levelByCodeLength[code.length]
    start = end + 1
    if (nameAt === 0 || shortAt === 0 || suffixAt === 0 || formerAt === 0 || formerAt > end || !level) continue
    const shortForm = text.slice(shortAt, suffixAt - 1)
    const division: Division = {
      code,
      name: text.slice(nameAt, shortAt - 1),
      level,
      former: text.charCodeAt(formerAt) === 49, // '1'
      shortForm: shortForm === '' ? undefined : shortForm,
      suffixLength: Number(text.slice(suffixAt, formerAt - 1))
    }
    const list = byCode.get(code)
    if (list) list.push(division)
    else {
      byCode.set(code, [division])
      if (level === 4) {
        const county = code.slice(0, 6)
        const towns = townsByCounty.get(county)
        if (towns) towns.push(code)
        else townsByCounty.set(county, [code])
      }
    }
    insertName(names, division.name, {division, form: 'full'})
    // Town short forms are mostly ordinary words (建设, 文明) and count only under a named county, so they
    // are looked up per document (see detectPlaces) rather than matched everywhere.
    if (division.shortForm && level < 4) insertName(names, division.shortForm, {division, form: 'short'})
  }
  return {names, byCode, townsByCounty}
}

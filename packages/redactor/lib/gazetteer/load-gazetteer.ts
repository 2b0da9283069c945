import {readGzipData} from './read-gzip-data.js'
import {createTrie, insertRange, type Trie, type TrieMatch} from './trie.js'

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
  /**
   * Full names of every division and short forms of provinces, cities and counties, for one leftmost-longest
   * scan. Values are numbers: read them with `namesOf`.
   */
  names: Trie<number>
  /** How many division names there are (a code may have a current and former names). */
  size: number
  /** The division name by its number, 0 ≤ index < size. */
  division: (index: number) => Division
  /** What a match of `names` stands for: one array per name of the trie, kept, so read it and do not change it. */
  namesOf: (match: TrieMatch<number>) => readonly DivisionName[]
  /** Whether a match of `names` is some division's full name: `namesOf` without reading a division. */
  isFullName: (match: TrieMatch<number>) => boolean
  /** The division names of a code (current first when sorted so; 崇文区 has only a former one). */
  divisionsOf: (code: string) => readonly Division[]
  /** The town codes of a county in code order, to find the villages under a county the document names. */
  townsOf: (county: string) => readonly string[]
}

const levelByCodeLength: Record<number, Division['level']> = {2: 1, 4: 2, 6: 3, 9: 4}
const tab = 9

let gazetteer: Gazetteer | undefined

/**
 * The division gazetteer (data/gazetteer-divisions.tsv.gz), loaded on first use and kept. Loading only
 * records where each line starts and puts its names in the trie, reading them in place; a division becomes
 * an object the first time something asks for it, since a document touches a few dozen of 42,000.
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= parseGazetteer(readGzipData('gazetteer-divisions.tsv.gz'))
  return gazetteer
}

function parseGazetteer(text: string): Gazetteer {
  // Lines are `code<TAB>name<TAB>shortForm<TAB>suffixLength<TAB>former`, sorted (a code before its children).
  const starts: number[] = []
  // Sized for the pair bitmap's largest size, and for the edge table its ~80,000 edges need (3 MB at most half
  // full), where sizing it by the file's length left a 12 MB table that no cache holds.
  const names = createTrie<number>(true, 1 << 17)
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const nameAt = text.indexOf('\t', start) + 1
    const shortAt = text.indexOf('\t', nameAt) + 1
    const suffixAt = text.indexOf('\t', shortAt) + 1
    const level = levelByCodeLength[nameAt - 1 - start]
    if (nameAt > 0 && shortAt > 0 && suffixAt > 0 && suffixAt < end && level) {
      const index = starts.length
      starts.push(start)
      insertRange(names, text, nameAt, shortAt - 1, index * 2)
      // Town short forms are mostly ordinary words (建设, 文明) and count only under a named county, so they
      // are looked up per document (see local-names.ts) rather than matched everywhere.
      if (suffixAt - 1 > shortAt && level < 4) insertRange(names, text, shortAt, suffixAt - 1, index * 2 + 1)
    }
    start = end + 1
  }

  const divisions: (Division | undefined)[] = []
  function division(index: number): Division {
    const known = divisions[index]
    if (known) return known
    const [code = '', name = '', shortForm = '', suffixLength = '0', former = '0'] = text.slice(starts[index], lineEnd(index)).split('\t')
    const made: Division = {
      code,
      name,
      level: levelByCodeLength[code.length] ?? 4,
      former: former === '1',
      shortForm: shortForm === '' ? undefined : shortForm,
      suffixLength: Number(suffixLength)
    }
    divisions[index] = made
    return made
  }
  function lineEnd(index: number): number {
    const end = text.indexOf('\n', starts[index] ?? text.length)
    return end === -1 ? text.length : end
  }
  /** Compares `code` with the code of a line as the sort did: a code ends with its tab. */
  function compareCode(index: number, code: string): number {
    const at = starts[index] ?? 0
    for (let offset = 0; ; offset++) {
      const wanted = offset < code.length ? code.charCodeAt(offset) : tab
      const found = text.charCodeAt(at + offset)
      if (wanted !== found || wanted === tab) return found - wanted
    }
  }
  /** The first line whose code is not below `code`. */
  function lowerBound(code: string): number {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compareCode(middle, code) < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  // By the values of a trie node (the same array at every match of that name): the rules ask again and again about
  // the same matches (every candidate position of a unit reads the division before it), and a new array each time
  // was a tenth of the time of the places detector's short forms.
  const namesByValues = new WeakMap<readonly number[], readonly DivisionName[]>()
  // Every document asks again for the divisions it names (short forms, products, towns): a few dozen each.
  const divisionsByCode = new Map<string, readonly Division[]>()
  // And for the towns of every county it names: hundreds of lines, read once.
  const townsByCounty = new Map<string, readonly string[]>()
  return {
    names,
    size: starts.length,
    division,
    namesOf(match) {
      let known = namesByValues.get(match.values)
      if (known === undefined) {
        known = match.values.map((value): DivisionName => ({division: division(value >> 1), form: value & 1 ? 'short' : 'full'}))
        namesByValues.set(match.values, known)
      }
      return known
    },
    isFullName(match) {
      return match.values.some((value) => (value & 1) === 0)
    },
    divisionsOf(code) {
      const known = divisionsByCode.get(code)
      if (known) return known
      const found: Division[] = []
      for (let index = lowerBound(code); index < starts.length && compareCode(index, code) === 0; index++) found.push(division(index))
      divisionsByCode.set(code, found)
      return found
    },
    townsOf(county) {
      const known = townsByCounty.get(county)
      if (known) return known
      const towns: string[] = []
      for (let index = lowerBound(county); index < starts.length; index++) {
        const at = starts[index] ?? 0
        if (!text.startsWith(county, at)) break
        const code = text.slice(at, text.indexOf('\t', at))
        if (code.length === 9 && towns.at(-1) !== code) towns.push(code)
      }
      townsByCounty.set(county, towns)
      return towns
    }
  }
}

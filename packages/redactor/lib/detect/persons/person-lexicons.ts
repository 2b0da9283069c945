// The person lexicons of packages/redactor/data, read once, and the tables built from them.
import {inClass} from '@gongwen/parser'
import {type Trie, createTrie, insertName} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {personNounEndings} from './person-classes.js'

export type TitlePlace = 'both' | 'before' | 'after'

interface Lexicons {
  compoundSurnames: Set<string>
  singleSurnames: Set<string>
  /** By UTF-16 code: 1 for a single surname, 2 for the first character of a compound one (欧阳), or both. */
  surnameStarts: Uint8Array
  titles: Trie<{word: string; place: TitlePlace}>
  /** 1 at the UTF-16 code of every character a title ends with: most positions end no title, answered with no trie walk. */
  titleEnds: Uint8Array
  /** Labels of a list of names that are no titles (出席, 名单): data/person-list-labels.txt. */
  listLabels: string[]
  /** 1 at the UTF-16 code of every character a title, a list label or a word for people (`personNounEndings`) ends with. */
  labelEnds: Uint8Array
  /** Titles no national leader holds (局长, 村民; marked `local`): a name next to one is a local namesake of a leader. */
  localTitles: Set<string>
  /** Forms of address that name a person with the surname (鲁大爷, 王大姐; marked `address`): masked with the surname. */
  addressTitles: Set<string>
  /** Leaders' names (data/keep/leaders.txt), which a local title overrides. */
  leaders: Set<string>
  /** 1 at the UTF-16 code of every leader's name's first character: most candidates are answered with no string cut. */
  leaderStarts: Uint8Array
  /** Titles only national leaders hold (总理, 总书记): next to one, a leader's name is the leader. */
  nationalTitles: string[]
  /** Surnames that before a title qualify it (原局长, 全局长) instead of naming someone. */
  titleModifiers: Set<string>
  /** Words that follow a name in official prose (主持, 指出, 在): data/person-verbs.txt. */
  verbs: Trie<string>
  /** Words that come before a name in official prose (由, 陪同): data/person-cues.txt. */
  cues: Trie<string>
  /** Which kinds of word (`titleWord`, `verbWord`, `cueWord` bits) may start where. */
  wordStarts: WordStarts
  /**
   * By UTF-16 code, what a scan of a text must look at there (bits): a word of a kind starts with the character
   * (`titleWord`, `verbWord`, `cueWord`), a surname does (`surnameStart`), a word for people ends with it
   * (`personNounEnd`, data/person-noun-endings.txt), a part of a minority's name does (`minorityPartStart`). Most
   * characters are none of these: 0.
   */
  scanFlags: Uint8Array
  /**
   * By UTF-16 code, ten times how much more often the character stands in a given name than in words (log2, from
   * data/given-name-chars.txt: 婷 57, 振 41, 国 -2, 的 -47), `noGivenScore` for a character no name holds.
   */
  givenScores: Int8Array
  /** Labels of a table's rows typed padded to the width of three as names are (平  均, 单  位): data/person-table-row-labels.txt. */
  paddedRowLabels: Set<string>
  /** Parts of the names of minorities (data/person-minority-name-parts.txt: 才让, 卓玛, 其木格). */
  minorityParts: Set<string>
  /** 1 at `pairIndex` of the first two characters of every part (a collision only costs a look-up in `minorityParts`). */
  minorityPartPairs: Uint8Array
}

let lexicons: Lexicons | undefined

export function loadLexicons(): Lexicons {
  if (lexicons !== undefined) return lexicons
  const compoundSurnames = new Set<string>()
  const singleSurnames = new Set<string>()
  const surnameStarts = new Uint8Array(0x10000)
  for (const surname of readLexicon('surnames.txt')) {
    if (surname.length === 2) compoundSurnames.add(surname)
    else singleSurnames.add(surname)
    const first = surname.charCodeAt(0)
    if (surname.length <= 2) surnameStarts[first] = (surnameStarts[first] ?? 0) | surname.length
  }
  const wordStarts: WordStarts = {firsts: new Uint8Array(0x10000), singles: new Uint8Array(0x10000), pairs: new Uint8Array(1 << pairBits)}
  const titles = wordTrie<{word: string; place: TitlePlace}>(wordStarts, titleWord)
  const titleEnds = new Uint8Array(0x10000)
  const localTitles = new Set<string>()
  const addressTitles = new Set<string>()
  for (const line of readLexicon('person-titles.txt')) {
    const [title = '', ...marks] = line.split(/\s+/)
    let place: TitlePlace = 'both'
    for (const mark of marks) {
      if (mark === 'before' || mark === 'after') place = mark
      else if (mark === 'local') localTitles.add(title)
      else if (mark === 'address') addressTitles.add(title)
      else throw new Error(`Unexpected word \`${mark}\` after \`${title}\` in data/person-titles.txt, expected \`before\`, \`after\`, \`local\` or \`address\``)
    }
    titles.add(title, {word: title, place})
    titleEnds[title.charCodeAt(title.length - 1)] = 1
  }
  const verbs = wordTrie<string>(wordStarts, verbWord)
  for (const word of readLexicon('person-verbs.txt')) verbs.add(word, word)
  const cues = wordTrie<string>(wordStarts, cueWord)
  for (const word of readLexicon('person-cues.txt')) cues.add(word, word)
  const givenScores = new Int8Array(0x10000).fill(noGivenScore)
  for (const line of readLexicon('given-name-chars.txt')) {
    const [char = '', score = ''] = line.split('\t')
    givenScores[char.charCodeAt(0)] = Math.max(noGivenScore + 1, Math.min(127, Math.round(Number(score) * 10)))
  }
  const listLabels = readLexicon('person-list-labels.txt')
  const labelEnds = titleEnds.slice()
  for (const label of listLabels) labelEnds[label.charCodeAt(label.length - 1)] = 1
  for (let code = 0; code < 0x10000; code++) if (inClass(personNounEndings, code)) labelEnds[code] = 1
  const leaders = new Set(readLexicon('keep/leaders.txt'))
  const leaderStarts = new Uint8Array(0x10000)
  for (const leader of leaders) leaderStarts[leader.charCodeAt(0)] = 1
  const minorityParts = new Set(readLexicon('person-minority-name-parts.txt'))
  const minorityPartPairs = new Uint8Array(1 << pairBits)
  const scanFlags = wordStarts.firsts.slice()
  for (const part of minorityParts) {
    if (part.length < minorityPartLength.least || part.length > minorityPartLength.most) {
      throw new Error(`Part \`${part}\` of data/person-minority-name-parts.txt has ${part.length} characters, expected ${minorityPartLength.least} to ${minorityPartLength.most}`)
    }
    minorityPartPairs[pairIndex(part.charCodeAt(0), part.charCodeAt(1))] = 1
    scanFlags[part.charCodeAt(0)] = (scanFlags[part.charCodeAt(0)] ?? 0) | minorityPartStart
  }
  for (let code = 0; code < 0x10000; code++) {
    if ((surnameStarts[code] ?? 0) !== 0) scanFlags[code] = (scanFlags[code] ?? 0) | surnameStart
    if (inClass(personNounEndings, code)) scanFlags[code] = (scanFlags[code] ?? 0) | personNounEnd
  }
  lexicons = {
    titles: titles.trie,
    titleEnds,
    listLabels,
    labelEnds,
    verbs: verbs.trie,
    cues: cues.trie,
    wordStarts,
    scanFlags,
    compoundSurnames,
    singleSurnames,
    surnameStarts,
    localTitles,
    addressTitles,
    leaders,
    leaderStarts,
    nationalTitles: readLexicon('person-national-titles.txt'),
    titleModifiers: new Set(readLexicon('person-title-modifiers.txt')),
    givenScores,
    paddedRowLabels: new Set(readLexicon('person-table-row-labels.txt')),
    minorityParts,
    minorityPartPairs
  }
  return lexicons
}

export const noGivenScore = -128

export const titleWord = 1

export const verbWord = 2

export const cueWord = 4

export const surnameStart = 8

export const personNounEnd = 16

export const minorityPartStart = 32

/** How many characters a part of a minority's name holds (data/person-minority-name-parts.txt). */
export const minorityPartLength = {least: 2, most: 4}

/**
 * The kinds of word (bits) that start with a character, of any length (`firsts`, by UTF-16 code), for words of one
 * character (`singles`), and with a pair of characters, for longer ones (`pairs`, by `pairIndex`; a collision only
 * costs a trie look-up): a scan of a text reads two bytes per character and walks a trie only where a word of its
 * kind may start, about one position in twenty.
 */
interface WordStarts {
  firsts: Uint8Array
  singles: Uint8Array
  pairs: Uint8Array
}

const pairBits = 16

export function pairIndex(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - pairBits)
}

/** A trie of words (`longestAt` finds the longest at a position by char codes, no string cut) of one `kind`. */
function wordTrie<T>(wordStarts: WordStarts, kind: number): {trie: Trie<T>; add: (word: string, value: T) => void} {
  const trie = createTrie<T>(false, 1024)
  return {
    trie,
    add(word, value) {
      insertName(trie, word, value)
      const first = word.charCodeAt(0)
      wordStarts.firsts[first] = (wordStarts.firsts[first] ?? 0) | kind
      if (word.length === 1) wordStarts.singles[first] = (wordStarts.singles[first] ?? 0) | kind
      else {
        const pair = pairIndex(first, word.charCodeAt(1))
        wordStarts.pairs[pair] = (wordStarts.pairs[pair] ?? 0) | kind
      }
    }
  }
}


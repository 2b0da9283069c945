// The kinds of business and club (data/unit-quoted-kinds.txt: 冷面馆 via 馆, 读书会, 小卖部) that make the name
// before them a brand, read by the quoted-name rule and the rule that reads a brand before a trade and a kind; and
// the unit suffixes and kinds of a text, scanned once per text for the counted-brand and listed-unit rules.
import {unitSuffixesIn} from '../../gazetteer/find-suffixed-names.js'
import {createTrie, insertName, longestAt, scanTrie, type Trie, type TrieMatch} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {han} from './character-classes.js'

let kinds: Trie<string> | undefined
let brandedKinds: Trie<string> | undefined

function loadKinds(): Trie<string> {
  kinds ??= trieOf(readLexicon('unit-quoted-kinds.txt'))
  return kinds
}

function loadBrandedKinds(): Trie<string> {
  brandedKinds ??= trieOf(readLexicon('unit-branded-kinds.txt'))
  return brandedKinds
}

function trieOf(words: readonly string[]): Trie<string> {
  const trie = createTrie<string>(false, words.join('').length)
  for (const word of words) insertName(trie, word, word)
  return trie
}

/** The longest kind of business at `at` that ends a word there (see `endsWordAt`), or undefined. */
export function businessKindAt(text: string, at: number): TrieMatch<string> | undefined {
  const kind = longestAt(loadKinds(), text, at)
  return kind && endsWordAt(text, kind.start, kind.end) ? kind : undefined
}

/** Every kind of business in `text`, leftmost-longest, whether or not it ends a word. */
function businessKindsIn(text: string): TrieMatch<string>[] {
  return scanTrie(loadKinds(), text)
}

/**
 * Every kind of unit a brand stands right before with no trade between (data/unit-branded-kinds.txt: 幼儿园, 大药房,
 * 美发店), leftmost-longest, whether or not it ends a word.
 */
function brandedKindsIn(text: string): TrieMatch<string>[] {
  return scanTrie(loadBrandedKinds(), text)
}

/** A unit suffix or a kind of business in a text. */
export interface Kind {
  start: number
  end: number
  /** Whether the kind says what the unit produces (产业园, 合作社: see `SuffixRule.product`). */
  product: boolean
  /** Whether a brand may stand right before the kind, with no trade between (data/unit-branded-kinds.txt). */
  branded: boolean
}

let lastKinds: {text: string; byEnd: ReadonlyMap<number, Kind>; sorted: readonly Kind[]} | undefined

/**
 * The unit suffixes and kinds of business in `text`, the longest one ending at each position, by where they start;
 * `branded` where a kind a brand stands right before is that longest one (大药房, but not 药房 of 中药房). Two rules
 * ask for them in the same text one after the other, so the last text's are kept.
 */
export function kindsIn(text: string): readonly Kind[] {
  return lastKindsOf(text).sorted
}

/** The longest unit suffix or kind of business of `text` that ends at `end` (see `kindsIn`), or undefined. */
export function kindEndingAt(text: string, end: number): Kind | undefined {
  return lastKindsOf(text).byEnd.get(end)
}

function lastKindsOf(text: string): {byEnd: ReadonlyMap<number, Kind>; sorted: readonly Kind[]} {
  if (lastKinds?.text === text) return lastKinds
  const byEnd = new Map<number, Kind>()
  const offer = (kind: Kind) => {
    const known = byEnd.get(kind.end)
    if (!known || kind.start < known.start) byEnd.set(kind.end, kind)
    else if (kind.start === known.start) byEnd.set(kind.end, {...known, product: known.product || kind.product, branded: known.branded || kind.branded})
  }
  for (const suffix of unitSuffixesIn(text)) offer({start: suffix.start, end: suffix.end, product: suffix.values[0]?.product === true, branded: false})
  for (const kind of businessKindsIn(text)) offer({start: kind.start, end: kind.end, product: false, branded: false})
  for (const kind of brandedKindsIn(text)) offer({start: kind.start, end: kind.end, product: false, branded: true})
  lastKinds = {text, byEnd, sorted: [...byEnd.values()].sort((a, b) => a.start - b.start)}
  return lastKinds
}

/**
 * Whether the kind `text[start, end)` ends a word there: jieba reads no word from inside it on past its end (店长,
 * 公司化). Windows of one to three characters more, since a word after it may join it in one and not in the next
 * (餐馆老板/n, but 餐馆/老板娘).
 */
export function endsWordAt(text: string, start: number, end: number): boolean {
  for (let more = 1; more <= maxWordAfterKind && han.test(text.slice(end, end + more)); more++) {
    // Characters jieba glues without knowing them (馆成/x of 冷面馆成了) make no word
    if (segment(text, start, end + more).some((word) => word.end === end || (word.tag === gluedTag && word.start < end && word.end > end))) return true
  }
  return !han.test(text.charAt(end))
}

// How many characters after a kind jieba reads to tell whether the kind ends a word, and its tag of unknown glue.
const maxWordAfterKind = 3
const gluedTag = 'x'

import {createRequire} from 'node:module'
import type {TagResult} from 'nodejieba'

/** A word of a jieba segmentation with its part-of-speech tag (ns place, nr person, v verb …) and offsets. */
export interface Token {
  word: string
  tag: string
  start: number
  end: number
}

interface Jieba {
  tag: (sentence: string) => TagResult[]
  // The second argument turns on the hidden Markov model for runs of characters the dictionary does not join, as
  // nodejieba.tag segments (the binding reads it as useHMM; nodejieba's types call it `strict`).
  cut: (sentence: string, hmm: boolean) => string[]
}

let jieba: Jieba | undefined

// jieba's reading of a window depends on the window's text alone, and the detectors ask about the same
// windows again and again (a name recurs in a document, a county in a batch), so readings are kept by window
// text. The oldest is dropped first once this many are kept: a few megabytes at most.
const maxKeptWindows = 50_000
const readings = new Map<string, readonly TagResult[]>()

/** What the detectors asked of jieba since the last `forgetSegmentations`: windows, and characters. */
export interface SegmentationCounts {
  /** Windows asked for, kept readings included. */
  asked: number
  /** Windows jieba segmented (the rest were kept), and their characters. */
  segmented: number
  characters: number
}

const counts: SegmentationCounts = {asked: 0, segmented: 0, characters: 0}

/**
 * Drops every kept reading, so the next calls segment as if on text never seen: the redact benchmark measures
 * unseen text this way, since a corpus repeated to 20 MB would otherwise be read from this cache alone. The counts
 * start again from zero.
 */
export function forgetSegmentations(): void {
  readings.clear()
  wordTags.clear()
  counts.asked = 0
  counts.segmented = 0
  counts.characters = 0
}

/**
 * The counts since the last `forgetSegmentations`: the benchmark prints them for a pass over unseen text, where
 * jieba's cost is its characters (a figure the machine's load does not move, as it moves the times).
 */
export function segmentationCounts(): Readonly<SegmentationCounts> {
  return {...counts}
}

// jieba's tag of a word depends on the word alone (cppjieba's PosTagger looks each word of its segmentation up in
// the dictionaries, or tags it by its ASCII characters where they have no tag), and nodejieba.tag segments as
// nodejieba.cut with the hidden Markov model on. So a window is cut first, and tagged from the tags of the words
// jieba gave before: nodejieba.tag makes an object and four strings a word, and costs twice what cut does. A window
// with a word not seen yet is tagged by nodejieba.tag, and its words are kept; past this many, no more are.
const maxKeptWords = 200_000
const wordTags = new Map<string, string>()

/** nodejieba.tag's reading of `window`, from nodejieba.cut's words and the tags kept for them where all are kept. */
function tagByKeptWords(window: string, jieba: Jieba): TagResult[] {
  const words = jieba.cut(window, true)
  const reading: TagResult[] = []
  for (const word of words) {
    const tag = wordTags.get(word)
    if (tag === undefined) return tagAndKeepWords(window, jieba)
    reading.push({word, tag})
  }
  return reading
}

function tagAndKeepWords(window: string, jieba: Jieba): TagResult[] {
  const reading = jieba.tag(window)
  if (wordTags.size < maxKeptWords) for (const {word, tag} of reading) wordTags.set(word, tag)
  return reading
}

function tagWindow(window: string): readonly TagResult[] {
  counts.asked++
  const kept = readings.get(window)
  if (kept) return kept
  counts.segmented++
  counts.characters += window.length
  jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba
  const reading = tagByKeptWords(window, jieba)
  if (readings.size >= maxKeptWindows) readings.delete(readings.keys().next().value ?? '')
  readings.set(window, reading)
  return reading
}

/**
 * Segments `text[start, end)` with nodejieba and returns its words in offsets of `text`. nodejieba loads its
 * dictionaries on the first call (about half a second), so it is required only then, and callers give it
 * only short windows around candidates, never whole documents.
 */
export function segment(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  let offset = Math.max(0, start)
  for (const {word, tag} of tagWindow(text.slice(offset, Math.min(text.length, end)))) {
    tokens.push({word, tag, start: offset, end: offset + word.length})
    offset += word.length
  }
  return tokens
}

/**
 * The words around `[start, end)` with `margin` characters before and `after` characters after (as many as
 * before unless given), the context cut where jieba cuts (see `isJiebaSeparator`): the words that overlap the span
 * are those jieba finds in the whole text.
 */
export function segmentAround(text: string, start: number, end: number, margin: number, after = margin): Token[] {
  return segment(text, contextStart(text, start, margin), contextEnd(text, end, after))
}

/** The words of the `margin` characters before `end`, cut where jieba cuts: the left context alone. */
export function segmentBefore(text: string, end: number, margin: number): Token[] {
  return segment(text, contextStart(text, end, margin), end)
}

/**
 * Whether cppjieba cuts its input at the UTF-16 unit `code` (SPECIAL_SEPARATORS: space, tab, line feed, ，and 。):
 * it segments each piece on its own, so the words after one do not depend on the text before it, nor the words
 * before one on the text after it, and a window stops at the nearest one and costs jieba nothing more. A
 * char-code test: windows are widened a character at a time, and a set of strings cost a string per step.
 */
export function isJiebaSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xff0c || code === 0x3002
}

/** The last of jieba's separators in `text[floor, position)`, or -1: where a window looking back may start. */
export function separatorBefore(text: string, position: number, floor: number): number {
  for (let at = position - 1; at >= Math.max(0, floor); at--) if (isJiebaSeparator(text.charCodeAt(at))) return at
  return -1
}

/** The first of jieba's separators in `text[position, ceiling)`, or -1: where a window looking on may stop. */
export function separatorFrom(text: string, position: number, ceiling: number): number {
  for (let at = position; at < Math.min(text.length, ceiling); at++) if (isJiebaSeparator(text.charCodeAt(at))) return at
  return -1
}

/** Where the context before `start` begins: `margin` characters back, or just after a separator. */
function contextStart(text: string, start: number, margin: number): number {
  const floor = Math.max(0, start - margin)
  const separator = separatorBefore(text, start, floor)
  return separator === -1 ? floor : separator + 1
}

/** Where the context after `end` stops: `margin` characters on, or at a separator. */
function contextEnd(text: string, end: number, margin: number): number {
  const ceiling = Math.min(text.length, end + margin)
  const separator = separatorFrom(text, end, ceiling)
  return separator === -1 ? Math.max(end, ceiling) : separator
}

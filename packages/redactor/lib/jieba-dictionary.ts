import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

// jieba's own dictionaries, read once as bytes: which windows of a text may be a word, and which words are
// frequent in prose. Detectors ask this before they ask jieba, which costs a call and a window per question.

/**
 * Every word of two to four characters in jieba's dictionaries (the ones `segment` loads: nodejieba's defaults),
 * hashed into a bit set of 2^23 bits (1 MB). jieba tags `x` every word of two or more characters it does not
 * find there, so a window of Chinese characters whose hash is not in the set is no known word, and the checks
 * below answer without segmenting. A collision (about one window in 25) only sends a check on to jieba. Words
 * jieba tags as sentence openers (`sentenceOpenerTags`) are hashed a second time, from their own seed.
 */
const knownWordBits = 23
let knownWords: Uint32Array | undefined

function mixCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

function knownWordIndex(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x85ebca77) >>> (32 - knownWordBits)
}

/** Hash seeds by kind of word: any known word, and a known word tagged as a sentence opener. */
const seeds = {word: 0x811c9dc5, opener: 0x3c6ef372} as const

/** What `mayBeKnownWord` asks about: any word of the dictionaries, or one tagged as a sentence opener. */
export type KnownWordKind = keyof typeof seeds

/** jieba's tags of the words a sentence opens with before its subject: time (会上, 上午), adverb (随后), position (最后). */
export const sentenceOpenerTags: ReadonlySet<string> = new Set(['t', 'd', 'f'])
const openerTagFirstBytes: ReadonlySet<number> = new Set([...sentenceOpenerTags].map((tag) => tag.charCodeAt(0)))

// How often (jieba's count) a word of two characters is seen for it to be a word of prose, no given name:
// 专家 11094, 单位, 企业, 领域; given names that are words are rarer (秀丽 910, 海瑞 403, 春雪 14). About 4,700
// words, kept as strings: a hash set would refuse a name in twenty-five by collision.
const frequentCount = 1000
// Below this count a word of two characters is no usual word of prose but a name jieba happens to hold, as most
// county short forms it tags n rather than ns are (化州 10, 城步 4; 会同 859 and 龙头 1430 are words). About
// 23,600 words count this often; they are kept with their counts.
const usualCount = 100
const usualWords = new Map<string, number>()

function setBit(words: Uint32Array, hash: number): void {
  const bit = knownWordIndex(hash)
  words[bit >>> 5] = (words[bit >>> 5] ?? 0) | (1 << (bit & 31))
}

/** The code point of the UTF-8 character at `index` (the dictionaries are UTF-8; CJK takes three bytes). */
function codePointAt(bytes: Uint8Array, index: number): number {
  const byte = bytes[index] ?? 0
  if (byte < 0x80) return byte
  const second = (bytes[index + 1] ?? 0) & 0x3f
  if (byte < 0xe0) return ((byte & 0x1f) << 6) | second
  if (byte < 0xf0) return ((byte & 0x0f) << 12) | (second << 6) | ((bytes[index + 2] ?? 0) & 0x3f)
  return -1
}

function utf8Width(leadByte: number): number {
  return leadByte < 0x80 ? 1 : leadByte < 0xe0 ? 2 : leadByte < 0xf0 ? 3 : 4
}

// A dictionary is read as bytes, one word per line before its first space: decoding 5 MB to strings would
// cost ten times as long and fifty times the memory.
function loadKnownWords(): Uint32Array {
  if (knownWords !== undefined) return knownWords
  const jieba = createRequire(import.meta.url)('nodejieba') as {DEFAULT_DICT: string; DEFAULT_USER_DICT: string}
  const words = new Uint32Array(1 << (knownWordBits - 5))
  for (const dictionary of [jieba.DEFAULT_DICT, jieba.DEFAULT_USER_DICT]) {
    const bytes = readFileSync(dictionary)
    let lineStart = 0
    while (lineStart < bytes.length) {
      let wordEnd = lineStart
      while (wordEnd < bytes.length && bytes[wordEnd] !== 0x20 && bytes[wordEnd] !== 0x0a && bytes[wordEnd] !== 0x0d) wordEnd++
      let hash: number = seeds.word
      let openerHash: number = seeds.opener
      let length = 0
      let index = lineStart
      while (index < wordEnd && length <= 4) {
        const code = codePointAt(bytes, index)
        hash = mixCode(hash, code)
        openerHash = mixCode(openerHash, code)
        length++
        index += utf8Width(bytes[index] ?? 0)
      }
      // Loops, not Buffer's indexOf and lastIndexOf: a call into the runtime for a few bytes on each of 350,000 lines
      // (with a tag read as a string on each) made the load take 1.2 to 1.4 times as long
      let lineEnd = wordEnd
      while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a) lineEnd++
      if (length >= 2 && length <= 4) {
        setBit(words, hash)
        // The part of speech is the last field of the line (`word frequency tag`; the user dictionary may omit both).
        const fieldsEnd = bytes[lineEnd - 1] === 0x0d ? lineEnd - 1 : lineEnd
        let tagStart = fieldsEnd
        while (tagStart > wordEnd && bytes[tagStart - 1] !== 0x20) tagStart--
        // A tag is read as a string only where its first letter may open a sentence opener's
        if (tagStart > wordEnd && openerTagFirstBytes.has(bytes[tagStart] ?? 0) && sentenceOpenerTags.has(bytes.toString('latin1', tagStart, fieldsEnd))) {
          setBit(words, openerHash)
        }
        const count = length === 2 ? countAfter(bytes, wordEnd) : 0
        // A word may be listed twice (with two tags): its larger count is how usual it is.
        if (count >= usualCount) {
          const word = bytes.toString('utf8', lineStart, wordEnd)
          usualWords.set(word, Math.max(count, usualWords.get(word) ?? 0))
        }
      }
      lineStart = lineEnd + 1
    }
  }
  knownWords = words
  return words
}

/** Whether `word` is a word of two characters that jieba's dictionary counts at least `frequentCount` times. */
export function isFrequentWord(word: string): boolean {
  loadKnownWords()
  return (usualWords.get(word) ?? 0) >= frequentCount
}

/** Whether `word` is a word of two characters that jieba's dictionary counts at least `usualCount` times. */
export function isUsualWord(word: string): boolean {
  loadKnownWords()
  return usualWords.has(word)
}

/** The count in the field after the word that ends at `wordEnd` (`word frequency tag`), 0 where there is none. */
function countAfter(bytes: Uint8Array, wordEnd: number): number {
  let count = 0
  for (let index = wordEnd + 1; index < bytes.length; index++) {
    const digit = (bytes[index] ?? 0) - 0x30
    if (digit < 0 || digit > 9) break
    count = count * 10 + digit
  }
  return bytes[wordEnd] === 0x20 ? count : 0
}

export function isCjkCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff
}

/**
 * Whether jieba may read the window `text[start, end)` (clamped as `segment` clamps it) as one known word of
 * `kind`: false when it is shorter than two characters, or two to four Chinese characters in no dictionary (as
 * a word of that kind).
 */
export function mayBeKnownWord(text: string, start: number, end: number, kind: KnownWordKind = 'word'): boolean {
  const from = Math.max(0, start)
  const to = Math.min(text.length, end)
  if (to - from < 2) return false
  if (to - from > 4) return true
  let hash: number = seeds[kind]
  for (let position = from; position < to; position++) {
    const code = text.charCodeAt(position)
    if (!isCjkCode(code)) return true
    hash = mixCode(hash, code)
  }
  const bit = knownWordIndex(hash)
  return ((loadKnownWords()[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0
}

/** Whether a known word of two to four characters may start at `start` and end by `end`. */
export function mayStartKnownWord(text: string, start: number, end: number): boolean {
  for (let wordEnd = start + 2; wordEnd <= Math.min(end, start + 4); wordEnd++) if (mayBeKnownWord(text, start, wordEnd)) return true
  return false
}

/** Whether a known word of two to four characters, of `kind`, may end at `end` and start from `start` on. */
export function mayEndKnownWord(text: string, start: number, end: number, kind: KnownWordKind): boolean {
  for (let wordStart = end - 2; wordStart >= Math.max(start, end - 4); wordStart--) if (mayBeKnownWord(text, wordStart, end, kind)) return true
  return false
}

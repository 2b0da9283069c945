// jieba's words around a position, read in windows that its cache answers.
import {mayBeKnownWord} from '../../jieba-dictionary.js'
import {type Token, segment, separatorBefore, separatorFrom} from '../../segment.js'

/**
 * jieba's words of `text[start, end)` up to the first of jieba's separators at or after `keep`, that separator
 * included. cppjieba cuts its input at each (`isJiebaSeparator`) and reads the pieces apart, so every word that
 * starts by then is the word of the whole window: a caller that reads no word starting after `keep` decides the
 * same, and jieba reads less (and the same window text more often, which its cache keeps).
 */
export function segmentTo(text: string, start: number, end: number, keep: number): Token[] {
  const stop = Math.min(text.length, end)
  const separator = separatorFrom(text, Math.max(start, keep), stop)
  return segment(text, start, separator === -1 ? stop : separator + 1)
}

/**
 * Where a window that looks back from `position` to `from` may start: at the last of jieba's separators before
 * `position`, if any (see `segmentTo`): the words from there on are those of the longer window.
 */
export function windowStart(text: string, from: number, position: number): number {
  const separator = separatorBefore(text, position, from)
  return separator === -1 ? from : separator
}

/** Whether jieba read `token` as a known word of two or more characters that is no person's name. */
export function isProseWord(token: Token): boolean {
  return token.word.length >= 2 && token.tag !== 'x' && !token.tag.startsWith('nr')
}

/** jieba's tag of `text[start, end)` where it reads it as one word, or undefined. */
export function wordTag(text: string, start: number, end: number): string | undefined {
  const tokens = segment(text, start, end)
  return tokens.length === 1 ? tokens[0]?.tag : undefined
}

/** The word jieba knows (not a run it could not read, `x`) that holds both the characters before and at `at`. */
export function knownWordAcross(tokens: readonly Token[], at: number): Token | undefined {
  return tokens.find((token) => token.start < at && token.end > at && token.tag !== 'x')
}

/**
 * Whether jieba reads `word` as one word it knows. The dictionary's hash (`mayBeKnownWord`) answers most words no
 * with no jieba, but its yes may be a collision (秀梅).
 */
export function isKnownWord(word: string): boolean {
  if (!mayBeKnownWord(word, 0, word.length)) return false
  const tag = wordTag(word, 0, word.length)
  return tag !== undefined && tag !== 'x'
}

import type {RedactionSpan} from '@gongwen/schema'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {loadGazetteer} from '../gazetteer/load-gazetteer.js'
import {isCityWordOfProse} from '../gazetteer/place-context.js'
import {scanTrie} from '../gazetteer/trie.js'
import {readLexicon} from '../read-lexicon.js'

/** A word of jieba's dictionary: the word, its frequency and its part-of-speech tag. */
export interface DictionaryWord {
  word: string
  frequency: number
  tag: string
}

/** A word the redactor masked (in part) in one probe sentence, and the spans that did it. */
export interface ProbeFinding extends DictionaryWord {
  sentence: string
  spans: RedactionSpan[]
}

export interface ProbeResult {
  /** Words probed, each in every sentence. */
  words: number
  sentences: number
  /** Every masked word, once per sentence that masked it, most frequent words first. */
  findings: ProbeFinding[]
  /** Distinct words masked in at least one sentence. */
  maskedWords: number
}

// Tags of common words: nouns, verbs, adjectives, adverbs, idioms and the like. Proper names (nr, ns, nt, nz)
// and unknown strings (x, eng) are left out: masking those may be right.
const commonTags = new Set(['n', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'l', 'i', 'b', 'f', 's', 'z', 'ng', 'vg', 'ag', 'c', 'p', 'r', 't'])
const hanWord = /^\p{Script=Han}{2,4}$/u

/**
 * jieba's `limit` most frequent common words of two to four Han characters, without those that hold a
 * division's full name or a province's short form (松滋市, 河南人), nor those that are a prefecture-level city's
 * short form and no word of prose (合肥, 烟台, 大连: jieba's dictionary counts them among its words): the redactor
 * masks those by design. Other short forms stay in (资源, 合作, 东方 are county short forms and ordinary words;
 * 大同, 开封 are cities' and words of prose: data/city-short-form-words.txt): a short form the document gives no
 * ground for must stay visible.
 */
export function commonWords(limit: number): DictionaryWord[] {
  const jieba = createRequire(import.meta.url)('nodejieba') as {DEFAULT_DICT: string}
  const gazetteer = loadGazetteer()
  const words: DictionaryWord[] = []
  for (const line of readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n')) {
    const [word = '', frequency = '0', tag = ''] = line.split(' ')
    if (commonTags.has(tag) && hanWord.test(word)) words.push({word, frequency: Number(frequency), tag})
  }
  const namesPlace = (word: string) =>
    scanTrie(gazetteer.names, word).some((match) =>
      gazetteer.namesOf(match).some(({division, form}) => form === 'full' || division.level === 1 || (division.level === 2 && match.start === 0 && match.end === word.length && !isCityWordOfProse(word)))
    )
  return words
    .sort((a, b) => b.frequency - a.frequency)
    .filter((entry) => !namesPlace(entry.word))
    .slice(0, limit)
}

/** A line of data/eval-probe-sentences.txt: `[tags<TAB>]sentence with {}`. */
function readProbeSentence(line: string): {sentence: string; tags: ReadonlySet<string> | undefined} {
  const tab = line.indexOf('\t')
  if (tab === -1) return {sentence: line, tags: undefined}
  return {sentence: line.slice(tab + 1).trim(), tags: new Set(line.slice(0, tab).split(','))}
}

// Words per probe document: enough lines for a document's context (named divisions, propagation) to be
// realistic, few enough that one word's finding does not spread to many others.
const wordsPerDocument = 40

/**
 * Redacts every word in every sentence of data/eval-probe-sentences.txt, forty sentences to a document, and
 * reports each word the redactor changed: a character of the word missing from the redacted line. The words
 * are common words, so every finding is a false mask.
 */
export function probeCommonWords(redact: (text: string) => {text: string; spans: RedactionSpan[]}, words: readonly DictionaryWord[]): ProbeResult {
  const sentences = readLexicon('eval-probe-sentences.txt').map(readProbeSentence)
  const findings: ProbeFinding[] = []
  for (const {sentence, tags} of sentences) {
    const at = sentence.indexOf('{}')
    const slotWords = tags ? words.filter((entry) => tags.has(entry.tag)) : words
    for (let first = 0; first < slotWords.length; first += wordsPerDocument) {
      const batch = slotWords.slice(first, first + wordsPerDocument)
      const lines = batch.map(({word}) => sentence.replace('{}', word))
      const result = redact(lines.join('\n'))
      const redactedLines = result.text.split('\n')
      let lineStart = 0
      for (const [index, entry] of batch.entries()) {
        const wordStart = lineStart + at
        const wordEnd = wordStart + entry.word.length
        lineStart += (lines[index] ?? '').length + 1
        if (redactedLines[index]?.includes(entry.word)) continue
        const spans = result.spans.filter((span) => span.start < wordEnd && span.end > wordStart)
        findings.push({...entry, sentence, spans})
      }
    }
  }
  findings.sort((a, b) => b.frequency - a.frequency)
  return {words: words.length, sentences: sentences.length, findings, maskedWords: new Set(findings.map((finding) => finding.word)).size}
}

// jieba is asked about short windows around candidates. A window stops early at a character where jieba cuts
// its input itself (space, tab, line feed, ，and 。), which must change none of the words over the span: they
// are those jieba finds in the full window, only cheaper to get.
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../../test/load-corpus.js'
import {forgetSegmentations, segment, segmentAround, type Token} from '../lib/segment.js'

const nodejieba = createRequire(import.meta.url)('nodejieba') as {tag: (sentence: string) => {word: string; tag: string}[]}

describe('segmentAround', () => {
  it('should give the words over a span that the full window on its line gives, on every corpus document', () => {
    let shortened = 0
    for (const {text} of loadCorpus()) {
      // A span every 37 characters, two to four long, with eight characters of context before and four after
      for (let start = 0; start + 4 < text.length; start += 37) {
        const end = start + 2 + (start % 3)
        if (text.slice(start, end).includes('\n')) continue
        const lineStart = text.lastIndexOf('\n', start - 1) + 1
        const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end)
        const from = Math.max(lineStart, start - 8)
        const to = Math.min(lineEnd, end + 4)
        const over = (tokens: readonly Token[]) => tokens.filter((token) => token.end > start && token.start < end)
        const around = segmentAround(text, start, end, 8, 4)
        expect(over(around)).toEqual(over(segment(text, from, to)))
        if ((around[0]?.start ?? from) > from || (around.at(-1)?.end ?? to) < to) shortened++
      }
    }
    // The test means something only if separators did cut many windows short
    expect(shortened).toBeGreaterThan(300)
  })
})

describe('segment', () => {
  // segment cuts a window with nodejieba.cut and tags its words by the tags nodejieba.tag gave them in earlier windows
  const tagged = (text: string) => segment(text, 0, text.length).map(({word, tag}) => ({word, tag}))

  it('should read windows of the tune documents as nodejieba.tag reads them, words seen before or not', () => {
    forgetSegmentations()
    let windows = 0
    for (const {text, gold} of loadCorpus()) {
      if (gold.split !== 'tune' && gold.split !== 'seed') continue
      for (let start = 0; start < text.length; start += 7) {
        const window = text.slice(start, start + 3 + (start % 17))
        expect(tagged(window), window).toEqual(nodejieba.tag(window))
        windows++
      }
    }
    expect(windows).toBeGreaterThan(18_000)
  })

  it('should tag words of known and unknown kinds in a new window as in the window they were first seen in', () => {
    forgetSegmentations()
    // 云计算 and 韩玉鉴赏 are user words with no tag; 区块链 has one; a word of ASCII characters is m or eng by them
    const texts = ['', '云计算', '韩玉鉴赏', '蓝翔', '区块链', '1', 'a', 'ab', 'a1', '12', 'A股', '3G网络', 'iPhone手机', '2020年', 'GB/T 9704-2012', '😀笑脸😀', 'ＡＢＣ１２３', ' ，。\t']
    for (const text of texts) expect(tagged(text), text).toEqual(nodejieba.tag(text))
    const joined = texts.join('')
    expect(tagged(joined)).toEqual(nodejieba.tag(joined))
    // Seen again, each text is cut and tagged from the kept tags alone, as is a window of their words set apart by marks
    for (const text of texts) expect(tagged(text), `${text} again`).toEqual(nodejieba.tag(text))
    const marked = texts.join('，')
    expect(tagged(marked)).toEqual(nodejieba.tag(marked))
  })
})

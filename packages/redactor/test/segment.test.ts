// jieba is asked about short windows around candidates. A window stops early at a character where jieba cuts
// its input itself (space, tab, line feed, ，and 。), which must change none of the words over the span: they
// are those jieba finds in the full window, only cheaper to get.
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../../test/load-corpus.js'
import {segment, segmentAround, type Token} from '../lib/segment.js'

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

import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {redact} from '@gongwen/redactor'
import {locateReplacements} from '../lib/locate-replacements.js'

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url))

describe('locateReplacements', () => {
  it('should place every span of every corpus document where its replacement stands in the redacted text', async () => {
    const names = (await readdir(corpus)).filter((name) => /\.(txt|md)$/.test(name))
    let placedTotal = 0
    for (const name of names) {
      const source = await readFile(join(corpus, name), 'utf8')
      const result = redact(source)
      const placed = locateReplacements(result.text, result.spans)
      expect(placed, name).toHaveLength(result.spans.length)
      // Putting each original back where its replacement stands must give the input again.
      let restored = ''
      let last = 0
      for (const {start, end, span} of placed) {
        expect(result.text.slice(start, end)).toBe(span.replacement)
        restored += result.text.slice(last, start) + span.original
        last = end
      }
      expect(restored + result.text.slice(last), name).toBe(source)
      placedTotal += placed.length
    }
    expect(placedTotal).toBeGreaterThan(100)
  })

  it('should leave out a span whose replacement is not where it should be', async () => {
    const source = await readFile(join(corpus, '004_cfd3e7e0ca2ab7ec.txt'), 'utf8')
    const result = redact(source)
    const first = [...result.spans].sort((a, b) => a.start - b.start)[0]
    expect(first).toBeDefined()
    const edited = result.text.slice(0, first?.start ?? 0) + 'X' + result.text.slice((first?.start ?? 0) + 1)
    const placed = locateReplacements(edited, result.spans)
    expect(placed.map((each) => each.span)).not.toContain(first)
    expect(placed.length).toBe(result.spans.length - 1)
  })
})

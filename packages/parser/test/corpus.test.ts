import {readdirSync, readFileSync} from 'node:fs'
import {normalizedText, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {expectValidTree} from './tree-invariants.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const documents = readdirSync(corpus).filter((name) => /\.(txt|md)$/.test(name))

describe('every corpus document', () => {
  it('should be found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5)
  })

  for (const name of documents) {
    it(`should parse ${name} into a valid lossless tree`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, corpus)))
      const {tree, text} = parse(bytes, {path: name})
      expectValidTree(text, tree)
      expect(toText(tree)).toBe(text)
      // The repaired reading only drops soft breaks and collapses doubled glyphs: never longer.
      expect(normalizedText(tree).length).toBeLessThanOrEqual(text.length)
    })
  }
})

import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadSentences, sentencesDirectory} from './load-sentences.js'

const sentences = loadSentences()

describe('sentence bank gold', () => {
  it('should read every line of every bank file as a sentence with a unique id', () => {
    expect(readdirSync(sentencesDirectory).filter((name) => name.endsWith('.jsonl'))).toHaveLength(4)
    expect(sentences).toHaveLength(600)
    expect(new Set(sentences.map((sentence) => sentence.name)).size).toBe(sentences.length)
  })

  it('should hold out all of two writers and half of the other two, by a fixed hash of the id', () => {
    const tune = sentences.filter((sentence) => sentence.gold.split === 'tune').map((sentence) => sentence.name)
    expect(tune).toHaveLength(145)
    expect(new Set(tune.map((id) => id.charAt(0)))).toEqual(new Set(['E', 'F']))
  })

  it('should only list exact substrings of its sentence, each in one list only', () => {
    const wrong = sentences.flatMap(({name, text, gold}) => {
      const listed = [...gold.mask, ...gold.keep]
      const missing = listed.filter((entry) => !text.includes(entry.text)).map((entry) => `${name}: ${entry.text} not in the sentence`)
      const masked = new Set(gold.mask.map((entry) => entry.text))
      const both = gold.keep.filter((entry) => masked.has(entry.text)).map((entry) => `${name}: ${entry.text} both masked and kept`)
      return [...missing, ...both]
    })
    expect(wrong).toEqual([])
  })
})

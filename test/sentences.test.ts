import {createHash} from 'node:crypto'
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadSentences, sentencesDirectory} from './load-sentences.js'

const sentences = loadSentences()

// How each writer's lines were split when they arrived (the id's letters name the writer): all held out, or
// half by a fixed hash of the id, tune where the first byte of sha1(<salt>:<id>) is even.
const saltByWriter: Record<string, string | null> = {E: 'bank9', F: 'bank9', G: null, H: null, I: 'bank11', J: 'bank11', K: 'bank12', L: 'bank12', M: 'bank13', N: 'bank13', O: 'bank14', P: 'bank14', Q: 'bank15', R: 'bank15', S: 'bank16', T: 'bank16', U: 'bank17', V: 'bank17', W: 'bank18', X: 'bank18', Y: 'bank19', Z: 'bank19', AA: 'bank20', AB: 'bank20', AC: 'bank21', AD: 'bank21', AE: 'bank22', AF: 'bank22', AG: 'bank23', AH: 'bank23', AI: 'bank24', AJ: 'bank24', AK: 'bank25', AL: 'bank25'}

function writerOf(id: string): string {
  return id.replace(/[0-9]+$/, '')
}

function splitByHash(id: string): 'tune' | 'holdout' {
  const salt = saltByWriter[writerOf(id)]
  if (salt === undefined) throw new Error(`${id}: no writer of those letters`)
  if (salt === null) return 'holdout'
  return (createHash('sha1').update(`${salt}:${id}`).digest()[0] ?? 1) % 2 === 0 ? 'tune' : 'holdout'
}

describe('sentence bank gold', () => {
  it('should read every line of every bank file as a sentence with a unique id', () => {
    expect(readdirSync(sentencesDirectory).filter((name) => name.endsWith('.jsonl'))).toHaveLength(34)
    expect(sentences).toHaveLength(5100)
    expect(new Set(sentences.map((sentence) => sentence.name)).size).toBe(sentences.length)
  })

  it('should hold out all of two writers and half of the other thirty-two, by a fixed hash of the id', () => {
    const misplaced = sentences.filter((sentence) => sentence.gold.split !== splitByHash(sentence.name)).map((sentence) => sentence.name)
    expect(misplaced).toEqual([])
    const tune = sentences.filter((sentence) => sentence.gold.split === 'tune').map((sentence) => sentence.name)
    expect(tune).toHaveLength(2402)
    expect(new Set(tune.map(writerOf))).toEqual(new Set(['E', 'F', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ', 'AK', 'AL']))
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

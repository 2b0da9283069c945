/**
 * What the second look finds, and how far each detector reads, on tune and seed material only: held-out documents
 * and sentences are never read here. Prints; asserts nothing.
 * Run: `npx tsx --conditions @gongwen/source packages/redactor/scripts/second-look.ts [trials per document]`.
 *
 * 1. Every span the second look adds to the first look's (see `findUncovered` in lib/redact.ts), on the tune and seed
 *    documents, the tune sentences and 3,000 splices of two tune or seed documents (a piece of 50 to 450 characters of
 *    each, wrapped at 16 characters in three of ten): its rule, the input around it and the output around it, which
 *    say why the first look missed it.
 * 2. Each detector's reach as the documents show it: stretches of one to four characters starred at random, as masks
 *    star them; a finding at least R characters from every starred stretch should neither go nor come. Per R, the
 *    findings lost and the findings that appeared: a second look may read a detector only as far as no finding
 *    appears beyond, and a detector whose findings appear at every distance reads the whole document.
 */
import {parse} from '@gongwen/parser'
import type {RedactionSpan} from '@gongwen/schema'
import {loadCorpus} from '../../../test/load-corpus.js'
import {loadSentences} from '../../../test/load-sentences.js'
import {redact} from '../index.js'
import type {Detection, Detector} from '../lib/detection.js'
import {findProtectedRanges} from '../lib/keep-list.js'
import {findMentions, namedDetectors, resolvePolicy} from '../lib/redact.js'
import {zonesFromTree} from '../lib/zones.js'

const trials = Number(process.argv[2] ?? 8)
const print = (line: string) => process.stdout.write(`${line}\n`)
const policy = resolvePolicy(undefined)
// An allow-list of splits: a document of any other split is held out.
const documents = loadCorpus()
  .filter((document) => document.gold.split === 'tune' || document.gold.split === 'seed')
  .map((document) => document.text)
const sentences = loadSentences()
  .filter((sentence) => sentence.gold.split === 'tune')
  .map((sentence) => sentence.text)

// A fixed generator, so two runs print the same.
let seed = 777
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}

function pick(texts: readonly string[]): string {
  return texts[Math.floor(random() * texts.length)] ?? ''
}

function splice(): string {
  const [first, second] = [pick(documents), pick(documents)]
  const from = Math.floor(random() * first.length)
  const to = Math.floor(random() * second.length)
  const joined = first.slice(from, from + 50 + Math.floor(random() * 400)) + second.slice(to, to + 50 + Math.floor(random() * 400))
  return random() < 0.3 ? joined.replace(/[^\n]{16}/g, (line) => `${line}\n`) : joined
}

/** Where `span` stands in the output: the replacements before it shift it. */
function outputStart(spans: readonly RedactionSpan[], span: RedactionSpan): number {
  let shift = 0
  for (const other of spans) if (other.end <= span.start) shift += other.replacement.length - (other.end - other.start)
  return span.start + shift
}

const foundBySource = new Map<string, number>()

/** Prints every span of `redact(text)` that the first look did not mask. */
function secondLookFindings(source: string, text: string): void {
  const first = new Set(findMentions(text, parse(text).tree, policy).masked.map((detection) => `${detection.start}:${detection.end}:${detection.rule}`))
  const {text: output, spans} = redact(text)
  for (const span of spans) {
    if (first.has(`${span.start}:${span.end}:${span.rule}`)) continue
    const key = `${source} ${span.detector}/${span.rule}`
    foundBySource.set(key, (foundBySource.get(key) ?? 0) + 1)
    const at = outputStart(spans, span)
    const input = text.slice(Math.max(0, span.start - 30), span.end + 30)
    print(`  ${key} \`${span.original}\`: ${JSON.stringify(input)} → ${JSON.stringify(output.slice(Math.max(0, at - 30), at + span.replacement.length + 30))}`)
  }
}

print('What the second look adds to the first:')
for (const text of documents) secondLookFindings('document', text)
for (const text of sentences) secondLookFindings('sentence', text)
for (let count = 0; count < 3000; count++) secondLookFindings('splice', splice())
for (const [key, count] of [...foundBySource].sort()) print(`  ${key}: ${count}`)

const reaches = [2, 4, 8, 12, 20, 40, 80]

/**
 * A detector's findings in `text`, given what `redact` gives it: the tree's zones, the placeholders and what the
 * detectors before it found.
 */
function detect(detector: Detector, text: string): Detection[] {
  const {tree} = parse(text)
  const placeholders = findProtectedRanges(text, {keepYears: true, keepLaws: true, allow: [], pseudonyms: false}).filter((range) => range.type === 'PLACEHOLDER')
  const context = {text, tree, zones: zonesFromTree(tree), protectedRanges: placeholders}
  const earlier: Detection[] = []
  for (const [, before] of namedDetectors) {
    if (before === detector) break
    for (const detection of before(context, earlier)) earlier.push(detection)
  }
  return detector(context, earlier)
}

const keyOf = (detection: Detection) => `${detection.start}:${detection.end}:${detection.type}:${detection.rule}`

/** Up to four stretches of one to four characters, starred in place (lengths kept, line breaks never starred). */
function starStretches(text: string): {starred: string; stretches: [number, number][]} {
  const characters = text.split('')
  const stretches: [number, number][] = []
  for (let count = 0; count < 4; count++) {
    const start = Math.floor(random() * text.length)
    let end = start
    while (end < Math.min(text.length, start + 1 + Math.floor(random() * 4)) && text[end] !== '\n' && text[end] !== '\r') characters[end++] = '*'
    if (end > start) stretches.push([start, end])
  }
  return {starred: characters.join(''), stretches}
}

/** Characters between `detection` and the nearest stretch, -1 where one overlaps it. */
function distance(detection: Detection, stretches: readonly [number, number][]): number {
  let nearest = Infinity
  for (const [start, end] of stretches) {
    nearest = Math.min(nearest, end <= detection.start ? detection.start - end : start >= detection.end ? start - detection.end : -1)
  }
  return nearest
}

print(`\nReach: findings lost / findings kept and, after them, findings that appeared, at least R characters from every starred stretch (${trials} trials a document):`)
for (const [name, detector] of namedDetectors) {
  const lost = reaches.map(() => 0)
  const checked = reaches.map(() => 0)
  const appeared = reaches.map(() => 0)
  for (const text of documents) {
    const before = detect(detector, text)
    const beforeKeys = new Set(before.map(keyOf))
    for (let trial = 0; trial < trials; trial++) {
      const {starred, stretches} = starStretches(text)
      const after = detect(detector, starred)
      const afterKeys = new Set(after.map(keyOf))
      const tally = (detection: Detection, counts: number[]) => {
        const away = distance(detection, stretches)
        reaches.forEach((reach, index) => {
          if (away >= reach) counts[index] = (counts[index] ?? 0) + 1
        })
      }
      for (const detection of before) {
        tally(detection, checked)
        if (!afterKeys.has(keyOf(detection))) tally(detection, lost)
      }
      for (const detection of after) if (!beforeKeys.has(keyOf(detection))) tally(detection, appeared)
    }
  }
  print(`  ${name.padEnd(9)} ${reaches.map((reach, index) => `R ${reach}: ${lost[index]}/${checked[index]}, ${appeared[index]}`).join('   ')}`)
}

// `pnpm bench` (through bench/index.ts) or `npx tsc -b && npx tsx bench/redact.ts`:
// redact throughput on the corpus repeated to 20 MB, beside nodejieba.cut on the same documents in
// the same run, peak memory, and how redact scales on adversarial inputs.
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
// The shipped build, as the CLI and library users run it (`pnpm bench` builds it first): under tsx, the
// sources pay for esbuild's keepNames helper on every closure, about a tenth of redact's time.
import {redact} from '../packages/redactor/dist/index.js'
// Internal (not part of the public API): the benchmark times unseen text by emptying the segmentation cache,
// and times each stage of a redaction on its own to say where the time goes.
import {parse} from '../packages/parser/dist/index.js'
import type {Detection, DetectionContext} from '../packages/redactor/dist/lib/detection.js'
import {findProtectedRanges} from '../packages/redactor/dist/lib/keep-list.js'
import {findMentions, namedDetectors, forgetSecondLookCounts, resolvePolicy, type SecondLookCounts, secondLookCounts} from '../packages/redactor/dist/lib/redact.js'
import {forgetSegmentations, type SegmentationCounts, segmentationCounts} from '../packages/redactor/dist/lib/segment.js'
import {zonesFromTree} from '../packages/redactor/dist/lib/zones.js'
import {loadCorpus} from '../test/load-corpus.js'

// nodejieba is a dependency of the redactor, not of the root: resolve it from there.
const nodejieba = createRequire(new URL('../packages/redactor/package.json', import.meta.url))('nodejieba') as {
  cut: (text: string) => string[]
}

const megabyte = 1024 * 1024
const targetBytes = 20 * megabyte
const timeBudgetMs = 10_000
// Long enough for V8 to optimise the hot functions, as a batch does after its first files.
const warmUpMs = 2_000
// A case slower than this at the smaller size is not run at 1 MB (it would take minutes if quadratic).
const scaleUpLimitMs = 5_000

export interface RedactBenchResult {
  bytes: number
  redactMBps: number
  /** Redact throughput with the segmentation cache emptied before every pass over the corpus. */
  unseenMBps: number
  /** What one pass over the corpus as unseen text asks of jieba: windows and their characters, load-free figures. */
  unseenSegmentation: SegmentationCounts
  /** What the second look read and found in one pass over the corpus, and the spans of that pass: load-free figures. */
  secondLook: SecondLookCounts & {spans: number}
  jiebaMBps: number
  /**
   * The fastest pass of each, in MB/s: on a machine others load, the least disturbed pass is the figure runs can be
   * compared by (at a load of 7 to 13 on 2 CPUs, redact's total over its passes came to 0.44 of its fastest pass).
   * A redact pass lasts several jieba passes and is the likelier to be disturbed: the ratio does not flatter redact.
   */
  bestPass: {redactMBps: number; unseenMBps: number; jiebaMBps: number}
  peakRssMB: number
  peakHeapMB: number
  /** Wall ms of one pass over the corpus: the whole redaction, and each stage of it timed on its own. */
  stagesMs: Record<string, number>
  /** Time of one redact call at 128 KB and 1 MB; `growth` is their ratio, `vsProse` the 1 MB time over prose's. */
  adversarial: {name: string; smallMs: number; largeMs: number | null; growth: number | null; vsProse: number | null}[]
}

/** Runs the redact benchmark, prints its figures and returns them. */
export async function benchRedact(): Promise<RedactBenchResult> {
  const corpus = loadCorpus()
  const documents = corpus.map((document) => document.text)
  if (documents.length === 0) throw new Error('bench/redact: the corpus is empty')
  const byteLength = (text: string) => Buffer.byteLength(text, 'utf8')

  const warmUpStart = performance.now()
  while (performance.now() - warmUpStart < warmUpMs) for (const text of documents) redact(text) // lexicons load, the JIT settles
  for (const text of documents) nodejieba.cut(text)
  // Redact and nodejieba.cut take turns, a corpus pass each, so a busy moment of a shared machine slows both
  // alike instead of whichever happened to run then.
  let peakHeap = 0
  let bytes = 0
  let passes = 0
  let redactMs = 0
  let redactCpuMs = 0
  let jiebaMs = 0
  let jiebaCpuMs = 0
  const fastestMs = {redact: Infinity, unseen: Infinity, jieba: Infinity}
  const start = performance.now()
  while (bytes < targetBytes && performance.now() - start < 2 * timeBudgetMs) {
    const redactStart = performance.now()
    const redactCpuStart = cpuMs()
    for (const text of documents) {
      redact(text)
      bytes += byteLength(text)
    }
    redactCpuMs += cpuMs() - redactCpuStart
    redactMs += performance.now() - redactStart
    fastestMs.redact = Math.min(fastestMs.redact, performance.now() - redactStart)
    // Heap sampled once per pass, and the peak resident size read from the kernel at the end: on the machine
    // measured, process.memoryUsage() after every document cost a fifth of the time it measured.
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
    const jiebaStart = performance.now()
    const jiebaCpuStart = cpuMs()
    for (const text of documents) nodejieba.cut(text)
    jiebaCpuMs += cpuMs() - jiebaCpuStart
    jiebaMs += performance.now() - jiebaStart
    fastestMs.jieba = Math.min(fastestMs.jieba, performance.now() - jiebaStart)
    passes++
  }
  const peakRss = process.resourceUsage().maxRSS * 1024

  // The same passes on unseen text: jieba segments every window again, as on a corpus read for the first time.
  let unseenBytes = 0
  const unseenStart = performance.now()
  const unseenCpuStart = cpuMs()
  while (unseenBytes < bytes / 4 && performance.now() - unseenStart < timeBudgetMs / 2) {
    forgetSegmentations()
    const passStart = performance.now()
    for (const text of documents) {
      redact(text)
      unseenBytes += byteLength(text)
    }
    fastestMs.unseen = Math.min(fastestMs.unseen, performance.now() - passStart)
  }
  const unseenMs = performance.now() - unseenStart
  const unseenCpuMs = cpuMs() - unseenCpuStart
  forgetSegmentations()
  forgetSecondLookCounts()
  let spans = 0
  for (const text of documents) spans += redact(text).spans.length
  const unseenSegmentation = segmentationCounts()
  const secondLook = {...secondLookCounts(), spans}

  const mb = bytes / megabyte
  const passMB = documents.reduce((sum, text) => sum + byteLength(text), 0) / megabyte
  const bestMBps = (fastest: number) => passMB / (fastest / 1000)
  const result: RedactBenchResult = {
    bytes,
    redactMBps: mb / (redactMs / 1000),
    unseenMBps: unseenBytes / megabyte / (unseenMs / 1000),
    unseenSegmentation,
    secondLook,
    jiebaMBps: mb / (jiebaMs / 1000),
    bestPass: {redactMBps: bestMBps(fastestMs.redact), unseenMBps: bestMBps(fastestMs.unseen), jiebaMBps: bestMBps(fastestMs.jieba)},
    peakRssMB: peakRss / megabyte,
    peakHeapMB: peakHeap / megabyte,
    stagesMs: timeStages(documents),
    adversarial: []
  }
  const print = (line: string) => process.stdout.write(`${line}\n`)
  print(`redact: corpus of ${documents.length} documents × ${passes} passes = ${mb.toFixed(1)} MB UTF-8, one document per call`)
  // Per CPU second of the process as well: on a machine others load, the wall-clock figures measure them too.
  const perCpuSecond = (measured: number, spentMs: number) => `${(measured / megabyte / (spentMs / 1000)).toFixed(2)} MB per CPU second`
  print(`  redact          ${result.redactMBps.toFixed(2).padStart(8)} MB/s  (${(redactMs / 1000).toFixed(2)} s; ${perCpuSecond(bytes, redactCpuMs)})`)
  print(`  redact, unseen  ${result.unseenMBps.toFixed(2).padStart(8)} MB/s  (segmentation cache emptied before each pass; ${perCpuSecond(unseenBytes, unseenCpuMs)})`)
  const characters = documents.reduce((sum, text) => sum + text.length, 0)
  print(`  jieba on unseen text: ${unseenSegmentation.segmented.toLocaleString('en')} windows of ${unseenSegmentation.asked.toLocaleString('en')} asked segmented a corpus pass, ${unseenSegmentation.characters.toLocaleString('en')} characters (${((unseenSegmentation.characters / characters) * 100).toFixed(0)}% of the corpus's ${characters.toLocaleString('en')})`)
  print(`  second look, a corpus pass: ${secondLook.documents} documents read again around their masks, ${secondLook.characters.toLocaleString('en')} characters (${((secondLook.characters / characters) * 100).toFixed(0)}% of the corpus), ${secondLook.found} of ${secondLook.spans.toLocaleString('en')} spans found there`)
  print(`  nodejieba.cut   ${result.jiebaMBps.toFixed(2).padStart(8)} MB/s  (same documents, passes taking turns with redact; ${perCpuSecond(bytes, jiebaCpuMs)})`)
  const best = result.bestPass
  print(`  fastest pass    redact ${best.redactMBps.toFixed(2)} MB/s, unseen ${best.unseenMBps.toFixed(2)}, nodejieba.cut ${best.jiebaMBps.toFixed(2)} (${(best.redactMBps / best.jiebaMBps).toFixed(2)}×, unseen ${(best.unseenMBps / best.jiebaMBps).toFixed(2)}×): the least disturbed pass of each, to compare runs by on a loaded machine`)
  print(`  peak rss ${result.peakRssMB.toFixed(0)} MB, peak heap used ${result.peakHeapMB.toFixed(0)} MB`)
  print(`  target faster than nodejieba.cut: ${result.redactMBps > result.jiebaMBps ? 'met' : 'NOT met'} (${(result.redactMBps / result.jiebaMBps).toFixed(2)}×); unseen text: ${result.unseenMBps > result.jiebaMBps ? 'met' : 'NOT met'} (${(result.unseenMBps / result.jiebaMBps).toFixed(2)}×)`)
  print(`  target ≥ 20 MB/s on one core: ${result.redactMBps >= 20 ? 'met' : 'NOT met'}`)
  // Throughput falls with the density of what is masked (every mask is context checks, jieba windows and a
  // second look around it): the seeds are real reports, the written documents are packed with names on purpose.
  for (const [label, split] of [['seed documents (real reports)', 'seed'], ['written documents (dense)', 'written']] as const) {
    const texts = corpus.filter((document) => (document.gold.split === 'seed') === (split === 'seed')).map((document) => document.text)
    const {mbps, unseenMbps, jiebaMbps, masksPerThousand} = measureSubset(texts)
    print(
      `  ${padLabel(label, 30)} ${mbps.toFixed(2).padStart(6)} MB/s (unseen ${unseenMbps.toFixed(2)}), nodejieba.cut ${jiebaMbps.toFixed(2)} MB/s: ${(mbps / jiebaMbps).toFixed(2)}× (unseen ${(unseenMbps / jiebaMbps).toFixed(2)}×); ${masksPerThousand.toFixed(1)} masks per 1,000 characters`
    )
  }

  const stages = result.stagesMs
  const ms = (name: string) => (stages[name] ?? 0).toFixed(2)
  print(`  one corpus pass, ${ms('redact')} ms: parse ${ms('parse')}, first look ${ms('first look')} (keep-lists ${ms('keep-lists')}, zones ${ms('zones')}, places ${ms('places')}, units ${ms('units')}, persons ${ms('persons')}, contacts ${ms('contacts')}, figures ${ms('figures')}, timed in turn on each document; the rest, protection, propagation and overlaps, ${ms('first look, the rest')}), second look and masking ${ms('second look and masking')} (the rest)`)

  // Plain-text reports only: joined with the Markdown one, the whole megabyte would be read as Markdown.
  const prose = corpus.filter((document) => !document.name.endsWith('.md')).map((document) => document.text).join('\n')
  const cases: [string, string][] = [
    ['prose (corpus)', prose],
    ['digits', '1234567890'],
    ['第第第', '第'],
    ['one long line', prose.replace(/\s+/g, '')],
    ['only surnames', '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'],
    ['** runs', '**'],
    ['digits and units', '12.5万元3人45%6亩'],
    ['contacts, one line', '电话13812345678，'],
    ['markers', '（一）1.一是第一，'],
    // Rules that ask at each candidate whether an earlier name covers it (quadratic when they walked the names)
    ['names and phones', '局长李明华，王建军（电话：13812345678）\n'],
    ['counted lists', '局长李明华，推荐顾建平、沈  丽、陆卫东3名同志\n'],
    // A table's cells padded with long runs of blanks, as the second look blanks lines far from masks (the sex and
    // photo-credit expressions read each run from every position in it)
    ['padded cells', `胡娜娜${' '.repeat(400)}男${' '.repeat(400)}摄\n`]
  ]
  print(`redact on adversarial inputs, one call each (growth ≈ 8 when linear, ≈ 64 when quadratic):`)
  print(`  ${'input'.padEnd(18)} ${'128 KB'.padStart(10)} ${'1 MB'.padStart(10)} ${'growth'.padStart(7)} ${'MB/s'.padStart(7)} ${'× prose'.padStart(8)}`)
  let proseMs: number | null = null
  for (const [name, unit] of cases) {
    // The small input is each eighth of the large one in turn, timed on average: a text of mixed density (the
    // corpus opens with the sparse real reports) would otherwise compare a sparse 128 KB with a dense megabyte.
    const large = repeatToBytes(unit, megabyte)
    const smallMs = meanOverEighths(large)
    const largeMs = smallMs > scaleUpLimitMs ? null : timeRedact(large)
    proseMs ??= largeMs
    const growth = largeMs === null ? null : largeMs / smallMs
    const vsProse = largeMs === null || proseMs === null ? null : largeMs / proseMs
    result.adversarial.push({name, smallMs, largeMs, growth, vsProse})
    const cells = [
      `${smallMs.toFixed(0)} ms`.padStart(10),
      (largeMs === null ? 'skipped' : `${largeMs.toFixed(0)} ms`).padStart(10),
      (growth === null ? '—' : growth.toFixed(1)).padStart(7),
      (largeMs === null ? '—' : (1000 / largeMs).toFixed(2)).padStart(7),
      (vsProse === null ? '—' : vsProse.toFixed(1)).padStart(8)
    ]
    print(`  ${padLabel(name, 18)} ${cells.join(' ')}`)
  }
  return result
}

/** CPU milliseconds the process has spent, its collector's threads included. */
function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** `unit` repeated until it is `bytes` long in UTF-8 (cut at a character boundary). */
function repeatToBytes(unit: string, bytes: number): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8')
  const repeated = unit.repeat(Math.ceil(bytes / unitBytes))
  return Buffer.from(repeated, 'utf8').subarray(0, bytes).toString('utf8').replace(/\uFFFD+$/, '')
}

// CJK characters take two terminal columns.
function padLabel(label: string, width: number): string {
  const used = [...label].reduce((sum, char) => sum + (char >= '\u2e80' ? 2 : 1), 0)
  return label + ' '.repeat(Math.max(0, width - used))
}

const subsetMs = 1_500

/**
 * Throughput over `texts` for about `subsetMs`, passes taking turns: redact, redact on unseen text (the
 * segmentation cache emptied before the pass) and nodejieba.cut; and how densely redact masks them.
 */
function measureSubset(texts: readonly string[]): {mbps: number; unseenMbps: number; jiebaMbps: number; masksPerThousand: number} {
  const passBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0)
  const timed = (run: () => void) => {
    const start = performance.now()
    run()
    return performance.now() - start
  }
  let masks = 0
  let characters = 0
  let passes = 0
  const ms = {redact: 0, unseen: 0, jieba: 0}
  const start = performance.now()
  while (performance.now() - start < subsetMs) {
    ms.redact += timed(() => {
      for (const text of texts) masks += redact(text).spans.length
    })
    forgetSegmentations()
    ms.unseen += timed(() => {
      for (const text of texts) redact(text)
    })
    ms.jieba += timed(() => {
      for (const text of texts) nodejieba.cut(text)
    })
    for (const text of texts) characters += text.length
    passes++
  }
  const mbps = (spentMs: number) => (passBytes * passes) / megabyte / (spentMs / 1000)
  return {mbps: mbps(ms.redact), unseenMbps: mbps(ms.unseen), jiebaMbps: mbps(ms.jieba), masksPerThousand: (masks / characters) * 1000}
}

const stageMs = 1_000

/** Mean wall ms of `run` over the documents, a pass at a time for about `stageMs` (after the warm-up of the main run). */
function timePass(documents: readonly string[], run: (text: string, index: number) => unknown): number {
  const start = performance.now()
  const passes = timePasses(() => documents.forEach((text, index) => run(text, index)))
  return (performance.now() - start) / passes
}

/** Runs `pass` again and again for about `stageMs`; returns how many times. */
function timePasses(pass: () => void): number {
  let passes = 0
  const start = performance.now()
  while (performance.now() - start < stageMs) {
    pass()
    passes++
  }
  return passes
}

/**
 * Where a corpus pass goes: the whole redaction, the parse, the first look (`findMentions`: keep-lists, every
 * detector, propagation, overlaps), and the first look's parts timed in turn on each document, in the order the first
 * look runs them: timed alone, a pass at a time, a detector kept its tables in the processor's caches and summed to a
 * fifth less than the first look spends in it, so the parts did not add up. The first look's rest (protection,
 * propagation, overlaps, doubtful detections) is what it takes beyond them; the second look and the masking are what
 * the redaction takes beyond parse and first look.
 */
function timeStages(documents: readonly string[]): Record<string, number> {
  const policy = resolvePolicy(undefined)
  const keepOptions = {keepYears: policy.keepYears, keepLaws: policy.keepLaws, allow: policy.allow, pseudonyms: false}
  const trees = documents.map((text) => parse(text).tree)
  const stages: Record<string, number> = {
    redact: timePass(documents, (text) => redact(text)),
    parse: timePass(documents, (text) => parse(text)),
    'first look': timePass(documents, (text, index) => trees[index] && findMentions(text, trees[index], policy))
  }
  const parts: Record<string, number> = {'keep-lists': 0, zones: 0, ...Object.fromEntries(namedDetectors.map(([name]) => [name, 0]))}
  let lap = 0
  const timed = <T>(name: string, run: () => T): T => {
    const result = run()
    const now = performance.now()
    parts[name] = (parts[name] ?? 0) + now - lap
    lap = now
    return result
  }
  const passes = timePasses(() => {
    documents.forEach((text, index) => {
      const tree = trees[index]
      if (!tree) return
      lap = performance.now()
      const protectedRanges = timed('keep-lists', () => findProtectedRanges(text, keepOptions))
      const context: DetectionContext = timed('zones', () => ({
        text,
        tree,
        zones: zonesFromTree(tree),
        protectedRanges: protectedRanges.filter((range) => range.type === 'PLACEHOLDER')
      }))
      const found: Detection[] = []
      for (const [name, detector] of namedDetectors) for (const detection of timed(name, () => detector(context, found))) found.push(detection)
    })
  })
  for (const [name, total] of Object.entries(parts)) stages[name] = total / passes
  const firstLookParts = Object.values(parts).reduce((sum, total) => sum + total, 0) / passes
  stages['first look, the rest'] = Math.max(0, (stages['first look'] ?? 0) - firstLookParts)
  stages['second look and masking'] = Math.max(0, (stages.redact ?? 0) - (stages.parse ?? 0) - (stages['first look'] ?? 0))
  return stages
}

/** The mean time to redact each eighth of `text` (cut at UTF-16 units, so about 128 KB of a megabyte). */
function meanOverEighths(text: string): number {
  let total = 0
  for (let part = 0; part < 8; part++) total += timeRedact(text.slice((part * text.length) >> 3, ((part + 1) * text.length) >> 3))
  return total / 8
}

function timeRedact(text: string): number {
  const start = performance.now()
  redact(text)
  return performance.now() - start
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchRedact()

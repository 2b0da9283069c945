// `pnpm bench` (through bench/index.ts) or `npx tsc -b && npx tsx bench/parse.ts` (the built dist, as users run it):
// parse throughput on the corpus repeated to 20 MB (one document per call, and as one document),
// the time of one corpus pass as redact parses it (every document once, Markdown included), the
// Markdown route (plain Markdown read directly, and the remark-parse route other Markdown takes),
// decode, peak memory, and parse time on 1 MB adversarial inputs beside 1 MB
// of prose (growth per byte from 256 KB shows whether a case is linear). Times are CPU time of this process
// (user + system), so that other work on a shared machine does not count; wall time is shown too.
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {decode, parse} from '@gongwen/parser'
import {loadCorpus} from '../test/load-corpus.js'

const megabyte = 1024 * 1024
const targetBytes = 20 * megabyte
const warmUpMs = 2000
const timeBudgetMs = 30_000
const corpusPassBudgetMs = 3000
// A case slower than this at 256 KB is not run at 1 MB (it would take minutes if quadratic).
const scaleUpLimitMs = 5_000
const targetMBps = 50

export interface ParseBenchResult {
  documentsMBps: number
  oneDocumentMBps: number | null
  /** CPU ms of one pass over the corpus, one `parse(text)` per document, text documents and Markdown ones. */
  corpusPassMs: {text: number; markdown: number}
  markdownMBps: number
  /** The Markdown route for Markdown outside the plain subset (remark-parse reads it). */
  remarkMarkdownMBps: number
  decodeUtf8MBps: number
  decodeGb18030MBps: number
  peakRssMB: number
  peakHeapMB: number
  adversarial: {name: string; smallMs: number; largeMs: number | null; growth: number | null; timesProse: number | null}[]
}

interface Memory {
  rss: number
  heap: number
}

/** Runs the parse benchmark, prints its figures and returns them. */
export async function benchParse(): Promise<ParseBenchResult> {
  const corpus = loadCorpus()
  if (corpus.length === 0) throw new Error('bench/parse: the corpus is empty')
  const texts = corpus.filter((document) => !document.name.endsWith('.md')).map((document) => document.text)
  const markdown = corpus.filter((document) => document.name.endsWith('.md')).map((document) => document.text)
  const print = (line: string) => process.stdout.write(`${line}\n`)
  const memory: Memory = {rss: 0, heap: 0}

  // Warm up for a couple of seconds: V8's optimising compiler runs on background threads that
  // process.cpuUsage counts, and one pass leaves most of that work inside the timed run. A batch over a
  // corpus runs for minutes, so the steady state is the figure that matters.
  warmUp(texts, (text) => parse(text), warmUpMs)
  const documents = timeBatch(texts, (text) => parse(text), memory)
  print(`parse: ${texts.length} text documents × ${documents.passes} passes = ${mib(documents.bytes)} MB UTF-8, one document per call`)
  print(`  text route      ${rate(documents.mbps)} CPU, ${rate(documents.wallMBps)} wall  (${seconds(documents.ms)} CPU)`)

  const whole = repeatToBytes(texts.join('\n\n'), targetBytes)
  const probe = time(() => parse(whole.slice(0, whole.length / 10)))
  let oneDocumentMBps: number | null = null
  if (probe.cpu * 10 < timeBudgetMs) {
    const {cpu, wall} = time(() => parse(whole))
    sample(memory)
    oneDocumentMBps = bytesOf(whole) / megabyte / (cpu / 1000)
    print(`  one document    ${rate(oneDocumentMBps)} CPU, ${rate(bytesOf(whole) / megabyte / (wall / 1000))} wall  (${mib(bytesOf(whole))} MB in one call)`)
  } else {
    print(`  one document    skipped: a tenth of it took ${seconds(probe.cpu)} CPU`)
  }

  // Reports are 2–15 KB, so per-document costs count: one pass as redact makes it, timed for a few seconds.
  const corpusPassMs = {text: timePasses(texts, corpusPassBudgetMs), markdown: timePasses(markdown, corpusPassBudgetMs)}
  print(
    `  corpus pass     ${(corpusPassMs.text + corpusPassMs.markdown).toFixed(2)} ms CPU: ${texts.length} text documents ${corpusPassMs.text.toFixed(2)} ms, ${markdown.length} Markdown ${corpusPassMs.markdown.toFixed(2)} ms (one parse per document)`
  )

  const markdownSources = markdown.length > 0 ? markdown : texts
  const parseMarkdown = (text: string) => parse(text, {format: 'markdown'})
  warmUp(markdownSources, parseMarkdown, warmUpMs / 2)
  const markdownRun = timeBatch(markdownSources, parseMarkdown, memory, targetBytes / 10)
  print(`  markdown route  ${rate(markdownRun.mbps)} CPU, ${rate(markdownRun.wallMBps)} wall  (${mib(markdownRun.bytes)} MB, ${markdownSources.length} document(s) repeated; plain Markdown, read without remark-parse)`)
  // One emphasis makes a document other than plain Markdown: remark-parse (micromark) reads it then.
  const emphasised = markdownSources.map((text) => `${text}\n\n**注**\n`)
  warmUp(emphasised, parseMarkdown, warmUpMs / 2)
  const remarkRun = timeBatch(emphasised, parseMarkdown, memory, targetBytes / 20)
  print(`  remark route    ${rate(remarkRun.mbps)} CPU, ${rate(remarkRun.wallMBps)} wall  (the same with one **emphasis**: remark-parse reads it, and dominates)`)
  print(`  peak rss ${mib(memory.rss)} MB, peak heap used ${mib(memory.heap)} MB`)
  print(`  target ≥ ${targetMBps} MB/s on one core: ${documents.mbps >= targetMBps ? 'met' : 'NOT met'}`)

  const utf8 = new TextEncoder().encode(whole)
  const decodeUtf8MBps = utf8.length / megabyte / (time(() => decode(utf8)).cpu / 1000)
  const gbDocument = corpus.find((document) => decode(document.bytes).encoding === 'gb18030')
  const gbBytes = gbDocument ? repeatBytes(gbDocument.bytes, targetBytes) : undefined
  const decodeGb18030MBps = gbBytes ? gbBytes.length / megabyte / (time(() => decode(gbBytes)).cpu / 1000) : 0
  print(`decode: UTF-8 ${rate(decodeUtf8MBps)}, GB18030 ${gbBytes ? rate(decodeGb18030MBps) : 'no GB18030 document in the corpus'} (${mib(targetBytes)} MB each)`)

  const prose = texts.join('\n')
  const captions = prose.split('\n').filter((line) => line.length > 10 && !/[\s]/.test(line)).map((line) => doubleRuns(line.slice(0, 40)))
  const cases: [string, string][] = [
    ['prose (corpus)', prose],
    ['一、 repeated', '一、'],
    ['（ repeated', '（'],
    ['（一） repeated', '（一）'],
    ['一是…。 repeated', '一是加强领导。'],
    ['one line of prose', prose.replace(/\s+/g, '')],
    ['doubled caption lines', captions.join('\n\n')],
    ['one doubled line', captions.join('')],
    ['only newlines', '\n'],
    ['only CRLF', '\r\n']
  ]
  const result: ParseBenchResult = {
    documentsMBps: documents.mbps,
    oneDocumentMBps,
    corpusPassMs,
    markdownMBps: markdownRun.mbps,
    remarkMarkdownMBps: remarkRun.mbps,
    decodeUtf8MBps,
    decodeGb18030MBps,
    peakRssMB: memory.rss / megabyte,
    peakHeapMB: memory.heap / megabyte,
    adversarial: []
  }
  print('parse on adversarial inputs of about 1 MB, one call each, CPU time (growth per byte from 256 KB: ≈ 1 linear, ≈ 4 quadratic):')
  print(`  ${'input'.padEnd(22)} ${'256 KB'.padStart(9)} ${'1 MB'.padStart(9)} ${'growth'.padStart(7)} ${'MB/s'.padStart(7)} ${'× prose'.padStart(8)}`)
  let proseMs: number | null = null
  let proseBytes = 0
  for (const [name, unit] of cases) {
    const small = repeatToBytes(unit, megabyte / 4)
    const large = repeatToBytes(unit, megabyte)
    const smallMs = time(() => parse(small)).cpu
    const largeMs = smallMs > scaleUpLimitMs ? null : time(() => parse(large)).cpu
    proseMs ??= largeMs
    proseBytes ||= bytesOf(large)
    // Time per byte at 1 MB over time per byte at 256 KB: about 1 when linear, 4 when quadratic.
    const growth = largeMs === null ? null : largeMs / bytesOf(large) / (smallMs / bytesOf(small))
    // Per byte, since whole units make the inputs only about 1 MB.
    const timesProse = largeMs === null || proseMs === null ? null : largeMs / bytesOf(large) / (proseMs / proseBytes)
    result.adversarial.push({name, smallMs, largeMs, growth, timesProse})
    print(
      `  ${padLabel(name, 22)} ${`${smallMs.toFixed(0)} ms`.padStart(9)} ${(largeMs === null ? 'skipped' : `${largeMs.toFixed(0)} ms`).padStart(9)} ${(growth === null ? '—' : growth.toFixed(1)).padStart(7)} ${(largeMs === null ? '—' : (bytesOf(large) / megabyte / (largeMs / 1000)).toFixed(1)).padStart(7)} ${(timesProse === null ? '—' : timesProse.toFixed(1)).padStart(8)}`
    )
  }
  return result
}

/**
 * Call `run` on the documents, round after round, until `bytes` of UTF-8 or `budgetMs`; memory is sampled after
 * each call when `memory` is given (a corpus pass is timed without: sampling costs a few microseconds a call).
 */
function timeBatch(documents: readonly string[], run: (text: string) => unknown, memory: Memory | undefined, bytes = targetBytes, budgetMs = timeBudgetMs) {
  const sizes = documents.map(bytesOf)
  let total = 0
  let passes = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  while (total < bytes && performance.now() - start < budgetMs) {
    let index = -1
    while (++index < documents.length) {
      run(documents[index] ?? '')
      total += sizes[index] ?? 0
      if (memory) sample(memory)
    }
    passes++
  }
  const ms = cpuMs(cpuStart)
  const wall = performance.now() - start
  return {bytes: total, passes, ms, mbps: total / megabyte / (ms / 1000), wallMBps: total / megabyte / (wall / 1000)}
}

/** Run `run` over the documents for `ms`, so the optimising compiler is done before timing. */
function warmUp(documents: readonly string[], run: (text: string) => unknown, ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until) for (const text of documents) run(text)
}

/** CPU ms per pass of one `parse` per document, over `budgetMs` of passes after a third of that to warm up (0 for no documents). */
function timePasses(documents: readonly string[], budgetMs: number): number {
  if (documents.length === 0) return 0
  warmUp(documents, (text) => parse(text), budgetMs / 3)
  const {ms, passes} = timeBatch(documents, (text) => parse(text), undefined, Infinity, budgetMs)
  return ms / passes
}

/** Parsing is synchronous, so memory is sampled between calls, while the last result is still alive. */
function sample(memory: Memory): void {
  const usage = process.memoryUsage()
  memory.rss = Math.max(memory.rss, usage.rss)
  memory.heap = Math.max(memory.heap, usage.heapUsed)
}

function time(run: () => unknown): {cpu: number; wall: number} {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  run()
  return {cpu: cpuMs(cpuStart), wall: performance.now() - start}
}

/** CPU time of this process since `start`, in ms (user + system: the GC counts too). */
function cpuMs(start: NodeJS.CpuUsage): number {
  const {user, system} = process.cpuUsage(start)
  return (user + system) / 1000
}

/** Fake-bold PDF text: every run of the line drawn twice (`城市城市中央公园中央公园`). */
function doubleRuns(line: string): string {
  return line.replace(/.{1,4}/gu, (run) => run + run)
}

function bytesOf(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * `unit` repeated a whole number of times to about `bytes` of UTF-8. Never cut inside a unit: a
 * doubled line cut in a run is no longer doubled, and the parser would give up on it at once.
 */
function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Math.max(1, bytesOf(unit)))))
}

function repeatBytes(unit: Uint8Array, bytes: number): Uint8Array {
  const result = new Uint8Array(Math.ceil(bytes / unit.length) * unit.length)
  let offset = 0
  while (offset < result.length) {
    result.set(unit, offset)
    offset += unit.length
  }
  return result
}

function rate(mbps: number): string {
  return `${mbps.toFixed(1).padStart(7)} MB/s`
}

function mib(bytes: number): string {
  return (bytes / megabyte).toFixed(1)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

// CJK characters take two terminal columns.
function padLabel(label: string, width: number): string {
  const used = [...label].reduce((sum, char) => sum + (char >= '\u2e80' ? 2 : 1), 0)
  return label + ' '.repeat(Math.max(0, width - used))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchParse()

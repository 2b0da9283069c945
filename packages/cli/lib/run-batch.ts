import {readFile, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {FileResult, type BatchFileEntry, type BatchReport, type Policy} from '@gongwen/schema'
import {addCounts, countTypes} from './count-types.js'
import {createRunner, type Runner} from './create-runner.js'
import {isInside, type InputFile, type Inputs} from './expand-inputs.js'
import type {Io} from './io.js'
import {mapOrdered} from './map-ordered.js'
import {createProgress} from './progress-bar.js'
import {readVersion} from './read-version.js'
import {renderReportHtml, type ReviewDocument} from './render-report-html.js'
import {UsageError} from './usage-error.js'
import {removeTemporaryFiles, writeAtomic} from './write-atomic.js'

export interface BatchOptions {
  inputs: Inputs
  /** The `--out` directory, absolute. */
  out: string
  policy: Policy
  jobs: number
  maxBytes: number
  /** Skip inputs whose outputs are complete and match the input's size and mtime. */
  resume: boolean
  /** Whether report.html may show original text. */
  originals: boolean
  allowOutInsideInput: boolean
}

/** Suffix of the spans file written beside each redacted text. */
export const spansSuffix = '.spans.json'

/**
 * `gongwen redact … --out DIR`: redact every input, mirroring the input tree under DIR (redacted text,
 * then `<name>.spans.json` last, each written atomically), then write report.json and report.html.
 * A file that fails is listed in the report and the batch goes on.
 *
 * @param options what to run
 * @param io streams for the summary and the progress bar
 * @returns 0 when every file was redacted or skipped, 1 when some failed
 * @throws {UsageError} when an output would land inside the input tree or on an input
 */
export async function runBatch(options: BatchOptions, io: Io): Promise<number> {
  const started = new Date()
  const {out, inputs} = options
  if (inputs.stdin) throw new UsageError('Cannot read stdin (`-`) with `--out`: pass files, or use `--jsonl`', 'redact')
  if ((await stat(out).catch(() => undefined))?.isDirectory() === false) {
    throw new UsageError(`Cannot write into \`${out}\`: it is a file, not a directory`, 'redact')
  }
  const outInsideInput = isInside(out, inputs.root)
  if (outInsideInput && !options.allowOutInsideInput) {
    throw new UsageError(
      `Refusing to write into the input tree: \`${out}\` is inside \`${inputs.root}\`. Choose another --out, or pass --allow-out-inside-input`,
      'redact'
    )
  }
  // Outputs of earlier runs inside the input tree are never inputs.
  const files = outInsideInput ? inputs.files.filter((file) => !isInside(file.path, out)) : inputs.files
  if (files.length === 0) throw new UsageError(`No input files outside \`${out}\``, 'redact')
  assertNoOverwrite(files, out)

  await removeTemporaryFiles(out)
  const runner = createRunner(options.jobs)
  const sizes = await Promise.all(files.map((file) => stat(file.path).then((info) => info.size, () => 0)))
  const progress = createProgress(io.stderr, files.length, sizes.reduce((sum, size) => sum + size, 0))
  const entries: BatchFileEntry[] = []
  try {
    for await (const entry of mapOrdered(files, runner.threads * 4, (file) => processFileSafely(file, options, runner.run))) {
      entries.push(entry)
      progress.advance(entry.bytes)
    }
  } finally {
    progress.finish()
    await runner.close()
  }

  const report = batchReport(entries, started, runner.threads, await readVersion())
  await writeAtomic(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n')
  await writeAtomic(join(out, 'report.html'), renderReportHtml(report, reviewDocuments(report, out), {originals: options.originals}))

  for (const failure of report.failures) io.stderr.write(`${failure.path}: ${failure.reason}\n`)
  const {totals} = report
  io.stderr.write(
    `gongwen: ${totals.files} files, ${totals.ok} redacted, ${totals.skipped} skipped, ${totals.failed} failed; ` +
      `${Object.values(totals.counts).reduce((sum, count) => sum + count, 0)} spans, ` +
      `${report.files.reduce((sum, entry) => sum + entry.warnings.length, 0)} warnings; report: ${join(out, 'report.html')}\n`
  )
  return totals.failed > 0 ? 1 : 0
}

/** `processFile`, with a file that vanished or an output that cannot be written failing that file only. */
async function processFileSafely(file: InputFile, options: BatchOptions, run: Runner['run']): Promise<BatchFileEntry> {
  try {
    return await processFile(file, options, run)
  } catch (error) {
    const reason = `Cannot process \`${file.relative}\`: ${error instanceof Error ? error.message : String(error)}`
    return {path: file.relative, output: null, spansFile: null, status: 'failed', bytes: 0, counts: countTypes([]), warnings: [], error: reason}
  }
}

async function processFile(
  file: InputFile,
  options: BatchOptions,
  run: Runner['run']
): Promise<BatchFileEntry> {
  const output = join(options.out, file.relative)
  const spansFile = output + spansSuffix
  const info = await stat(file.path)
  const input = {bytes: info.size, mtimeMs: info.mtimeMs}
  const base = {path: file.relative, bytes: info.size}

  if (options.resume) {
    const previous = await completeResult(output, spansFile, input)
    if (previous) {
      return {...base, output: file.relative, spansFile: file.relative + spansSuffix, status: 'skipped', counts: previous.counts, warnings: previous.messages}
    }
  }

  const result = await run({command: 'redact', id: file.relative, name: file.relative, source: {path: file.path}, policy: options.policy, maxBytes: options.maxBytes})
  if (!result.ok || result.text === undefined) {
    const error = result.error ?? `Cannot process \`${file.relative}\``
    return {...base, output: null, spansFile: null, status: 'failed', counts: countTypes([]), warnings: result.messages, error}
  }
  const {text, ...spans} = result
  await writeAtomic(output, text)
  // Written last: its presence, matching the input's size and mtime, is what --resume trusts.
  await writeAtomic(spansFile, JSON.stringify({...spans, input}) + '\n')
  return {...base, output: file.relative, spansFile: file.relative + spansSuffix, status: 'ok', counts: result.counts, warnings: result.messages}
}

/** The spans file of a finished earlier run for this very input (same size and mtime), if any. */
async function completeResult(output: string, spansFile: string, input: {bytes: number; mtimeMs: number}): Promise<FileResult | undefined> {
  const recorded = FileResult.safeParse(await readFile(spansFile, 'utf8').then(JSON.parse, () => undefined))
  if (!recorded.success || !recorded.data.ok || recorded.data.input === undefined) return undefined
  if (recorded.data.input.bytes !== input.bytes || recorded.data.input.mtimeMs !== input.mtimeMs) return undefined
  const exists = await stat(output).then((info) => info.isFile(), () => false)
  return exists ? recorded.data : undefined
}

/** Refuse a run in which any output path is an input path: inputs are never written. */
function assertNoOverwrite(files: readonly InputFile[], out: string): void {
  const inputs = new Set(files.map((file) => file.path))
  const reports = [join(out, 'report.json'), join(out, 'report.html')]
  const outputs = files.flatMap((file) => [resolve(out, file.relative), resolve(out, file.relative) + spansSuffix]).concat(reports)
  const clash = outputs.find((path) => inputs.has(path))
  if (clash !== undefined) throw new UsageError(`Refusing to overwrite the input file \`${clash}\`: choose another --out`, 'redact')
}

function batchReport(entries: BatchFileEntry[], started: Date, jobs: number, version: string): BatchReport {
  const counts = countTypes([])
  for (const entry of entries) addCounts(counts, entry.counts)
  const count = (status: BatchFileEntry['status']) => entries.filter((entry) => entry.status === status).length
  return {
    tool: 'gongwen',
    version,
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    jobs,
    files: entries,
    totals: {
      files: entries.length,
      ok: count('ok'),
      failed: count('failed'),
      skipped: count('skipped'),
      bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
      counts
    },
    failures: entries.flatMap((entry) => (entry.status === 'failed' ? [{path: entry.path, reason: entry.error ?? 'failed'}] : []))
  }
}

/** The documents for report.html, read back from the outputs one at a time, so memory stays flat. */
async function* reviewDocuments(report: BatchReport, out: string): AsyncGenerator<ReviewDocument> {
  for (const entry of report.files) {
    if (entry.output === null || entry.spansFile === null) {
      yield {entry}
      continue
    }
    const text = await readFile(join(out, entry.output), 'utf8')
    const recorded = FileResult.parse(JSON.parse(await readFile(join(out, entry.spansFile), 'utf8')))
    yield {entry, text, spans: recorded.spans ?? []}
  }
}

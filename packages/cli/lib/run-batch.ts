import {createReadStream} from 'node:fs'
import {mkdir, open, rm, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import type {BatchFileEntry, BatchReport, Policy} from '@gongwen/schema'
import {addCounts, countTypes} from './count-types.js'
import {createRunner} from './create-runner.js'
import {isInside, type InputFile, type Inputs} from './expand-inputs.js'
import type {Io} from './io.js'
import {mapOrdered} from './map-ordered.js'
import {spansSuffix, type BatchFileTask} from './process-batch-file.js'
import {createProgress} from './progress-bar.js'
import {readVersion} from './read-version.js'
import {renderReportHtml} from './render-report-html.js'
import {UsageError} from './usage-error.js'
import {removeTemporaryFiles, temporaryPath, writeAtomic} from './write-atomic.js'

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

  const report = await redactFiles(files, options, io, started)
  for (const failure of report.failures) io.stderr.write(`${failure.path}: ${failure.reason}\n`)
  const {totals} = report
  io.stderr.write(
    `gongwen: ${totals.files} files, ${totals.ok} redacted, ${totals.skipped} skipped, ${totals.failed} failed; ` +
      `${Object.values(totals.counts).reduce((sum, count) => sum + count, 0)} spans, ` +
      `${report.files.reduce((sum, entry) => sum + entry.warnings.length, 0)} warnings; report: ${join(out, 'report.html')}\n`
  )
  return totals.failed > 0 ? 1 : 0
}

// Characters of report.html articles gathered before one write.
const articleChunk = 1 << 20

/**
 * Redact the files, in worker threads when there are several jobs, and write report.json and report.html.
 * Workers write each file's outputs and render its article; this thread only keeps the entries in order,
 * appends the articles to a temporary file, and assembles the page around them at the end.
 */
async function redactFiles(files: readonly InputFile[], options: BatchOptions, io: Io, started: Date): Promise<BatchReport> {
  const {out} = options
  // The threads start loading the lexicons now, while the output tree is swept and the sizes are summed.
  const runner = createRunner(Math.min(options.jobs, files.length))
  const entries: BatchFileEntry[] = []
  // The articles wait here, in order, until the summary that heads the page is known.
  const articlesPath = temporaryPath(join(out, 'report.html'))
  try {
    try {
      await removeTemporaryFiles(out)
      await mkdir(out, {recursive: true})
      const progress = createProgress(io.stderr, files.length, io.stderr.isTTY ? await totalSize(files) : 0)
      const articles = await open(articlesPath, 'w')
      try {
        const tasks = files.map((file, index): BatchFileTask => ({...file, index, out, policy: options.policy, maxBytes: options.maxBytes, resume: options.resume, originals: options.originals}))
        // Articles are written a megabyte at a time: waiting on a write per file held back the next task.
        let pending = ''
        for await (const {entry, article} of mapOrdered(tasks, runner.threads * 4, runner.runBatchFile)) {
          entries.push(entry)
          pending += article
          if (pending.length >= articleChunk) {
            await articles.write(pending)
            pending = ''
          }
          progress.advance(entry.bytes)
        }
        await articles.write(pending)
      } finally {
        progress.finish()
        await articles.close()
      }
    } finally {
      await runner.close()
    }
    const report = batchReport(entries, started, runner.threads, await readVersion())
    await writeAtomic(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n')
    await writeAtomic(join(out, 'report.html'), renderReportHtml(report, createReadStream(articlesPath, {encoding: 'utf8'})))
    return report
  } finally {
    await rm(articlesPath, {force: true})
  }
}

/** The inputs' total size, for the progress bar's speed and ETA only: not worth a stat per file when no one sees it. */
async function totalSize(files: readonly InputFile[]): Promise<number> {
  const sizes = await Promise.all(files.map((file) => stat(file.path).then((info) => info.size, () => 0)))
  return sizes.reduce((sum, size) => sum + size, 0)
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

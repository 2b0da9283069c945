import {readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {FileResult, type BatchFileEntry, type Policy} from '@gongwen/schema'
import {countTypes} from './count-types.js'
import {cannotProcess, processDocument} from './process-document.js'
import {renderReviewArticle, type ReviewDocument} from './render-report-html.js'
import {writeAtomicSync} from './write-atomic.js'

/** Suffix of the spans file written beside each redacted text. */
export const spansSuffix = '.spans.json'

/** One input file of `gongwen redact --out`: what a worker thread receives (structured-cloneable). */
export interface BatchFileTask {
  /** Absolute input path. */
  path: string
  /** Path relative to the input root, with `/` separators: its name in messages and its place under `out`. */
  relative: string
  /** Position in the batch: the anchor `doc-N` of its article in report.html. */
  index: number
  /** The `--out` directory, absolute. */
  out: string
  policy: Policy
  maxBytes: number
  /** Skip the file when its outputs are complete and match its size and mtime. */
  resume: boolean
  /** Whether its article may show original text. */
  originals: boolean
}

/** What the batch keeps of a file: its report.json entry and its report.html article, never its text. */
export interface BatchFileOutcome {
  entry: BatchFileEntry
  article: string
}

/**
 * Redact one file of a batch where it is read: write the redacted text, then `<name>.spans.json` last, each
 * atomically, and render its report.html article while text and spans are at hand, so the main thread
 * receives a small summary and neither re-reads nor re-parses any output. Never throws: a file that vanished,
 * cannot be read or whose output cannot be written fails alone, with a reason naming it.
 *
 * @param task the file and what to do with it
 */
export function processBatchFile(task: BatchFileTask): BatchFileOutcome {
  let document: ReviewDocument
  try {
    document = redactFile(task)
  } catch (error) {
    return failedBatchFile(task, cannotProcess(task.relative, error))
  }
  return {entry: document.entry, article: renderReviewArticle(document, task.index, task)}
}

/**
 * The outcome of a batch file that failed before or outside `processBatchFile` (its worker died).
 *
 * @param task the file
 * @param reason why, naming the file
 */
export function failedBatchFile(task: BatchFileTask, reason: string): BatchFileOutcome {
  const entry = failedEntry(task.relative, reason)
  return {entry, article: renderReviewArticle({entry}, task.index, task)}
}

/** The report entry of a file that failed: no output, no counts, the reason naming it. */
function failedEntry(path: string, error: string, bytes = 0, warnings: BatchFileEntry['warnings'] = []): BatchFileEntry {
  return {path, output: null, spansFile: null, status: 'failed', bytes, counts: countTypes([]), warnings, error}
}

function redactFile(task: BatchFileTask): ReviewDocument {
  const output = join(task.out, task.relative)
  const spansFile = output + spansSuffix
  const info = statSync(task.path)
  const input = {bytes: info.size, mtimeMs: info.mtimeMs}
  const base = {path: task.relative, bytes: info.size}
  const written = {...base, output: task.relative, spansFile: task.relative + spansSuffix}

  if (task.resume) {
    const previous = completeResult(output, spansFile, input)
    if (previous) {
      const entry: BatchFileEntry = {...written, status: 'skipped', counts: previous.result.counts, warnings: previous.result.messages}
      return {entry, text: previous.text, spans: previous.result.spans}
    }
  }

  const result = processDocument({command: 'redact', id: task.relative, name: task.relative, source: {path: task.path}, policy: task.policy, maxBytes: task.maxBytes})
  if (!result.ok || result.text === undefined) {
    const error = result.error ?? `Cannot process \`${task.relative}\``
    return {entry: failedEntry(task.relative, error, info.size, result.messages)}
  }
  const {text, ...spans} = result
  writeAtomicSync(output, text)
  // Written last: its presence, matching the input's size and mtime, is what --resume trusts.
  writeAtomicSync(spansFile, JSON.stringify({...spans, input}) + '\n')
  return {entry: {...written, status: 'ok', counts: result.counts, warnings: result.messages}, text, spans: result.spans}
}

/** The spans file and text of a finished earlier run for this very input (same size and mtime), if any. */
function completeResult(output: string, spansFile: string, input: {bytes: number; mtimeMs: number}): {result: FileResult; text: string} | undefined {
  const recorded = FileResult.safeParse(readIfPresent(spansFile, (value): unknown => JSON.parse(value)))
  if (!recorded.success || !recorded.data.ok || recorded.data.input === undefined) return undefined
  if (recorded.data.input.bytes !== input.bytes || recorded.data.input.mtimeMs !== input.mtimeMs) return undefined
  const text = readIfPresent(output, (value) => value)
  return text === undefined ? undefined : {result: recorded.data, text}
}

/** A file's text read through `read`, or undefined when it is missing, not a file, or `read` rejects it. */
function readIfPresent<T>(path: string, read: (value: string) => T): T | undefined {
  try {
    return read(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

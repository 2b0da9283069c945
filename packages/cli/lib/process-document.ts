import {DecodeError, decode, parse} from '@gongwen/parser'
import {audit, redact} from '@gongwen/redactor'
import type {FileResult, Policy} from '@gongwen/schema'
import {countTypes} from './count-types.js'
import {leakMessages} from './leak-messages.js'
import {readDocument, type DocumentSource} from './read-document.js'

/** One document to redact or audit: what a worker thread receives (structured-cloneable). */
export interface DocumentTask {
  command: 'redact' | 'audit'
  /** The id the result carries: the relative path, or the JSONL id. */
  id: string | number
  /** How messages and errors name the document: its relative path, or `line N` for JSONL. */
  name: string
  /** A file is read in the worker, so reading is parallel too. */
  source: DocumentSource
  policy: Policy
  /** Larger documents fail with a clear reason instead of being read. */
  maxBytes: number
}

/**
 * Run one document through decode → parse → redact (or audit). Never throws: a document that cannot be
 * processed (too large, empty, binary, undecodable, or a bug) gives `ok: false` and an error naming it.
 *
 * @param task the document and what to do with it
 */
export function processDocument(task: DocumentTask): FileResult {
  try {
    const input = readDocument(task.name, task.source, task.maxBytes)
    if (typeof input === 'object' && 'error' in input) return failedResult(task.id, input.error)

    if (task.command === 'audit') {
      const text = typeof input === 'string' ? input : decode(input, task.name).text
      const leaks = audit(text, task.policy)
      return {id: task.id, ok: true, leaks, counts: countTypes(leaks), messages: leakMessages(text, leaks, task.name)}
    }

    // The parser reads `.md` (or ATX headings) as Markdown, anything else as plain text. The tree goes only to the
    // redactor, which reads blocks, never the items of an inline enumeration (一是…二是…): parsed as redact parses a
    // string, without the pass that splits them off (the parser's warnings are the same).
    const parsed = parse(input, {path: task.name, inlineEnumerations: false})
    const result = redact(parsed, task.policy)
    return {
      id: task.id,
      ok: true,
      text: result.text,
      spans: result.spans,
      counts: countTypes(result.spans),
      messages: [...parsed.messages, ...result.warnings]
    }
  } catch (error) {
    if (error instanceof DecodeError) return failedResult(task.id, error.message)
    // Parser and redactor promise not to throw on text; if one does, the batch goes on without this file.
    return failedResult(task.id, cannotProcess(task.name, error))
  }
}

/** Why a document could not be processed, naming it: what the parser, the redactor or the file system threw. */
export function cannotProcess(name: string, error: unknown): string {
  return `Cannot process \`${name}\`: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * The result of a document that could not be processed.
 *
 * @param id the document's id
 * @param error why, naming the document
 */
export function failedResult(id: string | number, error: string): FileResult {
  return {id, ok: false, counts: countTypes([]), messages: [], error}
}

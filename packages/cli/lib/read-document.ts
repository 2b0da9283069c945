import {readFileSync, statSync} from 'node:fs'
import {formatBytes} from './format-bytes.js'

/** Where a document comes from: a file (absolute path), bytes read from stdin, or a JSONL line's text. */
export type DocumentSource = {path: string} | {bytes: Uint8Array} | {text: string}

/**
 * Get a document's bytes (or its text, when it came as text), refusing what no batch should choke on.
 * Synchronous: a report is a few kilobytes, read in a worker thread or by a command with nothing else to
 * do meanwhile, and each thread-pool round trip of the promise API cost more than the read itself.
 *
 * @param name how the error names the document
 * @param source an absolute path to read, the bytes (stdin), or the text (JSONL)
 * @param maxBytes larger documents are refused before they are read
 * @returns the bytes or text, or `{error}` naming the document and the problem (too large, empty, not a file)
 */
export function readDocument(name: string, source: DocumentSource, maxBytes: number): Uint8Array | string | {error: string} {
  if ('text' in source) {
    const problem = sizeProblem(name, Buffer.byteLength(source.text), maxBytes)
    return problem ? {error: problem} : source.text
  }
  if ('bytes' in source) {
    const problem = sizeProblem(name, source.bytes.byteLength, maxBytes)
    return problem ? {error: problem} : source.bytes
  }
  // Check the size before reading, so a huge file costs nothing.
  const info = statSync(source.path)
  if (!info.isFile()) return {error: `\`${name}\` is not a regular file`}
  const problem = sizeProblem(name, info.size, maxBytes)
  return problem ? {error: problem} : readFileSync(source.path)
}

function sizeProblem(name: string, size: number, maxBytes: number): string | undefined {
  if (size > maxBytes) return `\`${name}\` is ${formatBytes(size)}, over the --max-bytes limit of ${formatBytes(maxBytes)}`
  if (size === 0) return `\`${name}\` is empty`
  return undefined
}


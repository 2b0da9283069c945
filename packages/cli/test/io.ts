// In-memory streams for calling `run` in-process, as shiki's CLI tests inject `log`.
import {PassThrough, Readable} from 'node:stream'
import type {Io} from '@gongwen/cli'

export interface CapturedIo extends Io {
  /** Everything written to stdout so far. */
  out(): string
  /** Everything written to stderr so far. */
  err(): string
}

/**
 * Streams for one `run` call.
 *
 * @param cwd the working directory
 * @param stdin what stdin holds (default: nothing)
 */
export function captureIo(cwd: string, stdin: string | Uint8Array = ''): CapturedIo {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const outChunks: Buffer[] = []
  const errChunks: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => outChunks.push(chunk))
  stderr.on('data', (chunk: Buffer) => errChunks.push(chunk))
  return {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    stdout,
    stderr,
    cwd,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8')
  }
}

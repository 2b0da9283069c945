import type {Readable, Writable} from 'node:stream'

/** A stream that may be a terminal (process.stdout and process.stderr are). */
export type OutputStream = Writable & {isTTY?: boolean; columns?: number}

/** Where a command reads and writes: process streams in `main`, in-memory streams in tests. */
export interface Io {
  stdin: Readable
  stdout: OutputStream
  stderr: OutputStream
  /** Directory relative paths and globs are resolved against. */
  cwd: string
}

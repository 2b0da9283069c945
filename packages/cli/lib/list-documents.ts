import {relative, sep} from 'node:path'
import type {Inputs} from './expand-inputs.js'
import type {Io} from './io.js'
import type {DocumentSource} from './read-document.js'
import {readStream} from './read-stream.js'

export interface DocumentRef {
  /** Path relative to the working directory, or `<stdin>`: the id and the name in messages. */
  name: string
  source: DocumentSource
}

/**
 * The documents a command without `--out` works on: the input files (named relative to the working
 * directory), then stdin when `-` was given.
 *
 * @param inputs the expanded arguments
 * @param io where stdin comes from
 */
export async function* listDocuments(inputs: Inputs, io: Io): AsyncGenerator<DocumentRef> {
  for (const file of inputs.files) yield {name: relative(io.cwd, file.path).split(sep).join('/'), source: {path: file.path}}
  if (inputs.stdin) yield {name: '<stdin>', source: {bytes: await readStream(io.stdin)}}
}

/**
 * How many documents `listDocuments` yields.
 *
 * @param inputs the expanded arguments
 */
export function countDocuments(inputs: Inputs): number {
  return inputs.files.length + (inputs.stdin ? 1 : 0)
}

import {availableParallelism} from 'node:os'
import type {Policy} from '@gongwen/schema'
import type {Io} from './io.js'
import {loadPolicy} from './load-policy.js'
import {readByteSize, readPositiveInteger} from './read-arguments.js'
import {UsageError} from './usage-error.js'

/** The flags every command that processes documents takes (redact and audit). */
export const documentFlags = {
  format: {type: 'string', default: 'text'},
  jsonl: {type: 'boolean'},
  policy: {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  'max-bytes': {type: 'string', default: '50MB'},
  help: {type: 'boolean', short: 'h'}
} as const

export interface DocumentOptions {
  format: 'text' | 'json'
  jobs: number
  maxBytes: number
  policy: Policy
}

/**
 * Read and check the document flags, so that both commands reject the same bad usage with the same words.
 *
 * @param command the command, for the `--help` hint
 * @param values the parsed flags
 * @param io for the working directory a relative policy path is resolved against
 * @throws {UsageError} for a bad `--format`, `--jobs`, `--max-bytes` or policy file
 */
export async function readDocumentOptions(
  command: string,
  values: {format?: string | undefined; jobs?: string | undefined; 'max-bytes'?: string | undefined; policy?: string | undefined},
  io: Io
): Promise<DocumentOptions> {
  const {format} = values
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`Expected \`--format\` to be text or json, not \`${String(format)}\``, command)
  }
  return {
    format,
    jobs: values.jobs === undefined ? availableParallelism() : readPositiveInteger(command, '--jobs', values.jobs),
    maxBytes: readByteSize(command, '--max-bytes', values['max-bytes'] ?? documentFlags['max-bytes'].default),
    policy: await loadPolicy(command, values.policy, io.cwd)
  }
}

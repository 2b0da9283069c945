import type {FileResult, Policy} from '@gongwen/schema'
import type {Runner} from './create-runner.js'
import type {Inputs} from './expand-inputs.js'
import type {Io} from './io.js'
import {listDocuments} from './list-documents.js'
import {mapOrdered} from './map-ordered.js'
import type {DocumentTask} from './process-document.js'

/**
 * Run the command's documents (input files, then stdin) through the runner, a few per thread at a time,
 * yielding each result with its name in input order.
 *
 * @param command redact or audit
 * @param inputs the expanded arguments
 * @param options the policy and the size limit
 * @param runner where documents run
 * @param io stdin and the working directory
 */
export function runDocuments(
  command: DocumentTask['command'],
  inputs: Inputs,
  options: {policy: Policy; maxBytes: number},
  runner: Runner,
  io: Io
): AsyncGenerator<{name: string; result: FileResult}> {
  return mapOrdered(listDocuments(inputs, io), runner.threads * 4, async (document) => ({
    name: document.name,
    result: await runner.run({command, id: document.name, name: document.name, source: document.source, ...options})
  }))
}

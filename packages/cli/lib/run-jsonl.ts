import {once} from 'node:events'
import {createInterface} from 'node:readline'
import {JsonlInput, type FileResult, type Policy} from '@gongwen/schema'
import type {Runner} from './create-runner.js'
import type {Io} from './io.js'
import {mapOrdered} from './map-ordered.js'
import {failedResult, type DocumentTask} from './process-document.js'

export interface JsonlOptions {
  command: DocumentTask['command']
  policy: Policy
  maxBytes: number
}

/**
 * `--jsonl`: read `{"id":…,"text":…}` lines on stdin, write one FileResult line per input line on stdout,
 * in input order. Streaming with flat memory: at most a few documents per thread are in flight, reading
 * waits while they are, and writing waits for stdout to drain. A bad line (not JSON, no text) gives an
 * error result naming its line number; the stream goes on.
 *
 * @param options what to do with each document
 * @param runner where documents run
 * @param io stdin and stdout
 * @returns 0 when every line succeeded (and, for audit, nothing leaked), else 1
 */
export async function runJsonl(options: JsonlOptions, runner: Runner, io: Io): Promise<number> {
  const lines = createInterface({input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY})
  let status = 0

  async function* numbered(): AsyncGenerator<{line: string; number: number}> {
    let number = 0
    for await (const line of lines) {
      number += 1
      if (line.trim() !== '') yield {line, number}
    }
  }

  function processLine({line, number}: {line: string; number: number}): Promise<FileResult> {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      return Promise.resolve(failedResult(number, `line ${number}: not JSON: ${(error as Error).message}`))
    }
    const input = JsonlInput.safeParse(value)
    if (!input.success) {
      const id = typeof value === 'object' && value !== null && 'id' in value && (typeof value.id === 'string' || typeof value.id === 'number') ? value.id : number
      const problems = input.error.issues.map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`).join('; ')
      return Promise.resolve(failedResult(id, `line ${number}: expected {"id": …, "text": "…"}: ${problems}`))
    }
    return runner.run({command: options.command, id: input.data.id, name: `line ${number}`, source: {text: input.data.text}, policy: options.policy, maxBytes: options.maxBytes})
  }

  for await (const result of mapOrdered(numbered(), runner.threads * 4, processLine)) {
    if (!result.ok || (result.leaks?.length ?? 0) > 0) status = 1
    if (!io.stdout.write(JSON.stringify(result) + '\n')) await once(io.stdout, 'drain')
  }
  return status
}

import {resolve} from 'node:path'
import {createRunner} from './create-runner.js'
import {expandInputs} from './expand-inputs.js'
import {formatMessages} from './format-messages.js'
import {help} from './help.js'
import type {Io} from './io.js'
import {countDocuments} from './list-documents.js'
import {readArguments} from './read-arguments.js'
import {documentFlags, readDocumentOptions} from './read-document-options.js'
import {runBatch} from './run-batch.js'
import {runDocuments} from './run-documents.js'
import {runJsonl} from './run-jsonl.js'
import {UsageError} from './usage-error.js'

/**
 * `gongwen redact`: one document to stdout (text or FileResult JSON), a batch mirrored under `--out`, or
 * a JSON Lines stream with `--jsonl`.
 *
 * @param args arguments after `redact`
 * @param io streams and working directory
 * @returns 0 ok, 1 when some document failed
 */
export async function runRedact(args: string[], io: Io): Promise<number> {
  const {values, positionals} = readArguments('redact', args, {
    ...documentFlags,
    out: {type: 'string', short: 'o'},
    resume: {type: 'boolean'},
    'no-originals': {type: 'boolean'},
    'allow-out-inside-input': {type: 'boolean'}
  })
  if (values.help) {
    io.stdout.write(help.redact)
    return 0
  }
  const {format, jobs, maxBytes, policy} = await readDocumentOptions('redact', values, io)

  if (values.jsonl) {
    if (positionals.length > 0 || values.out !== undefined) throw new UsageError('`--jsonl` reads stdin and writes stdout: pass no files and no --out', 'redact')
    const runner = createRunner(jobs)
    try {
      return await runJsonl({command: 'redact', policy, maxBytes}, runner, io)
    } finally {
      await runner.close()
    }
  }
  if (positionals.length === 0) throw new UsageError('No inputs: pass files, directories or globs, `-` for stdin, or --jsonl', 'redact')
  const inputs = await expandInputs('redact', positionals, io.cwd)

  if (values.out !== undefined) {
    return runBatch(
      {
        inputs,
        out: resolve(io.cwd, values.out),
        policy,
        jobs,
        maxBytes,
        resume: values.resume === true,
        originals: values['no-originals'] !== true,
        allowOutInsideInput: values['allow-out-inside-input'] === true
      },
      io
    )
  }
  for (const flag of ['resume', 'no-originals', 'allow-out-inside-input'] as const) {
    if (values[flag]) throw new UsageError(`\`--${flag}\` only applies with --out`, 'redact')
  }
  const count = countDocuments(inputs)
  if (format === 'text' && count > 1) {
    throw new UsageError(`Without --out, redact writes one document to stdout, not ${count}: pass --out DIR, or --format json for one FileResult per line`, 'redact')
  }

  const runner = createRunner(count > 1 ? jobs : 1)
  let status = 0
  try {
    for await (const {name, result} of runDocuments('redact', inputs, {policy, maxBytes}, runner, io)) {
      if (format === 'json') io.stdout.write(JSON.stringify(result) + '\n')
      else if (result.text !== undefined) io.stdout.write(result.text)
      if (!result.ok) {
        io.stderr.write(`${result.error ?? name}\n`)
        status = 1
      }
      io.stderr.write(formatMessages([{name, messages: result.messages}], io.stderr.isTTY === true))
    }
  } finally {
    await runner.close()
  }
  return status
}

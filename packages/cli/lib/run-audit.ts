import {createRunner} from './create-runner.js'
import {expandInputs} from './expand-inputs.js'
import {formatMessages} from './format-messages.js'
import {help} from './help.js'
import type {Io} from './io.js'
import {readArguments} from './read-arguments.js'
import {documentFlags, readDocumentOptions} from './read-document-options.js'
import {runDocuments} from './run-documents.js'
import {runJsonl} from './run-jsonl.js'
import {UsageError} from './usage-error.js'

/**
 * `gongwen audit`: what is still visible in already-redacted documents. Findings go to stdout as
 * warnings (or FileResult lines with `--format json` / `--jsonl`).
 *
 * @param args arguments after `audit`
 * @param io streams and working directory
 * @returns 0 when nothing was found, 1 when something leaked or a document failed
 */
export async function runAudit(args: string[], io: Io): Promise<number> {
  const {values, positionals} = readArguments('audit', args, documentFlags)
  if (values.help) {
    io.stdout.write(help.audit)
    return 0
  }
  // The policy the documents were redacted under: its allow-list and thresholds say what is no leak.
  const {format, jobs, maxBytes, policy} = await readDocumentOptions('audit', values, io)
  const options = {policy, maxBytes}

  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError('`--jsonl` reads stdin and writes stdout: pass no files', 'audit')
    const runner = createRunner(jobs)
    try {
      return await runJsonl({command: 'audit', ...options}, runner, io)
    } finally {
      await runner.close()
    }
  }
  if (positionals.length === 0) throw new UsageError('No inputs: pass files, directories or globs, `-` for stdin, or --jsonl', 'audit')
  const inputs = await expandInputs('audit', positionals, io.cwd)
  const runner = createRunner(jobs)
  let leaks = 0
  let failed = 0
  try {
    for await (const {name, result} of runDocuments('audit', inputs, options, runner, io)) {
      leaks += result.leaks?.length ?? 0
      if (!result.ok) {
        failed += 1
        io.stderr.write(`${result.error ?? name}\n`)
      }
      if (format === 'json') io.stdout.write(JSON.stringify(result) + '\n')
      else io.stdout.write(formatMessages([{name, messages: result.messages}], io.stdout.isTTY === true))
    }
  } finally {
    await runner.close()
  }
  if (format === 'text') io.stderr.write(`gongwen audit: ${leaks} possible leaks${failed > 0 ? `, ${failed} files failed` : ''}\n`)
  return leaks > 0 || failed > 0 ? 1 : 0
}

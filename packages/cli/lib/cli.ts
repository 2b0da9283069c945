import {help} from './help.js'
import type {Io} from './io.js'
import {readVersion} from './read-version.js'
import {runAudit} from './run-audit.js'
import {runParse} from './run-parse.js'
import {runRedact} from './run-redact.js'
import {runSchema} from './run-schema.js'
import {UsageError} from './usage-error.js'

const commands = {parse: runParse, redact: runRedact, audit: runAudit, schema: runSchema} as const

/**
 * Run the `gongwen` command line in this process.
 *
 * @param argv the arguments after `gongwen` (e.g. `['redact', 'corpus', '--out', 'out']`)
 * @param io the streams to use and the working directory arguments are relative to
 * @returns the exit status: 0 ok, 1 some files failed or leaks were found, 2 bad usage
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(help.gongwen)
    return 0
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${await readVersion()}\n`)
    return 0
  }
  try {
    if (command === undefined) throw new UsageError('No command: expected parse, redact, audit or schema')
    const handler = Object.hasOwn(commands, command) ? commands[command as keyof typeof commands] : undefined
    if (handler === undefined) throw new UsageError(`Unknown command \`${command}\`: expected parse, redact, audit or schema`)
    return await handler(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`gongwen: ${error.message}\nSee \`gongwen ${error.command ?? ''}${error.command ? ' ' : ''}--help\`.\n`)
    return 2
  }
}

import {run} from './cli.js'

/** Run `gongwen` on `process.argv` and the process streams, and set the exit status. */
export async function main(): Promise<void> {
  // A closed pipe (`gongwen parse … | head`) is the reader being done, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  try {
    process.exitCode = await run(process.argv.slice(2), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd()})
  } catch (error) {
    process.stderr.write(`gongwen: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  }
}

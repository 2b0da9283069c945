/**
 * Bad usage: an unknown flag, no inputs, a bad policy file. `run` prints the message and exits with 2.
 * The message names the argument or file and the problem.
 */
export class UsageError extends Error {
  override name = 'UsageError'
  /** The command whose `--help` the user should read, if any. */
  readonly command: string | undefined

  constructor(message: string, command?: string) {
    super(message)
    this.command = command
  }
}

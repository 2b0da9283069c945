import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {Policy} from '@gongwen/schema'
import {UsageError} from './usage-error.js'

/**
 * Read and validate a policy file (JSON, any subset of `Policy`); without a file, the default policy.
 *
 * @param command the command, for the `--help` hint
 * @param path the `--policy` argument (optional)
 * @param cwd directory a relative path is resolved against
 * @throws {UsageError} naming the file and the problem: unreadable, not JSON, or not a policy
 */
export async function loadPolicy(command: string, path: string | undefined, cwd: string): Promise<Policy> {
  if (path === undefined) return Policy.parse({})
  let source: string
  try {
    source = await readFile(resolve(cwd, path), 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read policy file \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, command)
  }
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (error) {
    throw new UsageError(`Policy file \`${path}\` is not valid JSON: ${(error as Error).message}`, command)
  }
  const result = Policy.safeParse(value)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new UsageError(`Policy file \`${path}\` is not a valid policy: ${problems.join('; ')}`, command)
  }
  return result.data
}

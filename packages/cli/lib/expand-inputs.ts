import {stat} from 'node:fs/promises'
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import fg from 'fast-glob'
import {UsageError} from './usage-error.js'

/** What a directory argument stands for. */
export const documentGlob = '**/*.{txt,md,text,markdown}'

export interface InputFile {
  /** Absolute path. */
  path: string
  /** Path relative to the input root, with `/` separators: where its outputs go under `--out`. */
  relative: string
}

export interface Inputs {
  /** The deepest directory that holds every input: the tree `--out` mirrors. */
  root: string
  files: InputFile[]
  /** Whether `-` (stdin) was among the arguments. */
  stdin: boolean
}

/**
 * Turn the command line's files, directories and globs into a sorted, de-duplicated list of files.
 *
 * @param command the command, for error messages
 * @param patterns files, directories (every report under them), globs, or `-` for stdin
 * @param cwd directory relative arguments are resolved against
 * @returns the files and the root of the input tree
 * @throws {UsageError} when an argument names nothing that exists or a glob matches no file
 */
export async function expandInputs(command: string, patterns: readonly string[], cwd: string): Promise<Inputs> {
  const found = new Set<string>()
  const bases: string[] = []
  let stdin = false

  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true
      continue
    }
    const absolute = resolve(cwd, pattern)
    const info = await stat(absolute).catch(() => undefined)
    let matches: string[]
    if (info?.isDirectory()) {
      matches = await fg(documentGlob, {cwd: absolute, absolute: true, onlyFiles: true})
      bases.push(absolute)
    } else if (info) {
      matches = [absolute]
      bases.push(dirname(absolute))
    } else if (fg.isDynamicPattern(pattern)) {
      matches = await fg(pattern, {cwd, absolute: true, onlyFiles: true})
      bases.push(resolve(cwd, globBase(pattern)))
    } else {
      throw new UsageError(`Cannot find \`${pattern}\`: no such file or directory`, command)
    }
    if (matches.length === 0) throw new UsageError(`No files match \`${pattern}\``, command)
    for (const match of matches) found.add(resolve(match))
  }

  const root = commonAncestor(bases) ?? cwd
  const files = [...found].sort().map((path) => ({path, relative: relative(root, path).split(sep).join('/')}))
  return {root, files, stdin}
}

/** The static directory part of a glob: `corpus/**\/*.txt` → `corpus`. */
function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const index = parts.findIndex((part) => fg.isDynamicPattern(part))
  const base = parts.slice(0, index === -1 ? parts.length - 1 : index).join('/')
  return base === '' && pattern.startsWith('/') ? '/' : base || '.'
}

function commonAncestor(paths: readonly string[]): string | undefined {
  let common = paths[0]
  for (const path of paths) {
    while (common !== undefined && !isInside(path, common)) {
      const parent = dirname(common)
      common = parent === common ? undefined : parent
    }
  }
  return common
}

/**
 * Whether `path` is `directory` or lies under it.
 *
 * @param path absolute path
 * @param directory absolute path
 */
export function isInside(path: string, directory: string): boolean {
  const rest = relative(directory, path)
  return rest === '' || (rest !== '..' && !rest.startsWith('..' + sep) && !isAbsolute(rest))
}

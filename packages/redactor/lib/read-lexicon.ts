import {existsSync, readFileSync} from 'node:fs'

// The sources run from lib/ and the build from dist/lib/, so the data folder sits one or two levels up.
const dataFolders = [new URL('../data/', import.meta.url), new URL('../../data/', import.meta.url)]

/**
 * Read a lexicon from packages/redactor/data: one entry per line, blank lines and `#` comments skipped,
 * surrounding spaces trimmed. Callers load each lexicon once, at module level or lazily.
 */
export function readLexicon(name: string): string[] {
  const url = dataFolders.map((folder) => new URL(name, folder)).find((candidate) => existsSync(candidate))
  if (url === undefined) throw new Error(`Cannot find lexicon \`${name}\` in packages/redactor/data`)
  return readFileSync(url, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

import {randomBytes} from 'node:crypto'
import {mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Suffix of temporary files: an interrupted run may leave some, `removeTemporaryFiles` sweeps them. */
const temporarySuffix = '.gongwen-tmp'

/**
 * Write a file so that it is either absent, its old version, or complete: write a temporary file in the
 * same directory (same file system, so the rename is atomic), then rename it over the target.
 *
 * @param path the file to write
 * @param data the content, or chunks of it
 */
export async function writeAtomic(path: string, data: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}${temporarySuffix}`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/**
 * Remove temporary files a killed run left under `directory`.
 *
 * @param directory the output directory
 * @returns how many were removed
 */
export async function removeTemporaryFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true}).catch(() => [])
  let removed = 0
  for (const entry of entries) {
    if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith(temporarySuffix)) {
      await rm(join(entry.parentPath, entry.name), {force: true})
      removed += 1
    }
  }
  return removed
}

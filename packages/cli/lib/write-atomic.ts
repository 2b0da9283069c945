import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {threadId} from 'node:worker_threads'

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
  const temporary = temporaryPath(path)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/**
 * `writeAtomic` for one document's output, synchronously: in a worker thread nothing else waits on the
 * event loop, and the five thread-pool round trips of the promise API cost more than writing a few kilobytes.
 *
 * @param path the file to write
 * @param data the content
 */
export function writeAtomicSync(path: string, data: string): void {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = temporaryPath(path)
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

// Process, thread and a count make a temporary name no other writer uses at the same time, without the
// random bytes that cost a batch as much as its mkdir calls.
let temporaryCount = 0

/**
 * A fresh temporary file beside `path`, named so that `removeTemporaryFiles` sweeps it if the run is killed.
 *
 * @param path the file the temporary one stands in for
 */
export function temporaryPath(path: string): string {
  temporaryCount++
  return join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}-${temporaryCount}${temporarySuffix}`)
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

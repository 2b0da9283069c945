import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import type {FileResult} from '@gongwen/schema'
import {failedResult, processDocument, type DocumentTask} from './process-document.js'

/** Runs documents, in worker threads or in this thread. */
export interface Runner {
  run(task: DocumentTask): Promise<FileResult>
  close(): Promise<void>
  /** How many documents run at once. */
  threads: number
}

/**
 * A runner for `--jobs N`. Worker threads load the built `worker.js` beside this module, so they exist
 * when gongwen runs from `dist/`; from the TypeScript sources (tests, benches on source) and with
 * `--jobs 1`, documents run in this thread.
 *
 * @param jobs how many documents to process at once
 */
export function createRunner(jobs: number): Runner {
  const worker = new URL('worker.js', import.meta.url)
  if (jobs <= 1 || !import.meta.url.endsWith('.js') || !existsSync(fileURLToPath(worker))) {
    return {run: processDocument, close: async () => {}, threads: 1}
  }
  const pool = new Piscina<DocumentTask, FileResult>({filename: worker.href, minThreads: jobs, maxThreads: jobs})
  return {
    // A worker that dies (out of memory on one document) fails that document, not the batch.
    run: (task) => pool.run(task).catch((error: unknown) => failedResult(task.id, `Cannot process \`${task.name}\`: ${String(error)}`)),
    close: () => pool.destroy(),
    threads: jobs
  }
}

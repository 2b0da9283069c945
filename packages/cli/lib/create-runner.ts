import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import type {FileResult} from '@gongwen/schema'
import {failedBatchFile, processBatchFile, type BatchFileOutcome, type BatchFileTask} from './process-batch-file.js'
import {failedResult, processDocument, type DocumentTask} from './process-document.js'

/** Runs documents, in worker threads or in this thread. */
export interface Runner {
  run(task: DocumentTask): Promise<FileResult>
  runBatchFile(task: BatchFileTask): Promise<BatchFileOutcome>
  close(): Promise<void>
  /** How many documents run at once. */
  threads: number
}

/**
 * A runner for `--jobs N`. Worker threads load the built `worker.js` beside this module, so they exist
 * when gongwen runs from `dist/`; from the TypeScript sources (tests, benches on source) and with
 * `--jobs 1`, documents run in this thread. The threads start, and warm up, as soon as the runner exists.
 *
 * @param jobs how many documents to process at once
 */
export function createRunner(jobs: number): Runner {
  const worker = new URL('worker.js', import.meta.url)
  if (jobs <= 1 || !import.meta.url.endsWith('.js') || !existsSync(fileURLToPath(worker))) {
    return {run: async (task) => processDocument(task), runBatchFile: async (task) => processBatchFile(task), close: async () => {}, threads: 1}
  }
  return createPoolRunner(jobs, worker)
}

/**
 * A runner of `jobs` worker threads that load `worker`, a module exporting `processDocument` as its default and
 * `processBatchFile` (dist/lib/worker.js in gongwen).
 *
 * @param jobs how many threads
 * @param worker the module each thread loads
 */
export function createPoolRunner(jobs: number, worker: URL): Runner {
  // Two tasks per thread: the next document is already waiting in the thread when one finishes, instead of
  // a round trip through this thread's event loop after every document (5% of a worker's time was that wait).
  const pool = new Piscina({filename: worker.href, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2})
  const reason = (name: string, error: unknown) => `Cannot process \`${name}\`: ${String(error)}`
  return {
    // A worker that dies (out of memory on one document) fails that document, not the batch.
    run: (task) => pool.run(task).then((result: FileResult) => result, (error: unknown) => failedResult(task.id, reason(task.name, error))),
    runBatchFile: (task) =>
      pool.run(task, {name: 'processBatchFile'}).then((outcome: BatchFileOutcome) => outcome, (error: unknown) => failedBatchFile(task, reason(task.relative, error))),
    close: () => pool.destroy(),
    threads: jobs
  }
}

import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {FileResult} from '@gongwen/schema'
import {failedBatchFile, processBatchFile, type BatchFileOutcome, type BatchFileTask} from './process-batch-file.js'
import {failedResult, processDocument, type DocumentTask} from './process-document.js'
import {createProcessPool} from './process-pool.js'

/** Runs documents, in worker processes or in this thread. */
export interface Runner {
  run(task: DocumentTask): Promise<FileResult>
  runBatchFile(task: BatchFileTask): Promise<BatchFileOutcome>
  close(): Promise<void>
  /** How many documents run at once. */
  jobs: number
}

/**
 * A runner for `--jobs N`. Worker processes run the built `worker-process.js` beside this module, so they
 * exist when gongwen runs from `dist/`; from the TypeScript sources (tests, benches on source) and with
 * `--jobs 1`, documents run in this thread. The processes start, and warm up, as soon as the runner exists.
 *
 * @param jobs how many documents to process at once
 */
export function createRunner(jobs: number): Runner {
  const entry = new URL('worker-process.js', import.meta.url)
  if (jobs <= 1 || !import.meta.url.endsWith('.js') || !existsSync(fileURLToPath(entry))) {
    return {run: async (task) => processDocument(task), runBatchFile: async (task) => processBatchFile(task), close: async () => {}, jobs: 1}
  }
  const pool = createProcessPool(jobs, entry)
  const reason = (name: string, error: unknown) => `Cannot process \`${name}\`: ${error instanceof Error ? error.message : String(error)}`
  return {
    // A process that dies (out of memory on one document) fails that document, not the batch.
    run: (task) => pool.run('document', task).catch((error: unknown) => failedResult(task.id, reason(task.name, error))),
    runBatchFile: (task) => pool.run('batchFile', task).catch((error: unknown) => failedBatchFile(task, reason(task.relative, error))),
    close: () => pool.close(),
    jobs
  }
}

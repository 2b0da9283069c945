import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {FileResult} from '@gongwen/schema'
import type {BatchFileOutcome, BatchFileTask} from './process-batch-file.js'
import type {DocumentTask} from './process-document.js'

/** What a worker process does, by request kind: the task it receives and what it answers. */
export interface WorkerJobs {
  document: {task: DocumentTask; result: FileResult}
  batchFile: {task: BatchFileTask; result: BatchFileOutcome}
}

/** One message to a worker process; it answers each with the result alone, in the order received. */
export type WorkerRequest = {[Kind in keyof WorkerJobs]: {kind: Kind; task: WorkerJobs[Kind]['task']}}[keyof WorkerJobs]

export interface ProcessPool {
  /** Run a task in the next free process; rejects when the process dies while running it. */
  run<Kind extends keyof WorkerJobs>(kind: Kind, task: WorkerJobs[Kind]['task']): Promise<WorkerJobs[Kind]['result']>
  /** Let the processes exit once their work is done. */
  close(): Promise<void>
}

interface Job {
  request: WorkerRequest
  settle(result: unknown): void
  fail(error: Error): void
}

interface Worker {
  child: ChildProcess
  /** Sent and not yet answered, oldest first: the first is the one running. */
  inFlight: Job[]
}

// Two requests per process: the next document is already waiting there when one finishes, instead of a round
// trip through this process after every document.
const requestsPerWorker = 2

/**
 * Worker processes for `--jobs N`, each running `entry`. Processes, not threads, so that a crash in native
 * code (jieba) or running out of memory fails the document being processed, not the whole run: a process that
 * dies fails the document it was running, and a new one takes over the rest. (Measured on a 2-vCPU machine,
 * bare threads and processes run the same work within 5-10% of each other.)
 *
 * @param size how many processes; all start, and warm up, at once
 * @param entry the built module a process runs (`worker-process.js`)
 */
export function createProcessPool(size: number, entry: URL): ProcessPool {
  const queue: Job[] = []
  const workers: Worker[] = []
  let closing = false

  function start(): void {
    const child = fork(fileURLToPath(entry), [], {serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc']})
    const worker: Worker = {child, inFlight: []}
    workers.push(worker)
    child.on('message', (result: unknown) => {
      worker.inFlight.shift()?.settle(result)
      dispatch()
    })
    child.once('exit', (code, signal) => {
      workers.splice(workers.indexOf(worker), 1)
      const [running, ...waiting] = worker.inFlight
      running?.fail(new Error(`the worker process exited (${signal ?? `code ${code}`}) while processing it`))
      queue.unshift(...waiting)
      dispatch()
    })
  }

  function dispatch(): void {
    // A process is replaced only when there is work for it, so one that dies on start cannot loop.
    while (!closing && workers.length < size && queue.length > 0) start()
    for (const worker of workers) {
      while (worker.inFlight.length < requestsPerWorker && queue.length > 0) {
        const job = queue.shift() as Job
        worker.inFlight.push(job)
        worker.child.send(job.request)
      }
    }
  }

  for (let index = 0; index < size; index += 1) start()

  return {
    run(kind, task) {
      return new Promise((resolve, reject) => {
        // The process answers with what `kind` returns: the request kind fixes the result's shape.
        queue.push({request: {kind, task} as WorkerRequest, settle: (result) => resolve(result as WorkerJobs[typeof kind]['result']), fail: reject})
        dispatch()
      })
    },
    async close() {
      closing = true
      await Promise.all(
        [...workers].map(({child}) => {
          if (child.exitCode !== null || child.signalCode !== null) return undefined
          const exited = new Promise((resolve) => child.once('exit', resolve))
          // Without its channel a process has nothing left to wait for, and exits.
          if (child.connected) child.disconnect()
          return exited
        })
      )
    }
  }
}

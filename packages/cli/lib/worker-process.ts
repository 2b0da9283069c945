// Entry of the worker processes (`--jobs N`), built to dist/lib/worker-process.js: answers each request
// of the pool (lib/process-pool.ts) with its result, in the order received.
import {processBatchFile} from './process-batch-file.js'
import {processDocument} from './process-document.js'
import type {WorkerRequest} from './process-pool.js'
import {warmUp} from './warm-up.js'

process.on('message', (request: WorkerRequest) => {
  process.send?.(request.kind === 'document' ? processDocument(request.task) : processBatchFile(request.task))
})

// The pool starts every process at once: the warm-up overlaps the main process's listing and checking of
// the inputs, and requests that arrive meanwhile wait in the channel.
warmUp()

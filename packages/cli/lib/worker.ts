// Entry of the piscina worker threads (`--jobs N`), built to dist/lib/worker.js: one document per task by
// default (stdout, --jsonl, audit), one batch file per task by the name `processBatchFile` (--out).
import {warmUp} from './warm-up.js'

export {processDocument as default} from './process-document.js'
export {processBatchFile} from './process-batch-file.js'

// Piscina imports this module when the pool starts, before any task: the warm-up overlaps the main
// thread's globbing instead of delaying the first document.
warmUp()

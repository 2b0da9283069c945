// Entry of the piscina worker threads (`--jobs N`): built to dist/lib/worker.js, one document per task.
export {processDocument as default} from './process-document.js'

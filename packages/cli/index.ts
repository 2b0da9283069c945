export {run} from './lib/cli.js'
export {main} from './lib/main.js'
export type {Io, OutputStream} from './lib/io.js'

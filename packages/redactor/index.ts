export {applySpans} from './lib/apply-spans.js'
export {audit} from './lib/audit.js'
export {gongwenRedact, gongwenStringify} from './lib/plugin.js'
export {redact, type RedactResult} from './lib/redact.js'

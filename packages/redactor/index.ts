export {applySpans} from './lib/apply-spans.js'
export {redact, type ParsedDocument, type RedactResult} from './lib/redact.js'

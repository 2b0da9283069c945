import type {Position} from '@gongwen/schema'
import type {VFile} from 'vfile'

/** What a warning says besides its reason: where, which rule, whose, and what was found and expected. */
export interface WarningOptions {
  place: Position
  ruleId: string
  source: string
  actual?: string
  expected?: string
  /** An info note (`fatal: null`) instead of a warning. */
  info?: boolean
}

/**
 * Add a warning (or an info note) to `file` without capturing a call stack. A VFileMessage is an Error: V8
 * captures the stack when one is made (~40 µs under tsx, as much as parsing a short report), and
 * vfile-message then sets `stack` to '' anyway. Made without the capture, the message is the same object,
 * own properties and all. Shared by every package that warns on a file.
 */
export function warn(file: VFile, reason: string, options: Readonly<WarningOptions>): ReturnType<VFile['message']> {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const {place, ruleId, source} = options
    const message = options.info ? file.info(reason, {place, ruleId, source}) : file.message(reason, {place, ruleId, source})
    if (options.actual !== undefined) message.actual = options.actual
    if (options.expected !== undefined) message.expected = [options.expected]
    return message
  } finally {
    Error.stackTraceLimit = limit
  }
}

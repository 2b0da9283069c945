import type {MessageRecord, Position} from '@gongwen/schema'
import type {VFile} from 'vfile'

/**
 * The file's messages as JSON records (`MessageRecord` of @gongwen/schema).
 *
 * @param file a file the parser has warned on
 */
export function messageRecords(file: VFile): MessageRecord[] {
  return file.messages.map((message) => {
    const record: MessageRecord = {
      reason: message.reason,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      fatal: message.fatal ?? null,
      file: message.file || null,
      line: message.line ?? null,
      column: message.column ?? null,
      place: toPosition(message.place)
    }
    if (message.actual !== undefined) record.actual = message.actual
    if (message.expected !== undefined) record.expected = message.expected
    return record
  })
}

function toPosition(place: VFile['messages'][number]['place']): Position | null {
  if (!place || !('start' in place)) return null
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return null
  return {start: {line: start.line, column: start.column, offset: start.offset}, end: {line: end.line, column: end.column, offset: end.offset}}
}

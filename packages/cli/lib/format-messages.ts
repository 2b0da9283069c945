import type {MessageRecord} from '@gongwen/schema'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/**
 * Print results' messages the way the unified tools do (vfile-reporter): the path, then
 * `line:column  warning  reason  rule  source` per message, then a summary. Empty when there is nothing.
 *
 * @param results each document's name and messages
 * @param color whether to use ANSI colours (for a terminal)
 */
export function formatMessages(results: readonly {name: string; messages: readonly MessageRecord[]}[], color: boolean): string {
  const files: VFile[] = []
  for (const result of results) {
    if (result.messages.length === 0) continue
    const file = new VFile({path: result.name})
    for (const record of result.messages) {
      const options = {
        ruleId: record.ruleId ?? undefined,
        source: record.source ?? undefined,
        place: record.place ?? (record.line === null ? undefined : {line: record.line, column: record.column ?? 1})
      }
      const message = record.fatal === null ? file.info(record.reason, options) : file.message(record.reason, options)
      message.fatal = record.fatal
    }
    files.push(file)
  }
  return files.length === 0 ? '' : reporter(files, {color}) + '\n'
}

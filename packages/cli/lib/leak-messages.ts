import type {LeakFinding, MessageRecord} from '@gongwen/schema'

/**
 * Turn audit findings into warnings with line and column, so they print like every other message.
 *
 * @param text the audited text the offsets index
 * @param leaks the findings
 * @param file the file name for the messages (optional)
 */
export function leakMessages(text: string, leaks: readonly LeakFinding[], file?: string): MessageRecord[] {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)

  function point(offset: number) {
    // Binary search for the last line starting at or before the offset.
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset}
  }

  return leaks.map((leak) => {
    const start = point(leak.start)
    return {
      reason: `Possible ${leak.type.toLowerCase()} still visible: \`${leak.text}\` (${leak.reason})`,
      ruleId: `leak-${leak.type.toLowerCase()}`,
      source: 'gongwen-cli',
      fatal: false,
      file: file ?? null,
      line: start.line,
      column: start.column,
      place: {start, end: point(leak.end)},
      actual: leak.text
    }
  })
}

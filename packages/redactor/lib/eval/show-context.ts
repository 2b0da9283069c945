/** `value` on one line: line breaks show as ⏎, so every finding stays on one line of a report. */
export function flat(value: string): string {
  return value.replace(/\r?\n|\r/g, '⏎')
}

/** A mention with the text around it on one line, for a reviewer: `…before【mention】after…`. */
export function showContext(text: string, start: number, end: number, width = 12): string {
  const before = text.slice(Math.max(0, start - width), start)
  const after = text.slice(end, end + width)
  return `${start > width ? '…' : ''}${flat(before)}【${flat(text.slice(start, end))}】${flat(after)}${end + width < text.length ? '…' : ''}`
}

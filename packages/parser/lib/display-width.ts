/**
 * Display width of `text[from, to)` as a typesetter lays it out: two columns for CJK characters,
 * full-width forms and the curly quotes, dashes and ellipses Chinese fonts set full width; one for
 * everything else. Hard-wrapped PDF text is measured this way, since `级干部 13名` fills as much of a
 * line as eight CJK characters.
 *
 * @param limit stop once the width is past this: callers that only compare against small widths
 *   need not walk a long line (the result is then some width above `limit`)
 */
export function displayWidth(text: string, from: number, to: number, limit = Number.POSITIVE_INFINITY): number {
  let width = 0
  let index = from
  while (index < to && width <= limit) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) {
      index++
      continue
    }
    width += isWide(code) ? 2 : 1
    index++
  }
  return width
}

function isWide(code: number): boolean {
  if (code < 0x1100) return false
  if (code >= 0xff61 && code <= 0xffdc) return false
  return true
}

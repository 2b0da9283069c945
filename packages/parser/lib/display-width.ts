/**
 * Columns per UTF-16 code unit, looked up instead of tested (the parser measures every line): two
 * for CJK characters, full-width forms and the curly quotes, dashes and ellipses Chinese fonts set
 * full width (everything from U+1100 on), one below that and for the half-width forms
 * U+FF61–U+FFDC, none for a low surrogate (its pair counts once, by its high surrogate).
 */
const columns = new Uint8Array(0x10000)
columns.fill(1, 0, 0x1100)
columns.fill(2, 0x1100)
columns.fill(1, 0xff61, 0xffdd)
columns.fill(0, 0xdc00, 0xe000)

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
  while (index < to && width <= limit) width += columns[text.charCodeAt(index++)] ?? 0
  return width
}

import type {RedactionSpan} from '@gongwen/schema'
import type {EvalSystem} from './evaluate.js'

/** A text with a line break put in after every `width` characters of a line, and where each character came from. */
export interface WrappedText {
  text: string
  /** For each character of the wrapped text, its offset in the text; -1 for a line break the wrap put in. */
  source: Int32Array
}

/** `text` as a PDF's extraction with a hard wrap gives it: a line break after every `width` characters of a line, where the line goes on. */
export function wrapText(text: string, width: number): WrappedText {
  const parts: string[] = []
  const source = new Int32Array(text.length + Math.floor(text.length / width))
  let length = 0
  let run = 0
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at)
    parts.push(char)
    source[length++] = at
    run = char === '\n' ? 0 : run + 1
    // No break where the line ends anyway: a wrap leaves no blank line
    const next = text.charAt(at + 1)
    if (run >= width && next !== '' && next !== '\n' && next !== '\r') {
      parts.push('\n')
      source[length++] = -1
      run = 0
    }
  }
  return {text: parts.join(''), source: source.subarray(0, length)}
}

/**
 * `system` scored on its documents wrapped every `width` characters: its spans on the wrapped text are mapped back
 * to the text, so the gold scores them where it lists its strings. A span's kept ending loses the breaks the wrap
 * put in it (*户外用品有限公⏎司 keeps 户外用品有限公司).
 */
export function wrappedSystem(system: EvalSystem, width: number): EvalSystem {
  return {
    name: `${system.name}, wrapped every ${width}`,
    redact(text) {
      const wrapped = wrapText(text, width)
      const spans = system.redact(wrapped.text).spans.map((span) => unwrapSpan(text, wrapped.source, span))
      return {spans}
    }
  }
}

function unwrapSpan(text: string, source: Int32Array, span: RedactionSpan): RedactionSpan {
  let first = span.start
  while (first < span.end - 1 && (source[first] ?? -1) < 0) first++
  let last = span.end - 1
  while (last > first && (source[last] ?? -1) < 0) last--
  const start = source[first] ?? 0
  const end = (source[last] ?? 0) + 1
  // The ending the replacement keeps visible, counted on the wrapped text, then on the text
  let kept = 0
  while (kept < span.replacement.length && kept < span.original.length && span.replacement.at(-1 - kept) === span.original.at(-1 - kept)) kept++
  let keptInText = 0
  for (let at = span.end - kept; at < span.end; at++) if ((source[at] ?? -1) >= 0) keptInText++
  const replacement = span.replacement.slice(0, span.replacement.length - kept) + text.slice(end - keptInText, end)
  return {...span, start, end, original: text.slice(start, end), replacement}
}

import type {RedactionSpan} from '@gongwen/schema'
import type {EvalSystem} from './evaluate.js'

/** A text made from another as a PDF's extraction would give it, and where each of its characters came from. */
export interface ExtractedText {
  text: string
  /** For each character, its offset in the text it was made from; -1 for a character put in (a wrap's line break). */
  source: Int32Array
}

/** `text` as a PDF's extraction with a hard wrap gives it: a line break after every `width` characters of a line, where the line goes on. */
export function wrapText(text: string, width: number): ExtractedText {
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
 * `text` as a PDF's extraction that keeps the page's layout gives it (pdftotext -layout): wrapped every `width`
 * characters (see `wrapText`), and every line that is not blank indented by the page's margin, `margin` spaces.
 */
export function wrapBehindMargin(text: string, width: number, margin: number): ExtractedText {
  const wrapped = wrapText(text, width)
  const parts: string[] = []
  const source = new Int32Array(wrapped.text.length * (margin + 1))
  let length = 0
  let lineStart = 0
  while (lineStart <= wrapped.text.length) {
    let lineEnd = wrapped.text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = wrapped.text.length
    const line = wrapped.text.slice(lineStart, lineEnd)
    if (line.replace('\r', '') !== '') {
      parts.push(' '.repeat(margin))
      source.fill(-1, length, length + margin)
      length += margin
    }
    // the line and its line feed, if any
    const next = Math.min(lineEnd + 1, wrapped.text.length)
    parts.push(wrapped.text.slice(lineStart, next))
    source.set(wrapped.source.subarray(lineStart, next), length)
    length += next - lineStart
    lineStart = lineEnd + 1
  }
  return {text: parts.join(''), source: source.subarray(0, length)}
}

/**
 * `text` as a PDF's extraction gives a fake bold (each glyph drawn twice) on its short lines, where titles, headings,
 * bylines and signatures stand: every character of a line of at most `maxLength` doubled (金寨县 → 金金寨寨县县).
 */
export function doubleShortLines(text: string, maxLength: number): ExtractedText {
  const parts: string[] = []
  const source = new Int32Array(text.length * 2)
  let length = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const doubled = lineEnd - lineStart <= maxLength
    for (let at = lineStart; at < lineEnd; at++) {
      const char = text.charAt(at)
      parts.push(doubled && char !== '\r' ? char + char : char)
      source[length++] = at
      if (doubled && char !== '\r') source[length++] = at
    }
    if (lineEnd < text.length) {
      parts.push('\n')
      source[length++] = lineEnd
    }
    lineStart = lineEnd + 1
  }
  return {text: parts.join(''), source: source.subarray(0, length)}
}

/**
 * `system` scored on its documents wrapped every `width` characters: its spans on the wrapped text are mapped back
 * to the text, so the gold scores them where it lists its strings. A span's kept ending loses the breaks the wrap
 * put in it (*户外用品有限公⏎司 keeps 户外用品有限公司).
 */
export function wrappedSystem(system: EvalSystem, width: number): EvalSystem {
  return extractedSystem(system, `wrapped every ${width}`, (text) => wrapText(text, width))
}

/** `system` scored on its documents wrapped every `width` characters behind a margin of `margin` spaces (see `wrapBehindMargin`). */
export function marginSystem(system: EvalSystem, width: number, margin: number): EvalSystem {
  return extractedSystem(system, `wrapped every ${width} behind a margin of ${margin}`, (text) => wrapBehindMargin(text, width, margin))
}

/** `system` scored on its documents with their short lines in fake bold (see `doubleShortLines`), its spans mapped back. */
export function boldSystem(system: EvalSystem, maxLength: number): EvalSystem {
  return extractedSystem(system, `lines up to ${maxLength} in fake bold`, (text) => doubleShortLines(text, maxLength))
}

function extractedSystem(system: EvalSystem, how: string, extract: (text: string) => ExtractedText): EvalSystem {
  return {
    name: `${system.name}, ${how}`,
    redact(text) {
      const extracted = extract(text)
      const spans = system.redact(extracted.text).spans.map((span) => spanOfSource(text, extracted.source, span))
      return {spans}
    }
  }
}

/** A span of the extracted text as a span of its source: what it covers there, with the ending it keeps visible there. */
function spanOfSource(text: string, source: Int32Array, span: RedactionSpan): RedactionSpan {
  let first = span.start
  while (first < span.end - 1 && (source[first] ?? -1) < 0) first++
  let last = span.end - 1
  while (last > first && (source[last] ?? -1) < 0) last--
  const start = source[first] ?? 0
  const end = (source[last] ?? 0) + 1
  // The ending the replacement keeps visible, counted on the extracted text, then on the text: the characters it came
  // from (a doubled glyph counts once, a line break put in not at all)
  let kept = 0
  while (kept < span.replacement.length && kept < span.original.length && span.replacement.at(-1 - kept) === span.original.at(-1 - kept)) kept++
  const keptSources = new Set<number>()
  for (let at = span.end - kept; at < span.end; at++) if ((source[at] ?? -1) >= 0) keptSources.add(source[at] ?? 0)
  const replacement = span.replacement.slice(0, span.replacement.length - kept) + text.slice(end - keptSources.size, end)
  return {...span, start, end, original: text.slice(start, end), replacement}
}

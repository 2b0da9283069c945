// PDF renderers fake bold by drawing every run of text twice, and text extraction then yields each
// run doubled: `城市中央公园城市中央公园`, `20202020年年77月月`. A doubled line is a concatenation of
// runs XX; its reading is the concatenation of the X.

/** Longest run considered (captions run to ~30 characters); bounds the work per character. */
const maxRun = 64
/** How short a doubled line may be and still be read once. */
export interface DoubledLineTrust {
  /** Shortest trimmed line trusted. */
  minLength: number
  /** A decomposition made only of one-character runs is trusted from this length on. */
  minLengthSingleGlyphRuns: number
}

/**
 * The parser's trust: `谢谢谢谢` and other short reduplications stay as they are, and a line of one-character runs
 * (`天天看看`) is ordinary text unless it is long: the tree reads a doubled line as a caption.
 */
const parserTrust: DoubledLineTrust = {minLength: 8, minLengthSingleGlyphRuns: 16}

/**
 * Where a line's role vouches for it (a heading's marker read once, a title or byline in the front matter), a short
 * line in fake bold is read once too: 一一、、主主要要做做法法, 王王留留剑剑. A line of runs of two or three glyphs still
 * needs three runs.
 */
export const vouchedLineTrust: DoubledLineTrust = {minLength: 4, minLengthSingleGlyphRuns: 4}
/** Runs needed, unless one run is at least `minLongRun` long (a caption doubled as a whole). */
const minRuns = 3
const minLongRun = 4
const unreachable = 0x7fffffff
// Polynomial hash base (odd, so multiplication mod 2^32 loses nothing) and its powers up to maxRun.
const base = 0x01000193
const powers = new Int32Array(maxRun + 1)
powers[0] = 1
for (let power = 1; power <= maxRun; power++) powers[power] = Math.imul(powers[power - 1] ?? 0, base)

/** A line whose glyphs fake-bold rendering doubled: where its doubled stretch lies, its runs, and its reading. */
export interface DoubledLine {
  /** Offset in the line where the doubled stretch starts (after leading whitespace). */
  start: number
  /** Offset in the line where it ends (before trailing whitespace). */
  end: number
  /** The lengths of the runs X whose doubles XX make up the stretch, in order. */
  runs: readonly number[]
  /** The stretch read once: the runs X concatenated. */
  reading: string
}

/**
 * How a line whose glyphs were doubled by fake-bold PDF rendering splits into doubled runs.
 *
 * The whole line (without surrounding whitespace, which is kept as is) must split into doubled
 * runs; among the splits, the one with the fewest runs is read (dynamic programming: a greedy
 * split fails on `七七事变七七事变`). Short lines, lines of symbols only and lines of one-glyph
 * reduplications are not trusted, so ordinary text is never touched.
 *
 * @param line one line of text, without its line ending
 * @param trust how short a line may be (the parser's, by default)
 * @returns the split, or `undefined` when the line is not doubled
 */
export function splitDoubledLine(line: string, trust: Readonly<DoubledLineTrust> = parserTrust): DoubledLine | undefined {
  const start = line.length - line.trimStart().length
  const end = line.trimEnd().length
  const length = end - start
  if (length < trust.minLength || length % 2 === 1) return undefined
  const core = line.slice(start, end)
  if (!startsDoubled(core) || !endsDoubled(core) || !/[\p{L}\p{N}]/u.test(core) || isOneGlyph(core)) return undefined

  const runs = splitRuns(core)
  if (!runs) return undefined
  let reading = ''
  let offset = 0
  for (const run of runs) {
    reading += core.slice(offset, offset + run)
    offset += run * 2
  }
  return trusted(runs, length, reading, trust) ? {start, end, runs, reading} : undefined
}

/** `哈哈哈哈…`: a split exists at every offset, and its reading is never trusted (one glyph). */
function isOneGlyph(core: string): boolean {
  const first = core.charAt(0)
  let index = 0
  while (++index < core.length) if (core.charAt(index) !== first) return false
  return true
}

/**
 * Cheap check before the full split: most lines fail here on their first character. Char codes compared in place:
 * a slice per run length tried (up to `maxRun` of them, for every line the parser and the redactor read) was most
 * of what the check cost.
 */
function startsDoubled(core: string): boolean {
  let run = 0
  while (++run <= maxRun && run * 2 <= core.length) if (repeatsAt(core, 0, run)) return true
  return false
}

function endsDoubled(core: string): boolean {
  let run = 0
  while (++run <= maxRun && run * 2 <= core.length) if (repeatsAt(core, core.length - run * 2, run)) return true
  return false
}

/** Whether `text[from, from + run)` is repeated right after itself: `text.startsWith(text.slice(from, from + run), from + run)`. */
function repeatsAt(text: string, from: number, run: number): boolean {
  for (let at = from; at < from + run; at++) if (text.charCodeAt(at) !== text.charCodeAt(at + run)) return false
  return true
}

/**
 * The run lengths of the split with the fewest runs, or `undefined` when there is none.
 *
 * Forward dynamic programming over reachable offsets. Whether `core[i, i+run)` equals
 * `core[i+run, i+2·run)` is an O(1) comparison of polynomial hashes (mod 2^32), computed only as
 * far as the split gets; the chosen split is then checked character by character, so a hash
 * collision can only make a line stay as it is. The work is O(length × maxRun) at worst, and an
 * ordinary line is given up within its first `2 × maxRun` characters.
 */
function splitRuns(core: string): number[] | undefined {
  const length = core.length
  const hash = new Int32Array(length + 1)
  const fewest = new Int32Array(length + 1).fill(unreachable)
  const chosen = new Uint8Array(length + 1)
  fewest[0] = 0
  let hashed = 0
  let farthest = 0
  let index = -1
  while (++index < length) {
    const count = fewest[index] ?? unreachable
    if (count === unreachable) {
      if (index > farthest) return undefined
      continue
    }
    const limit = Math.min(maxRun, (length - index) >> 1)
    for (; hashed < index + limit * 2; hashed++) hash[hashed + 1] = (Math.imul(hash[hashed] ?? 0, base) + core.charCodeAt(hashed)) | 0
    const first = core.charCodeAt(index)
    let run = 0
    while (++run <= limit) {
      const middle = index + run
      const end = middle + run
      if (core.charCodeAt(middle) !== first || slice(hash, index, middle, run) !== slice(hash, middle, end, run)) continue
      // Ties go to the longer run: a caption doubled whole reads as one run.
      if (count + 1 <= (fewest[end] ?? unreachable)) {
        fewest[end] = count + 1
        chosen[end] = run
      }
      if (end > farthest) farthest = end
    }
  }
  if (fewest[length] === unreachable) return undefined
  const runs: number[] = []
  let end = length
  while (end > 0) {
    const run = chosen[end] ?? 0
    const start = end - run * 2
    if (run === 0 || !core.startsWith(core.slice(start, start + run), start + run)) return undefined
    runs.push(run)
    end = start
  }
  return runs.reverse()
}

function slice(hash: Int32Array, start: number, end: number, length: number): number {
  return ((hash[end] ?? 0) - Math.imul(hash[start] ?? 0, powers[length] ?? 0)) | 0
}

function trusted(runs: readonly number[], length: number, reading: string, trust: Readonly<DoubledLineTrust>): boolean {
  // `谢谢谢谢谢谢谢谢` splits into runs too; a real caption has more than one glyph.
  if (isOneGlyph(reading)) return false
  // A loop, not Math.max(...runs): a long line has more runs than a call may take arguments.
  let longest = 0
  for (const run of runs) if (run > longest) longest = run
  if (longest === 1) return length >= trust.minLengthSingleGlyphRuns
  return runs.length >= minRuns || longest >= minLongRun
}

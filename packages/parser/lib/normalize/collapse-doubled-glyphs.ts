// PDF renderers fake bold by drawing every run of text twice, and text extraction then yields each
// run doubled: `城市中央公园城市中央公园`, `20202020年年77月月`. A doubled line is a concatenation of
// runs XX; its reading is the concatenation of the X.

/** Longest run considered; bounds the work per character, so a line costs O(length × this). */
const maxRun = 64
/** Shortest trimmed line trusted: `谢谢谢谢` and other short reduplications stay as they are. */
const minLength = 8
/** A decomposition made only of one-character runs (`天天看看`) is ordinary text unless this long. */
const minLengthSingleGlyphRuns = 16
/** Runs needed, unless one run is at least `minLongRun` long (a caption doubled as a whole). */
const minRuns = 3
const minLongRun = 4
const unreachable = 0x7fffffff

/**
 * The single reading of a line whose glyphs were doubled by fake-bold PDF rendering.
 *
 * The whole line (without surrounding whitespace, which is kept as is) must split into doubled
 * runs; among the splits, the one with the fewest runs is read (dynamic programming: a greedy
 * split fails on `七七事变七七事变`). Short lines, lines of symbols only and lines of one-glyph
 * reduplications are not trusted, so ordinary text is never touched.
 *
 * @param line one line of text, without its line ending
 * @returns the repaired line, or `undefined` when the line is not doubled
 */
export function collapseDoubledGlyphs(line: string): string | undefined {
  const start = line.length - line.trimStart().length
  const end = line.trimEnd().length
  const length = end - start
  if (length < minLength || length % 2 === 1) return undefined
  const core = line.slice(start, end)
  if (!startsDoubled(core) || !endsDoubled(core) || !/[\p{L}\p{N}]/u.test(core)) return undefined

  const runs = splitRuns(core)
  if (!runs) return undefined
  let reading = ''
  let offset = 0
  for (const run of runs) {
    reading += core.slice(offset, offset + run)
    offset += run * 2
  }
  return trusted(runs, length, reading) ? line.slice(0, start) + reading + line.slice(end) : undefined
}

/** Cheap check before the full split: most lines fail here on their first character. */
function startsDoubled(core: string): boolean {
  let run = 0
  while (++run <= maxRun && run * 2 <= core.length) {
    if (core.startsWith(core.slice(0, run), run)) return true
  }
  return false
}

function endsDoubled(core: string): boolean {
  let run = 0
  while (++run <= maxRun && run * 2 <= core.length) {
    if (core.startsWith(core.slice(core.length - run), core.length - run * 2)) return true
  }
  return false
}

/**
 * The run lengths of the split with the fewest runs, or `undefined` when there is none.
 *
 * Works backwards so that whether `core[i .. i+run)` equals `core[i+run .. i+2·run)` is a counter
 * per run length (`same[run]`: how many characters from i on equal the ones `run` further),
 * updated in O(1) per step: the work is O(length × maxRun), whatever the text.
 */
function splitRuns(core: string): number[] | undefined {
  const length = core.length
  const fewest = new Int32Array(length + 1).fill(unreachable)
  const choice = new Uint8Array(length + 1)
  const same = new Int32Array(maxRun + 1)
  fewest[length] = 0
  let nearestReachable = length
  let index = length
  while (index-- > 0) {
    const code = core.charCodeAt(index)
    let best = unreachable
    let run = 0
    while (++run <= maxRun) {
      const next = index + run
      same[run] = next < length && core.charCodeAt(next) === code ? (same[run] ?? 0) + 1 : 0
      const after = index + run * 2
      if (after <= length && (same[run] ?? 0) >= run) {
        const count = (fewest[after] ?? unreachable) + 1
        // Ties go to the longer run: a caption doubled whole reads as one run.
        if (count <= best) {
          best = count
          choice[index] = run
        }
      }
    }
    if (best !== unreachable) {
      fewest[index] = best
      nearestReachable = index
    } else if (nearestReachable - index > maxRun * 2) {
      // No run can bridge this gap, so no split of the whole line exists.
      return undefined
    }
  }
  if (fewest[0] === unreachable) return undefined
  const runs: number[] = []
  index = 0
  while (index < length) {
    const run = choice[index] ?? 0
    runs.push(run)
    index += run * 2
  }
  return runs
}

function trusted(runs: readonly number[], length: number, reading: string): boolean {
  // `谢谢谢谢谢谢谢谢` splits into runs too; a real caption has more than one glyph.
  if (new Set(reading).size < 2) return false
  const longest = Math.max(...runs)
  if (longest === 1) return length >= minLengthSingleGlyphRuns
  return runs.length >= minRuns || longest >= minLongRun
}

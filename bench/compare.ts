// `npx tsx bench/compare.ts DIR_A DIR_B [ROUNDS]`: the built redactors (dist) of two checkouts, loaded in one process
// and timed in turns, a corpus pass at a time (A B, then B A, …), in CPU and wall milliseconds per pass.
//
// Two runs of bench/redact.ts taking turns compare badly on a machine others load: at a load of 7 to 10 on 2 CPUs,
// two runs of nearly one commit gave 0.53 and 0.28 MB/s. Passes a second apart see the same load, so the ratio of B
// to A within each round is the figure to read: a checkout against a copy of itself gave a median of 0.96× and 0.97×
// at that load (rounds from 0.73× to 1.12×), so a difference under a twentieth is not seen there. Each checkout must
// be built (`npx tsc -b`); the corpus is this checkout's.
import os from 'node:os'
import {pathToFileURL} from 'node:url'
import {loadCorpus} from '../test/load-corpus.js'

type Redact = (text: string) => unknown

/** CPU and wall milliseconds of one pass. */
interface PassTime {
  cpuMs: number
  wallMs: number
}

const warmUpMs = 3_000
const defaultRounds = 15

async function loadRedact(directory: string): Promise<Redact> {
  const module = (await import(pathToFileURL(`${directory}/packages/redactor/dist/index.js`).href)) as {redact?: unknown}
  if (typeof module.redact !== 'function') throw new Error(`bench/compare: no redact in ${directory}/packages/redactor/dist/index.js, expected a built checkout`)
  return module.redact as Redact
}

/** CPU milliseconds the process has spent, its collector's threads included. */
function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

function timePass(redact: Redact, documents: readonly string[]): PassTime {
  const cpuStart = cpuMs()
  const wallStart = performance.now()
  for (const text of documents) redact(text)
  return {cpuMs: cpuMs() - cpuStart, wallMs: performance.now() - wallStart}
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b)
}

function median(values: readonly number[]): number {
  const ordered = sorted(values)
  const middle = ordered.length >> 1
  return ordered.length % 2 === 1 ? (ordered[middle] ?? 0) : ((ordered[middle - 1] ?? 0) + (ordered[middle] ?? 0)) / 2
}

function leastAndMedian(values: readonly number[]): string {
  return `least ${(sorted(values)[0] ?? 0).toFixed(0)}, median ${median(values).toFixed(0)}`
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')
}

/** Times the redactors of `directoryA` and `directoryB` in turns over `rounds` rounds and prints their figures. */
export async function compareRedactors(directoryA: string, directoryB: string, rounds = defaultRounds): Promise<{a: PassTime[]; b: PassTime[]}> {
  const redactA = await loadRedact(directoryA)
  const redactB = await loadRedact(directoryB)
  const documents = loadCorpus().map((document) => document.text)
  // Lexicons load, jieba's readings are kept and the JIT settles in each before any pass counts
  for (const redact of [redactA, redactB]) {
    const start = performance.now()
    while (performance.now() - start < warmUpMs) timePass(redact, documents)
  }
  const loadBefore = loadAverage()
  const a: PassTime[] = []
  const b: PassTime[] = []
  for (let round = 0; round < rounds; round++) {
    // Each goes first in every other round: the pass after the other's finds its caches colder
    if (round % 2 === 0) {
      a.push(timePass(redactA, documents))
      b.push(timePass(redactB, documents))
    } else {
      b.push(timePass(redactB, documents))
      a.push(timePass(redactA, documents))
    }
  }
  const print = (line: string) => process.stdout.write(`${line}\n`)
  print(`compare: ${documents.length} documents a pass, ${rounds} rounds, load average ${loadBefore} before, ${loadAverage()} after`)
  for (const [name, directory, times] of [['A', directoryA, a], ['B', directoryB, b]] as const) {
    print(`  ${name} ${directory}: CPU ms a pass ${leastAndMedian(times.map((time) => time.cpuMs))}; wall ${leastAndMedian(times.map((time) => time.wallMs))}`)
  }
  const ratios = sorted(b.map((time, round) => time.cpuMs / (a[round]?.cpuMs ?? Number.NaN)))
  print(`  B/A CPU within a round: median ${median(ratios).toFixed(3)}× (${(ratios[0] ?? 0).toFixed(3)}–${(ratios.at(-1) ?? 0).toFixed(3)}×)`)
  return {a, b}
}

const [directoryA, directoryB, roundsArgument] = process.argv.slice(2)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (directoryA === undefined || directoryB === undefined) throw new Error('bench/compare: expected `npx tsx bench/compare.ts DIR_A DIR_B [ROUNDS]`')
  const rounds = roundsArgument === undefined ? defaultRounds : Number(roundsArgument)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`bench/compare: unexpected ROUNDS \`${roundsArgument}\`, expected a whole number above 0`)
  await compareRedactors(directoryA, directoryB, rounds)
}

// `npx tsc -b && npx tsx bench/rules.ts [SECONDS] [tune]`: where redact's time goes, rule by rule. The built
// redactor (dist) redacts the corpus pass after pass under V8's sampling profiler, after a warm-up, and each sample
// is put down to the rule a detector was running (the function a detector called: detectSuffixedUnits under
// detectUnits, detectAroundTitles under the persons' rules), to the first look or the second (a sample under
// `findUncovered`), or to the stage outside the detectors it was in (parse, keep-lists, propagation, the masking).
//
// Shares of samples, not times: on a machine others load, a rule's share moves far less than its milliseconds,
// and timing the rules by wrapping each call would time the wrapping (most rules take microseconds a document).
// A rule V8 inlined into its detector is counted as the detector's own time (`(self)`). `tune` keeps the seed and
// tune documents alone; without it, the corpus as bench/redact.ts reads it.
import {Session} from 'node:inspector/promises'
import {pathToFileURL} from 'node:url'
import {redact} from '../packages/redactor/dist/index.js'
import {namedDetectors} from '../packages/redactor/dist/lib/redact.js'
import {loadCorpus} from '../test/load-corpus.js'

const warmUpMs = 3_000
const defaultSeconds = 20
// Microseconds between samples: a corpus pass of about a second gives some thousands.
const samplingIntervalUs = 200
// Rows below this share are summed into one line.
const minShownShare = 0.002

/** One node of V8's CPU profile (`Profiler.stop`): a function called from its parent's. */
interface ProfileNode {
  id: number
  callFrame: {functionName: string}
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

// The detectors by the names their functions have in the build, and the persons' function that runs its rules
const detectorFunctions = new Set(['detectPlaces', 'detectUnits', 'detectPersons', 'detectContacts', 'detectFigures'])
const ruleRunners = new Set(['findPersons'])
// What the redaction does outside the detectors, by the function it is in, nearest the sample first
const stages: readonly (readonly [string, string])[] = [
  ['findProtectedRanges', 'keep-lists'],
  ['propagate', 'propagation'],
  ['resolveOverlaps', 'overlaps'],
  ['protectDetections', 'protection'],
  ['undoubleLines', 'doubled lines'],
  ['unwrapLines', 'wrapped lines'],
  ['mappedBack', 'views mapped back'],
  ['neighboursOfMasks', 'windows of the second look'],
  ['toSpans', 'masking'],
  ['applySpans', 'masking'],
  ['parse', 'parse']
]

// A sample in none of redact's functions: the profiler's own work (its messages), the loop, the idle process
const notRedact = ''

/** The row a sample is counted in, from its stack (outermost first), or `notRedact`. */
function rowOf(stack: readonly string[]): string {
  if (stack.at(-1) === '(garbage collector)') return 'either\t(stage)\tgarbage collection (its samples do not say which look made the garbage)'
  if (!stack.includes('redact')) return notRedact
  const look = stack.includes('findUncovered') ? 'second' : 'first'
  const detector = stack.findIndex((name) => detectorFunctions.has(name))
  if (detector !== -1) {
    let rule = detector + 1
    while (ruleRunners.has(stack[rule] ?? '')) rule++
    return `${look}\t${stack[detector] ?? ''}\t${stack[rule] ?? '(self)'}`
  }
  for (let at = stack.length - 1; at >= 0; at--) {
    const stage = stages.find(([name]) => name === stack[at])
    if (stage) return `${look}\t(stage)\t${stage[1]}`
  }
  return `${look}\t(stage)\tthe rest`
}

/** Profiles redact over `documents` for `seconds` after a warm-up: samples (µs) by row, and the passes made. */
async function profileRedact(documents: readonly string[], seconds: number): Promise<{byRow: Map<string, number>; passes: number}> {
  const warmUpStart = performance.now()
  while (performance.now() - warmUpStart < warmUpMs) for (const text of documents) redact(text)
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval: samplingIntervalUs})
  await session.post('Profiler.start')
  let passes = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) {
    for (const text of documents) redact(text)
    passes++
  }
  const {profile} = (await session.post('Profiler.stop')) as unknown as {profile: CpuProfile}
  session.disconnect()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const rows = new Map<number, string>()
  const rowOfNode = (id: number): string => {
    let row = rows.get(id)
    if (row === undefined) {
      const stack: string[] = []
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) stack.push(byId.get(at)?.callFrame.functionName ?? '')
      rows.set(id, (row = rowOf(stack.reverse())))
    }
    return row
  }
  const byRow = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const row = rowOfNode(id)
    if (row !== notRedact) byRow.set(row, (byRow.get(row) ?? 0) + (profile.timeDeltas[index] ?? 0))
  })
  return {byRow, passes}
}

/** Profiles redact over the corpus and prints the rules and stages by share, then the totals of each look and detector. */
async function benchRules(seconds = defaultSeconds, tuneOnly = false): Promise<void> {
  const corpus = loadCorpus().filter((document) => !tuneOnly || document.gold.split === 'tune' || document.gold.split === 'seed')
  const documents = corpus.map((document) => document.text)
  const {byRow, passes} = await profileRedact(documents, seconds)
  const total = [...byRow.values()].reduce((sum, us) => sum + us, 0)
  const print = (line: string) => process.stdout.write(`${line}\n`)
  const share = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`
  const perPass = (us: number) => `${(us / 1000 / passes).toFixed(1).padStart(7)} ms`
  print(`rules: ${documents.length} documents${tuneOnly ? ' (seed and tune)' : ''}, ${passes} passes, ${(total / 1e6).toFixed(1)} s sampled; share of samples, and ms a pass`)
  let rest = 0
  for (const [row, us] of [...byRow].sort((a, b) => b[1] - a[1])) {
    if (us / total < minShownShare) rest += us
    else print(`  ${share(us)} ${perPass(us)}  ${row.replaceAll('\t', '  ')}`)
  }
  print(`  ${share(rest)} ${perPass(rest)}  rows under ${(minShownShare * 100).toFixed(1)}% each`)
  const groups = new Map<string, number>()
  for (const [row, us] of byRow) {
    const [look, detector] = row.split('\t')
    for (const group of [`${look} look`, `${look} look  ${detector}`]) groups.set(group, (groups.get(group) ?? 0) + us)
  }
  print('by look and detector:')
  for (const [group, us] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) print(`  ${share(us)} ${perPass(us)}  ${group}`)
  // Every detector the redactor runs must be one this table knows by its function's name
  const unknown = namedDetectors.filter(([, detector]) => !detectorFunctions.has(detector.name)).map(([name]) => name)
  if (unknown.length > 0) print(`detectors not broken down (their functions' names are not known here): ${unknown.join(', ')}`)
}

const [secondsArgument, splitArgument] = process.argv.slice(2)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = secondsArgument === undefined ? defaultSeconds : Number(secondsArgument)
  if (!(seconds > 0)) throw new Error(`bench/rules: unexpected SECONDS \`${secondsArgument}\`, expected a number above 0`)
  if (splitArgument !== undefined && splitArgument !== 'tune') throw new Error(`bench/rules: unexpected \`${splitArgument}\`, expected \`tune\` or nothing`)
  await benchRules(seconds, splitArgument === 'tune')
}

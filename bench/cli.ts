// Throughput and memory of the built `gongwen` command: a batch over the corpus repeated to ≥ 50 MB with
// --jobs 1 and --jobs 2 (files/s, MB/s, speed-up, peak RSS of the child), and --jsonl at two input sizes
// to show its memory stays flat. Needs dist (`npx tsc -b`); builds it when missing.
// Run: npx tsx --conditions @gongwen/source bench/cli.ts   (GONGWEN_BENCH_MB=5 for a quick run)
import {spawn, spawnSync} from 'node:child_process'
import {createReadStream, createWriteStream, existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {once} from 'node:events'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const bin = join(root, 'packages/cli/bin/gongwen.js')
const corpus = join(root, 'corpus')
// GONGWEN_BENCH_MB shrinks the run on a busy machine; the target figures are for the default 50 MB.
const batchBytes = Number(process.env.GONGWEN_BENCH_MB ?? 50) * 1024 * 1024
// Two stream sizes four times apart: flat memory means the same peak for both.
const jsonlSizes = [batchBytes / 8, batchBytes / 2]

// Reports the child's peak resident memory on exit, worker threads included (they share the process).
const peakHook = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write('\\ngongwen-peak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'))")}`

interface Measured {
  seconds: number
  peakMb: number
  status: number | null
}

async function measure(args: string[], stdinFile?: string): Promise<Measured> {
  const started = process.hrtime.bigint()
  const child = spawn('node', ['--import', peakHook, bin, ...args], {stdio: [stdinFile ? 'pipe' : 'ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  if (stdinFile && child.stdin) createReadStream(stdinFile).pipe(child.stdin)
  const [status] = (await once(child, 'exit')) as [number | null]
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const peak = /gongwen-peak-rss-kb=(\d+)/.exec(stderr)
  return {seconds, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN, status}
}

async function corpusDocuments(): Promise<{name: string; text: string}[]> {
  const names = (await readdir(corpus)).filter((name) => /\.(txt|md)$/.test(name)).sort()
  return Promise.all(names.map(async (name) => ({name, text: await readFile(join(corpus, name), 'utf8')})))
}

/** Copies of the corpus files until `bytes` is reached, 100 per folder. */
async function makeBatch(directory: string, bytes: number): Promise<{files: number; bytes: number}> {
  const documents = await corpusDocuments()
  let total = 0
  let files = 0
  while (total < bytes) {
    const document = documents[files % documents.length]
    if (!document) break
    const folder = join(directory, `part-${Math.floor(files / 100)}`)
    if (files % 100 === 0) await mkdir(folder, {recursive: true})
    await copyFile(join(corpus, document.name), join(folder, `${files}-${document.name}`))
    total += Buffer.byteLength(document.text)
    files += 1
  }
  return {files, bytes: total}
}

/** A JSONL file of corpus documents of about `bytes`. */
async function makeJsonl(path: string, bytes: number): Promise<number> {
  const documents = await corpusDocuments()
  const stream = createWriteStream(path)
  let total = 0
  let index = 0
  while (total < bytes) {
    const document = documents[index % documents.length]
    if (!document) break
    const line = JSON.stringify({id: index, text: document.text}) + '\n'
    total += Buffer.byteLength(line)
    index += 1
    if (!stream.write(line)) await once(stream, 'drain')
  }
  stream.end()
  await once(stream, 'finish')
  return index
}

const mb = (bytes: number) => bytes / 1024 / 1024

export async function benchCli(): Promise<void> {
  if (!existsSync(join(root, 'packages/cli/dist/lib/worker.js'))) spawnSync('npx', ['tsc', '-b'], {cwd: root, stdio: 'inherit'})
  const work = await mkdtemp(join(tmpdir(), 'gongwen-bench-cli-'))
  try {
    const input = join(work, 'in')
    const batch = await makeBatch(input, batchBytes)
    process.stdout.write(`gongwen redact --out: ${batch.files} files, ${mb(batch.bytes).toFixed(1)} MB\n`)
    const times: Record<number, number> = {}
    for (const jobs of [1, 2]) {
      const result = await measure(['redact', input, '--out', join(work, `out-${jobs}`), '--jobs', String(jobs)])
      times[jobs] = result.seconds
      process.stdout.write(
        `  --jobs ${jobs}: ${result.seconds.toFixed(1)} s, ${(batch.files / result.seconds).toFixed(0)} files/s, ` +
          `${(mb(batch.bytes) / result.seconds).toFixed(2)} MB/s, peak ${result.peakMb.toFixed(0)} MB, exit ${result.status}\n`
      )
      await rm(join(work, `out-${jobs}`), {recursive: true, force: true})
    }
    process.stdout.write(`  speed-up with 2 jobs: ${((times[1] ?? 0) / (times[2] ?? 1)).toFixed(2)}× (target ≥ 1.8×)\n`)

    process.stdout.write('gongwen redact --jsonl (--jobs 2): peak memory by input size (target: flat)\n')
    for (const size of jsonlSizes) {
      const file = join(work, `input-${size}.jsonl`)
      const lines = await makeJsonl(file, size)
      const result = await measure(['redact', '--jsonl', '--jobs', '2'], file)
      process.stdout.write(
        `  ${mb(size).toFixed(0)} MB (${lines} lines): ${result.seconds.toFixed(1)} s, ${(mb(size) / result.seconds).toFixed(2)} MB/s, peak ${result.peakMb.toFixed(0)} MB, exit ${result.status}\n`
      )
      await rm(file)
    }
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchCli()

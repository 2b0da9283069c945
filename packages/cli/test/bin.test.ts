// End to end through the built command (`tsc -b` → dist), which is the only way the worker threads of
// `--jobs N` run: from the sources, documents run in-process.
import {execFile, spawn, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '@gongwen/parser'
import {redact} from '@gongwen/redactor'
import {BatchReport, FileResult} from '@gongwen/schema'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(root, 'packages/cli/bin/gongwen.js')
const corpus = join(root, 'corpus')
const seeds = ['000_d26a4c45c7bfb6a6.txt', '001_48945e91124a5b07.txt', '002_33d94cbde2d09b72.txt', '003_d25e2ba0161a5821.txt', '004_cfd3e7e0ca2ab7ec.txt']
const run = promisify(execFile)

let work: string
const expected = new Map<string, string>()

/** `count` copies of the seeds in `directory`, spread over sub-folders; returns which seed each path copies. */
async function makeCopies(directory: string, count: number): Promise<Map<string, string>> {
  const copies = new Map<string, string>()
  for (let index = 0; index < count; index += 1) {
    const seed = seeds[index % seeds.length] ?? ''
    const relative = `part-${index % 7}/${index}-${seed}`
    await mkdir(join(directory, `part-${index % 7}`), {recursive: true})
    await copyFile(join(corpus, seed), join(directory, relative))
    copies.set(relative, seed)
  }
  return copies
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1)).sort()
}

beforeAll(async () => {
  // The root test script builds first; building here too keeps this file runnable on its own.
  spawnSync('npx', ['tsc', '-b', 'packages/cli'], {cwd: root, stdio: 'ignore'})
  expect((await stat(join(root, 'packages/cli/dist/lib/worker.js'))).isFile()).toBe(true)
  work = await mkdtemp(join(tmpdir(), 'gongwen-bin-'))
  for (const seed of seeds) expected.set(seed, redact(parse(await readFile(join(corpus, seed), 'utf8'), {})).text)
}, 300_000)

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('the built gongwen command', () => {
  it('should print help with exit status 0 and exit with 2 for an unknown flag', async () => {
    const help = await run('node', [bin, 'redact', '--help'])
    expect(help.stdout).toMatch(/^Usage: gongwen redact/)
    const bad = spawnSync('node', [bin, 'redact', 'corpus', '--out'], {cwd: root, encoding: 'utf8'})
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/--out/)
  })

  it('should redact stdin to stdout through a pipe', () => {
    const source = spawnSync('node', [bin, 'redact', '-'], {input: readFileSync(join(corpus, seeds[4] ?? '')), encoding: 'utf8'})
    expect(source.status).toBe(0)
    expect(source.stdout).toBe(expected.get(seeds[4] ?? ''))
  })

  it('should give the same outputs with two worker threads as the library', async () => {
    const input = join(work, 'workers-in')
    const copies = await makeCopies(input, 12)
    const result = spawnSync('node', [bin, 'redact', input, '--out', join(work, 'workers-out'), '--jobs', '2'], {encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
    const report = BatchReport.parse(JSON.parse(await readFile(join(work, 'workers-out', 'report.json'), 'utf8')))
    expect(report.jobs).toBe(2)
    expect(report.totals.ok).toBe(12)
    for (const [relative, seed] of copies) expect(await readFile(join(work, 'workers-out', relative), 'utf8')).toBe(expected.get(seed))
  })

  it('should write the same report.json entries and report.html with two worker threads as in one thread', async () => {
    const input = join(work, 'same-in')
    await makeCopies(input, 9)
    const reports = []
    for (const jobs of ['1', '2']) {
      const out = join(work, `same-out-${jobs}`)
      const result = spawnSync('node', [bin, 'redact', input, '--out', out, '--jobs', jobs], {encoding: 'utf8'})
      expect(result.status, result.stderr).toBe(0)
      const report = BatchReport.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
      // The page's header line carries the run's time and job count; everything else must match.
      const html = (await readFile(join(out, 'report.html'), 'utf8')).replace(/^<div>\d+ files: .*$/m, '')
      reports.push({files: report.files, totals: report.totals, html})
    }
    expect(reports[0]?.files).toHaveLength(9)
    expect(reports[1]).toEqual(reports[0])
  })

  it('should leave no half-written file when killed, and finish with --resume', async () => {
    const input = join(work, 'resume-in')
    const out = join(work, 'resume-out')
    const copies = await makeCopies(input, 150)
    const child = spawn('node', [bin, 'redact', input, '--out', out, '--jobs', '1'], {stdio: 'ignore'})
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // Kill as soon as a few documents are complete.
    for (;;) {
      const spans = (await listFiles(out).catch(() => [])).filter((file) => file.endsWith('.spans.json'))
      if (spans.length >= 3) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    child.kill('SIGKILL')
    await exited

    const afterKill = await listFiles(out)
    expect(afterKill).not.toContain('report.json')
    const complete = afterKill.filter((file) => file.endsWith('.spans.json'))
    for (const spansFile of complete) {
      const relative = spansFile.slice(0, -'.spans.json'.length)
      expect(FileResult.parse(JSON.parse(await readFile(join(out, spansFile), 'utf8'))).ok).toBe(true)
      expect(await readFile(join(out, relative), 'utf8')).toBe(expected.get(copies.get(relative) ?? ''))
    }
    // Anything else is a finished text whose spans file was not yet written, or a temporary file.
    for (const file of afterKill.filter((each) => !each.endsWith('.spans.json'))) {
      if (!file.endsWith('.gongwen-tmp')) expect(await readFile(join(out, file), 'utf8')).toBe(expected.get(copies.get(file) ?? ''))
    }

    const resumed = spawnSync('node', [bin, 'redact', input, '--out', out, '--resume', '--jobs', '2'], {encoding: 'utf8'})
    expect(resumed.status, resumed.stderr).toBe(0)
    const report = BatchReport.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
    expect(report.totals.skipped).toBe(complete.length)
    expect(report.totals.ok + report.totals.skipped).toBe(150)
    const final = await listFiles(out)
    expect(final.filter((file) => file.endsWith('.gongwen-tmp'))).toEqual([])
    expect(final).toHaveLength(150 * 2 + 2)
    for (const [relative, seed] of copies) expect(await readFile(join(out, relative), 'utf8')).toBe(expected.get(seed))
  }, 300_000)
})

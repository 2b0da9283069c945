import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from '@gongwen/parser'
import {redact} from '@gongwen/redactor'
import {BatchReport, EntityType, FileResult} from '@gongwen/schema'
import {run} from '@gongwen/cli'
import {captureIo} from './io.js'

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url))
const seeds = ['000_d26a4c45c7bfb6a6.txt', '001_48945e91124a5b07.txt', '004_cfd3e7e0ca2ab7ec.txt']

let work: string

/** in/a/<seed 0>, in/a/<seed 1>, in/b/c/<seed 2>, in/b/binary.txt (a PNG header and NULs), in/b/empty.txt, in/bad.txt (a byte no encoding has) */
async function makeInputTree(): Promise<string> {
  const input = join(work, 'in')
  await mkdir(join(input, 'a'), {recursive: true})
  await mkdir(join(input, 'b', 'c'), {recursive: true})
  await copyFile(join(corpus, seeds[0] ?? ''), join(input, 'a', seeds[0] ?? ''))
  await copyFile(join(corpus, seeds[1] ?? ''), join(input, 'a', seeds[1] ?? ''))
  await copyFile(join(corpus, seeds[2] ?? ''), join(input, 'b', 'c', seeds[2] ?? ''))
  await writeFile(join(input, 'b', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(64).fill(0)]))
  await writeFile(join(input, 'b', 'empty.txt'), '')
  await writeFile(join(input, 'bad.txt'), Buffer.concat([Buffer.from('工作总结\n'), Buffer.from([0xff, 0x41, 0x0a])]))
  return input
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1)).sort()
}

async function snapshot(directory: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const file of await listFiles(directory)) files.set(file, (await readFile(join(directory, file))).toString('base64'))
  return files
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongwen-batch-'))
})

afterEach(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('gongwen redact --out', () => {
  it('should mirror the input tree, list bad files as failures and exit with 1, leaving the input untouched', async () => {
    const input = await makeInputTree()
    const before = await snapshot(input)
    const io = captureIo(work)
    expect(await run(['redact', 'in', '--out', 'out', '--jobs', '1'], io)).toBe(1)
    expect(await snapshot(input)).toEqual(before)

    const out = join(work, 'out')
    expect(await listFiles(out)).toEqual(
      [
        `a/${seeds[0]}`,
        `a/${seeds[0]}.spans.json`,
        `a/${seeds[1]}`,
        `a/${seeds[1]}.spans.json`,
        `b/c/${seeds[2]}`,
        `b/c/${seeds[2]}.spans.json`,
        'report.html',
        'report.json'
      ].sort()
    )
    for (const [directory, seed] of [['a', seeds[0]], ['a', seeds[1]], ['b/c', seeds[2]]] as const) {
      const source = await readFile(join(corpus, seed ?? ''), 'utf8')
      const expected = redact(parse(source, {path: `${directory}/${seed}`}))
      expect(await readFile(join(out, directory, seed ?? ''), 'utf8')).toBe(expected.text)
      const spans = FileResult.parse(JSON.parse(await readFile(join(out, directory, `${seed}.spans.json`), 'utf8')))
      expect(spans.spans).toEqual(expected.spans)
      expect(spans.input?.bytes).toBe(Buffer.byteLength(source))
    }

    const report = BatchReport.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
    expect(report.files.map((file) => [file.path, file.status])).toEqual([
      [`a/${seeds[0]}`, 'ok'],
      [`a/${seeds[1]}`, 'ok'],
      ['b/binary.txt', 'failed'],
      [`b/c/${seeds[2]}`, 'ok'],
      ['b/empty.txt', 'failed'],
      ['bad.txt', 'failed']
    ])
    expect(report.failures).toEqual([
      {path: 'b/binary.txt', reason: 'Cannot read `b/binary.txt`: binary data, not text'},
      {path: 'b/empty.txt', reason: '`b/empty.txt` is empty'},
      {path: 'bad.txt', reason: 'Cannot decode `bad.txt`: not UTF-8, UTF-16 or GB18030 text (invalid byte 0xFF at offset 13)'}
    ])
    expect(report.totals).toMatchObject({files: 6, ok: 3, failed: 3, skipped: 0})
    for (const type of EntityType.options) {
      expect(report.totals.counts[type]).toBe(report.files.reduce((sum, file) => sum + file.counts[type], 0))
    }
    expect(io.err()).toMatch(/b\/binary\.txt: /)
  })

  it('should take globs relative to the working directory and mirror below their static part', async () => {
    await makeInputTree()
    const io = captureIo(work)
    expect(await run(['redact', 'in/a/*.txt', 'in/b/c/*.txt', '--out', 'out'], io)).toBe(0)
    expect((await listFiles(join(work, 'out'))).filter((file) => !file.includes('.spans.') && !file.startsWith('report'))).toEqual(
      [`a/${seeds[0]}`, `a/${seeds[1]}`, `b/c/${seeds[2]}`].sort()
    )
  })

  it('should refuse an --out inside the input tree unless allowed, and then never read its own outputs', async () => {
    const input = await makeInputTree()
    const refused = captureIo(work)
    expect(await run(['redact', 'in', '--out', 'in/redacted'], refused)).toBe(2)
    expect(refused.err()).toMatch(/Refusing to write into the input tree/)
    expect(await stat(join(input, 'redacted')).catch(() => undefined)).toBeUndefined()

    for (let round = 0; round < 2; round += 1) {
      const io = captureIo(work)
      expect(await run(['redact', 'in', '--out', 'in/redacted', '--allow-out-inside-input'], io)).toBe(1)
      const report = BatchReport.parse(JSON.parse(await readFile(join(input, 'redacted', 'report.json'), 'utf8')))
      expect(report.totals.files).toBe(6)
    }
  })

  it('should skip complete outputs with --resume and redo an input that changed', async () => {
    const input = await makeInputTree()
    await run(['redact', 'in', '--out', 'out'], captureIo(work))
    const out = join(work, 'out')
    const first = await snapshot(out)

    const changed = join(input, 'a', seeds[1] ?? '')
    await utimes(changed, new Date(), new Date(Date.now() + 5000))
    const io = captureIo(work)
    expect(await run(['redact', 'in', '--out', 'out', '--resume'], io)).toBe(1)
    const report = BatchReport.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
    expect(report.files.map((file) => file.status)).toEqual(['skipped', 'ok', 'failed', 'skipped', 'failed', 'failed'])
    expect(report.totals.skipped).toBe(2)
    const firstReport = BatchReport.parse(JSON.parse(Buffer.from(first.get('report.json') ?? '', 'base64').toString('utf8')))
    expect(report.totals.counts).toEqual(firstReport.totals.counts)
    for (const file of [`a/${seeds[0]}`, `a/${seeds[1]}`, `b/c/${seeds[2]}`]) {
      expect(await readFile(join(out, file), 'base64')).toBe(first.get(file))
    }
    // Skipped documents are on the review page as fully as redacted ones: the same highlights as the first run.
    const marks = (html: string) => html.match(/<mark /g)?.length ?? 0
    const firstMarks = marks(Buffer.from(first.get('report.html') ?? '', 'base64').toString('utf8'))
    expect(firstMarks).toBeGreaterThan(0)
    expect(marks(await readFile(join(out, 'report.html'), 'utf8'))).toBe(firstMarks)
    expect((await listFiles(out)).filter((file) => file.endsWith('.gongwen-tmp'))).toEqual([])
  })

  it('should fail only the files whose outputs cannot be written, and go on with the rest', async () => {
    await makeInputTree()
    // A file where the output folder a/ has to go.
    await mkdir(join(work, 'out'), {recursive: true})
    await writeFile(join(work, 'out', 'a'), 'in the way')
    const io = captureIo(work)
    expect(await run(['redact', 'in', '--out', 'out'], io)).toBe(1)
    const report = BatchReport.parse(JSON.parse(await readFile(join(work, 'out', 'report.json'), 'utf8')))
    expect(report.failures.slice(0, 2).map((failure) => failure.path)).toEqual([`a/${seeds[0]}`, `a/${seeds[1]}`])
    expect(report.failures[0]?.reason).toMatch(new RegExp(`^Cannot process \`a/${seeds[0]}\`: E`))
    expect(report.files.find((file) => file.path === `b/c/${seeds[2]}`)?.status).toBe('ok')
  })

  it('should fail a file over --max-bytes with a reason naming the limit', async () => {
    await makeInputTree()
    const io = captureIo(work)
    expect(await run(['redact', 'in/a', '--out', 'out', '--max-bytes', '10k'], io)).toBe(1)
    const report = BatchReport.parse(JSON.parse(await readFile(join(work, 'out', 'report.json'), 'utf8')))
    expect(report.failures).toEqual([{path: seeds[0], reason: `\`${seeds[0]}\` is 15.6 KB, over the --max-bytes limit of 10 KB`}])
  })
})

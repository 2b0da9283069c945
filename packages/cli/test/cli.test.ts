import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '@gongwen/parser'
import {redact} from '@gongwen/redactor'
import {boundarySchemas, FileResult, RootNode} from '@gongwen/schema'
import {run} from '@gongwen/cli'
import {captureIo} from './io.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const corpus = join(root, 'corpus')
const magazine = '004_cfd3e7e0ca2ab7ec.txt'
const report = '000_d26a4c45c7bfb6a6.txt'

let temporary: string

beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'gongwen-cli-'))
})

afterAll(async () => {
  await rm(temporary, {recursive: true, force: true})
})

describe('@gongwen/cli', () => {
  it('should expose run and main', async () => {
    expect(Object.keys(await import('@gongwen/cli')).sort()).toEqual(['main', 'run'])
  })
})

describe('usage', () => {
  it('should print help for gongwen and every command, with exit status 0', async () => {
    for (const argv of [['--help'], ['parse', '--help'], ['redact', '-h'], ['audit', '--help'], ['schema', '--help']]) {
      const io = captureIo(corpus)
      expect(await run(argv, io), argv.join(' ')).toBe(0)
      expect(io.out()).toMatch(/^Usage: gongwen/)
    }
    const io = captureIo(corpus)
    await run(['schema', '--help'], io)
    expect(io.out()).toContain('file-result, jsonl-input, batch-report')
  })

  it('should exit with 2 and name the problem for an unknown flag, command or format, and for no inputs', async () => {
    const cases: [string[], RegExp][] = [
      [['redact', report, '--frobnicate'], /--frobnicate/],
      [['transmogrify'], /Unknown command `transmogrify`/],
      [[], /No command/],
      [['parse', report, '--format', 'yaml'], /`--format`.*`yaml`/],
      [['redact'], /No inputs/],
      [['audit'], /No inputs/],
      [['redact', report, '--jobs', '0'], /--jobs/],
      [['redact', report, '--max-bytes', 'lots'], /--max-bytes/],
      [['redact', 'no-such-file.txt'], /Cannot find `no-such-file.txt`/],
      [['redact', 'nothing/**/*.txt'], /No files match/],
      [['schema', 'everything'], /Unknown schema `everything`/],
      [['redact', report, '--resume'], /`--resume` only applies with --out/],
      [['redact', report, '--out', magazine], /it is a file, not a directory/],
      [['redact', '--jsonl', report], /pass no files/]
    ]
    for (const [argv, message] of cases) {
      const io = captureIo(corpus)
      expect(await run(argv, io), argv.join(' ')).toBe(2)
      expect(io.err()).toMatch(message)
      expect(io.out()).toBe('')
    }
  })

  it('should exit with 2 naming the policy file when it is missing, not JSON, or not a policy', async () => {
    await writeFile(join(temporary, 'broken.json'), '{"styles": ')
    await writeFile(join(temporary, 'wrong.json'), JSON.stringify({styles: {PERSON: 'blackout'}}))
    const cases: [string, RegExp][] = [
      ['missing.json', /Cannot read policy file `missing.json`: ENOENT/],
      ['broken.json', /Policy file `broken.json` is not valid JSON/],
      ['wrong.json', /Policy file `wrong.json` is not a valid policy: styles\.PERSON/]
    ]
    for (const [file, message] of cases) {
      const io = captureIo(temporary)
      expect(await run(['redact', join(corpus, report), '--policy', file], io)).toBe(2)
      expect(io.err()).toMatch(message)
    }
  })
})

describe('gongwen parse', () => {
  it('should print the tree of a report as JSON that is a valid RootNode', async () => {
    const io = captureIo(corpus)
    expect(await run(['parse', report], io)).toBe(0)
    const tree = RootNode.parse(JSON.parse(io.out()))
    const bytes = await readFile(join(corpus, report))
    expect(tree).toEqual(JSON.parse(JSON.stringify(parse(bytes, {path: report}).tree)))
    expect(tree.data?.encoding).toBe('utf-8')
  })

  it('should print the outline with one line per heading', async () => {
    const io = captureIo(corpus)
    expect(await run(['parse', report, '--format', 'outline'], io)).toBe(0)
    expect(io.out()).toMatch(/^一、/m)
  })

  it('should print Markdown of several files, each under its name', async () => {
    const io = captureIo(root)
    expect(await run(['parse', `corpus/${report}`, `corpus/${magazine}`, '--format', 'md'], io)).toBe(0)
    expect(io.out()).toContain(`# corpus/${report}`)
    expect(io.out()).toContain(`# corpus/${magazine}`)
  })
})

describe('gongwen redact without --out', () => {
  it('should write the redacted text of one file to stdout, exactly what the library gives', async () => {
    const source = await readFile(join(corpus, magazine), 'utf8')
    const expected = redact(parse(source, {path: magazine}))
    const io = captureIo(corpus)
    expect(await run(['redact', magazine, '--jobs', '1'], io)).toBe(0)
    expect(io.out()).toBe(expected.text)
    expect(expected.spans.length).toBeGreaterThan(0)
    expect(io.out()).not.toBe(source)
  })

  it('should read stdin for `-` and redact it the same way', async () => {
    const bytes = await readFile(join(corpus, magazine))
    const fromFile = captureIo(corpus)
    await run(['redact', magazine], fromFile)
    const fromStdin = captureIo(corpus, bytes)
    expect(await run(['redact', '-'], fromStdin)).toBe(0)
    expect(fromStdin.out()).toBe(fromFile.out())
  })

  it('should write one valid FileResult per line with --format json', async () => {
    const io = captureIo(corpus)
    expect(await run(['redact', report, magazine, '--format', 'json'], io)).toBe(0)
    const lines = io.out().trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const results = lines.map((line) => FileResult.parse(JSON.parse(line)))
    expect(results.map((result) => result.id)).toEqual([report, magazine])
    const spans = results[1]?.spans ?? []
    expect(results[1]?.counts.PERSON).toBe(spans.filter((span) => span.type === 'PERSON').length)
  })

  it('should refuse to write several texts to stdout', async () => {
    const io = captureIo(corpus)
    expect(await run(['redact', report, magazine], io)).toBe(2)
    expect(io.err()).toMatch(/pass --out DIR/)
  })
})

describe('gongwen redact --jsonl', () => {
  it('should answer every line in order, with an error line naming the line number for a bad line', async () => {
    const text = await readFile(join(corpus, magazine), 'utf8')
    const input = [JSON.stringify({id: 'a', text}), '{not json', '', JSON.stringify({id: 9}), JSON.stringify({id: 10, text: '汝州市委书记王留剑主持会议。'})].join('\n') + '\n'
    const io = captureIo(corpus, input)
    expect(await run(['redact', '--jsonl', '--jobs', '1'], io)).toBe(1)
    const results = io.out().trimEnd().split('\n').map((line) => FileResult.parse(JSON.parse(line)))
    expect(results.map((result) => [result.id, result.ok])).toEqual([['a', true], [2, false], [9, false], [10, true]])
    expect(results[0]?.text).toBe(redact(text).text)
    expect(results[1]?.error).toMatch(/^line 2: not JSON/)
    expect(results[2]?.error).toMatch(/^line 4: .*text/)
  })

  it('should exit with 0 when every line is fine', async () => {
    const io = captureIo(corpus, JSON.stringify({id: 1, text: '以上汇报不妥之处，敬请批评指正。'}) + '\n')
    expect(await run(['redact', '--jsonl'], io)).toBe(0)
    expect(FileResult.parse(JSON.parse(io.out())).ok).toBe(true)
  })
})

describe('gongwen audit', () => {
  it('should find what a raw report leaks and exit with 1', async () => {
    const io = captureIo(corpus)
    expect(await run(['audit', magazine], io)).toBe(1)
    expect(io.out()).toMatch(/leak-/)
  })

  it('should find nothing in a text without names and exit with 0', async () => {
    const io = captureIo(corpus, JSON.stringify({id: 1, text: '以上汇报不妥之处，敬请批评指正。'}) + '\n')
    expect(await run(['audit', '--jsonl'], io)).toBe(0)
    expect(FileResult.parse(JSON.parse(io.out())).leaks).toEqual([])
  })
})

describe('gongwen schema', () => {
  it('should print every boundary schema as one JSON object, and one schema by name as committed', async () => {
    const all = captureIo(corpus)
    expect(await run(['schema'], all)).toBe(0)
    expect(Object.keys(JSON.parse(all.out()) as object)).toEqual(Object.keys(boundarySchemas))
    const one = captureIo(corpus)
    expect(await run(['schema', 'policy'], one)).toBe(0)
    expect(one.out()).toBe(await readFile(join(root, 'packages/schema/json/policy.schema.json'), 'utf8'))
  })
})

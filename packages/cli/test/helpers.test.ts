import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {escapeHtml} from '../lib/escape-html.js'
import {formatBytes} from '../lib/format-bytes.js'
import type {OutputStream} from '../lib/io.js'
import {mapOrdered} from '../lib/map-ordered.js'
import {createProgress} from '../lib/progress-bar.js'
import {readByteSize, readPositiveInteger} from '../lib/read-arguments.js'
import {removeTemporaryFiles, writeAtomic} from '../lib/write-atomic.js'

let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongwen-helpers-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('mapOrdered', () => {
  it('should yield results in source order with at most `limit` calls in flight, reading the source lazily', async () => {
    let inFlight = 0
    let most = 0
    let read = 0
    function* source() {
      for (let index = 0; index < 40; index += 1) {
        read += 1
        yield index
      }
    }
    const results: number[] = []
    for await (const value of mapOrdered(source(), 3, async (index) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      // Later items finish first, so order has to be restored.
      await new Promise((resolve) => setTimeout(resolve, (40 - index) % 5))
      inFlight -= 1
      return index * 2
    })) {
      results.push(value)
      expect(read).toBeLessThanOrEqual(results.length + 3)
    }
    expect(results).toEqual(Array.from({length: 40}, (_, index) => index * 2))
    expect(most).toBeLessThanOrEqual(3)
  })
})

describe('writeAtomic', () => {
  it('should write a file, from chunks too, leaving no temporary file, and sweep the ones a killed run left', async () => {
    const target = join(work, 'deep', 'er', 'report.html')
    await writeAtomic(target, (async function* () {
      yield '<p>'
      yield '汝州'
      yield '</p>'
    })())
    expect(await readFile(target, 'utf8')).toBe('<p>汝州</p>')
    await writeAtomic(target, 'again')
    expect(await readdir(join(work, 'deep', 'er'))).toEqual(['report.html'])

    await writeFile(join(work, 'deep', '.a.txt.0a1b2c3d.gongwen-tmp'), 'half')
    await writeFile(join(work, 'deep', 'keep.gongwen-tmp.txt'), 'not ours')
    expect(await removeTemporaryFiles(work)).toBe(1)
    expect((await readdir(join(work, 'deep'))).sort()).toEqual(['er', 'keep.gongwen-tmp.txt'])
  })
})

describe('argument readers', () => {
  it('should read sizes in binary units and whole numbers, and reject anything else naming the flag', () => {
    expect(readByteSize('redact', '--max-bytes', '50MB')).toBe(50 * 1024 * 1024)
    expect(readByteSize('redact', '--max-bytes', '512k')).toBe(512 * 1024)
    expect(readByteSize('redact', '--max-bytes', '1.5G')).toBe(1.5 * 1024 ** 3)
    expect(readByteSize('redact', '--max-bytes', '1000')).toBe(1000)
    expect(() => readByteSize('redact', '--max-bytes', '5 parsecs')).toThrow('Expected a size such as `50MB` for `--max-bytes`, not `5 parsecs`')
    expect(() => readByteSize('redact', '--max-bytes', '0')).toThrow('--max-bytes')
    expect(readPositiveInteger('redact', '--jobs', '4')).toBe(4)
    expect(() => readPositiveInteger('redact', '--jobs', '2.5')).toThrow('Expected a whole number ≥ 1 for `--jobs`, not `2.5`')
  })

  it('should format sizes as a reader expects them', () => {
    expect(formatBytes(812)).toBe('812 B')
    expect(formatBytes(15949)).toBe('15.6 KB')
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB')
  })
})

describe('escapeHtml', () => {
  it('should leave no markup and no way out of a quoted attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;')
  })
})

describe('createProgress', () => {
  function terminal(isTTY: boolean): {stream: OutputStream; written: () => string} {
    const stream: OutputStream = Object.assign(new PassThrough(), {isTTY, columns: 100})
    const chunks: string[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
    return {stream, written: () => chunks.join('')}
  }

  it('should draw files done, speed and ETA on a terminal, and clear the line when finished', async () => {
    const {stream, written} = terminal(true)
    const progress = createProgress(stream, 2, 2048)
    progress.advance(1024)
    progress.advance(1024)
    progress.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(written()).toMatch(/\[#{12}-{12}\] 1\/2 files {2}.+\/s {2}ETA /)
    expect(written()).toMatch(/\[#{24}\] 2\/2 files/)
    expect(written().endsWith('\r\u001B[K')).toBe(true)
  })

  it('should write nothing when stderr is not a terminal', async () => {
    const {stream, written} = terminal(false)
    const progress = createProgress(stream, 1, 10)
    progress.advance(10)
    progress.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(written()).toBe('')
  })
})

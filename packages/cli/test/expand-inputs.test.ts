import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {expandInputs, isInside} from '../lib/expand-inputs.js'
import {UsageError} from '../lib/usage-error.js'

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url))
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongwen-inputs-'))
  await mkdir(join(work, 'reports', '2022', 'q4'), {recursive: true})
  await copyFile(join(corpus, '000_d26a4c45c7bfb6a6.txt'), join(work, 'reports', '2022', 'a.txt'))
  await copyFile(join(corpus, '001_48945e91124a5b07.txt'), join(work, 'reports', '2022', 'q4', 'b.md'))
  await writeFile(join(work, 'reports', '2022', 'q4', 'scan.pdf'), '%PDF-1.4')
  await writeFile(join(work, 'reports', 'notes.markdown'), '# 工作总结\n')
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('expandInputs', () => {
  it('should take every report under a directory, relative to it, and skip other files', async () => {
    const inputs = await expandInputs('redact', ['reports'], work)
    expect(inputs.root).toBe(join(work, 'reports'))
    expect(inputs.files.map((file) => file.relative)).toEqual(['2022/a.txt', '2022/q4/b.md', 'notes.markdown'])
    expect(inputs.stdin).toBe(false)
  })

  it('should root globs and files at their deepest common directory and drop duplicates', async () => {
    const inputs = await expandInputs('redact', ['reports/2022/**/*.md', 'reports/2022/a.txt', 'reports/2022/q4/b.md', '-'], work)
    expect(inputs.root).toBe(join(work, 'reports', '2022'))
    expect(inputs.files.map((file) => file.relative)).toEqual(['a.txt', 'q4/b.md'])
    expect(inputs.stdin).toBe(true)
  })

  it('should throw a UsageError naming an argument that matches nothing', async () => {
    await expect(expandInputs('redact', ['reports/2021'], work)).rejects.toThrow(new UsageError('Cannot find `reports/2021`: no such file or directory', 'redact'))
    await expect(expandInputs('redact', ['reports/**/*.doc'], work)).rejects.toThrow('No files match `reports/**/*.doc`')
  })
})

describe('isInside', () => {
  it('should tell a directory and what lies under it from a sibling whose name merely starts alike', () => {
    expect(isInside('/data/in', '/data/in')).toBe(true)
    expect(isInside('/data/in/out', '/data/in')).toBe(true)
    expect(isInside('/data/in-out', '/data/in')).toBe(false)
    expect(isInside('/data/..out', '/data')).toBe(true)
    expect(isInside('/data', '/data/in')).toBe(false)
  })
})

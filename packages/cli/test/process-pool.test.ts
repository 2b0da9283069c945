import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Policy} from '@gongwen/schema'
import type {DocumentTask} from '../lib/process-document.js'
import {createProcessPool} from '../lib/process-pool.js'

let work: string
let entry: URL

// A stand-in for worker-process.js (which exists only built): answers with the task's id and its own pid,
// slowly for `slow`, and dies on `die`, as a worker running out of memory would.
const worker = `
process.on('message', (request) => {
  if (request.task.name === 'die') process.exit(3)
  const until = Date.now() + (request.task.name === 'slow' ? 30 : 0)
  while (Date.now() < until);
  process.send({id: request.task.id, kind: request.kind, pid: process.pid})
})
`

function task(id: number, name = 'doc'): DocumentTask {
  return {command: 'redact', id, name, source: {text: '汝州市'}, policy: Policy.parse({}), maxBytes: 1024}
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongwen-pool-'))
  await writeFile(join(work, 'worker.cjs'), worker)
  entry = pathToFileURL(join(work, 'worker.cjs'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('createProcessPool', () => {
  it('should answer every task with its own result, spread over the processes', async () => {
    const pool = createProcessPool(2, entry)
    const results = await Promise.all(Array.from({length: 12}, (_, index) => pool.run('document', task(index, index % 3 === 0 ? 'slow' : 'doc'))))
    await pool.close()
    const answers = results as unknown as {id: number; kind: string; pid: number}[]
    expect(answers.map((answer) => answer.id)).toEqual(Array.from({length: 12}, (_, index) => index))
    expect(answers.every((answer) => answer.kind === 'document')).toBe(true)
    expect(new Set(answers.map((answer) => answer.pid)).size).toBe(2)
  })

  it('should fail only the task a process died on, and run the rest in a new process', async () => {
    const pool = createProcessPool(1, entry)
    const settled = await Promise.allSettled([pool.run('document', task(1)), pool.run('document', task(2, 'die')), pool.run('document', task(3)), pool.run('document', task(4))])
    await pool.close()
    expect(settled.map((each) => each.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
    const failure = settled[1]
    expect(failure?.status === 'rejected' ? String(failure.reason) : '').toMatch(/exited \(code 3\)/)
    const pids = settled.flatMap((each) => (each.status === 'fulfilled' ? [(each.value as unknown as {pid: number}).pid] : []))
    expect(pids[0]).not.toBe(pids[1])
  })
})

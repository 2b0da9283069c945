import {describe, expect, it} from 'vitest'
import {Policy} from '@gongwen/schema'
import {createPoolRunner} from '../lib/create-runner.js'
import type {DocumentTask} from '../lib/process-document.js'
import type {BatchFileTask} from '../lib/process-batch-file.js'

const worker = new URL('fixtures/dying-worker.mjs', import.meta.url)
const policy = Policy.parse({})

function documentTask(name: string): DocumentTask {
  return {command: 'redact', id: name, name, source: {text: name}, policy, maxBytes: 1000}
}

function batchFileTask(relative: string): BatchFileTask {
  return {path: `/nowhere/${relative}`, relative, index: 0, out: '/nowhere/out', policy, maxBytes: 1000, resume: false, originals: true}
}

describe('createPoolRunner', () => {
  it('should fail only the document whose worker thread dies, naming it, and go on with the next', async () => {
    const runner = createPoolRunner(2, worker)
    try {
      const died = await runner.run(documentTask('die'))
      expect(died.ok).toBe(false)
      expect(died.error).toMatch(/^Cannot process `die`: /)
      const after = await runner.run(documentTask('after'))
      expect(after).toMatchObject({id: 'after', ok: true, text: 'after'})
    } finally {
      await runner.close()
    }
  })

  it('should list a batch file whose worker thread dies as failed, with its reason, and go on with the next', async () => {
    const runner = createPoolRunner(2, worker)
    try {
      const died = await runner.runBatchFile(batchFileTask('die'))
      expect(died.entry).toMatchObject({path: 'die', status: 'failed', output: null})
      expect(died.entry.error).toMatch(/^Cannot process `die`: /)
      expect(died.article).toContain('die')
      const after = await runner.runBatchFile(batchFileTask('after'))
      expect(after.entry).toMatchObject({path: 'after', status: 'ok'})
    } finally {
      await runner.close()
    }
  })
})

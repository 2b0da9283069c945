import {describe, expect, it} from 'vitest'

describe('@gongwen/redactor', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('@gongwen/redactor')).sort()).toEqual([
      'applySpans',
      'audit',
      'gongwenRedact',
      'gongwenStringify',
      'redact'
    ])
  })
})

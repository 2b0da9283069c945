import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {messageRecords, warn} from '../index.js'

const place = {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 5, offset: 4}}

describe('warn', () => {
  it('should add a positioned warning with what was found and expected, and restore the stack limit', () => {
    const file = new VFile({value: '一、总体情况\n三、存在问题', path: 'report.txt'})
    const limit = Error.stackTraceLimit
    warn(file, 'Unexpected heading `三、`, expected `二、`', {place, ruleId: 'heading-number-gap', source: 'gongwen-parser', actual: '三、', expected: '二、'})
    expect(Error.stackTraceLimit).toBe(limit)
    expect(messageRecords(file)).toEqual([
      {
        reason: 'Unexpected heading `三、`, expected `二、`',
        ruleId: 'heading-number-gap',
        source: 'gongwen-parser',
        fatal: false,
        file: 'report.txt',
        line: 1,
        column: 3,
        place,
        actual: '三、',
        expected: ['二、']
      }
    ])
  })

  it('should add an info note when asked, with no actual or expected', () => {
    const file = new VFile({value: '一、总体情况'})
    warn(file, 'Too many `heading-number-gap` warnings, the rest are not listed', {place, ruleId: 'heading-number-gap', source: 'gongwen-parser', info: true})
    const [record] = messageRecords(file)
    expect(record?.fatal).toBeNull()
    expect(record).not.toHaveProperty('actual')
    expect(record).not.toHaveProperty('expected')
  })
})

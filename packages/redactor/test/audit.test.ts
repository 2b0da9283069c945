import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {audit, redact} from '@gongwen/redactor'

function corpus(name: string): string {
  return readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8')
}

const seeds = ['000_d26a4c45c7bfb6a6.txt', '001_48945e91124a5b07.txt', '002_33d94cbde2d09b72.txt', '003_d25e2ba0161a5821.txt']

/** Whether audit reports `value` (of `type`) where the text reads `before` + value + `after`. */
function reports(text: string, type: string, before: string, value: string, after: string): boolean {
  return audit(text).some(
    (finding) =>
      finding.type === type &&
      finding.text === value &&
      text.slice(finding.start - before.length, finding.end + after.length) === before + value + after
  )
}

describe('audit', () => {
  it('should find 河南 left visible in seed 000 (文明河南我先行)', () => {
    expect(reports(corpus(seeds[0] ?? ''), 'PLACE', '“文明', '河南', '我先行')).toBe(true)
  })

  it('should find the unmasked figures of seed 001 (8次, 200余篇)', () => {
    const text = corpus(seeds[1] ?? '')
    expect(reports(text, 'FIGURE', '中心组学习', '8', '次')).toBe(true)
    expect(reports(text, 'FIGURE', '集体研讨', '8', '次')).toBe(true)
    expect(reports(text, 'FIGURE', '心得体会', '200', '余篇')).toBe(true)
  })

  it('should find 河南 in 《河南日报》 and the figures 3类24条 and 19个支部 in seed 003', () => {
    const text = corpus(seeds[3] ?? '')
    expect(reports(text, 'PLACE', '《', '河南', '日报》')).toBe(true)
    expect(reports(text, 'FIGURE', '指出的', '3', '类')).toBe(true)
    expect(reports(text, 'FIGURE', '类', '24', '条问题')).toBe(true)
    expect(reports(text, 'FIGURE', '全局', '19', '个支部')).toBe(true)
  })

  it('should not report leaders, slogans, years or placeholders', () => {
    for (const name of seeds) {
      for (const finding of audit(corpus(name))) {
        expect(finding.text).not.toMatch(/彭雪枫|二十大|习近平|^[*＊x]+$|^(?:19|20)\d\d$/u)
      }
    }
  })

  it('should report nothing on a document redact has just redacted', () => {
    for (const name of seeds) expect(audit(redact(corpus(name)).text)).toEqual([])
  })

  it('should report findings with offsets into the text', () => {
    const text = corpus(seeds[3] ?? '')
    for (const finding of audit(text)) expect(text.slice(finding.start, finding.end)).toBe(finding.text)
  })
})

import {readFileSync} from 'node:fs'
import {gongwenParse} from '@gongwen/parser'
import {gongwenRedact, gongwenStringify, redact} from '@gongwen/redactor'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const seed004 = readFileSync(new URL('../../../corpus/004_cfd3e7e0ca2ab7ec.txt', import.meta.url), 'utf8')

describe('gongwenRedact and gongwenStringify', () => {
  it('should redact through a unified pipeline as redact does', () => {
    const file = unified().use(gongwenParse).use(gongwenRedact).use(gongwenStringify).processSync(seed004)
    const expected = redact(seed004)
    expect(String(file)).toBe(expected.text)
    expect(file.data.redactions).toEqual(expected.spans)
  })

  it('should pass the policy to the transformer', () => {
    const text = '汝州位于河南省中西部，是平顶山市下辖的县级市，区域面积 1573 平方公里'
    const file = unified().use(gongwenParse).use(gongwenRedact, {styles: {PLACE: 'tag', FIGURE: 'keep'}}).use(gongwenStringify).processSync(text)
    expect(String(file)).toBe('[地名]位于[地名]省中西部，是[地名]市下辖的县级市，区域面积 1573 平方公里')
  })

  it('should add warnings to the file with positions, rule and source', () => {
    const file = unified()
      .use(gongwenParse)
      .use(gongwenRedact, {minConfidence: 0.99})
      .use(gongwenStringify)
      .processSync(new VFile({value: '汝州位于河南省中西部', path: 'report.txt'}))
    const warning = file.messages.find((message) => message.ruleId === 'low-confidence-detection' && message.actual === '河南省')
    expect(warning?.source).toBe('gongwen-redactor')
    expect(String(warning)).toMatch(/^report\.txt:1:5-1:8: Unexpected PLACE `河南省` left visible/u)
  })

  it('should return the source as it is when nothing redacted it', () => {
    expect(String(unified().use(gongwenParse).use(gongwenStringify).processSync(seed004))).toBe(seed004)
  })

  it('should throw a TypeError on a bad policy', () => {
    expect(() => unified().use(gongwenParse).use(gongwenRedact, {minConfidence: -1}).use(gongwenStringify).processSync('汝州')).toThrow(TypeError)
  })
})

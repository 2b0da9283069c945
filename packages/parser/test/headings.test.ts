import {outline, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {ofType, sections} from './helpers.js'

function entries(text: string): string[] {
  return outline(parse(text).tree).map((entry) => `${entry.level}|${entry.marker}|${entry.title}`)
}

describe('numbered headings', () => {
  it('should read every GB/T 9704 marker style at its level, with Chinese numerals as numbers', () => {
    const text = ['第一部分 总体情况', '十二、其他', '(三)半角括号', '1．全角点', '2、顿号', '3.半角点', '（4）全角括号', '(5)半角括号', '⑥圈码'].join('\n')
    expect(entries(text)).toEqual([
      '1|第一部分|总体情况',
      '1|十二、|其他',
      '2|(三)|半角括号',
      '3|1．|全角点',
      '3|2、|顿号',
      '3|3.|半角点',
      '4|（4）|全角括号',
      '4|(5)|半角括号',
      '4|⑥|圈码'
    ])
    expect(sections(parse(text).tree).map((section) => section.ordinal)).toEqual([1, 12, 3, 1, 2, 3, 4, 5, 6])
  })

  it('should not take years, figures or slogans at a line start for markers', () => {
    expect(entries('2022年是不平凡的一年。\n1.5万元用于奖补。\n1+N工作机制全面推行。\n2022.12.30召开会议。\n')).toEqual([])
  })

  it('should keep a long numbered sentence a heading, titled up to its first stop', () => {
    const text = '一、主要做法\n1.带头落实个人有关事项报告制度，如实报告本人婚姻、房产、投资以及配偶子女从业等情况，自觉接受组织监督。\n'
    expect(entries(text)).toEqual(['1|一、|主要做法', '3|1.|带头落实个人有关事项报告制度，如实报告本人婚姻、房产、投资以及配偶子女从业等情况，自觉接受组织监督'])
  })

  it('should end a run-in heading at the first 。；！ or ：, keeping indentation as text', () => {
    const text = '　　（一）强化领导：成立领导小组。定期研究。\n'
    const {tree} = parse(text)
    const [section] = sections(tree)
    expect(section?.title).toBe('强化领导')
    const [heading, body] = section?.children ?? []
    expect(heading?.type === 'heading' && heading.children.map((child) => `${child.type}:${child.value}`)).toEqual(['text:　　', 'marker:（一）', 'text:强化领导：'])
    expect(body && toText(body)).toBe('成立领导小组。定期研究。')
    expect(ofType(tree, 'paragraph')).toHaveLength(1)
  })

  it('should read short standalone lines as unnumbered headings only in reports without 一、 headings', () => {
    const magazine = '创新驱动发展\n\n近年来，我县坚持创新驱动，成效明显。\n科技赋能提品质\n全县新增高新技术企业，研发投入持续增长。\n品牌引领拓市场\n区域公用品牌影响力不断扩大。\n'
    expect(entries(magazine)).toEqual(['1||科技赋能提品质', '1||品牌引领拓市场'])
    const numbered = '一、主要成效\n全县经济平稳运行。\n总体向好\n各项指标好于预期。\n'
    expect(entries(numbered)).toEqual(['1|一、|主要成效'])
  })
})

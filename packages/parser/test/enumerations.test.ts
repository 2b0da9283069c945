import {parse, splitEnumerations, toText} from '@gongwen/parser'
import type {ParagraphNode} from '@gongwen/schema'
import {describe, expect, it} from 'vitest'
import {enumItems, ofType} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

function items(text: string): string[] {
  const {tree} = parse(text)
  expectValidTree(text, tree)
  return enumItems(tree).map((item) => `${item.marker}${item.ordinal}:${item.lead}`)
}

describe('inline enumerations', () => {
  it('should find 第一，第二，第三， with the pause in the marker leaf', () => {
    const text = '一、主要做法\n我们抓了三件事。第一，抓学习。内容。第二，抓落实；内容。第三，抓监督！内容。\n'
    expect(items(text)).toEqual(['第一1:抓学习', '第二2:抓落实', '第三3:抓监督'])
    const [first] = enumItems(parse(text).tree)
    expect(first?.children[0]).toMatchObject({type: 'marker', value: '第一，'})
    expect(first && toText(first)).toBe('第一，抓学习。内容。')
  })

  it('should find 首先…其次…最后, 最后 continuing the sequence', () => {
    expect(items('一、体会\n首先，要讲政治。其次，要重实干。最后，要守纪律。\n')).toEqual(['首先1:要讲政治', '其次2:要重实干', '最后3:要守纪律'])
  })

  it('should not take ranks or lone markers for enumerations', () => {
    expect(items('一、工作\n严格落实“第一议题”制度，第一书记驻村帮扶。宣传部部长任第一副指挥长。\n')).toEqual([])
    expect(items('一、工作\n一是加强领导。没有第二项。\n')).toEqual([])
    expect(items('一、工作\n坚持统一是前提。二是指第二项。\n')).toEqual([])
  })

  it('should leave inline enumerations in their paragraphs with `inlineEnumerations: false`, on both routes', () => {
    const text = '一、主要做法\n我们抓了三件事。第一，抓学习。内容。第二，抓落实；内容。\n'
    for (const format of ['text', 'markdown'] as const) {
      const {tree} = parse(text, {format, inlineEnumerations: false})
      expectValidTree(text, tree)
      expect(enumItems(tree)).toEqual([])
      expect(enumItems(parse(text, {format}).tree)).toHaveLength(2)
    }
  })

  it('should follow a sequence over the lines of one section but not into the next section', () => {
    const text = '一、甲\n一是抓学习。内容。\n二是抓落实。内容。\n二、乙\n二是另起一项。内容。\n'
    expect(items(text)).toEqual(['一是1:抓学习', '二是2:抓落实'])
  })

  it('should make standalone 一是 lines followed by their body into enumeration sections', () => {
    const text = '二、主要工作\n一是强化组织领导。\n成立领导小组。\n二是深化隐患排查\n开展专项行动。\n三、问题\n'
    const {tree} = parse(text)
    expectValidTree(text, tree)
    const enumerations = ofType(tree, 'section').filter((section) => section.kind === 'enumeration')
    expect(enumerations.map((section) => [section.depth, section.marker, section.ordinal, section.title])).toEqual([
      [2, '一是', 1, '强化组织领导'],
      [2, '二是', 2, '深化隐患排查']
    ])
  })

  it('should split paragraphs handed over by another route, keeping positions', () => {
    const text = '总体上。一是甲项。二是乙项。'
    const paragraph: ParagraphNode = {
      type: 'paragraph',
      role: 'body',
      children: [{type: 'text', value: text, position: {start: {line: 2, column: 3, offset: 10}, end: {line: 2, column: 17, offset: 24}}}],
      position: {start: {line: 2, column: 3, offset: 10}, end: {line: 2, column: 17, offset: 24}}
    }
    const [split] = splitEnumerations([paragraph])
    expect(split?.children.map((child) => child.type)).toEqual(['text', 'enumItem', 'enumItem'])
    const second = split?.children[2]
    expect(second?.type === 'enumItem' && second.position).toEqual({start: {line: 2, column: 12, offset: 19}, end: {line: 2, column: 17, offset: 24}})
    expect(second?.type === 'enumItem' && second.lead).toBe('乙项')
  })
})

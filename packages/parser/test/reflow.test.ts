import {normalizedText, outline, parse} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {enumItems, ofType} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

describe('hard-wrapped text', () => {
  it('should join the wrapped body of run-in headings and of plain paragraphs in a numbered report', () => {
    const text = [
      '一、主要做法',
      '（一）加强组织领导。成立了以局长为组长的领',
      '导小组，统筹推进各项工作，定期召开专题',
      '会议研究部署，确保各项任务落到实处。',
      '（二）完善工作制度。制定了考核办法和督办',
      '制度，每月通报进展情况，推动工作落实。',
      '二、存在问题',
      '一是学习还不够深入，理论联系实际不够紧',
      '密。二是创新意识不强，工作方法比较单一。',
      ''
    ].join('\n')
    const {tree} = parse(text)
    expectValidTree(text, tree)
    expect(tree.data?.pdf).toBe(true)
    expect(outline(tree).map((entry) => entry.marker + entry.title)).toEqual(['一、主要做法', '（一）加强组织领导', '（二）完善工作制度', '二、存在问题'])
    expect(ofType(tree, 'paragraph').map((paragraph) => normalizedText(paragraph))).toEqual([
      '成立了以局长为组长的领导小组，统筹推进各项工作，定期召开专题会议研究部署，确保各项任务落到实处。',
      '制定了考核办法和督办制度，每月通报进展情况，推动工作落实。',
      '一是学习还不够深入，理论联系实际不够紧密。二是创新意识不强，工作方法比较单一。'
    ])
    expect(enumItems(tree).map((item) => item.lead)).toEqual(['学习还不够深入，理论联系实际不够紧密', '创新意识不强，工作方法比较单一'])
  })

  it('should not join the lines of a report written one paragraph per line', () => {
    const text = '一、基本情况\n今年以来，我镇围绕中心工作，扎实推进各项任务。\n全年完成固定资产投资，同比增长。\n二、下步打算\n继续努力。\n'
    const {tree} = parse(text)
    expect(tree.data?.pdf).toBeUndefined()
    expect(ofType(tree, 'break').some((node) => node.data?.soft === true)).toBe(false)
    expect(ofType(tree, 'paragraph')).toHaveLength(3)
  })

  it('should infer the width per block: a narrow block without blank lines after a wide one', () => {
    const wide = '这是一段较宽的排版文字，每一行大约有二十多个汉字左右的宽'
    const text = ['宽窄两栏', '', wide, '', wide, '', wide, '', wide, '', '度，这是这一段的结尾。', '', '窄栏的文字内容每行', '只有九个汉字左右宽', '而且行与行之间没有', '空行，到此结束。', ''].join('\n')
    const {tree} = parse(text)
    expectValidTree(text, tree)
    expect(ofType(tree, 'paragraph').map((paragraph) => normalizedText(paragraph))).toEqual([
      wide.repeat(4) + '度，这是这一段的结尾。',
      '窄栏的文字内容每行只有九个汉字左右宽而且行与行之间没有空行，到此结束。'
    ])
  })
})

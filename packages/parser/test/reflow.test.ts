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

  it("should read a bulletin's headlines as unnumbered headings, up to 32 characters where lines are whole paragraphs, titled up to their first colon", () => {
    const bulletin = [
      '乡村振兴工作简报',
      '',
      '全县召开春季农业生产推进会',
      '5月14日，全县春季农业生产推进会在县城召开，会议部署了春耕生产各项工作。',
      '',
      '市人大常委会副主任一行到我县调研梅花鹿产业发展和精深加工项目',
      '5月9日，市人大常委会副主任带领有关负责同志到我县调研梅花鹿产业发展情况。',
      '',
      '荣安村：“小木耳”撑起“致富伞”',
      '荣安村地处山区，过去以种植玉米为主，村集体经济薄弱。',
      ''
    ].join('\n')
    const {tree} = parse(bulletin)
    expectValidTree(bulletin, tree)
    expect(outline(tree).map((entry) => `${entry.level}|${entry.title}`)).toEqual([
      '1|全县召开春季农业生产推进会',
      '1|市人大常委会副主任一行到我县调研梅花鹿产业发展和精深加工项目',
      '1|荣安村'
    ])
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

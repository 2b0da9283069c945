import {formatOutline, normalizedText, outline, parse, toMarkdown} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {ofType, readCorpus} from './helpers.js'

describe('outline and rendering', () => {
  it('should format the outline with two spaces per level below 1', () => {
    const lines = formatOutline(outline(parse(readCorpus('002')).tree)).split('\n')
    expect(lines.slice(0, 3)).toEqual(['一、聚焦主责，税务工作取得新成效', '  （一）党建领航、补钙铸魂，强化引领“聚合力”', '  （二）依法依规、稳进提质，把住税收“基本盘”'])
    expect(formatOutline([{level: 1, marker: '', title: '打造宜居环境 提升城市品位'}, {level: 3, marker: '1.', title: '甲'}])).toBe('打造宜居环境 提升城市品位\n    1.甲')
    expect(formatOutline([])).toBe('')
  })

  it('should render Markdown with headings by depth, enumeration items as bold-lead list items', () => {
    const markdown = toMarkdown(parse('工作总结\n\n一、主要做法\n（一）抓学习。坚持每周学习。\n一是读原著。内容甲。二是谈体会。内容乙。\n二、下步打算\n继续努力。\n').tree)
    expect(markdown).toBe(
      [
        '# 工作总结',
        '## 一、主要做法',
        '### （一）抓学习。',
        '坚持每周学习。',
        '- **一是读原著**。内容甲。\n- **二是谈体会**。内容乙。',
        '## 二、下步打算',
        '继续努力。',
        ''
      ].join('\n\n').replace(/\n\n$/, '\n')
    )
  })

  it('should escape the placeholders of redacted reports so they stay text', () => {
    const markdown = toMarkdown(parse(readCorpus('000')).tree)
    expect(markdown).toContain('\\*国税局党组高度重视精神文明建设工作')
    expect(markdown).not.toMatch(/[^\\]\*国税局/)
  })

  it('should give the normalised reading: full-width digits folded, soft breaks dropped', () => {
    const {tree} = parse('一、成效\n全年完成税收１２．５亿元。\n')
    const [paragraph] = ofType(tree, 'paragraph')
    expect(paragraph && normalizedText(paragraph)).toBe('全年完成税收12.5亿元。')
    const pdf = parse(readCorpus('004')).tree
    expect(normalizedText(pdf)).not.toContain('执政为\n\n民理念')
    expect(normalizedText(pdf)).toContain('执政为民理念')
  })
})

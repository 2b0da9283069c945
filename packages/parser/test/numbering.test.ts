import {outline, parse} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {readCorpus, sections} from './helpers.js'

function warnings(text: string): string[] {
  return parse(text, {path: 'report.txt'}).file.messages.map((message) => `${String(message)} [${message.ruleId}]`)
}

describe('numbering warnings', () => {
  it('should warn about a missing 三、 with the heading position, and keep the markers as written', () => {
    const text = readCorpus('w07')
    const {tree, messages} = parse(text, {path: 'w07.txt'})
    expect(messages.map((message) => [message.reason, message.ruleId, message.source, message.line, message.column])).toEqual([
      ['Unexpected heading `四、` after `二、`, expected `三、`', 'heading-number-gap', 'gongwen-parser', 15, 1]
    ])
    const place = messages[0]?.place
    expect(place && text.slice(place.start.offset, place.end.offset)).toBe('四、存在的问题')
    expect(sections(tree).filter((section) => section.depth === 1).map((section) => [section.marker, section.ordinal])).toEqual([
      ['一、', 1],
      ['二、', 2],
      ['四、', 4],
      ['五、', 5]
    ])
  })

  it('should warn once about level 3 headings directly under a level 1 heading', () => {
    const text = '一、总体情况\n1.加强领导。成立领导小组。\n2.完善制度。\n二、下步打算\n（一）继续推进。\n'
    expect(warnings(text)).toEqual([
      'report.txt:2:1-2:8: Unexpected heading `1.` at level 3 under `一、` at level 1, expected a level 2 heading first [heading-level-skip]'
    ])
    expect(outline(parse(text).tree).map((entry) => `${entry.level}${entry.marker}${entry.title}`)).toEqual([
      '1一、总体情况',
      '31.加强领导',
      '32.完善制度',
      '1二、下步打算',
      '2（一）继续推进'
    ])
  })

  it('should warn about duplicates, restarts and a first heading not numbered 1, in the style written', () => {
    const text = ['（二）甲', '正文。', '（二）乙', '正文。', '（一）丙', '正文。', '一、丁', '１．戊', '３．己'].join('\n')
    expect(warnings(text)).toEqual([
      'report.txt:1:1-1:5: Unexpected heading `（二）`, expected `（一）` [heading-number-gap]',
      'report.txt:3:1-3:5: Unexpected heading `（二）` after `（二）`, expected `（三）` [heading-number-duplicate]',
      'report.txt:5:1-5:5: Unexpected heading `（一）` after `（二）`, expected `（三）` [heading-number-restart]',
      'report.txt:8:1-8:4: Unexpected heading `１．` at level 3 under `一、` at level 1, expected a level 2 heading first [heading-level-skip]',
      'report.txt:9:1-9:4: Unexpected heading `３．` after `１．`, expected `２．` [heading-number-gap]'
    ])
  })

  it('should number each parent’s children afresh', () => {
    expect(warnings(readCorpus('002'))).toEqual([])
    expect(warnings(readCorpus('w09'))).toEqual([])
  })

  it('should cap the warnings of one rule on adversarial input', () => {
    const {file} = parse('一、甲\n'.repeat(500))
    const duplicates = file.messages.filter((message) => message.ruleId === 'heading-number-duplicate')
    expect(duplicates).toHaveLength(101)
    expect(duplicates.at(-1)?.fatal).toBeUndefined()
    expect(duplicates.at(-1)?.reason).toBe('Too many `heading-number-duplicate` warnings, the rest are not listed')
  })
})

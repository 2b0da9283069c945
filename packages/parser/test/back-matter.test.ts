import {normalizedText, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {articles, ofType} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

/** The article's blocks as `type: text`, breaks left out. */
function blocks(text: string): string[] {
  const {tree} = parse(text)
  expectValidTree(text, tree)
  return (articles(tree)[0]?.children ?? [])
    .filter((child) => child.type !== 'break')
    .map((child) => `${child.type === 'section' ? `section:${child.marker}` : child.type}: ${normalizedText(child).split('\n')[0] ?? ''}`)
}

describe('back matter', () => {
  it('should read closing, attachments, signature and date of a report', () => {
    const text = [
      '关于2022年度安全生产工作情况的报告',
      '',
      '县安委办：',
      '现将我镇2022年度安全生产工作情况报告如下：',
      '一、主要工作',
      '全年开展隐患排查12次。',
      '二、下步打算',
      '持续抓好隐患整改。',
      '',
      '特此报告。',
      '',
      '附件：1．2022年度隐患排查台账',
      '      2．安全生产责任书签订情况',
      '',
      '某某镇人民政府',
      '某某镇安全生产委员会',
      '2022年12月30日',
      ''
    ].join('\n')
    expect(blocks(text)).toEqual([
      'title: 关于2022年度安全生产工作情况的报告',
      'addressee: 县安委办：',
      'paragraph: 现将我镇2022年度安全生产工作情况报告如下：',
      'section:一、: 一、主要工作',
      'section:二、: 二、下步打算',
      'closing: 特此报告。',
      'attachment: 附件：1.2022年度隐患排查台账',
      'signature: 某某镇人民政府',
      'signature: 某某镇安全生产委员会',
      'dateLine: 2022年12月30日'
    ])
    const attachment = articles(parse(text).tree)[0]?.children.find((child) => child.type === 'attachment')
    expect(attachment && toText(attachment)).toBe('附件：1．2022年度隐患排查台账\n      2．安全生产责任书签订情况')
  })

  it('should read a contact note below the date, so the attachments and signature above it are back matter', () => {
    const text = [
      '一、基本情况',
      '园区企业稳步发展。',
      '',
      '附件：1.重点企业主要经济指标表',
      '\u3000\u3000\u30002.在建项目清单',
      '',
      '县政协经济委员会调研组',
      '2024年3月28日',
      '',
      '（联系人：王明；联系电话：0437-6216583）',
      ''
    ].join('\n')
    expect(blocks(text)).toEqual([
      'section:一、: 一、基本情况',
      'attachment: 附件：1.重点企业主要经济指标表',
      'signature: 县政协经济委员会调研组',
      'dateLine: 2024年3月28日',
      'note: （联系人：王明；联系电话：0437-6216583）'
    ])
    expect(blocks('一、基本情况\n工作有序推进。\n县政府办公室\n2024年3月28日\n（此件公开发布）\n').at(-1)).toBe('note: （此件公开发布）')
  })

  it("should read the distribution lines at the end (抄送：…, a bulletin's 报：/送：/发：, 共印60份) as back matter", () => {
    const bulletin = '全县召开春耕推进会\n5月14日，全县召开春耕推进会。\n\n报：市委农办，市农业农村局\n送：县委、县人大、县政府领导\n发：各镇（乡）党委、政府\n（共印60份）\n'
    expect(blocks(bulletin).map((block) => block.split(':')[0])).toEqual(['title', 'paragraph', 'distribution', 'distribution', 'distribution', 'distribution'])
    const notice = '一、总体要求\n全面落实责任。\n\n某县人民政府办公室\n2024年3月1日\n抄送：县委办公室，县人大常委会办公室。\n'
    expect(blocks(notice).map((block) => block.split(':')[0])).toEqual(['section', 'signature', 'dateLine', 'distribution'])
    // a body line that opens with 发 is body text
    expect(blocks('一、总体要求\n发展壮大村集体经济。\n')).toEqual(['section:一、: 一、总体要求'])
  })

  it('should not take a parenthesised sentence of the body for a note', () => {
    expect(blocks('一、基本情况\n工作有序推进。\n（联系人制度已覆盖全县各村，群众反映良好。）\n')).toEqual(['section:一、: 一、基本情况'])
  })

  it('should read a date in Chinese numerals and a closing asking for comments', () => {
    const text = '一、基本情况\n本年度工作有序推进。\n以上汇报不妥之处，敬请批评指正。\n中共某某县委办公室\n二〇二二年十二月三十日\n'
    expect(blocks(text)).toEqual([
      'section:一、: 一、基本情况',
      'closing: 以上汇报不妥之处，敬请批评指正。',
      'signature: 中共某某县委办公室',
      'dateLine: 二〇二二年十二月三十日'
    ])
  })

  it('should take a short last line for a signature only after a closing or before a date', () => {
    expect(blocks('一、基本情况\n本年度工作有序推进。\n下步继续努力\n')).toEqual(['section:一、: 一、基本情况'])
    expect(blocks('一、基本情况\n本年度工作有序推进。\n特此通知\n县政府办公室\n')).toEqual([
      'section:一、: 一、基本情况',
      'closing: 特此通知',
      'signature: 县政府办公室'
    ])
  })

  it('should read two signing units on one line and the writers (执笔：…) above the date as the signature', () => {
    const survey = '一、基本情况\n园区企业发展良好。\n\n县委政策研究室 县工业和信息化局联合调研组\n执笔：张晓东  李明\n2026年10月28日\n'
    expect(blocks(survey).map((block) => block.split(':')[0])).toEqual(['section', 'signature', 'signature', 'dateLine'])
  })

  it('should read a labelled signature (述职人：…) so that the attachment note above it stays back matter', () => {
    const text = '一、履职情况\n全年门诊3万人次。\n\n以上报告，请予审议。\n\n附件：1.主要工作指标完成情况表\n      2.个人有关事项报告表\n\n述职人：某某某\n2025年1月8日\n'
    expect(blocks(text)).toEqual([
      'section:一、: 一、履职情况',
      'closing: 以上报告，请予审议。',
      'attachment: 附件：1.主要工作指标完成情况表',
      'signature: 述职人：某某某',
      'dateLine: 2025年1月8日'
    ])
    // A label with more punctuation after it is a sentence, not a signature.
    expect(blocks('一、履职情况\n全年门诊3万人次。\n述职人：某某某，谢谢。\n2025年1月8日\n').map((block) => block.split(':')[0])).toEqual(['section', 'dateLine'])
  })

  it('should split a closing sentence off the end of the last paragraph, and only there', () => {
    expect(blocks('一、工作\n正文甲。以上汇报不妥之处，敬请批评指正。\n').length).toBe(1)
    const {tree} = parse('一、工作\n正文甲。特此报告。\n二、打算\n以上措施已经落实。正文乙。\n')
    expect(ofType(tree, 'closing').map((closing) => toText(closing))).toEqual([])
    const split = parse('一、工作\n正文甲。特此报告。\n')
    expectValidTree('一、工作\n正文甲。特此报告。\n', split.tree)
    expect(ofType(split.tree, 'closing').map((closing) => toText(closing))).toEqual(['特此报告。'])
  })

  it('should leave a numbered list without 附件 as headings', () => {
    expect(blocks('一、主要措施\n1.加强领导\n2.完善制度\n').map((block) => block.split(':')[0])).toEqual(['section'])
  })
})

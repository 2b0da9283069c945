import {normalizedText, outline, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {ofType, sections} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

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

  it('should not read a short line of a hard-wrapped column as a subhead when it is a piece of a sentence', () => {
    // A column whose lines run 18 to 22 characters: the line opening with a year is short, since its digits
    // are half width, but it holds a comma and opens a quote the next line closes.
    const column = [
      '山村里的新日子',
      '',
      '产业兴起来 腰包鼓起来',
      '过去，村里的茶叶卖不上价，年轻人大多外出',
      '务工。村党支部带领群众成立茶叶专业合作社',
      '，统一品牌、统一销售，茶叶价格翻了一番。',
      '去年合作社销售收入达到两百多万元，带动',
      '群众增收致富，村集体经济也有了稳定来源。',
      '2019年以来，村党支部坚持“支',
      '部+合作社+农户”的模式，把分散的茶园集中起',
      '来统一管理，先后建成标准化茶园一千余亩，',
      '带动农户四百余户，户均增收一万余元以上。',
      '',
      '茶园变景区 农房变客房',
      '走进村里的民宿，院子干净整洁，客房布置得',
      '温馨舒适。民宿老板说，每到周末，城里的游',
      '客络绎不绝，房间常常要提前预订。村里已有',
      '民宿二十余家，去年接待游客五万多人次。',
      ''
    ].join('\n')
    expect(entries(column)).toEqual(['1||产业兴起来 腰包鼓起来', '1||茶园变景区 农房变客房'])
    // Nor, in any text, a line that cuts a quote or bracket in two.
    expect(entries('乡村新貌\n\n近年来，全村面貌焕然一新。\n坚持“党支部\n加合作社”模式，群众收入持续增长。\n')).toEqual([])
  })

  it('should read a subhead of two phrases set apart by a space in a narrow column, though it is as wide as the wrapped lines', () => {
    // Lines of 12 to 16 characters; the subhead follows a line holding only the end of a quote.
    const narrow = [
      '山村里的新日子',
      '',
      '初冬时节，走进某县某镇某村',
      '，一排排白墙青瓦的农房错落有致，',
      '村道两旁的茶园层层叠叠。村党支部',
      '书记告诉记者，这几年村里的变化一',
      '年比一年大，日子越过越红火。',
      '产业兴起来 腰包鼓起来',
      '过去，村里的茶叶卖不上价，年轻',
      '人大多外出务工。村党支部带领群众',
      '成立茶叶专业合作社，统一',
      '品牌、统一销售。自家的茶园去年收',
      '入了八万多元，占到全家总收入的三成',
      '。”',
      '茶园变景区 农房变客房',
      '走进村里的民宿，院子干净整',
      '洁，客房布置得温馨舒适。民宿老板',
      '说，每到周末，城里的游客络',
      '绎不绝，房间常常要提前预',
      '订。村里已有民宿二十余家。',
      ''
    ].join('\n')
    expect(entries(narrow)).toEqual(['1||产业兴起来 腰包鼓起来', '1||茶园变景区 农房变客房'])
  })
  it('should read a quotation that fills its line as a subhead in a hard-wrapped column, though it holds a comma', () => {
    const column = [
      '稻田里的当家人',
      '',
      '这几年，村里修通了道路，装上了路',
      '灯，建起了养老互助点，村集体收入',
      '一年比一年多，群众的日子越过越红',
      '火，年卖出大米 41 万斤。',
      '“村里的事，比自家的事还大”',
      '这些年，他家里的 30 亩地几乎都是',
      '媳妇一个人张罗。“他一年到头在村里',
      '转，家里的事指望不上。”媳妇笑着说',
      '，嘴上埋怨，心里却是支持的。',
      '“守着好水好地，咋就种不出好日子？”',
      '上任第一天，他就在村民大会上撂下',
      '一句话，带着大伙成立了合作社。',
      ''
    ].join('\n')
    // A quoted sentence (with its stop inside) is speech, not a subhead.
    expect(entries(column)).toEqual(['1||“村里的事，比自家的事还大”'])
  })

  it('should take a photo caption with its credit out of the column, so the subhead after it stands alone', () => {
    const column = [
      '稻田里的当家人',
      '',
      '合作社也栽过跟头，一场冰雹让三百',
      '多亩稻田几乎绝收，有社员嚷着要退',
      '社。他挨家挨户上门，稳住了人心。',
      '图为他（左二）在育秧大棚里向社员讲',
      '解育苗技术。 本报记者 某某 摄',
      '把“本分”两个字种进地里',
      '合作社的大米为啥叫“本分”？他的解',
      '释很朴素：种地的人，就得老老实实',
      '种粮，不糊弄土地，也不糊弄吃米的',
      '人。',
      ''
    ].join('\n')
    const {tree} = parse(column)
    expectValidTree(column, tree)
    expect(ofType(tree, 'caption').map((caption) => normalizedText(caption))).toEqual(['图为他（左二）在育秧大棚里向社员讲解育苗技术。 本报记者 某某 摄'])
    expect(entries(column)).toEqual(['1||把“本分”两个字种进地里'])
  })

  it("should read a line of its own that says where someone stands in the photo as a caption, not a subhead", () => {
    const column = [
      '“小病不出村”的守门人',
      '',
      '村卫生室不大，药柜擦得一尘不染。',
      '',
      '某某（右）在村卫生室为村民听诊',
      '',
      '“我还能再背几年”',
      '',
      '傍晚，他从最后一户人家出来。',
      '',
      '他（左）说完就走了，村民送到门口',
      ''
    ].join('\n')
    const {tree} = parse(column)
    expectValidTree(column, tree)
    expect(ofType(tree, 'caption').map((caption) => normalizedText(caption))).toEqual(['某某（右）在村卫生室为村民听诊'])
    // the first line is the title; the next line of its own is a subhead, and the caption between them is none
    expect(entries(column)).toEqual(['1||“我还能再背几年”'])
    // A sentence that says it is body text.
    expect(ofType(parse('某某（右）在村卫生室为村民听诊。\n').tree, 'caption')).toEqual([])
  })
})

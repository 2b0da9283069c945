import {normalizedText, parse, toText} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {articles, readCorpus} from './helpers.js'
import {expectValidTree} from './tree-invariants.js'

function front(text: string): string[] {
  const {tree} = parse(text)
  expectValidTree(text, tree)
  return articles(tree).flatMap((article, index) =>
    article.children
      .filter((child) => child.type !== 'break' && child.type !== 'section')
      .map((child) => `${index}:${child.type === 'paragraph' ? `paragraph-${child.role}` : child.type}:${normalizedText(child)}`)
  )
}

describe('front matter', () => {
  it('should read a title over two lines, an addressee with a comma and a lead-in', () => {
    expect(front('关于2022年度全县安全生产\n工作情况的报告\n\n各乡镇人民政府，县直各单位：\n现将有关情况通报如下：\n一、基本情况\n正文。\n')).toEqual([
      '0:title:关于2022年度全县安全生产\n工作情况的报告',
      '0:addressee:各乡镇人民政府，县直各单位：',
      '0:paragraph-lead:现将有关情况通报如下：'
    ])
  })

  it("should read a notice's long list of addressees after its document number as the addressee", () => {
    const notice = '中共某某县委　某某县人民政府\n关于表彰先进集体和先进个人的决定\n\n某党发〔2026〕2号\n\n各镇（街道）党（工）委、人民政府（办事处），县委各部委，县级国家机关各部门，各人民团体：\n2025年，全县上下攻坚克难。\n'
    expect(front(notice)[2]).toBe('0:addressee:各镇（街道）党（工）委、人民政府（办事处），县委各部委，县级国家机关各部门，各人民团体：')
  })

  it('should find the addressee after a document number under a two-line title', () => {
    expect(front('江安县人民政府办公室\n关于做好2024年政务公开工作的通知\n\n江府办发〔2024〕3号\n\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下。\n一、工作要求\n正文。\n')).toEqual([
      '0:title:江安县人民政府办公室\n关于做好2024年政务公开工作的通知',
      '0:paragraph-lead:江府办发〔2024〕3号',
      '0:addressee:各乡镇人民政府，县直各单位：',
      '0:paragraph-lead:现将有关事项通知如下。'
    ])
  })

  it('should read a bracketed line under the title as its subtitle, but not a （一） heading', () => {
    expect(front('在全县安全生产工作会议上的讲话\n（2023年12月28日）\n\n同志们：\n今天召开会议。\n一、形势\n正文。\n')).toEqual([
      '0:title:在全县安全生产工作会议上的讲话',
      '0:subtitle:（2023年12月28日）',
      '0:addressee:同志们：',
      '0:paragraph-lead:今天召开会议。'
    ])
    expect(front('工作总结\n（一）强化领导（县委）\n正文。\n')).toEqual(['0:title:工作总结'])
  })

  it('should keep a report without title starting with its lead paragraph', () => {
    expect(front('近年来，我局持续推进创建工作。现将相关情况汇报如下：\n一、主要做法\n正文。\n')).toEqual([
      '0:paragraph-lead:近年来，我局持续推进创建工作。现将相关情况汇报如下：'
    ])
  })

  it('should open a second article only for a title confirmed by a subtitle or byline', () => {
    const text = '第一篇文章\n——副题一\n\n张三 李四\n\n第二篇文章\n\n王五\n\n正文第一段。\n'
    expect(front(text)).toEqual(['0:title:第一篇文章', '0:subtitle:——副题一', '0:byline:张三 李四', '1:title:第二篇文章', '1:byline:王五', '1:paragraph-body:正文第一段。'])
  })

  it('should read a newspaper byline with posts and a padded name, but not a title spaced out character by character', () => {
    expect(front('把专家请到县里来\n本报记者 张晓明 通讯员 刘  洋 赵峰\n\n正文第一段。\n')).toEqual([
      '0:title:把专家请到县里来',
      '0:byline:本报记者 张晓明 通讯员 刘  洋 赵峰',
      '0:paragraph-body:正文第一段。'
    ])
    expect(front('工作总结\n礼 赞 新 时 代\n\n正文第一段。\n')[1]).not.toMatch(/byline/)
  })

  it("should read a newspaper page's running head above the title, so the title, subtitle and byline under it are front matter", () => {
    const page = '农村日报　2023年10月12日　星期四　第07版\n\n从“种得好”到“卖得好”\n小土豆撑起大产业\n——某县马铃薯产业发展见闻\n\n本报记者　王晓彤\n\n金秋时节，走进马铃薯种植基地。\n'
    expect(front(page)).toEqual([
      '0:pageHeader:农村日报　2023年10月12日　星期四　第07版',
      '0:title:从“种得好”到“卖得好”\n小土豆撑起大产业',
      '0:subtitle:——某县马铃薯产业发展见闻',
      '0:byline:本报记者　王晓彤',
      '0:paragraph-body:金秋时节，走进马铃薯种植基地。'
    ])
    expect(front('农村日报　2023年10月12日　星期四　第07版\n小土豆撑起大产业\n\n金秋时节，走进马铃薯种植基地。\n').slice(0, 2)).toEqual([
      '0:pageHeader:农村日报　2023年10月12日　星期四　第07版',
      '0:title:小土豆撑起大产业'
    ])
    // a date alone is no running head: without the weekday or the page, the line is the title
    expect(front('2023年10月12日 工作简报\n\n正文第一段。\n')[0]).toBe('0:title:2023年10月12日 工作简报')
  })

  it("should read a bulletin's issue number as its subtitle and its masthead (the editing unit and the date) as its byline", () => {
    expect(front('乡村振兴工作简报\n第6期\n\n某县乡村振兴工作领导小组办公室编　　　　2024年5月20日\n\n全县召开春耕推进会\n5月14日，全县召开春耕推进会。\n').slice(0, 3)).toEqual([
      '0:title:乡村振兴工作简报',
      '0:subtitle:第6期',
      '0:byline:某县乡村振兴工作领导小组办公室编　　　　2024年5月20日'
    ])
    // apart from the name by a blank line, and with its running count: still no heading of the body
    expect(front('某县工作简报\n\n第17期（总第125期）\n\n某县某某办公室编　　2024年5月16日\n\n某镇：小茶园种出“致富经”\n今年以来，某镇发展茶产业。\n').slice(0, 3)).toEqual([
      '0:title:某县工作简报',
      '0:subtitle:第17期（总第125期）',
      '0:byline:某县某某办公室编　　2024年5月16日'
    ])
  })

  it('should read a unit and post followed by a spaced name as the byline', () => {
    expect(front(readCorpus('w03')).slice(0, 3)).toEqual([
      '0:title:2022年度述职述廉报告',
      '0:byline:国家税务总局上海市嘉定区税务局党委书记、局长 陈建华',
      expect.stringMatching(/^0:paragraph-lead:2022年，本人在市局党委/)
    ])
  })

  it('should keep a BOM, CRLF line ends and trailing spaces in leaves', () => {
    const text = '\uFEFF工作总结\r\n\r\n一、主要成效  \r\n正文。 \r\n'
    const {tree} = parse(text)
    expectValidTree(text, tree)
    expect(tree.children[0]).toMatchObject({type: 'text', value: '\uFEFF'})
    expect(toText(tree)).toBe(text)
    expect(front(text)).toEqual(['0:title:工作总结'])
  })
})

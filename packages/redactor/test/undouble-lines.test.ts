import {splitDoubledLine} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'
import {undoubleLines} from '../lib/undouble-lines.js'

/** A line as a fake bold draws it, glyph by glyph (金寨县 → 金金寨寨县县). */
function bold(line: string): string {
  return [...line].map((char) => char + char).join('')
}

/** The redacted text with each doubled line read once, as the redactor reads it. */
function readOnce(text: string): string {
  return undoubleLines(text)?.text ?? text
}

// A report whose title, byline and headings a PDF drew in fake bold, and whose body it did not
const plainReport = '金寨县大湾村：茶旅融合走出致富路\n王留剑 王润英\n一、金寨县花石乡大湾村党支部的做法\n大湾村党支部书记何家枝介绍，全村茶园1.2万亩，村民人均收入2.3万元。'
const boldReport = plainReport
  .split('\n')
  .map((line, index) => (index === 3 ? line : bold(line)))
  .join('\n')

describe('undoubleLines', () => {
  it('should read each doubled line once and leave the others as they are', () => {
    expect(readOnce(boldReport)).toBe(plainReport)
    expect(undoubleLines(plainReport)).toBeUndefined()
  })

  it('should leave ordinary reduplicated words and lines alone', () => {
    for (const line of ['谢谢谢谢', '天天向上，好好学习', '大家高高兴兴地来到村委会', '江安县江安县']) expect(undoubleLines(line), line).toBeUndefined()
    // the parser trusts no doubled line this short; the redactor reads a byline or signature in fake bold once
    expect(splitDoubledLine(bold('王留剑 王润英'))).toBeUndefined()
    expect(readOnce(bold('王留剑 王润英'))).toBe('王留剑 王润英')
  })

  it('should not read a short line of digits once: half a number is another number', () => {
    for (const text of ['电话\n66889900\n', '邮编：\n553300\n', '户数\n5500\n人口\n5600\n']) expect(undoubleLines(text), text).toBeUndefined()
    expect(redact('联系电话：\n66889900\n').text).toBe('联系电话：\n**\n')
  })
})

describe('redact on doubled lines', () => {
  it('should mask what it masks in the lines read once, with each mask doubled, and nothing else', () => {
    const once = redact(plainReport)
    const doubled = redact(boldReport)
    const [title, byline, heading, body] = doubled.text.split('\n')
    expect(title).toBe('**县县**村村：：茶茶旅旅融融合合走走出出致致富富路路')
    expect(byline).toBe('****  ****')
    expect([readOnce(title ?? ''), readOnce(heading ?? ''), body]).toEqual(once.text.split('\n').filter((_, index) => index !== 1))
    for (const span of doubled.spans) expect(boldReport.slice(span.start, span.end)).toBe(span.original)
  })

  it('should find a name in both copies of a run a renderer doubled whole, as PDF captions have it', () => {
    const caption = '江安县税务局党委书记江安县税务局党委书记、、局长钟庆局长钟庆（（左三左三））关爱妇女儿童关爱妇女儿童'
    expect(redact(caption).text).toBe('*县税务局党委书记*县税务局党委书记、、局长**局长**（（左三左三））关爱妇女儿童关爱妇女儿童')
  })

  it('should mask a name ending in a repeated glyph without the glyph after it (洋伯村|村务公开)', () => {
    expect(redact(bold('将乐县黄潭镇洋伯村村务公开')).text).toBe('**县县**镇镇**村村村村务务公公开开')
  })

  it('should give a doubled name the pseudonym and stars it gets read once', () => {
    const text = `${bold('金寨县花石乡大湾村工作纪实')}\n大湾村地处金寨县花石乡。`
    const [title, body] = redact(text, {styles: {PLACE: 'pseudonym'}}).text.split('\n')
    const inTitle = /^([A-Z]{2})县([A-Z]{2})乡([A-Z]{2})村/u.exec(readOnce(title ?? ''))
    const inBody = /^([A-Z]{2})村地处([A-Z]{2})县([A-Z]{2})乡/u.exec(body ?? '')
    expect(inTitle?.slice(1)).toEqual([inBody?.[2], inBody?.[3], inBody?.[1]])
    expect(redact(bold('金寨县花石乡大湾村工作纪实'), {styles: {PLACE: 'star-per-char'}}).text).toBe('****县县****乡乡****村村工工作作纪纪实实')
  })

  it('should keep a line ending (CRLF) outside the mask of a name that runs over it, and the line doubled', () => {
    const text = `${bold('金寨县花石乡党委书记王建')}\r\n${bold('军到大湾村开展调研工作')}\r\n正文。`
    const {text: redacted, spans} = redact(text)
    expect(redacted.split('\r\n').slice(0, 2)).toEqual(['**县县**乡乡党党委委书书记记****', '****到到**村村开开展展调调研研工工作作'])
    for (const span of spans) expect(span.original.includes('\r'), span.original).toBe(false)
    expect(redact(redacted).text).toBe(redacted)
  })

  it('should change nothing when it redacts its own output again', () => {
    for (const text of [boldReport, bold('将乐县黄潭镇洋伯村村务公开'), '20202020年年77月月，，江江安安县县税税务务局局收收入入12.512.5亿亿元元']) {
      const once = redact(text).text
      expect(redact(once).text, text).toBe(once)
    }
  })
})

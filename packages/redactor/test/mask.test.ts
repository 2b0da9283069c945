import {createHmac} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {redact} from '@gongwen/redactor'
import {assignPseudonyms, maskMention, pseudonymKey, type MaskTarget} from '../lib/mask.js'

const county: MaskTarget = {type: 'PLACE', original: '江安县', suffixLength: 1}
const school: MaskTarget = {type: 'ORG', original: '杨垇小学', suffixLength: 2}
const person: MaskTarget = {type: 'PERSON', original: '钟庆', suffixLength: 0}
const figure: MaskTarget = {type: 'FIGURE', original: '2018', suffixLength: 0}
const none = new Map<string, string>()

// A sentence of seed 004: a province, a city, a county-level city and two figures.
const sentence = '汝州位于河南省中西部，是平顶山市下辖的县级市，区域面积 1573 平方公里，总人口 120 万。'

describe('maskMention', () => {
  it('should keep the suffix with `star`, `xx` and `star-per-char`', () => {
    expect(maskMention(county, 'star', none)).toBe('*县')
    expect(maskMention(school, 'star', none)).toBe('*小学')
    expect(maskMention(county, 'xx', none)).toBe('xx县')
    expect(maskMention(county, 'star-per-char', none)).toBe('**县')
    expect(maskMention(figure, 'star-per-char', none)).toBe('****')
  })

  it('should replace the whole mention with `double-star`', () => {
    expect(maskMention(county, 'double-star', none)).toBe('**')
    expect(maskMention({type: 'FIGURE', original: '12.5', suffixLength: 0}, 'double-star', none)).toBe('**')
  })

  it('should write category tags, keeping the suffix of places and units only', () => {
    expect(maskMention(county, 'tag', none)).toBe('[地名]县')
    expect(maskMention(school, 'tag', none)).toBe('[单位]小学')
    expect(maskMention(person, 'tag', none)).toBe('[人名]')
    expect(maskMention(figure, 'tag', none)).toBe('[数字]')
  })

  it('should leave the text as it is with `keep`', () => {
    expect(maskMention(county, 'keep', none)).toBe('江安县')
  })

  it('should give pseudonyms of two capitals, keeping the suffix of a place or unit and prefixing a person with 某', () => {
    const labels = assignPseudonyms([county, school, person, figure], 'gongwen')
    expect(maskMention(county, 'pseudonym', labels)).toMatch(/^[A-Z]{2}县$/u)
    expect(maskMention(school, 'pseudonym', labels)).toMatch(/^[A-Z]{2}小学$/u)
    expect(maskMention(person, 'pseudonym', labels)).toMatch(/^某[A-Z]{2}$/u)
    expect(maskMention({type: 'ORG', original: '丁税宝', suffixLength: 0}, 'pseudonym', assignPseudonyms([{type: 'ORG', original: '丁税宝', suffixLength: 0}], 'k'))).toMatch(/^[A-Z]{2}单位$/u)
    expect(maskMention(figure, 'pseudonym', labels)).toBe('[数字]')
  })
})

describe('assignPseudonyms', () => {
  const names = [...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'].map((surname): MaskTarget => ({type: 'PERSON', original: `${surname}明`, suffixLength: 0}))

  it('should give a place and its short form the same pseudonym (汝州市, 汝州)', () => {
    const full: MaskTarget = {type: 'PLACE', original: '汝州市', suffixLength: 1}
    const short: MaskTarget = {type: 'PLACE', original: '汝州', suffixLength: 0}
    const labels = assignPseudonyms([full, short], 'gongwen')
    expect(maskMention(full, 'pseudonym', labels)).toBe(`${maskMention(short, 'pseudonym', labels)}市`)
  })

  it('should give a name the same pseudonym whatever else the document names (one shard or another)', () => {
    const crowded = assignPseudonyms(names, 'gongwen')
    const slotOf = (name: MaskTarget) => Number.parseInt(createHmac('sha256', 'gongwen').update(pseudonymKey(name)).digest('hex').slice(0, 12), 16) % 676
    const slots = names.map(slotOf)
    // Only names whose slot another name of the same document also hashes to may move; all others agree
    // with the label they get alone, that is, in any other document or shard.
    const unshared = names.filter((_, index) => slots.filter((slot) => slot === slots[index]).length === 1)
    expect(unshared.length).toBeGreaterThan(names.length - 4)
    for (const name of unshared) expect(maskMention(name, 'pseudonym', crowded)).toBe(maskMention(name, 'pseudonym', assignPseudonyms([name], 'gongwen')))
  })

  it('should never give two names the same pseudonym within a document', () => {
    const labels = assignPseudonyms(names, 'gongwen')
    expect(new Set(names.map((name) => maskMention(name, 'pseudonym', labels))).size).toBe(names.length)
  })

  it('should not depend on the order names come in', () => {
    const forward = assignPseudonyms(names, 'gongwen')
    const backward = assignPseudonyms([...names].reverse(), 'gongwen')
    expect([...backward].sort()).toEqual([...forward].sort())
  })

  it('should depend on the key', () => {
    const few = names.slice(0, 8)
    const one = few.map((name) => maskMention(name, 'pseudonym', assignPseudonyms(few, 'one')))
    const other = few.map((name) => maskMention(name, 'pseudonym', assignPseudonyms(few, 'other')))
    expect(one).not.toEqual(other)
  })
})

describe('redact with mask styles', () => {
  it('should mask places with one star and figures with two by default', () => {
    expect(redact(sentence).text).toBe('*位于*省中西部，是*市下辖的县级市，区域面积 ** 平方公里，总人口 ** 万。')
  })

  it('should apply every style per type', () => {
    expect(redact(sentence, {styles: {PLACE: 'xx', FIGURE: 'star-per-char'}}).text).toBe(
      'xx位于xx省中西部，是xx市下辖的县级市，区域面积 **** 平方公里，总人口 *** 万。'
    )
    expect(redact(sentence, {styles: {PLACE: 'tag', FIGURE: 'tag'}}).text).toBe(
      '[地名]位于[地名]省中西部，是[地名]市下辖的县级市，区域面积 [数字] 平方公里，总人口 [数字] 万。'
    )
    expect(redact(sentence, {styles: {PLACE: 'double-star', FIGURE: 'keep'}}).text).toBe(
      '**位于**中西部，是**下辖的县级市，区域面积 1573 平方公里，总人口 120 万。'
    )
  })

  it('should report a span with the original as replacement under `keep`', () => {
    const {text, spans} = redact(sentence, {styles: {PLACE: 'keep', FIGURE: 'keep'}})
    expect(text).toBe(sentence)
    expect(spans.length).toBeGreaterThan(0)
    for (const span of spans) expect(span.replacement).toBe(span.original)
  })

  it('should give the same pseudonyms across calls and whatever the order of the text', () => {
    const policy = {styles: {PLACE: 'pseudonym'}} as const
    const first = '会议在江安县召开。汝州市代表发言。'
    const second = '汝州市代表发言。会议在江安县召开。'
    const one = redact(first, policy)
    expect(redact(first, policy).text).toBe(one.text)
    const two = redact(second, policy)
    const pseudonyms = (spans: typeof one.spans) => Object.fromEntries(spans.map((span) => [span.original, span.replacement]))
    expect(pseudonyms(two.spans)).toEqual(pseudonyms(one.spans))
    expect(pseudonyms(one.spans)['江安县']).not.toBe(pseudonyms(one.spans)['汝州市'])
  })

  it('should leave pseudonymised text unchanged when redacted again', () => {
    const policy = {styles: {PLACE: 'pseudonym', FIGURE: 'pseudonym'}} as const
    const once = redact(sentence, policy).text
    expect(redact(once, policy).text).toBe(once)
  })
})

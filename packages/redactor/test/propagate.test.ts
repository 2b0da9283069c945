import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Detection} from '../lib/detection.js'
import {propagate} from '../lib/propagate.js'

const seed004 = readFileSync(new URL('../../../corpus/004_cfd3e7e0ca2ab7ec.txt', import.meta.url), 'utf8')

function detectionAt(text: string, value: string, type: Detection['type'], suffixLength = 0): Detection {
  const start = text.indexOf(value)
  return {type, start, end: start + value.length, suffixLength, detector: 'places', rule: 'gazetteer-county', confidence: 0.95, reason: 'test'}
}

describe('propagate', () => {
  it('should find every other 汝州市 of seed 004, and 汝州 on its own, as propagated copies', () => {
    const source = detectionAt(seed004, '汝州市', 'PLACE', 1)
    const found = propagate(seed004, [source])
    const values = found.map((detection) => seed004.slice(detection.start, detection.end))
    const full = seed004.split('汝州市').length - 2
    expect(values.filter((value) => value === '汝州市')).toHaveLength(full)
    expect(values).toContain('汝州')
    expect(found.every((detection) => detection.rule === 'propagated' && detection.start !== source.start)).toBe(true)
  })

  it('should spread nothing from figures and one-character names: a lone surname, what a keep word left of a place', () => {
    const figure = detectionAt(seed004, '汝州', 'FIGURE')
    const surname = {...detectionAt(seed004, '汝', 'PERSON'), rule: 'surname-title'}
    expect(propagate(seed004, [figure, surname])).toEqual([])
    // 分 of 分乡镇 in 四是部分乡镇项目, once 乡镇 is kept, is no name to find in 二是部分项目
    const text = '二是部分项目融资难；四是部分乡镇项目服务不够。'
    const remnant = {...detectionAt(text, '分', 'PLACE'), start: text.lastIndexOf('分'), end: text.lastIndexOf('分') + 1}
    expect(propagate(text, [remnant])).toEqual([])
  })

  it('should spread a name of one character and its level (呼市, 沛县) only where it stands as a word', () => {
    const text = '纳入呼市监控平台。呼市各区欢呼市民参与，何首乌市场'
    const found = propagate(text, [detectionAt(text, '呼市', 'PLACE', 1)]).map((detection) => detection.start)
    expect(found).toEqual([text.indexOf('呼市各区')])
  })

  it("should spread a village's short form only as a word, unless no word of jieba's spells its three characters", () => {
    const spread = (text: string, village: string) => propagate(text, [detectionAt(text, village, 'PLACE', 1)]).map((found) => text.slice(found.start, found.end))
    // jieba cuts 找到 + 吊 + 鹿沟 + 来
    expect(spread('庆阳镇吊鹿沟村。邻乡也有人专门找到吊鹿沟来看病', '吊鹿沟村')).toEqual(['吊鹿沟'])
    // a village named like a word is that word elsewhere
    expect(spread('光明村村民的幸福感不断增强，幸福村', '幸福村')).toEqual([])
  })

  it("should spread a place's name that is an everyday word (玫瑰 of 玫瑰镇, 龙头 of 龙头镇) only where something says a place is meant", () => {
    const spreadAt = (text: string, place: string) => propagate(text, [detectionAt(text, place, 'PLACE', place.endsWith('社区') ? 2 : 1)]).map((found) => text.slice(found.start - 1, found.end + 2))
    // a place cue before it (驻) or after it (境内), or a level after it (社区); not the word of prose
    expect(spreadAt('龙头镇中心卫生院以县人民医院为龙头，发展龙头企业，驻龙头干部，龙头社区', '龙头镇')).toEqual(['驻龙头干部', '，龙头社区'])
    expect(spreadAt('玫瑰镇新建玫瑰种植基地，做强玫瑰主导产业，玫瑰境内河流', '玫瑰镇')).toEqual(['，玫瑰境内'])
    expect(spreadAt('湖中社区、四境村自查发现问题多。3\t佳佳乐超市\t湖中\n社区\t货物堵塞安全出口', '湖中社区')).toEqual(['\t湖中\n社'])
    // a unit, a road, a station or a water feature named after it, or a level inside a word of prose (村两委); not
    // the everyday word (龙头企业, 发挥龙头作用, 玫瑰花茶, 玫瑰产业) nor 所 that makes a word with what follows
    expect(spreadAt('龙头镇召开会议，龙头水库，龙头中学，龙头派出所，龙头企业，发挥龙头作用', '龙头镇')).toEqual(['，龙头水库', '，龙头中学', '，龙头派出'])
    expect(spreadAt('玫瑰镇党委召开会议，玫瑰村两委，玫瑰路，玫瑰湖，玫瑰花茶，玫瑰产业，玫瑰所在地', '玫瑰镇')).toEqual(['，玫瑰村两', '，玫瑰路，', '，玫瑰湖，'])
    expect(spreadAt('平安镇检查，平安市场监管所所长带队，平安所执法人员', '平安镇')).toEqual(['，平安市场', '，平安所执'])
    // a name that is no everyday word spreads as a word, as before (桑蚕/nr of 桑蚕镇 is rare in prose)
    expect(spreadAt('桑蚕镇召开会议，发展桑蚕产业', '桑蚕镇')).toEqual(['展桑蚕产业'])
  })
})

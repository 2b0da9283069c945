import {describe, expect, it} from 'vitest'
import {redact} from '../index.js'

describe('startUnitsAfterPlaces', () => {
  it('should mask the name of a unit that follows its place apart from the place, so the name does not show', () => {
    // Kept whole after the place's proper part, the unit showed its name: *老院子客栈
    expect(redact('剑川县沙溪镇的沙溪老院子客栈等住宿').text).toBe('*县*镇的**客栈等住宿')
  })

  it('should leave a unit named after its place and its product or kind as it was', () => {
    // 茭白 and 实验 are words jieba knows: what the unit grows and what kind of school it is
    expect(redact('青浦区练塘镇练塘茭白专业合作社').text).toBe('*区*镇*茭白专业合作社')
    expect(redact('国家税务总局江安县税务局、江安县实验小学').text).toBe('国家税务总局*县税务局、*县实验小学')
  })
})

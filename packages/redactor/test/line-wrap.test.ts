import {describe, expect, it} from 'vitest'
import {lineWrapEnd} from '../lib/line-wrap.js'

describe('lineWrapEnd', () => {
  it('should read one line break, with spaces around it, as a wrap inside a word', () => {
    expect(lineWrapEnd('王\n建国', 1)).toBe(2)
    expect(lineWrapEnd('王 \r\n 建国', 1)).toBe(5)
    expect(lineWrapEnd('发展乡\r村特色', 3)).toBe(4)
    // review 2, finding 9: an indented line's wrap (a break and four spaces: five blanks)
    expect(lineWrapEnd('王\n    建国', 1)).toBe(6)
    expect(lineWrapEnd('王\n     建国', 1)).toBe(7)
  })

  it('should read no wrap in a blank line, no break, more than eight blanks, or blanks that end the text', () => {
    expect(lineWrapEnd('沙马·日火\n\n文/王晓川', 5)).toBeUndefined()
    expect(lineWrapEnd('局长 陈建华', 2)).toBeUndefined()
    expect(lineWrapEnd('王    \n建国', 1)).toBeUndefined()
    expect(lineWrapEnd('王\n', 1)).toBeUndefined()
    expect(lineWrapEnd('王\n        建国', 1)).toBeUndefined()
  })

  it('should count the margin every line of the block opens with for nothing', () => {
    expect(lineWrapEnd('王\n        建国', 1, 8)).toBe(10)
    expect(lineWrapEnd('王  \n            建国', 1, 8)).toBe(16)
    expect(lineWrapEnd('王    \n        建国', 1, 8)).toBeUndefined()
  })
})

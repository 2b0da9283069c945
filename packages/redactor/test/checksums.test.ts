import {describe, expect, it} from 'vitest'
import {isValidCreditCode, isValidResidentId, passesLuhn} from '../lib/checksums.js'

describe('isValidResidentId', () => {
  it('should accept IDs with a valid MOD 11-2 check character, X included', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true)
    expect(isValidResidentId('11010519491231002x')).toBe(true)
    expect(isValidResidentId('511521198503120044')).toBe(true)
  })

  it('should refuse a wrong check character, an impossible birth date or a wrong length', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false)
    expect(isValidResidentId('511521198503120045')).toBe(false)
    expect(isValidResidentId('511521198502300044')).toBe(false)
    expect(isValidResidentId('51152119850312004')).toBe(false)
    expect(isValidResidentId('011521198503120044')).toBe(false)
  })
})

describe('isValidCreditCode', () => {
  it('should accept a code with a valid GB 32100 check character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true)
  })

  it('should refuse a wrong check character or a letter outside the 31-character set', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false)
    expect(isValidCreditCode('91350100M000100I43')).toBe(false)
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false)
  })
})

describe('passesLuhn', () => {
  it('should accept card numbers with a valid Luhn digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true)
    expect(passesLuhn('6222021234567890128')).toBe(true)
  })

  it('should refuse a wrong digit or non-digits', () => {
    expect(passesLuhn('6222021234567890123')).toBe(false)
    expect(passesLuhn('4111 1111 1111 1111')).toBe(false)
  })
})

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from '@gongwen/parser'
import {DecodeError, decode} from '../lib/decode.js'
import {expectValidTree} from './tree-invariants.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const seed000 = readFileSync(new URL('000_d26a4c45c7bfb6a6.txt', corpus), 'utf8')
const seed004 = readFileSync(new URL('004_cfd3e7e0ca2ab7ec.txt', corpus), 'utf8')
const gbFixture = fileURLToPath(new URL('fixtures/gb18030-paragraph.txt', import.meta.url))

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const start = bom ? 2 : 0
  const bytes = new Uint8Array(start + text.length * 2)
  const view = new DataView(bytes.buffer)
  if (bom) view.setUint16(0, 0xfeff, !bigEndian)
  let index = -1
  while (++index < text.length) view.setUint16(start + index * 2, text.charCodeAt(index), !bigEndian)
  return bytes
}

function decodeError(bytes: Uint8Array, path?: string): DecodeError {
  try {
    decode(bytes, path)
  } catch (error) {
    if (error instanceof DecodeError) return error
    throw error
  }
  throw new Error('Expected decode to throw a DecodeError')
}

describe('decode', () => {
  it('should read a UTF-8 seed as it is', () => {
    const result = decode(readFileSync(new URL('004_cfd3e7e0ca2ab7ec.txt', corpus)))
    expect(result).toEqual({text: seed004, encoding: 'utf-8'})
  })

  it('should strip a UTF-8 byte order mark and say so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed000)])
    expect(decode(bytes)).toEqual({text: seed000, encoding: 'utf-8-bom'})
  })

  it('should read UTF-16LE and UTF-16BE with a byte order mark', () => {
    expect(decode(utf16(seed004, false))).toEqual({text: seed004, encoding: 'utf-16le'})
    expect(decode(utf16(seed004, true))).toEqual({text: seed004, encoding: 'utf-16be'})
  })

  it('should read UTF-16 without a byte order mark by where its NUL bytes sit', () => {
    expect(decode(utf16(seed000, false, false))).toEqual({text: seed000, encoding: 'utf-16le'})
    expect(decode(utf16(seed004, true, false))).toEqual({text: seed004, encoding: 'utf-16be'})
  })

  it('should keep calling binary data binary when its NUL bytes happen to sit at odd offsets', () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index % 2 === 1 ? 0 : (index * 37) % 256))
    expect(decodeError(bytes, 'data.bin').code).toBe('binary')
  })

  it('should read a GB18030 file written by iconv', () => {
    const result = decode(readFileSync(gbFixture), gbFixture)
    expect(result.encoding).toBe('gb18030')
    expect(result.text.startsWith('如今，漫步在汝州市大街小巷')).toBe(true)
    expect(seed004).toContain(result.text)
  })

  it('should hand parse the decoded text, so positions index it and the tree names the encoding', () => {
    const {tree, text} = parse(readFileSync(gbFixture), {path: gbFixture})
    expect(tree.data?.encoding).toBe('gb18030')
    expectValidTree(text, tree)
    expect(() => parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), {path: 'photo.png'})).toThrow('Cannot read `photo.png`: binary data, not text')
  })

  it('should keep CRLF line ends so offsets index the file', () => {
    const crlf = seed000.replaceAll('\n', '\r\n')
    const result = decode(new TextEncoder().encode(crlf))
    expect(result.text).toBe(crlf)
    expect(result.text.split('\r\n').length).toBe(seed000.split('\n').length)
  })

  it('should give empty text for an empty file', () => {
    expect(decode(new Uint8Array(0), 'empty.txt')).toEqual({text: '', encoding: 'utf-8'})
  })

  it('should reject a PNG as binary data, naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const error = decodeError(png, 'photo.png')
    expect(error.code).toBe('binary')
    expect(error.path).toBe('photo.png')
    expect(error.message).toBe('Cannot read `photo.png`: binary data, not text')
  })

  it('should reject a zip header as binary data', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, ...new TextEncoder().encode('word/document.xml')])
    expect(decodeError(zip, 'report.docx').code).toBe('binary')
  })

  it('should reject text that is mostly control characters as binary', () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41))
    expect(decodeError(bytes).message).toBe('Cannot read the input: binary data, not text')
  })

  it('should name the first invalid byte and its offset', () => {
    const head = new TextEncoder().encode('2022年工作总结')
    const bytes = new Uint8Array([...head, 0xff, 0x41])
    const error = decodeError(bytes, 'x.txt')
    expect(error.code).toBe('undecodable')
    expect(error.offset).toBe(head.length)
    expect(error.message).toBe(`Cannot decode \`x.txt\`: not UTF-8, UTF-16 or GB18030 text (invalid byte 0xFF at offset ${head.length})`)
  })

  it('should report UTF-8 with one broken byte instead of garbling it as GB18030', () => {
    const head = new TextEncoder().encode(seed000.slice(0, 200))
    const bytes = new Uint8Array([...head, 0xe5, 0x41, ...new TextEncoder().encode(seed000.slice(200, 400))])
    const error = decodeError(bytes, 'report.txt')
    expect(error.code).toBe('undecodable')
    expect(error.message).toBe(`Cannot decode \`report.txt\`: broken UTF-8 (invalid byte 0xE5 at offset ${head.length})`)
  })

  it('should decode every GB18030 corpus file as GB18030, not as broken UTF-8', () => {
    const gb = readFileSync(new URL('w05-jiangqiao-governance-gb18030.txt', corpus))
    expect(decode(gb).encoding).toBe('gb18030')
  })

  it('should point at the start of a broken GB18030 sequence, not the byte after it', () => {
    const fixture = readFileSync(gbFixture)
    // A lead byte followed by a space is invalid in GB18030 and in UTF-8.
    const bytes = new Uint8Array([...fixture.subarray(0, 20), 0x81, 0x20, ...fixture.subarray(20)])
    const error = decodeError(bytes, 'gbk.txt')
    expect(error.offset).toBe(20)
    expect(error.message).toContain('invalid byte 0x81 at offset 20')
  })

  it('should reject UTF-16 with a lone surrogate despite its byte order mark', () => {
    const bytes = utf16('汇报\ud800材料', false)
    const error = decodeError(bytes, 'u16.txt')
    expect(error.code).toBe('undecodable')
    expect(error.message).toMatch(/^Cannot decode `u16.txt`: not UTF-16LE text despite its byte order mark \(invalid byte 0x00 at offset 6\)$/)
  })

  it('should reject random invalid bytes without ever returning replacement characters', () => {
    let seed = 7
    let index = -1
    while (++index < 50) {
      const bytes = new Uint8Array(64).map(() => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        return 0x80 + (seed % 0x80)
      })
      try {
        expect(decode(bytes).text).not.toContain('\ufffd')
      } catch (error) {
        expect(error).toBeInstanceOf(DecodeError)
      }
    }
  })
})

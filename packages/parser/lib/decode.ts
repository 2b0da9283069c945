import {isUtf8} from 'node:buffer'

/** Why bytes could not be turned into text. */
export type DecodeErrorCode = 'binary' | 'undecodable'

/**
 * Bytes that are not text the parser can read. The message names the file and the problem, so a
 * batch can report it as it stands; `code` and `offset` let a caller act on it.
 */
export class DecodeError extends Error {
  override name = 'DecodeError'
  readonly path: string | undefined
  readonly code: DecodeErrorCode
  /** Offset of the first byte that could not be decoded, for `undecodable`. */
  readonly offset: number | undefined

  constructor(message: string, code: DecodeErrorCode, path: string | undefined, offset?: number) {
    super(message)
    this.code = code
    this.path = path
    this.offset = offset
  }
}

export interface Decoded {
  text: string
  /** `utf-8`, `utf-8-bom` (BOM stripped from `text`), `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string
}

// Text has tabs, line ends and the odd form feed; more than this share of other controls means binary.
const maxControlShare = 0.1
// Enough bytes to judge the share without scanning a large file twice.
const controlSample = 65_536
// GB18030 Chinese text stops being valid UTF-8 within its first few characters; this many valid
// non-ASCII UTF-8 characters before the first invalid byte mean UTF-8 with a broken byte, which
// read as GB18030 would be garbled: an error, not a guess.
const minUtf8Evidence = 8
// What Chinese reports are written in: printable ASCII, whitespace, CJK punctuation and ideographs,
// full-width forms. UTF-16 read without a byte order mark must be mostly this.
const readableText = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u24ff\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g
const minReadableShare = 0.95

/**
 * Turn the bytes of a report into text.
 *
 * Tries, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE), valid UTF-8, then GB18030 (the
 * superset of GBK and GB2312 most Chinese office software writes). Bytes with NULs are binary
 * unless they read as readable UTF-16 without a byte order mark; UTF-8 with a broken byte after
 * some valid Chinese is an error rather than garbled GB18030. Decoding is strict: a byte that
 * is invalid in every candidate is an error, never a U+FFFD in the output. Line ends are kept as
 * they are, so every offset the parser reports indexes the returned text.
 *
 * @param bytes the file contents
 * @param path the file name, for error messages (optional)
 * @returns the text and the encoding it was read as; empty bytes give `''` as UTF-8
 * @throws {DecodeError} `binary` for data that is not text, `undecodable` for text in no supported encoding
 */
export function decode(bytes: Uint8Array, path?: string): Decoded {
  const bom = detectBom(bytes)
  if (bom) {
    const text = decodeStrict(bom.encoding, bytes.subarray(bom.length))
    if (text === undefined) {
      const offset = bom.length + firstInvalidOffset(bom.encoding, bytes.subarray(bom.length))
      throw undecodable(bytes, offset, path, `not ${bom.label} text despite its byte order mark`)
    }
    if (text.includes('\0') || looksBinary(codeUnits(text.slice(0, controlSample)))) throw binary(path)
    return {text, encoding: bom.name}
  }

  if (looksBinary(bytes)) {
    const utf16 = decodeUtf16WithoutBom(bytes)
    if (utf16) return utf16
    throw binary(path)
  }
  if (isUtf8(bytes)) return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8'}
  const broken = firstInvalidOffset('utf-8', bytes)
  if (countMultibyte(bytes, broken) >= minUtf8Evidence) throw undecodable(bytes, broken, path, 'broken UTF-8')
  const text = decodeStrict('gb18030', bytes)
  if (text !== undefined) return {text, encoding: 'gb18030'}
  throw undecodable(bytes, firstInvalidOffset('gb18030', bytes), path, 'not UTF-8, UTF-16 or GB18030 text')
}

/**
 * UTF-16 written without a byte order mark. Chinese text in UTF-16 has a NUL high byte for every
 * ASCII character (digits, line ends) and a NUL low byte for characters at U+xx00 (一 is U+4E00),
 * so the NULs only hint at the byte order: try the likelier one first, and accept a reading only
 * when it is valid UTF-16 and readable text (CJK, ASCII, punctuation, spaces). Binary data fails
 * on lone surrogates or on readability.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length % 2 === 1) return undefined
  const sample = Math.min(bytes.length, controlSample)
  let balance = 0
  let index = -1
  while (++index < sample) if (bytes[index] === 0) balance += index % 2 === 1 ? 1 : -1
  const orders = balance >= 0 ? (['utf-16le', 'utf-16be'] as const) : (['utf-16be', 'utf-16le'] as const)
  for (const encoding of orders) {
    const text = decodeStrict(encoding, bytes)
    if (text !== undefined && isReadable(text)) return {text, encoding}
  }
  return undefined
}

function isReadable(text: string): boolean {
  const head = text.slice(0, controlSample)
  if (head.includes('\0')) return false
  const readable = head.match(readableText)?.reduce((sum, run) => sum + run.length, 0) ?? 0
  return readable >= head.length * minReadableShare
}

/** UTF-8 lead bytes before `end`: in a valid UTF-8 prefix, the number of non-ASCII characters. */
function countMultibyte(bytes: Uint8Array, end: number): number {
  let count = 0
  let index = -1
  while (++index < end && count < minUtf8Evidence) if ((bytes[index] ?? 0) >= 0xc2) count++
  return count
}

interface Bom {
  /** The label TextDecoder takes. */
  encoding: string
  /** The name `decode` reports. */
  name: string
  /** The name in messages. */
  label: string
  length: number
}

function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {encoding: 'utf-8', name: 'utf-8-bom', label: 'UTF-8', length: 3}
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', name: 'utf-16le', label: 'UTF-16LE', length: 2}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', name: 'utf-16be', label: 'UTF-16BE', length: 2}
  return undefined
}

/** Decode, or `undefined` when the bytes are not valid in `encoding`. The BOM is already cut off. */
function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Offset of the first byte of the first invalid sequence. TextDecoder does not say where it
 * failed, so find the shortest prefix a streaming decoder rejects (binary search: once a prefix
 * fails, every longer one does), then step back to where that sequence began.
 */
function firstInvalidOffset(encoding: string, bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (decodesAsPrefix(encoding, bytes.subarray(0, middle + 1))) low = middle + 1
    else high = middle
  }
  // `low` is the byte that made decoding fail; the sequence it broke starts at most 3 bytes earlier
  // (GB18030 sequences are up to 4 bytes), at the last point where a complete decode succeeds.
  let start = low
  while (start > 0 && start > low - 3 && decodeStrict(encoding, bytes.subarray(0, start)) === undefined) start--
  return start
}

function decodesAsPrefix(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes, {stream: true})
    return true
  } catch {
    return false
  }
}

/**
 * Binary data (images, archives, office files) has NUL bytes and many other C0 controls; NUL
 * never occurs in UTF-8, GB18030 or UTF-16 text once decoded. Works on bytes and on UTF-16 code
 * units alike: controls have the same values in both.
 */
function looksBinary(codes: Uint8Array | Uint16Array): boolean {
  if (codes.includes(0)) return true
  const sample = Math.min(codes.length, controlSample)
  let controls = 0
  let index = -1
  while (++index < sample) if (isControl(codes[index] ?? 0)) controls++
  return controls > sample * maxControlShare
}

/** The UTF-16 code units of a (sampled) text, for `looksBinary`. */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length)
  let index = -1
  while (++index < text.length) units[index] = text.charCodeAt(index)
  return units
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f
}

function binary(path: string | undefined): DecodeError {
  return new DecodeError(`Cannot read ${name(path)}: binary data, not text`, 'binary', path)
}

function undecodable(bytes: Uint8Array, offset: number, path: string | undefined, problem: string): DecodeError {
  const byte = bytes[offset]
  const where =
    byte === undefined
      ? `truncated sequence at the end, offset ${offset}`
      : `invalid byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}`
  return new DecodeError(`Cannot decode ${name(path)}: ${problem} (${where})`, 'undecodable', path, offset)
}

function name(path: string | undefined): string {
  return path === undefined ? 'the input' : `\`${path}\``
}

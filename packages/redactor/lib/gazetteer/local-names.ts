import {isWhiteSpace} from '@gongwen/parser'
import {lineWrapEnd} from '../line-wrap.js'
import {loadGazetteer, type Division} from './load-gazetteer.js'
import {villagesOfTown} from './load-villages.js'
import {withoutEthnicGroup} from './short-form.js'
import type {TrieMatch} from './trie.js'

/** A name that counts only where the document names its town or county. */
export type LocalName = {kind: 'town'; division: Division} | {kind: 'village'; town: string}

/**
 * The short forms of some towns and the names of their villages, for a leftmost-longest scan. Each document
 * names its own counties, so this is built for every document a batch reads: a trie took longer to build
 * (about half a microsecond per character of the names, a millisecond for a county's 700 villages) than the
 * scan it served, where a map of names and the lengths their first two characters begin is built in a
 * twentieth of that.
 */
export interface LocalNames<T = LocalName> {
  /** Values by name, in the order the towns and their names were listed. */
  byName: ReadonlyMap<string, T[]>
  /** By the first two code units of names (`first << 16 | second`, a small integer): their lengths, longest first. */
  lengthsByPair: ReadonlyMap<number, readonly number[]>
  /** Hashed bits of the first code unit of every name: most positions of a text stop at this test. */
  firsts: Int32Array
  /** Hashed bits of the first pair of every name, read before the map where the first character passes. */
  pairs: Int32Array
}

// 8,192 bits of first characters: a few hundred names set under a tenth of them.
const firstShift = 19

function firstBit(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> firstShift
}

function pairBit(pair: number): number {
  return Math.imul(pair, 0x85ebca6b) >>> firstShift
}

/** The pair of code units at `start` as one small integer (`first << 16 | second`): the key of `lengthsByPair`. */
function pairAt(text: string, start: number): number {
  return (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1)
}

function hasBit(bits: Int32Array, bit: number): boolean {
  return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0
}

function setBit(bits: Int32Array, bit: number): void {
  bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31))
}

/**
 * The short forms of `towns` (in code order: values keep it; 朱家角, 洗耳河) and their villages and communities
 * (西西社区, also as 西西居委会; see `villageVariants`) that may occur in `text`, so that a document that names a
 * county is scanned once for all of them. A county has hundreds of villages, and every document names its own:
 * putting all of them in maps cost more than the rest of place detection. A name can only occur where its opening
 * does, and a report holds few of the openings of village names, so a bitmap of the text's openings turns most
 * names away first.
 */
export function localNames(towns: readonly string[], text: string): LocalNames {
  const {bits, shift} = textOpenings(text)
  const byName = new Map<string, LocalName[]>()
  for (const town of towns) {
    const {names, values, openings} = namesOfTown(town)
    for (let index = 0; index < openings.length; index++) {
      // The opening first: it turns away most names (a document names a county's towns and holds few of their
      // villages, 1 name in 15 passes in the corpus), so only the names it lets pass are read with their values.
      if (!hasBit(bits, (openings[index] ?? 0) >>> shift)) continue
      const name = names[index]
      const value = values[index]
      if (name === undefined || value === undefined) continue
      const known = byName.get(name)
      if (known) known.push(value)
      else byName.set(name, [value])
    }
  }
  return indexLocalNames(byName)
}

/**
 * A hash of the opening of a name at `start`: its first three code units, or its two if it has only two. Three say
 * more than two: 新村 and 东风 open names of many towns and stand in many reports, 东风村 in few.
 */
function openingHash(text: string, start: number, length: number): number {
  const pair = pairHash(text.charCodeAt(start), text.charCodeAt(start + 1))
  return length === 2 ? pair : tripleHash(pair, text.charCodeAt(start + 2))
}

function pairHash(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x85ebca6b)
}

/** The hash of an opening of three code units, from the hash of its first two. */
function tripleHash(pair: number, third: number): number {
  return Math.imul(pair ^ third, 0x27d4eb2f)
}

// Two bits per character of a text (the openings of two and of three characters there), about 32 bits in the
// bitmap per character (few false hits), 4,096 to a million.
const minOpeningBits = 1 << 12
const maxOpeningBits = 1 << 20

/** Hashed bits of the openings of two and three code units at every position of `text`, and how far a hash shifts to read them. */
function textOpenings(text: string): {bits: Int32Array; shift: number} {
  let size = minOpeningBits
  while (size < text.length * 32 && size < maxOpeningBits) size *= 2
  const shift = 32 - Math.log2(size)
  const bits = new Int32Array(size / 32)
  // Each character is read once, as the second of one pair and the first of the next
  let first = text.charCodeAt(0)
  for (let at = 0; at + 1 < text.length; at++) {
    const second = text.charCodeAt(at + 1)
    const pair = pairHash(first, second)
    setBit(bits, pair >>> shift)
    if (at + 2 < text.length) setBit(bits, tripleHash(pair, text.charCodeAt(at + 2)) >>> shift)
    first = second
  }
  return {bits, shift}
}

/** A town's short form and the names of its villages and communities (two characters or more), side by side. */
interface TownNames {
  names: readonly string[]
  /** What each name stands for. */
  values: readonly LocalName[]
  /** The hash of each name's opening (see `openingHash`), read for every document that names the town or its county. */
  openings: Int32Array
}

// A batch's documents name towns again and again (a county's reports, the county seat in every one), and
// reading a town's villages out of the province file costs more than the rest of the build: kept by town.
const keptTowns = new Map<string, TownNames>()
const keptTownCount = 4096

/** A town's short form and the names of its villages and communities, with what each stands for. */
function namesOfTown(town: string): TownNames {
  const known = keptTowns.get(town)
  if (known) return known
  const names: string[] = []
  const values: LocalName[] = []
  const add = (name: string, value: LocalName) => {
    // Town short forms have two characters or more (splitDivisionName keeps no shorter one), and so has every
    // village name of data/gazetteer-villages: the scan reads pairs.
    if (name.length < 2) return
    names.push(name)
    values.push(value)
  }
  for (const division of loadGazetteer().divisionsOf(town)) if (division.shortForm) add(division.shortForm, {kind: 'town', division})
  const village: LocalName = {kind: 'village', town}
  for (const name of villagesOfTown(town)) for (const variant of villageVariants(name)) add(variant, village)
  const made = {names, values, openings: Int32Array.from(names, (name) => openingHash(name, 0, Math.min(name.length, 3)))}
  if (keptTowns.size >= keptTownCount) keptTowns.delete(keptTowns.keys().next().value ?? '')
  keptTowns.set(town, made)
  return made
}

/** The scan's index of `byName`, whose names have two characters or more. */
export function indexLocalNames<T = LocalName>(byName: Map<string, T[]>): LocalNames<T> {
  const lengths = new Map<number, number[]>()
  const firsts = new Int32Array(1 << (32 - firstShift - 5))
  const pairs = new Int32Array(1 << (32 - firstShift - 5))
  for (const name of byName.keys()) {
    // The scan reads pairs (see namesOfTown)
    if (name.length < 2) continue
    const pair = pairAt(name, 0)
    setBit(firsts, firstBit(name.charCodeAt(0)))
    setBit(pairs, pairBit(pair))
    const known = lengths.get(pair)
    if (!known) lengths.set(pair, [name.length])
    else if (!known.includes(name.length)) known.push(name.length)
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a)
  return {byName, lengthsByPair: lengths, firsts, pairs}
}

/** Every leftmost-longest occurrence of the names in `text`, in text order, as a trie of them would find. */
export function scanLocalNames<T>(names: LocalNames<T>, text: string): TrieMatch<T>[] {
  const {byName, lengthsByPair, firsts, pairs} = names
  const matches: TrieMatch<T>[] = []
  let index = 0
  const last = text.length - 1
  while (index < last) {
    const code = text.charCodeAt(index)
    if (!hasBit(firsts, firstBit(code))) {
      index++
      continue
    }
    const pair = pairAt(text, index)
    const lengths = hasBit(pairs, pairBit(pair)) ? lengthsByPair.get(pair) : undefined
    const match = lengths === undefined ? undefined : longestNameAt(byName, lengths, text, index)
    if (match) matches.push(match)
    index = match ? match.end : index + 1
  }
  return matches
}

/**
 * The longest of the names starting at `start` whose first pair begins names of `lengths` (longest first), read over
 * a PDF's line wrap after its opening three characters (较场口社⏎区, 较场口⏎社区): the match then spans the wrap. A wrap
 * inside the opening is not read: `localNames` let through only the names whose opening the text holds.
 */
function longestNameAt<T>(byName: ReadonlyMap<string, T[]>, lengths: readonly number[], text: string, start: number): TrieMatch<T> | undefined {
  const wrap = wrapAfterOpening(text, start, lengths[0] ?? 0)
  for (const length of lengths) {
    const values = start + length <= text.length ? byName.get(text.slice(start, start + length)) : undefined
    if (values) return {start, end: start + length, values}
    if (wrap === undefined || wrap.at >= start + length) continue
    const end = start + length + wrap.resume - wrap.at
    const wrapped = end <= text.length ? byName.get(text.slice(start, wrap.at) + text.slice(wrap.resume, end)) : undefined
    if (wrapped) return {start, end, values: wrapped}
  }
  return undefined
}

/** The first line wrap inside the `length` characters from `start`, past its first three (see `lineWrapEnd`), if one is there. */
function wrapAfterOpening(text: string, start: number, length: number): {at: number; resume: number} | undefined {
  for (let at = start + 3; at < start + length && at < text.length; at++) {
    if (!isWhiteSpace(text.charCodeAt(at))) continue
    const resume = lineWrapEnd(text, at)
    return resume === undefined ? undefined : {at, resume}
  }
  return undefined
}

/**
 * How reports write a village's name: as listed, a community also as …居委会, a 五里社区村 also as 五里社区. A village
 * turned community or back (撤村改居: the tables list 前不塔气社区, a report 前不塔气村; 湖中村, 湖中社区) under either
 * level, and an ethnic village without its group (溪边回族村, 溪边村): under a town the document names, either is it.
 */
function villageVariants(name: string): string[] {
  if (name.endsWith('社区村')) return [name, name.slice(0, -1)]
  // A name of one character before the other level is too likely the tail of another (城|东社区 of 东村).
  if (name.endsWith('社区')) return name.length > 3 ? [name, `${name.slice(0, -2)}居委会`, `${name.slice(0, -2)}村`] : [name, `${name.slice(0, -2)}居委会`]
  if (!name.endsWith('村') || name.length < 3) return [name]
  const core = name.slice(0, -1)
  const bare = withoutEthnicGroup(core)
  return bare === core ? [name, `${core}社区`] : [name, `${core}社区`, `${bare}村`, `${bare}社区`]
}

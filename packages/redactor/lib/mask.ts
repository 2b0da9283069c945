import {createHmac} from 'node:crypto'
import type {EntityType, MaskStyle} from '@gongwen/schema'

/** What a mask needs to know about one mention. */
export interface MaskTarget {
  type: EntityType
  original: string
  /** Trailing generic characters kept visible by the styles that keep a suffix (江安县 → 1). */
  suffixLength: number
}

const tags: Record<EntityType, string> = {
  PLACE: '[地名]',
  ORG: '[单位]',
  PERSON: '[人名]',
  FIGURE: '[数字]',
  CONTACT: '[联系方式]',
  DATE: '[日期]'
}

// Pseudonym alphabets. Places take the heavenly stems (甲县, 乙市), as anonymised Chinese texts do, people
// 某 + a stem (某甲), units Latin capitals (A单位, B小学). keep-list.ts protects these shapes when pseudonyms are on.
const stems = [...'甲乙丙丁戊己庚辛壬癸']
const capitals = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

function alphabet(type: EntityType): readonly string[] {
  return type === 'ORG' ? capitals : stems
}

/** The n-th label of an alphabet: single symbols first, then pairs (甲 … 癸, 甲甲 …). */
function label(symbols: readonly string[], index: number): string {
  const size = symbols.length
  if (index < size) return symbols[index] ?? ''
  const pair = index - size
  return (symbols[Math.floor(pair / size) % size] ?? '') + (symbols[pair % size] ?? '')
}

/** The part of a mention that names it (江安 of 江安县). */
export function properPart(target: Readonly<MaskTarget>): string {
  return target.original.slice(0, target.original.length - target.suffixLength)
}

function suffixOf(target: Readonly<MaskTarget>): string {
  return target.original.slice(target.original.length - target.suffixLength)
}

/** Key under which a mention's pseudonym is stored: its type and proper part, so 汝州 and 汝州市 share one. */
export function pseudonymKey(target: Readonly<MaskTarget>): string {
  return `${target.type}\u0000${properPart(target)}`
}

/**
 * Give every distinct (type, proper part) a pseudonym label. The preferred label comes from HMAC-SHA256 keyed
 * with `secret`, so separate runs and machines agree; names are placed in hash order (not document order), and a
 * name whose label is taken moves to the next free one, so two names never share a label within a document.
 */
export function assignPseudonyms(targets: readonly Readonly<MaskTarget>[], secret: string): Map<string, string> {
  const byType = new Map<EntityType, Map<string, string>>()
  for (const target of targets) {
    let digests = byType.get(target.type)
    if (digests === undefined) {
      digests = new Map()
      byType.set(target.type, digests)
    }
    const key = pseudonymKey(target)
    if (!digests.has(key)) digests.set(key, createHmac('sha256', secret).update(key).digest('hex'))
  }
  const labels = new Map<string, string>()
  for (const [type, digests] of byType) {
    const symbols = alphabet(type)
    // Single symbols while they suffice; pairs once a document names more than the alphabet holds.
    const room = digests.size <= symbols.length ? symbols.length : symbols.length * (symbols.length + 1)
    const taken = new Set<number>()
    const ordered = [...digests].sort(([keyA, a], [keyB, b]) => (a < b ? -1 : a > b ? 1 : keyA < keyB ? -1 : 1))
    for (const [key, digest] of ordered) {
      let slot = Number.parseInt(digest.slice(0, 12), 16) % room
      while (taken.has(slot)) slot = (slot + 1) % room
      taken.add(slot)
      labels.set(key, label(symbols, slot))
    }
  }
  return labels
}

function pseudonym(target: Readonly<MaskTarget>, labelText: string): string {
  const suffix = suffixOf(target)
  switch (target.type) {
    case 'PLACE': {
      return labelText + suffix
    }
    case 'ORG': {
      return labelText + (suffix === '' ? '单位' : suffix)
    }
    case 'PERSON': {
      return `某${labelText}`
    }
    default: {
      // A figure, contact or date has no meaningful stand-in name: it gets its category tag.
      return tags[target.type]
    }
  }
}

/**
 * The replacement for one mention in one style. `labels` comes from `assignPseudonyms` over the whole
 * document; styles other than `pseudonym` ignore it.
 */
export function maskMention(target: Readonly<MaskTarget>, style: MaskStyle, labels: ReadonlyMap<string, string>): string {
  const suffix = suffixOf(target)
  switch (style) {
    case 'star': {
      return `*${suffix}`
    }
    case 'double-star': {
      return '**'
    }
    case 'star-per-char': {
      return '*'.repeat([...properPart(target)].length) + suffix
    }
    case 'xx': {
      return `xx${suffix}`
    }
    case 'tag': {
      return tags[target.type] + (target.type === 'PLACE' || target.type === 'ORG' ? suffix : '')
    }
    case 'pseudonym': {
      const labelText = labels.get(pseudonymKey(target))
      return labelText === undefined ? tags[target.type] : pseudonym(target, labelText)
    }
    case 'keep': {
      return target.original
    }
  }
}

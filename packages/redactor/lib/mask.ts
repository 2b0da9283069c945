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

// Pseudonyms are two capital letters (AK县, 某AK, AK小学): one fixed-size space of 676 labels, so a name's
// label is a function of the key and the name alone, and every document, shard and machine that names it
// agrees. A label space that grew with the document (甲 … 癸, then pairs) would give the same name different
// labels in documents that name different numbers of places. keep-list.ts protects these shapes.
const capitals = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
const labelCount = capitals.length * capitals.length

function label(slot: number): string {
  return (capitals[Math.floor(slot / capitals.length)] ?? '') + (capitals[slot % capitals.length] ?? '')
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
 * Give every distinct (type, proper part) a pseudonym label: the slot HMAC-SHA256 keyed with `secret` picks,
 * so separate runs, shards and machines agree. Should two names of one document hash to the same slot (about
 * one document in six that names fifteen places), the one later in hash order takes the next free slot, so
 * two names never share a label within a document; every other name keeps its label everywhere.
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
  for (const digests of byType.values()) {
    const taken = new Set<number>()
    const ordered = [...digests].sort(([keyA, a], [keyB, b]) => (a < b ? -1 : a > b ? 1 : keyA < keyB ? -1 : 1))
    for (const [key, digest] of ordered) {
      let slot = Number.parseInt(digest.slice(0, 12), 16) % labelCount
      // A document naming more than 676 names of one type reuses labels rather than looping forever.
      for (let tries = 0; taken.has(slot) && tries < labelCount; tries++) slot = (slot + 1) % labelCount
      taken.add(slot)
      labels.set(key, label(slot))
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

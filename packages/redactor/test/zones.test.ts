import {parse} from '@gongwen/parser'
import {describe, expect, it} from 'vitest'
import {zonesFromTree} from '../lib/zones.js'
import {readSeed} from './make-context.js'

/** Every node of a tree with its type, however deep (a reference walk that visits everything). */
function countTypes(node: unknown, counts: Map<string, number>): Map<string, number> {
  if (typeof node !== 'object' || node === null || !('type' in node) || typeof node.type !== 'string') return counts
  counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) countTypes(child, counts)
  return counts
}

describe('zonesFromTree', () => {
  it('should give the title, headings, body, signature and date of w01 in document order', () => {
    const text = readSeed('w01')
    const zones = zonesFromTree(parse(text).tree)
    const slice = (index: number): string => {
      const zone = zones[index]
      return zone ? text.slice(zone.start, zone.end) : ''
    }
    expect(zones[0]?.kind).toBe('title')
    expect(slice(0)).toBe('国家税务总局江安县税务局2023年上半年工作总结')
    expect(zones.at(-2)?.kind).toBe('signature')
    expect(slice(zones.length - 2)).toBe('国家税务总局江安县税务局')
    expect(zones.at(-1)?.kind).toBe('dateLine')
    for (const [index, zone] of zones.entries()) {
      expect(zone.end).toBeGreaterThan(zone.start)
      expect(zone.start).toBeGreaterThanOrEqual(zones[index - 1]?.end ?? 0)
    }
  })

  it('should give one zone per heading, paragraph and closing, however deep the sections nest', () => {
    for (const prefix of ['000', '001', '004', 'w01', 'w06']) {
      const tree = parse(readSeed(prefix)).tree
      const counts = countTypes(tree, new Map())
      const zones = zonesFromTree(tree)
      expect(zones.filter((zone) => zone.kind === 'heading')).toHaveLength(counts.get('heading') ?? 0)
      expect(zones.filter((zone) => zone.kind === 'body').length).toBe((counts.get('paragraph') ?? 0) + (counts.get('closing') ?? 0))
    }
  })
})

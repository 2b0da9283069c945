import type {RootNode} from '@gongwen/schema'
import type {Zone} from './detection.js'

type ZoneKind = Zone['kind']

// Leaf blocks whose role is a zone kind of their own; paragraphs and closings are body text. A map: node types
// come in every shape, and a map asks no more of a lookup by one than by another.
const kinds: ReadonlyMap<string, ZoneKind> = new Map([
  ['pageHeader', 'pageHeader'],
  ['title', 'title'],
  ['subtitle', 'subtitle'],
  ['byline', 'byline'],
  ['addressee', 'addressee'],
  ['signature', 'signature'],
  ['dateLine', 'dateLine'],
  ['caption', 'caption'],
  ['attachment', 'attachment'],
  ['note', 'note'],
  ['distribution', 'distribution'],
  ['heading', 'heading'],
  ['paragraph', 'body'],
  ['closing', 'body'],
  ['text', 'body']
])

/** The part of a tree node zones need. The schema's recursive section type widens nested children, so read them structurally. */
interface ZoneSource {
  type: string
  position?: {start: {offset: number}; end: {offset: number}}
  children?: readonly unknown[]
}

function isZoneSource(value: unknown): value is ZoneSource {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
}

// Only these hold blocks: every other node is a zone or a leaf between blocks (a break), with nothing to visit.
const containers: ReadonlySet<string> = new Set(['root', 'article', 'section'])

function visit(node: ZoneSource, zones: Zone[]): void {
  const {type} = node
  const kind = kinds.get(type)
  if (kind !== undefined) {
    const {position} = node
    if (position && position.end.offset > position.start.offset) zones.push({kind, start: position.start.offset, end: position.end.offset})
    return
  }
  if (!containers.has(type)) return
  for (const child of node.children ?? []) if (isZoneSource(child)) visit(child, zones)
}

/** The zones of a parsed document in document order: one per titled block, heading and paragraph. */
export function zonesFromTree(tree: RootNode): Zone[] {
  const zones: Zone[] = []
  visit(tree, zones)
  return zones
}

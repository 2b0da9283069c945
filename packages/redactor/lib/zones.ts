import type {RootNode} from '@gongwen/schema'
import type {Zone} from './detection.js'

type ZoneKind = Zone['kind']

// Leaf blocks whose role is a zone kind of their own; paragraphs and closings are body text.
const kinds: Readonly<Record<string, ZoneKind>> = {
  title: 'title',
  subtitle: 'subtitle',
  byline: 'byline',
  addressee: 'addressee',
  signature: 'signature',
  dateLine: 'dateLine',
  caption: 'caption',
  attachment: 'attachment',
  heading: 'heading',
  paragraph: 'body',
  closing: 'body',
  text: 'body'
}

/** The part of a tree node zones need. The schema's recursive section type widens nested children, so read them structurally. */
interface ZoneSource {
  type: string
  position?: {start: {offset: number}; end: {offset: number}}
  children?: readonly unknown[]
}

function isZoneSource(value: unknown): value is ZoneSource {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
}

function visit(node: ZoneSource, zones: Zone[]): void {
  const kind = kinds[node.type]
  if (kind !== undefined) {
    if (node.position && node.position.end.offset > node.position.start.offset) {
      zones.push({kind, start: node.position.start.offset, end: node.position.end.offset})
    }
    return
  }
  for (const child of node.children ?? []) if (isZoneSource(child)) visit(child, zones)
}

/** The zones of a parsed document in document order: one per titled block, heading and paragraph. */
export function zonesFromTree(tree: RootNode): Zone[] {
  const zones: Zone[] = []
  visit(tree, zones)
  return zones
}

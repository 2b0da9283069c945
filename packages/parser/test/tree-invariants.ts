// What every parsed tree must satisfy, whatever the route (text or Markdown) and input.
import {RootNode, type Node} from '@gongwen/schema'
import {expect} from 'vitest'

type Leaf = Extract<Node, {value: string}>

/** Every node of the tree in document order, and its leaves. */
export function walkTree(node: Node, nodes: Node[] = [], leaves: Leaf[] = []): {nodes: Node[]; leaves: Leaf[]} {
  nodes.push(node)
  if ('value' in node) leaves.push(node)
  else for (const child of node.children as Node[]) walkTree(child, nodes, leaves)
  return {nodes, leaves}
}

/**
 * Assert that `tree` is a valid, lossless tree of `text`: it passes the schema, its leaves tile
 * the text without gaps or overlaps, each leaf's offsets slice out its value, line and column
 * agree with the offsets, and every parent's position contains its children's.
 */
export function expectValidTree(text: string, tree: RootNode): void {
  expect(RootNode.safeParse(tree).success).toBe(true)
  const {nodes, leaves} = walkTree(tree)
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)]
  let offset = 0
  for (const leaf of leaves) {
    const {start, end} = leaf.position
    expect(start.offset).toBe(offset)
    expect(text.slice(start.offset, end.offset)).toBe(leaf.value)
    expect(start.column).toBe(start.offset - (lineStarts[start.line - 1] ?? Number.NaN) + 1)
    offset = end.offset
  }
  expect(offset).toBe(text.length)
  expect(leaves.map((leaf) => leaf.value).join('')).toBe(text)
  expect(tree.position.start.offset).toBe(0)
  expect(tree.position.end.offset).toBe(text.length)
  for (const node of nodes) {
    if ('value' in node) continue
    for (const child of node.children as Node[]) {
      expect(child.position.start.offset).toBeGreaterThanOrEqual(node.position.start.offset)
      expect(child.position.end.offset).toBeLessThanOrEqual(node.position.end.offset)
    }
  }
}

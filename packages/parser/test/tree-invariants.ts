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
  expect(treeProblem(text, tree)).toBeUndefined()
}

/** The first broken invariant, described, or `undefined` (checked without `expect` per node: fast on large trees). */
function treeProblem(text: string, tree: RootNode): string | undefined {
  const {nodes, leaves} = walkTree(tree)
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)]
  let offset = 0
  for (const leaf of leaves) {
    const {start, end} = leaf.position
    const where = `${leaf.type} ${JSON.stringify(leaf.value)} at ${start.offset}-${end.offset}`
    if (start.offset !== offset) return `${where}: starts at ${start.offset}, previous leaf ended at ${offset}`
    if (text.slice(start.offset, end.offset) !== leaf.value) return `${where}: the source there is ${JSON.stringify(text.slice(start.offset, end.offset))}`
    const column = start.offset - (lineStarts[start.line - 1] ?? Number.NaN) + 1
    if (start.column !== column) return `${where}: line ${start.line} column ${start.column}, expected column ${column}`
    offset = end.offset
  }
  if (offset !== text.length) return `leaves end at ${offset}, the text at ${text.length}`
  if (tree.position.start.offset !== 0 || tree.position.end.offset !== text.length) return 'root does not span the text'
  for (const node of nodes) {
    if ('value' in node) continue
    for (const child of node.children as Node[]) {
      if (child.position.start.offset < node.position.start.offset || child.position.end.offset > node.position.end.offset) {
        return `${child.type} at ${child.position.start.offset}-${child.position.end.offset} lies outside its ${node.type} at ${node.position.start.offset}-${node.position.end.offset}`
      }
    }
  }
  return undefined
}

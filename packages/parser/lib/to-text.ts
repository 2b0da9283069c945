import type {Node} from '@gongwen/schema'

/**
 * The source text of a node: its leaves' values in order. For a parsed root this is the input,
 * exactly (`toText(parse(x).tree) === x`).
 *
 * @param node a root or any node of it
 */
export function toText(node: Node): string {
  if (!('children' in node)) return node.value
  const parts: string[] = []
  collect(node, parts)
  return parts.join('')
}

function collect(node: Node, parts: string[]): void {
  if (!('children' in node)) {
    parts.push(node.value)
    return
  }
  for (const child of node.children) collect(child, parts)
}

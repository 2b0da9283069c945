// Small readers over parsed trees, so tests assert on structure rather than on node plumbing.
import {readdirSync, readFileSync} from 'node:fs'
import type {ArticleNode, EnumItemNode, Node, RootNode, SectionNode} from '@gongwen/schema'

const corpus = new URL('../../../corpus/', import.meta.url)

/** The text of a corpus document, by the start of its name (`000`, `w07`). */
export function readCorpus(prefix: string): string {
  const name = readdirSync(corpus).find((file) => file.startsWith(prefix))
  if (!name) throw new Error(`No corpus document starting with \`${prefix}\``)
  return readFileSync(new URL(name, corpus), 'utf8')
}

/** Every node of a tree in document order. */
export function allNodes(node: Node, nodes: Node[] = []): Node[] {
  nodes.push(node)
  if ('children' in node) for (const child of node.children) allNodes(child, nodes)
  return nodes
}

export function articles(tree: RootNode): ArticleNode[] {
  return tree.children.filter((child): child is ArticleNode => child.type === 'article')
}

export function sections(tree: RootNode): SectionNode[] {
  return allNodes(tree).filter((node): node is SectionNode => node.type === 'section')
}

export function enumItems(node: Node): EnumItemNode[] {
  return allNodes(node).filter((child): child is EnumItemNode => child.type === 'enumItem')
}

/** Nodes of one type, e.g. `ofType(tree, 'caption')`. */
export function ofType<T extends Node['type']>(node: Node, type: T): Array<Extract<Node, {type: T}>> {
  return allNodes(node).filter((child): child is Extract<Node, {type: T}> => child.type === type)
}

import type {BlockContent, BreakNode, HeadingNode, InlineContent, ParagraphNode, SectionNode} from '@gongwen/schema'
import type {Nodes} from 'mdast'
import type {HeadingMarkerMatch} from '../match-marker.js'
import {inlineLeaves, type Source} from './inline-leaves.js'

// The Markdown route reads blocks into a flat list of items first; titles, lead, back matter and
// sections are then decided on the list, as the text route decides them on its blocks.

export type LeafBlock = Exclude<BlockContent, SectionNode>

/** A heading: a Markdown heading, or a paragraph that starts with a heading marker. */
export interface HeadingItem {
  type: 'heading'
  heading: HeadingNode
  /** `#` count of the Markdown heading; `undefined` for a paragraph that starts with a marker. */
  markdownDepth: number | undefined
  marker: HeadingMarkerMatch | undefined
  title: string
}

/** Any other block: a paragraph, a break between blocks, or what a paragraph turned out to be. */
export interface LeafItem {
  type: 'leaf'
  node: LeafBlock
  /** The Markdown reading of a paragraph, to find the lead paragraph, subtitle and back matter. */
  reading: string
  /** The leaves of a paragraph, for the node it may turn into (title, subtitle, signature…). */
  leaves: InlineContent[]
}

export type Item = HeadingItem | LeafItem

const emptyNode: Nodes = {type: 'root', children: []}

export function paragraphItem(source: Source, node: Nodes, start: number, end: number, soft: boolean): LeafItem {
  const leaves = inlineLeaves(source, node, start, end, soft)
  const paragraph: ParagraphNode = {type: 'paragraph', role: 'body', children: leaves, position: source.leaves.position(start, end)}
  return {type: 'leaf', node: paragraph, reading: plainText(node), leaves}
}

/** Blank lines between blocks are a break; anything else there (never expected) a paragraph. */
export function gapItem(source: Source, start: number, end: number): LeafItem {
  if (/^\s*$/.test(source.text.slice(start, end))) return {type: 'leaf', node: gapBreak(source, start, end), reading: '', leaves: []}
  return paragraphItem(source, emptyNode, start, end, false)
}

export function gapBreak(source: Source, start: number, end: number): BreakNode {
  return {type: 'break', value: source.text.slice(start, end), position: source.leaves.position(start, end)}
}

/**
 * Replace `children[index]` by the text before `[start, end)`, a marker leaf for it, and the
 * text after; `normalized` is the reading of those texts (`''` for syntax, `undefined`: as written).
 */
export function markLeaf(source: Source, children: InlineContent[], index: number, start: number, end: number, normalized: '' | undefined): InlineContent[] {
  const leaf = children[index]
  if (!leaf) return children
  const parts: InlineContent[] = []
  if (start > leaf.position.start.offset) parts.push(source.leaves.text(leaf.position.start.offset, start, normalized))
  parts.push(source.leaves.marker(start, end))
  if (end < leaf.position.end.offset) parts.push(source.leaves.text(end, leaf.position.end.offset, normalized))
  return [...children.slice(0, index), ...parts, ...children.slice(index + 1)]
}

export function isBreak(item: Item): boolean {
  return item.type === 'leaf' && item.node.type === 'break'
}

/** The Markdown reading of a node: its literals' values, without syntax. */
export function plainText(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child: Nodes) => plainText(child)).join('')
  return ''
}

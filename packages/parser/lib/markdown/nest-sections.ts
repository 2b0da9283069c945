import type {ArticleNode, BlockContent, ParagraphNode, SectionNode} from '@gongwen/schema'
import type {VFile} from 'vfile'
import {checkNumbering, type WarningCounts} from '../check-numbering.js'
import type {HeadingMarkerMatch} from '../match-marker.js'
import {splitEnumerations} from '../split-enumerations.js'
import type {TreeOptions} from '../tree-options.js'
import type {Item} from './items.js'

/** An open container while nesting: the article or a section, with what numbering checks need. */
interface Frame {
  section: SectionNode | undefined
  depth: number
  children: Array<BlockContent | SectionNode['children'][number]>
  /** The marker of this numbered section. */
  marker: HeadingMarkerMatch | undefined
  /** The marker of the last numbered section placed directly in this one. */
  lastChild: HeadingMarkerMatch | undefined
}

/** Nest the items into sections by level; numbered headings are checked as on the text route. */
export function nestSections(items: readonly Item[], article: ArticleNode, file: VFile, options: Readonly<TreeOptions>): void {
  // Unnumbered levels count from the shallowest `#` heading (a loop: a spread of 100 000 depths overflows).
  let shallowest = 6
  for (const item of items) if (item.type === 'heading' && item.markdownDepth !== undefined && item.markdownDepth < shallowest) shallowest = item.markdownDepth
  const shift = shallowest - 1
  const counts: WarningCounts = new Map()
  const root: Frame = {section: undefined, depth: 0, children: article.children, marker: undefined, lastChild: undefined}
  const open: Frame[] = [root]
  const bodies: Array<Frame['children']> = [article.children]
  for (const item of items) {
    if (item.type === 'leaf') {
      innermost(open, root).children.push(item.node)
      extend(open, item.node.position.end)
      continue
    }
    const marker = item.marker
    const depth = marker?.depth ?? Math.min(Math.max((item.markdownDepth ?? 1) - shift, 1), 6)
    while (open.length > 1 && innermost(open, root).depth >= depth) open.pop()
    const frame = innermost(open, root)
    if (marker) {
      const previous = frame.lastChild?.depth === depth ? frame.lastChild : undefined
      checkNumbering(file, counts, marker, previous, frame.marker, item.heading.position)
      frame.lastChild = marker
    }
    item.heading.depth = depth
    const section: SectionNode = {
      type: 'section',
      depth,
      kind: marker ? 'numbered' : 'unnumbered',
      marker: marker?.marker ?? '',
      ordinal: marker?.ordinal ?? null,
      title: item.title,
      children: [item.heading],
      position: item.heading.position
    }
    frame.children.push(section)
    extend(open, section.position.end)
    open.push({section, depth, children: section.children, marker, lastChild: undefined})
    bodies.push(section.children)
  }
  if (options.inlineEnumerations) for (const body of bodies) splitBodyEnumerations(body)
}

/**
 * The innermost open container. A module function, not a closure made per item: a loader that
 * keeps function names (tsx) pays a defineProperty for each closure made (~15% of the Markdown route).
 */
function innermost(open: readonly Frame[], root: Frame): Frame {
  return open.at(-1) ?? root
}

/** Inline enumerations (一是…二是…) of one body's paragraphs become items, as on the text route. */
function splitBodyEnumerations(body: Frame['children']): void {
  // Plain loops: flatMap makes an array per child, and every section body passes here.
  const indices: number[] = []
  const paragraphs: ParagraphNode[] = []
  let index = -1
  while (++index < body.length) {
    const child = body[index]
    if (child && isBodyParagraph(child)) {
      indices.push(index)
      paragraphs.push(child)
    }
  }
  if (paragraphs.length === 0) return
  const split = splitEnumerations(paragraphs)
  let position = -1
  while (++position < indices.length) {
    const paragraph = split[position]
    const at = indices[position]
    if (paragraph && at !== undefined) body[at] = paragraph
  }
}

function isBodyParagraph(node: BlockContent | SectionNode['children'][number]): node is ParagraphNode {
  return node.type === 'paragraph' && node.role === 'body'
}

/** A section ends where its last child ends: every open section grows with each block added. */
function extend(open: readonly Frame[], end: SectionNode['position']['end']): void {
  for (const {section} of open) if (section) section.position = {start: section.position.start, end}
}


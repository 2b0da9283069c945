import type {
  AddresseeNode,
  ArticleNode,
  BlockContent,
  BreakNode,
  HeadingNode,
  InlineContent,
  ParagraphNode,
  RootNode,
  SectionNode,
  SubtitleNode,
  TitleNode
} from '@gongwen/schema'
import type {List, ListItem, Nodes, Paragraph, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {closingOpeners, closingPhrases, dateLinePattern} from './back-matter-phrases.js'
import {checkNumbering, type WarningCounts} from './check-numbering.js'
import {createLeafFactory} from './leaves.js'
import {inlineLeaves, type Source} from './markdown/inline-leaves.js'
import {splitEnumerations} from './split-enumerations.js'
import {headingTerminators} from './markers.js'
import {matchHeadingMarker, type HeadingMarkerMatch} from './match-marker.js'
import {foldWidth} from './normalize/fold-width.js'
import {normalizedText} from './normalized-text.js'

type LeafBlock = Exclude<BlockContent, SectionNode>

interface HeadingItem {
  type: 'heading'
  heading: HeadingNode
  /** `#` count of the Markdown heading; `undefined` for a paragraph that starts with a marker. */
  markdownDepth: number | undefined
  marker: HeadingMarkerMatch | undefined
  title: string
}

interface LeafItem {
  type: 'leaf'
  node: LeafBlock
  /** The Markdown reading of a paragraph, to find the lead paragraph and the subtitle. */
  reading: string
  /** The leaves of a paragraph, should it turn out to be the subtitle. */
  leaves: InlineContent[]
}

type Item = HeadingItem | LeafItem

const processor = unified().use(remarkParse).freeze()
// An addressee or a signature is a unit's name, never a sentence; a closing formula one sentence.
const maxAddressee = 30
const maxSignature = 30
const maxClosing = 40
const titleEnd = new RegExp(`[${headingTerminators}]`)
const emptyNode: Nodes = {type: 'root', children: []}

/**
 * Parse a Markdown report into the same lossless, positioned tree as the text route.
 *
 * - ATX and setext headings open sections. A heading whose text starts with a GB/T 9704 marker
 *   (一、 （一） 1. （1） ①) takes the marker's level, `kind: 'numbered'`, its marker and ordinal;
 *   other headings are unnumbered, their level the `#` depth counted from the shallowest heading.
 * - The first heading, when it is a `#` heading without a marker, is the document title, and a
 *   paragraph right after it that opens with `——` is its subtitle.
 * - Paragraphs become paragraphs; the last ones may be a closing formula, signature lines and a
 *   date line (as on the text route). The last one before the first heading is the lead paragraph when
 *   it ends with `：`, and a short first one ending with `：` (`区委组织部：`) the addressee. Each list item becomes one paragraph (nested lists: their own paragraphs after
 *   it); an ordered item's number is a marker leaf. Block quotes, code, HTML, tables and rules are
 *   paragraphs of their source text.
 * - Lossless: every character belongs to one leaf. Markdown syntax (`#`, `**`, bullets, `>`) is
 *   kept as text leaves with `data.normalized: ''`; blank lines between blocks are breaks.
 * - Inline enumerations (一是…二是…) in the paragraphs of a section body become `enumItem` nodes
 *   through the text route's splitter.
 *
 * @param text the Markdown source
 * @param file the file being parsed: numbering problems (level skips, gaps, duplicates) are reported on it
 */
export function fromMarkdown(text: string, file: VFile): RootNode {
  const leaves = createLeafFactory(text)
  const source: Source = {text, leaves}
  const children = processor.parse(text).children
  const root: RootNode = {type: 'root', children: [], position: source.leaves.position(0, text.length), data: {format: 'markdown'}}
  const first = children[0]?.position?.start.offset
  const last = children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) {
    if (text !== '') root.children.push(gapBreak(source, 0, text.length))
    return root
  }
  if (first > 0) root.children.push(gapBreak(source, 0, first))
  const article: ArticleNode = {type: 'article', children: [], position: source.leaves.position(first, last)}
  root.children.push(article)
  nest(markBackMatter(markTitleAndLead(flowItems(source, children))), article, file)
  if (last < text.length) root.children.push(gapBreak(source, last, text.length))
  return root
}

/** One item per block, and a break for the blank lines between blocks. */
function flowItems(source: Source, nodes: readonly RootContent[]): Item[] {
  const items: Item[] = []
  let cursor = nodes[0]?.position?.start.offset ?? 0
  for (const node of nodes) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (start > cursor) items.push(gapItem(source, cursor, start))
    if (node.type === 'heading') items.push(headingItem(source, node, start, end))
    else if (node.type === 'list') items.push(...listItems(source, node))
    else if (node.type === 'paragraph') items.push(...markedParagraphItems(source, node, start, end))
    else items.push(paragraphItem(source, node, start, end, false))
    cursor = end
  }
  return items
}

function headingItem(source: Source, node: Nodes & {depth: number}, start: number, end: number): HeadingItem {
  const reading = plainText(node).trim()
  const marker = matchHeadingMarker(reading, 0, reading.length)
  const children = inlineLeaves(source, node, start, end, false)
  const afterMarker = marker ? reading.slice(marker.end) : reading
  return {
    type: 'heading',
    heading: {type: 'heading', depth: 1, children: marker ? splitMarker(source, children, marker.marker) : children, position: source.leaves.position(start, end)},
    markdownDepth: node.depth,
    marker,
    title: titleOf(afterMarker)
  }
}

/** The outline title: the heading text after the marker up to the first 。；：！ or line end. */
function titleOf(afterMarker: string): string {
  return foldWidth((afterMarker.split(titleEnd)[0] ?? '').split(/\r?\n|\r/)[0] ?? '').trim()
}

/**
 * A paragraph that starts with a heading marker (`一、总体情况`, `（一）党建领航，强化引领。坚持…`)
 * is a heading, as on the text route: up to the first 。；：！ when body text follows it on the
 * same line (a run-in heading), else its whole first line; the rest is the section's first paragraph.
 */
function markedParagraphItems(source: Source, node: Paragraph, start: number, end: number): Item[] {
  const paragraph = paragraphItem(source, node, start, end, true)
  const reading = paragraph.reading
  const lead = reading.length - reading.trimStart().length
  const marker = matchHeadingMarker(reading, lead, reading.length)
  const children = marker ? splitMarker(source, paragraph.leaves, marker.marker) : paragraph.leaves
  const markerLeaf = children.findIndex((leaf) => leaf.type === 'marker')
  if (!marker || markerLeaf === -1) return [paragraph]
  const headingEnd = runInEnd(children, markerLeaf) ?? lineEnd(children, markerLeaf) ?? end
  const headingLeaves = children.filter((leaf) => leaf.position.end.offset <= headingEnd)
  const rest = children.filter((leaf) => leaf.position.start.offset >= headingEnd)
  const cut = children.find((leaf) => leaf.position.start.offset < headingEnd && leaf.position.end.offset > headingEnd)
  if (cut?.type === 'text') {
    const normalized = cut.data?.normalized === '' ? '' : undefined
    headingLeaves.push(source.leaves.text(cut.position.start.offset, headingEnd, normalized))
    rest.unshift(source.leaves.text(headingEnd, cut.position.end.offset, normalized))
  }
  const afterMarker = reading.slice(marker.end)
  const items: Item[] = [
    {
      type: 'heading',
      heading: {type: 'heading', depth: 1, children: headingLeaves, position: source.leaves.position(start, headingEnd)},
      markdownDepth: undefined,
      marker,
      title: titleOf(afterMarker)
    }
  ]
  // The line ending after a heading line is a break between blocks, not part of either.
  const gap = rest[0]?.type === 'break' ? rest.shift() : undefined
  if (gap) items.push({type: 'leaf', node: {type: 'break', value: gap.value, position: gap.position}, reading: '', leaves: []})
  const bodyStart = rest[0]?.position.start.offset
  if (bodyStart !== undefined) {
    const body: ParagraphNode = {type: 'paragraph', role: 'body', children: rest, position: source.leaves.position(bodyStart, end)}
    items.push({type: 'leaf', node: body, reading: rest.map((leaf) => normalizedText(leaf)).join(''), leaves: rest})
  }
  return items
}

/** End of a run-in heading: after the first 。；：！ of the marker's line, when more text follows on that line. */
function runInEnd(children: readonly InlineContent[], markerLeaf: number): number | undefined {
  let index = markerLeaf
  while (++index < children.length) {
    const leaf = children[index]
    if (!leaf || leaf.type === 'break') return undefined
    if (leaf.type !== 'text' || leaf.data?.normalized === '') continue
    const terminator = leaf.value.search(titleEnd)
    if (terminator === -1) continue
    const headingEnd = leaf.position.start.offset + terminator + 1
    const more = leaf.value.slice(terminator + 1).trim() !== '' || hasContentBeforeBreak(children, index + 1)
    return more ? headingEnd : undefined
  }
  return undefined
}

function hasContentBeforeBreak(children: readonly InlineContent[], from: number): boolean {
  let index = from - 1
  while (++index < children.length) {
    const leaf = children[index]
    if (!leaf || leaf.type === 'break') return false
    if (leaf.type === 'text' && leaf.data?.normalized !== '' && leaf.value.trim() !== '') return true
  }
  return false
}

/** Start of the first line ending after the marker: a heading line without a run-in body ends there. */
function lineEnd(children: readonly InlineContent[], markerLeaf: number): number | undefined {
  return children.slice(markerLeaf).find((leaf) => leaf.type === 'break')?.position.start.offset
}

/** Cut the marker out of the first content leaf, so it is a marker leaf as on the text route. */
function splitMarker(source: Source, children: InlineContent[], marker: string): InlineContent[] {
  const index = children.findIndex((leaf) => leaf.type === 'text' && leaf.data?.normalized !== '')
  const leaf = children[index]
  if (leaf?.type !== 'text') return children
  const lead = leaf.value.length - leaf.value.trimStart().length
  if (!leaf.value.startsWith(marker, lead)) return children
  const start = leaf.position.start.offset + lead
  return markLeaf(source, children, index, start, start + marker.length, undefined)
}

/**
 * Replace `children[index]` by the text before `[start, end)`, a marker leaf for it, and the
 * text after; `normalized` is the reading of those texts (`''` for syntax, `undefined`: as written).
 */
function markLeaf(source: Source, children: InlineContent[], index: number, start: number, end: number, normalized: '' | undefined): InlineContent[] {
  const leaf = children[index]
  if (!leaf) return children
  const parts: InlineContent[] = []
  if (start > leaf.position.start.offset) parts.push(source.leaves.text(leaf.position.start.offset, start, normalized))
  parts.push(source.leaves.marker(start, end))
  if (end < leaf.position.end.offset) parts.push(source.leaves.text(end, leaf.position.end.offset, normalized))
  return [...children.slice(0, index), ...parts, ...children.slice(index + 1)]
}

function paragraphItem(source: Source, node: Nodes, start: number, end: number, soft: boolean): LeafItem {
  const leaves = inlineLeaves(source, node, start, end, soft)
  const paragraph: ParagraphNode = {type: 'paragraph', role: 'body', children: leaves, position: source.leaves.position(start, end)}
  return {type: 'leaf', node: paragraph, reading: plainText(node), leaves}
}

/**
 * One paragraph per list item, covering the item's bullet and its content up to a nested list;
 * nested lists follow as their own paragraphs.
 */
function listItems(source: Source, list: List): Item[] {
  const items: Item[] = []
  for (const item of list.children) {
    let start = item.position?.start.offset
    const end = item.position?.end.offset
    if (start === undefined || end === undefined) continue
    let run: ListItem['children'] = []
    const flush = (until: number) => {
      if (start === undefined || until <= start) return
      const paragraph = paragraphItem(source, {type: 'listItem', children: run}, start, until, true)
      if (list.ordered && paragraph.node.type === 'paragraph') {
        paragraph.leaves = numberMarker(source, paragraph.leaves)
        paragraph.node.children = paragraph.leaves
      }
      items.push(paragraph)
      start = until
    }
    for (const child of item.children) {
      const childStart = child.position?.start.offset
      const childEnd = child.position?.end.offset
      if (childStart === undefined || childEnd === undefined) continue
      if (child.type !== 'list') {
        run.push(child)
        continue
      }
      flush(run.at(-1)?.position?.end.offset ?? childStart)
      run = []
      if (start !== undefined && childStart > start) items.push(gapItem(source, start, childStart))
      items.push(...listItems(source, child))
      start = childEnd
    }
    flush(end)
  }
  return withGaps(source, items, list)
}

/** The breaks between the items of a list (blank lines of a loose list). */
function withGaps(source: Source, items: Item[], list: List): Item[] {
  const result: Item[] = []
  let cursor = list.position?.start.offset ?? 0
  for (const item of items) {
    const node = item.type === 'heading' ? item.heading : item.node
    if (node.position.start.offset > cursor) result.push(gapItem(source, cursor, node.position.start.offset))
    result.push(item)
    cursor = node.position.end.offset
  }
  return result
}

/** An ordered item's number (`1.` `2)`) is its marker. */
function numberMarker(source: Source, children: InlineContent[]): InlineContent[] {
  const first = children[0]
  if (first?.type !== 'text' || first.data?.normalized !== '') return children
  const number = /^(\s*)(\d{1,9}[.)])/.exec(first.value)
  if (!number?.[2]) return children
  const start = first.position.start.offset + (number[1] ?? '').length
  return markLeaf(source, children, 0, start, start + number[2].length, '')
}

/** Blank lines between blocks are a break; anything else there (never expected) a paragraph. */
function gapItem(source: Source, start: number, end: number): LeafItem {
  if (/^\s*$/.test(source.text.slice(start, end))) return {type: 'leaf', node: gapBreak(source, start, end), reading: '', leaves: []}
  return paragraphItem(source, emptyNode, start, end, false)
}

function gapBreak(source: Source, start: number, end: number): BreakNode {
  return {type: 'break', value: source.text.slice(start, end), position: source.leaves.position(start, end)}
}

/** The document title and subtitle at the top, and the lead paragraph before the first heading. */
function markTitleAndLead(items: Item[]): Item[] {
  const headingIndex = items.findIndex((item) => item.type === 'heading')
  const first = items[headingIndex]
  let bodyStart = 0
  if (first?.type === 'heading' && first.markdownDepth === 1 && !first.marker && items.slice(0, headingIndex).every(isBreak)) {
    const title: TitleNode = {type: 'title', children: first.heading.children, position: first.heading.position}
    items[headingIndex] = {type: 'leaf', node: title, reading: first.title, leaves: first.heading.children}
    bodyStart = headingIndex + 1
    const next = items.findIndex((item, index) => index > headingIndex && !isBreak(item))
    const candidate = items[next]
    if (candidate?.type === 'leaf' && candidate.node.type === 'paragraph' && /^\s*——/.test(candidate.reading)) {
      const subtitle: SubtitleNode = {type: 'subtitle', children: candidate.leaves, position: candidate.node.position}
      items[next] = {...candidate, node: subtitle}
      bodyStart = next + 1
    }
  }
  const end = items.findIndex((item, index) => index >= bodyStart && item.type === 'heading')
  const paragraphs = items
    .slice(bodyStart, end === -1 ? items.length : end)
    .filter((item): item is LeafItem & {node: ParagraphNode} => item.type === 'leaf' && item.node.type === 'paragraph')
  const lead = paragraphs.at(-1)
  if (lead && endsWithColon(lead.reading)) lead.node.role = 'lead'
  // `区委组织部：` on its own before the lead paragraph is the addressee.
  const addressee = paragraphs[0]
  if (addressee && addressee !== lead && endsWithColon(addressee.reading) && addressee.reading.length <= maxAddressee && !/[\r\n。]/.test(addressee.reading)) {
    const index = items.indexOf(addressee)
    const node: AddresseeNode = {type: 'addressee', children: addressee.leaves, position: addressee.node.position}
    items[index] = {...addressee, node}
  }
  return items
}

function endsWithColon(reading: string): boolean {
  return /[：:]\s*$/.test(reading)
}

/**
 * The back matter at the end, read bottom-up as the text route does: a date line, the signature
 * lines above it (short, no punctuation), and closing formulas (以上汇报…敬请批评指正).
 */
function markBackMatter(items: Item[]): Item[] {
  let index = items.length
  let dated = false
  while (--index >= 0) {
    const item = items[index]
    if (!item || isBreak(item)) continue
    if (item.type !== 'leaf' || item.node.type !== 'paragraph' || /[\r\n]/.test(item.reading)) break
    const reading = item.reading.trim()
    let node: LeafBlock
    if (!dated && dateLinePattern.test(reading)) {
      node = {type: 'dateLine', children: item.leaves, position: item.node.position}
      dated = true
    } else if (dated && reading.length <= maxSignature && !/[，、。；：！？,;:!?]/.test(reading)) {
      node = {type: 'signature', children: item.leaves, position: item.node.position}
    } else if (reading.length <= maxClosing && (closingOpeners.some((opener) => reading.startsWith(opener)) || closingPhrases.some((phrase) => reading.includes(phrase)))) {
      node = {type: 'closing', children: item.leaves, position: item.node.position}
    } else {
      break
    }
    items[index] = {...item, node}
  }
  return items
}

function isBreak(item: Item): boolean {
  return item.type === 'leaf' && item.node.type === 'break'
}

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
function nest(items: readonly Item[], article: ArticleNode, file: VFile): void {
  const depths = items.flatMap((item) => (item.type === 'heading' && item.markdownDepth !== undefined ? [item.markdownDepth] : []))
  const shift = Math.min(...depths, 7) - 1
  const counts: WarningCounts = new Map()
  const root: Frame = {section: undefined, depth: 0, children: article.children, marker: undefined, lastChild: undefined}
  const open: Frame[] = [root]
  const bodies: Array<Frame['children']> = [article.children]
  for (const item of items) {
    const parent = (): Frame => open.at(-1) ?? root
    if (item.type === 'leaf') {
      parent().children.push(item.node)
      extend(open, item.node.position.end)
      continue
    }
    const marker = item.marker
    const depth = marker?.depth ?? Math.min(Math.max((item.markdownDepth ?? 1) - shift, 1), 6)
    while (open.length > 1 && parent().depth >= depth) open.pop()
    const frame = parent()
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
  for (const body of bodies) splitBodyEnumerations(body)
}

/** Inline enumerations (一是…二是…) of one body's paragraphs become items, as on the text route. */
function splitBodyEnumerations(body: Frame['children']): void {
  const indices = body.flatMap((child, index) => (isBodyParagraph(child) ? [index] : []))
  const paragraphs = indices.flatMap((index) => {
    const child = body[index]
    return child && isBodyParagraph(child) ? [child] : []
  })
  const split = splitEnumerations(paragraphs)
  indices.forEach((index, position) => {
    const paragraph = split[position]
    if (paragraph) body[index] = paragraph
  })
}

function isBodyParagraph(node: BlockContent | SectionNode['children'][number]): node is ParagraphNode {
  return node.type === 'paragraph' && node.role === 'body'
}

/** A section ends where its last child ends: every open section grows with each block added. */
function extend(open: readonly Frame[], end: SectionNode['position']['end']): void {
  for (const {section} of open) if (section) section.position = {start: section.position.start, end}
}

/** The Markdown reading of a node: its literals' values, without syntax. */
function plainText(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child: Nodes) => plainText(child)).join('')
  return ''
}

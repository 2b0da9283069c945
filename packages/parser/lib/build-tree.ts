import type {ArticleNode, BlockContent, HeadingNode, InlineContent, ParagraphNode, Position, RootNode, SectionNode} from '@gongwen/schema'
import type {VFile} from 'vfile'
import type {Block} from './blocks.js'
import {checkNumbering, type WarningCounts} from './check-numbering.js'
import {findTerminator, runInEndAt} from './classify-body.js'
import {createLeafFactory, type LeafFactory} from './leaves.js'
import type {HeadingMarkerMatch} from './match-marker.js'
import {splitDoubledLine, vouchedLineTrust} from './normalize/collapse-doubled-glyphs.js'
import {foldWidth} from './normalize/fold-width.js'
import {splitEnumerations} from './split-enumerations.js'
import {splitTrailingClosing} from './split-trailing-closing.js'
import type {LineInfo} from './scan-lines.js'
import type {TreeOptions} from './tree-options.js'

const maxDepth = 6

/**
 * Parents are made before their last child is known; they hold this shared position until
 * `spanChildren` gives each its own, so no point is looked up or allocated twice.
 */
function unplaced(): Position {
  return placeholder
}
const placeholder: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/** What the tree is built from, and with. */
export interface TreeSource extends TreeOptions {
  text: string
  file: VFile
  lines: readonly LineInfo[]
  /** Where the lines start (`scanLines`), for points. */
  lineStarts: readonly number[]
  /** All blocks in document order: front matter, body, back matter. */
  blocks: readonly Block[]
  /** 1 when the text starts with a byte order mark, else 0. */
  bomEnd: number
  /** Whether the text was recognised as extracted from a PDF and repaired. */
  pdf: boolean
}

type Container = ArticleNode | SectionNode

interface Frame {
  node: Container
  depth: number
  kind: SectionNode['kind'] | 'article'
  /** The section's own marker when it is numbered. */
  marker?: HeadingMarkerMatch
  /** The marker of the last numbered section directly inside this one. */
  lastChild?: HeadingMarkerMatch
}

const backMatter = new Set<Block['kind']>(['closing', 'signature', 'dateLine', 'attachment', 'note', 'distribution'])

/**
 * Build the tree from classified blocks: articles (a title block opens one), sections nested by
 * depth (a heading closes the open sections at its depth or deeper), back matter at article level,
 * line endings and blank lines between blocks as break leaves. Numbering problems become warnings
 * on `file`. Then paragraphs before the first section become `lead`, inline enumerations become
 * `enumItem`s (unless `inlineEnumerations` is off), a closing sentence ending the last paragraph becomes a `closing`, and every parent
 * spans its first to last child.
 */
export function buildTree(source: TreeSource): RootNode {
  const {text, lines, blocks, bomEnd} = source
  const leaves = createLeafFactory(text, source.lineStarts)
  const counts: WarningCounts = new Map()
  const data: RootNode['data'] = source.pdf ? {format: 'text', pdf: true} : {format: 'text'}
  const root: RootNode = {type: 'root', children: [], position: leaves.position(0, text.length), data}
  if (bomEnd > 0) root.children.push(leaves.text(0, bomEnd))
  const firstBlock = blocks[0]
  const firstStart = firstBlock ? (lines[firstBlock.first]?.start ?? text.length) : text.length
  if (firstStart > bomEnd) root.children.push(leaves.break(bomEnd, firstStart, false))

  let stack: Frame[] = []
  let index = -1
  while (++index < blocks.length) {
    const block = blocks[index]
    if (!block) continue
    if (stack.length === 0 || block.startsArticle === true) {
      const article: ArticleNode = {type: 'article', children: [], position: unplaced()}
      root.children.push(article)
      stack = [{node: article, depth: 0, kind: 'article'}]
    }
    if (backMatter.has(block.kind)) stack.length = 1
    placeBlock(source, leaves, counts, stack, block)
    const end = lines[block.last]?.end ?? text.length
    const nextBlock = blocks[index + 1]
    const next = nextBlock ? (lines[nextBlock.first]?.start ?? text.length) : text.length
    if (next > end) {
      const gap = leaves.break(end, next, false)
      if (nextBlock) stack.at(-1)?.node.children.push(gap)
      else root.children.push(gap)
    }
  }
  for (const child of root.children) {
    if (child.type !== 'article') continue
    markLead(child)
    if (source.inlineEnumerations) splitContainerEnumerations(child)
    splitTrailingClosing(child)
    spanChildren(child)
  }
  return root
}

function placeBlock(source: TreeSource, leaves: LeafFactory, counts: WarningCounts, stack: Frame[], block: Block): void {
  const {text, lines} = source
  const line = lines[block.first]
  if (!line) return
  if (block.kind === 'heading' && block.marker) {
    const marker = block.marker
    while (stack.length > 1 && (stack.at(-1)?.depth ?? 0) >= marker.depth) stack.pop()
    const parent = stack.at(-1)
    if (!parent) return
    const children: InlineContent[] = []
    if (line.start < marker.start) children.push(leaves.text(line.start, marker.start))
    // A marker read from doubled glyphs (一一、、) gives its reading
    children.push(leaves.marker(marker.start, marker.end, block.reading === undefined ? undefined : marker.marker))
    let title: string
    let bodyStart: number | undefined
    if (block.reading === undefined) {
      const terminator = findTerminator(text, marker.end, line.textEnd)
      bodyStart = runInEndAt(line, terminator)
      if ((bodyStart ?? line.end) > marker.end) children.push(leaves.text(marker.end, bodyStart ?? line.end))
      title = titleOf(text, marker.end, terminator === -1 ? line.textEnd : terminator)
    } else {
      // In fake bold, marker and title are one line read once, with no run-in body: the title ends at its first 。；：！
      const reading = block.reading
      if (line.end > marker.end) children.push(leaves.text(marker.end, line.end, foldWidth(reading + text.slice(line.textEnd, line.end))))
      const terminator = findTerminator(reading, 0, reading.length)
      title = titleOf(reading, 0, terminator === -1 ? reading.length : terminator)
    }
    const section = makeSection(marker.depth, 'numbered', marker.marker, marker.ordinal, title, children)
    const previous = parent.lastChild?.depth === marker.depth ? parent.lastChild : undefined
    checkNumbering(source.file, counts, marker, previous, parent.marker, leaves.position(marker.start, bodyStart ?? line.end))
    parent.lastChild = marker
    if (bodyStart !== undefined) {
      let body: InlineContent[] = [leaves.text(bodyStart, line.end)]
      // The body wrapped onto further lines (PDF text): soft breaks, then those lines.
      if (block.last > block.first) {
        const continuation = lineLeaves(lines, leaves, block.first + 1, block.last, true)
        const first = continuation[0]
        // concat, not push(...): a wrapped body may have more leaves than a call takes arguments.
        if (first) body = body.concat(leaves.break(line.end, first.position.start.offset, true), continuation)
      }
      section.children.push(paragraph(body))
    }
    parent.node.children.push(section)
    stack.push({node: section, depth: marker.depth, kind: 'numbered', marker})
    return
  }
  if (block.kind === 'enumerationHeading' && block.enumeration) {
    const enumeration = block.enumeration
    while (stack.length > 1 && stack.at(-1)?.kind === 'enumeration') stack.pop()
    const parent = stack.at(-1)
    if (!parent) return
    const depth = Math.min(maxDepth, parent.depth + 1)
    const terminator = findTerminator(text, enumeration.end, line.textEnd)
    const children: InlineContent[] = []
    if (line.start < line.textStart) children.push(leaves.text(line.start, line.textStart))
    children.push(leaves.marker(line.textStart, enumeration.end))
    if (line.end > enumeration.end) children.push(leaves.text(enumeration.end, line.end))
    const section = makeSection(depth, 'enumeration', enumeration.marker, enumeration.ordinal, titleOf(text, enumeration.end, terminator === -1 ? line.textEnd : terminator), children)
    parent.node.children.push(section)
    stack.push({node: section, depth, kind: 'enumeration'})
    return
  }
  if (block.kind === 'unnumberedHeading') {
    stack.length = 1
    const parent = stack.at(-1)
    if (!parent) return
    const children = lineLeaves(lines, leaves, block.first, block.last, false)
    const reading = children
      .filter((leaf) => leaf.type === 'text')
      .map((leaf) => (leaf.data?.normalized ?? leaf.value).trim())
      .join(' ')
    // Its title, as a numbered heading's, ends at the first 。；：！ (荣安村：“小木耳”撑起“致富伞” is titled 荣安村)
    const terminator = findTerminator(reading, 0, reading.length)
    const title = terminator === -1 ? reading : reading.slice(0, terminator).trim()
    const section = makeSection(1, 'unnumbered', '', null, title, children)
    parent.node.children.push(section)
    stack.push({node: section, depth: 1, kind: 'unnumbered'})
    return
  }
  const container = stack.at(-1)?.node
  if (!container) return
  container.children.push(makeLeafBlock(source, leaves, block))
}

const frontMatterKinds: ReadonlySet<Block['kind']> = new Set(['pageHeader', 'title', 'subtitle', 'byline', 'addressee', 'signature', 'dateLine'])

function makeLeafBlock(source: TreeSource, leaves: LeafFactory, block: Block): BlockContent {
  const {text, lines} = source
  const line = lines[block.first]
  if (block.kind === 'caption' && line && block.reading !== undefined) {
    // The reading was made when the line was classified; indentation and trailing space stay as written.
    const repaired = text.slice(line.start, line.textStart) + block.reading + text.slice(line.textEnd, line.end)
    return {type: 'caption', children: [leaves.text(line.start, line.end, foldWidth(repaired))], position: leaves.position(line.start, line.end)}
  }
  // A front matter's line in fake bold (a title, a byline) is read once: its role vouches for it
  const children = lineLeaves(lines, leaves, block.first, block.last, block.soft, frontMatterKinds.has(block.kind) ? text : undefined)
  if (block.kind === 'caption') return {type: 'caption', children, position: spanOf(children)}
  switch (block.kind) {
    case 'pageHeader':
    case 'title':
    case 'subtitle':
    case 'byline':
    case 'addressee':
    case 'closing':
    case 'signature':
    case 'dateLine':
    case 'attachment':
    case 'note':
    case 'distribution':
      return {type: block.kind, children, position: unplaced()}
    default:
      return paragraph(children)
  }
}

/** The leaves of lines `first..last`: each non-blank line's text, and the breaks between them. */
function lineLeaves(lines: readonly LineInfo[], leaves: LeafFactory, first: number, last: number, soft: boolean, doubledIn?: string): InlineContent[] {
  const children: InlineContent[] = []
  let previousEnd = -1
  let index = first - 1
  while (++index <= last) {
    const line = lines[index]
    if (!line || line.textStart === line.textEnd) continue
    if (previousEnd !== -1) children.push(leaves.break(previousEnd, line.start, soft))
    const reading = doubledIn === undefined ? undefined : doubledReading(doubledIn, line)
    children.push(reading === undefined ? leaves.text(line.start, line.end) : leaves.text(line.start, line.end, foldWidth(reading)))
    previousEnd = line.end
  }
  return children
}

/** A line in fake bold read once (indentation and trailing space as written), or undefined for a line that is not. */
function doubledReading(text: string, line: LineInfo): string | undefined {
  const doubled = splitDoubledLine(text.slice(line.textStart, line.textEnd), vouchedLineTrust)
  return doubled && text.slice(line.start, line.textStart) + doubled.reading + text.slice(line.textEnd, line.end)
}

function makeSection(
  depth: number,
  kind: SectionNode['kind'],
  marker: string,
  ordinal: number | null,
  title: string,
  headingChildren: InlineContent[]
): SectionNode {
  const heading: HeadingNode = {type: 'heading', depth, children: headingChildren, position: unplaced()}
  return {type: 'section', depth, kind, marker, ordinal, title, children: [heading], position: unplaced()}
}

function paragraph(children: InlineContent[]): ParagraphNode {
  return {type: 'paragraph', role: 'body', children, position: spanOf(children)}
}

/** The position from the first leaf's start to the last one's end. */
function spanOf(children: readonly InlineContent[]): Position {
  const start = children[0]?.position.start ?? {line: 1, column: 1, offset: 0}
  return {start, end: children.at(-1)?.position.end ?? start}
}

/** Heading text after the marker up to the terminator (or line end), folded and trimmed. */
function titleOf(text: string, from: number, to: number): string {
  return foldWidth(text.slice(from, to)).trim()
}

/** Paragraphs before an article's first section are its lead-in (…现将有关情况汇报如下：). */
function markLead(article: ArticleNode): void {
  if (!article.children.some((child) => child.type === 'section')) return
  for (const child of article.children) {
    if (child.type === 'section') return
    if (child.type === 'paragraph') child.role = 'lead'
  }
}

function splitContainerEnumerations(container: Container): void {
  const children: Array<Container['children'][number]> = container.children
  const paragraphs: ParagraphNode[] = []
  for (const child of children) if (child.type === 'paragraph') paragraphs.push(child)
  if (paragraphs.length > 0) {
    const split = splitEnumerations(paragraphs)
    let next = 0
    let index = -1
    while (++index < children.length) {
      const child = children[index]
      if (child?.type === 'paragraph') children[index] = split[next++] ?? child
    }
  }
  for (const child of children) if (child.type === 'section') splitContainerEnumerations(child)
}

/**
 * Give every parent made with the placeholder position the span of its first to last child
 * (unist). Paragraphs and enumeration items were positioned when made; only containers that may
 * hold placeholders are walked, by type, so the walk stays cheap on large trees.
 */
function spanChildren(node: Container | BlockContent | HeadingNode): void {
  if (node.type === 'article' || node.type === 'section') {
    for (const child of node.children) if (child.type === 'section' || child.position === placeholder) spanChildren(child)
  }
  if (node.position !== placeholder || !('children' in node)) return
  const first = node.children[0]
  const last = node.children.at(-1)
  if (first && last) node.position = {start: first.position.start, end: last.position.end}
}

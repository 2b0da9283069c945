import type {ArticleNode, RootNode} from '@gongwen/schema'
import type {RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {createLeafFactory} from './leaves.js'
import {lineStarts} from './locate-points.js'
import {headingItem, markedParagraphItems} from './markdown/heading-items.js'
import type {Source} from './markdown/inline-leaves.js'
import {gapBreak, gapItem, paragraphItem, type Item} from './markdown/items.js'
import {listItems} from './markdown/list-items.js'
import {markBackMatter} from './markdown/mark-back-matter.js'
import {markTitleAndLead} from './markdown/mark-title-and-lead.js'
import {nestSections} from './markdown/nest-sections.js'
import {readPlainMarkdown} from './markdown/read-plain-markdown.js'
import {defaultTreeOptions, type TreeOptions} from './tree-options.js'

const processor = unified().use(remarkParse).freeze()

/**
 * Parse a Markdown report into the same lossless, positioned tree as the text route.
 *
 * - ATX and setext headings open sections. A heading whose text starts with a GB/T 9704 marker
 *   (一、 （一） 1. （1） ①) takes the marker's level, `kind: 'numbered'`, its marker and ordinal;
 *   other headings are unnumbered, their level the `#` depth counted from the shallowest heading.
 *   A paragraph that starts with a marker is a heading too, run-in up to its first 。；：！ when
 *   text follows on the line, as on the text route.
 * - The first heading, when it is a `#` heading without a marker, is the document title, and a
 *   paragraph right after it that opens with `——` is its subtitle. Before the first section, a
 *   short paragraph ending with `：` is the addressee and the last paragraph ending with `：` the
 *   lead; at the end, closing formula, signature lines and date line are read as on the text route.
 * - Each list item becomes one paragraph (nested lists: their own paragraphs after it), an ordered
 *   item's number its marker leaf. Block quotes, code, HTML, tables and rules are paragraphs of
 *   their source text.
 * - Inline enumerations (一是…二是…) in the paragraphs of a section body become `enumItem` nodes
 *   through the text route's splitter; numbering is checked by the text route's rules.
 * - Lossless: every character belongs to one leaf. Markdown syntax (`#`, `**`, bullets, `>`,
 *   fences) is kept as text leaves with `data.normalized: ''`; blank lines between blocks are breaks.
 *
 * @param text the Markdown source
 * @param file the file being parsed: numbering problems (level skips, gaps, duplicates) are reported on it
 * @param options what the tree is built with (default: inline enumerations read)
 */
export function fromMarkdown(text: string, file: VFile, options: Readonly<TreeOptions> = defaultTreeOptions): RootNode {
  // The line starts serve the leaves and the plain reader: the text is searched for them once.
  const starts = lineStarts(text)
  const source: Source = {text, leaves: createLeafFactory(text, starts)}
  // Most reports converted to Markdown are plain (headings, paragraphs, `-` lists): read those
  // directly, in a fraction of micromark's time, to the same nodes.
  const children = readPlainMarkdown(text, starts) ?? processor.parse(text).children
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
  nestSections(markBackMatter(markTitleAndLead(flowItems(source, children))), article, file, options)
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
    // Appended one by one: spreading a list of 100 000 items into push() overflows the stack.
    for (const item of readBlock(source, node, start, end)) items.push(item)
    cursor = end
  }
  return items
}

function readBlock(source: Source, node: RootContent, start: number, end: number): Item[] {
  if (node.type === 'heading') return [headingItem(source, node, start, end)]
  if (node.type === 'list') return listItems(source, node)
  if (node.type === 'paragraph') return markedParagraphItems(source, node, start, end)
  return [paragraphItem(source, node, start, end, false)]
}

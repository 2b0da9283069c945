import type {ArticleNode, BlockContent, EnumItemNode, RootNode, SectionNode} from '@gongwen/schema'
import {normalizedText} from './normalized-text.js'

/**
 * Render a tree as Markdown: a title as `#`, sections as `##`…`######` by depth (one level below
 * the title), paragraphs as paragraphs, enumeration items as list items with a bold lead, captions
 * in italics; text is the normalised reading (hard wraps joined, doubled glyphs collapsed), with
 * Markdown syntax characters escaped.
 *
 * @param tree a parsed root
 * @returns Markdown, blocks separated by a blank line, ending in a newline
 */
export function toMarkdown(tree: RootNode): string {
  const blocks: string[] = []
  for (const child of tree.children) if (child.type === 'article') renderArticle(child, blocks)
  return blocks.length > 0 ? blocks.join('\n\n') + '\n' : ''
}

function renderArticle(article: ArticleNode, blocks: string[]): void {
  for (const child of article.children) renderBlock(child, blocks)
}

function renderBlock(node: BlockContent, blocks: string[]): void {
  switch (node.type) {
    case 'section':
      renderSection(node, blocks)
      return
    case 'break':
      return
    case 'title':
      blocks.push('# ' + oneLine(normalizedText(node)))
      return
    case 'caption':
      blocks.push('*' + oneLine(normalizedText(node)) + '*')
      return
    case 'paragraph': {
      let prefix = ''
      const items: string[] = []
      for (const child of node.children) {
        if (child.type === 'enumItem') items.push(renderItem(child))
        else if (items.length === 0) prefix += normalizedText(child)
      }
      if (prefix.trim() !== '') blocks.push(oneLine(prefix))
      if (items.length > 0) blocks.push(items.join('\n'))
      return
    }
    default:
      blocks.push(oneLine(normalizedText(node)))
  }
}

function renderSection(section: SectionNode, blocks: string[]): void {
  const [heading, ...body] = section.children
  if (heading?.type === 'heading') blocks.push('#'.repeat(Math.min(6, section.depth + 1)) + ' ' + oneLine(normalizedText(heading)))
  for (const child of body) if (child.type !== 'heading') renderBlock(child, blocks)
}

function renderItem(item: EnumItemNode): string {
  const [marker, ...rest] = item.children
  const text = oneLine(rest.map((child) => normalizedText(child)).join(''))
  const lead = escapeMarkdown(item.lead)
  const body = lead !== '' && text.startsWith(lead) ? text.slice(lead.length) : text
  return '- **' + escapeMarkdown(marker ? normalizedText(marker) : item.marker) + lead + '**' + body
}

/** Line breaks that remain (between title lines, in a heading) become spaces; outer space goes; syntax is escaped. */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/[ \t\u3000]*(?:\r\n|\r|\n)+[ \t\u3000]*/g, ' ').trim())
}

/**
 * Escape Markdown syntax characters: redacted reports are full of `*` and `**` placeholders, which
 * must not turn into emphasis, and a block must not start as a list or heading by accident.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(#{1,6}[ \t]|[-+][ \t]|\d{1,9}[.)][ \t])/, '\\$1')
}

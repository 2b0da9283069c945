import type {RootNode} from '@gongwen/schema'
import type {VFile} from 'vfile'
import {buildTree} from './build-tree.js'
import {classifyBody} from './classify-body.js'
import {findBackMatter} from './find-back-matter.js'
import {findFrontMatter} from './find-front-matter.js'
import {scanLines} from './scan-lines.js'
import {defaultTreeOptions, type TreeOptions} from './tree-options.js'

/**
 * Parse a plain-text report into a lossless, positioned tree.
 *
 * Tiers: lines → front matter (a page's running head, titles, subtitles, bylines, addressee; top-down) and back
 * matter (closing, signature, date, attachments, notes, distribution lines; bottom-up) → body blocks (headings,
 * enumeration headings, captions, reflowed paragraphs, unnumbered headings) → tree (articles, nested sections,
 * warnings).
 *
 * @param text the report; every position in the tree indexes it
 * @param file the file warnings go to
 * @param options what the tree is built with (default: inline enumerations read)
 */
export function fromText(text: string, file: VFile, options: Readonly<TreeOptions> = defaultTreeOptions): RootNode {
  const bomEnd = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const {lines, starts} = scanLines(text, bomEnd)
  const content: number[] = []
  let index = -1
  while (++index < lines.length) {
    const line = lines[index]
    if (line && line.textStart < line.textEnd) content.push(index)
  }
  const front = findFrontMatter(text, lines, content)
  const back = findBackMatter(text, lines, content, front.bodyStart)
  const body = classifyBody(text, lines, content.slice(front.bodyStart, back.bodyEnd))
  return buildTree({text, file, lines, lineStarts: starts, blocks: [...front.blocks, ...body.blocks, ...back.blocks], bomEnd, pdf: body.pdf, ...options})
}

import type {InlineContent, ParagraphNode} from '@gongwen/schema'
import type {Heading, Paragraph} from 'mdast'
import {headingTerminators} from '../markers.js'
import {matchHeadingMarker} from '../match-marker.js'
import {foldWidth} from '../normalize/fold-width.js'
import {normalizedText} from '../normalized-text.js'
import {inlineLeaves, type Source} from './inline-leaves.js'
import {markLeaf, paragraphItem, plainText, type HeadingItem, type Item} from './items.js'

const titleEnd = new RegExp(`[${headingTerminators}]`)
// Before a marker: spaces, and emphasis that CommonMark leaves as literal text when it closes after
// CJK punctuation (`**（一）党建领航。**坚持…`: the closing `**` is not right-flanking).
const beforeMarker = /^[\s*_]*/

function leadLength(text: string): number {
  return beforeMarker.exec(text)?.[0].length ?? 0
}

/** A Markdown heading, its marker (if any) cut out as a marker leaf. */
export function headingItem(source: Source, node: Heading, start: number, end: number): HeadingItem {
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
export function markedParagraphItems(source: Source, node: Paragraph, start: number, end: number): Item[] {
  const paragraph = paragraphItem(source, node, start, end, true)
  const reading = paragraph.reading
  const lead = leadLength(reading)
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
  const lead = leadLength(leaf.value)
  if (!leaf.value.startsWith(marker, lead)) return children
  const start = leaf.position.start.offset + lead
  return markLeaf(source, children, index, start, start + marker.length, undefined)
}


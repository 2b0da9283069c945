import type {InlineContent} from '@gongwen/schema'
import type {List, ListItem} from 'mdast'
import type {Source} from './inline-leaves.js'
import {gapItem, markLeaf, paragraphItem, type Item} from './items.js'

/**
 * One paragraph per list item, covering the item's bullet and its content up to a nested list;
 * nested lists follow as their own paragraphs.
 */
export function listItems(source: Source, list: List): Item[] {
  const items: Item[] = []
  for (const item of list.children) {
    let start = item.position?.start.offset
    const end = item.position?.end.offset
    if (start === undefined || end === undefined) continue
    let run: ListItem['children'] = []
    for (const child of item.children) {
      const childStart = child.position?.start.offset
      const childEnd = child.position?.end.offset
      if (childStart === undefined || childEnd === undefined) continue
      if (child.type !== 'list') {
        run.push(child)
        continue
      }
      start = flushRun(source, list, items, run, start, run.at(-1)?.position?.end.offset ?? childStart)
      run = []
      if (childStart > start) items.push(gapItem(source, start, childStart))
      for (const nested of listItems(source, child)) items.push(nested)
      start = childEnd
    }
    flushRun(source, list, items, run, start, end)
  }
  return withGaps(source, items, list)
}

/**
 * Push the paragraph of an item's blocks `run`, covering `[start, until)`; returns where the rest
 * of the item starts. A module function, not a closure made per item: a loader that keeps function
 * names (tsx) pays a defineProperty for each closure made.
 */
function flushRun(source: Source, list: List, items: Item[], run: ListItem['children'], start: number, until: number): number {
  if (until <= start) return start
  const paragraph = paragraphItem(source, {type: 'listItem', children: run}, start, until, true)
  if (list.ordered && paragraph.node.type === 'paragraph') {
    paragraph.leaves = numberMarker(source, paragraph.leaves)
    paragraph.node.children = paragraph.leaves
  }
  items.push(paragraph)
  return until
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


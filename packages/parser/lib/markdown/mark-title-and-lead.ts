import type {AddresseeNode, ParagraphNode, SubtitleNode, TitleNode} from '@gongwen/schema'
import {isBreak, type Item, type LeafItem} from './items.js'

// An addressee is a unit's name and a colon, never a sentence.
const maxAddressee = 30

/** The document title and subtitle at the top, and the lead paragraph before the first heading. */
export function markTitleAndLead(items: Item[]): Item[] {
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


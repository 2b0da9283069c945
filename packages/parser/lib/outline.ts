import type {OutlineEntry, RootNode, SectionNode} from '@gongwen/schema'

/**
 * The headings a reader sees, in document order (ANNOTATION.md § outline): every section's level,
 * marker as written and title. Titles, bylines, captions and inline enumerations are not entries;
 * enumerations used as standalone headings are, one level below their enclosing heading.
 *
 * @param tree a parsed root
 */
export function outline(tree: RootNode): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  for (const child of tree.children) {
    if (child.type === 'article') for (const block of child.children) if (block.type === 'section') collect(block, entries)
  }
  return entries
}

function collect(section: SectionNode, entries: OutlineEntry[]): void {
  entries.push({level: section.depth, marker: section.marker, title: section.title})
  for (const child of section.children) if (child.type === 'section') collect(child, entries)
}

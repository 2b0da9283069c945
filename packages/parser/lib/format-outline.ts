import type {OutlineEntry} from '@gongwen/schema'

/**
 * Print an outline, one heading per line: two spaces of indent per level below 1, then the marker
 * and the title (`  （一）党建领航、补钙铸魂，强化引领“聚合力”`).
 *
 * @param entries the outline
 * @returns the lines joined by `\n` (no trailing newline; empty for no entries)
 */
export function formatOutline(entries: readonly OutlineEntry[]): string {
  return entries.map((entry) => '  '.repeat(Math.max(0, entry.level - 1)) + entry.marker + entry.title).join('\n')
}

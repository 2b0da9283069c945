import type {Finding} from './score-document.js'

/** A finding standing for every occurrence of the same string in the same document. */
export interface RankedFinding extends Finding {
  /** Occurrences merged into this finding. */
  count: number
}

/**
 * The worst findings first: occurrences of the same string in the same document are merged (their
 * characters add up), then ranked by characters, so one name leaked forty times outranks a stray digit.
 */
export function rankFindings(findings: readonly Finding[], limit: number): RankedFinding[] {
  const merged = new Map<string, RankedFinding>()
  for (const finding of findings) {
    const key = `${finding.doc}\u0000${finding.type}\u0000${finding.text}`
    const seen = merged.get(key)
    if (seen) {
      seen.chars += finding.chars
      seen.count++
    } else {
      merged.set(key, {...finding, count: 1})
    }
  }
  return [...merged.values()].sort((a, b) => b.chars - a.chars || a.doc.localeCompare(b.doc) || a.start - b.start).slice(0, limit)
}

import {alignColumns} from './align-columns.js'
import type {RankedFinding} from './rank-findings.js'
import {flat} from './show-context.js'

/** A titled list of findings, one aligned line each: document, type, text, occurrences, characters, context, span. */
export function formatFindings(title: string, findings: readonly RankedFinding[]): string[] {
  if (findings.length === 0) return [`${title}: none`, '']
  const rows = findings.map((finding) => [
    finding.doc,
    finding.type,
    flat(finding.text),
    `×${finding.count}`,
    `${finding.chars} ch`,
    finding.context,
    finding.by ?? ''
  ])
  return [`${title}:`, ...alignColumns(rows).map((line) => `  ${line}`), '']
}

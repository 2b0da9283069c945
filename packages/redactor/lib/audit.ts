import type {LeakFinding, PolicyInput} from '@gongwen/schema'
import {parse} from '@gongwen/parser'
import {findMentions, readBlocksOnly, resolvePolicy} from './redact.js'

/**
 * Read an already-redacted document and report what is still visible: the detectors run as in `redact`, with
 * the placeholders (*, **, xx, X, ___) and the keep-lists protected, so only real leaks are reported.
 *
 * @param text The redacted document.
 * @param policy The policy it was redacted under (optional; its allow-list and thresholds apply).
 * @returns One finding per leaked mention, sorted by offset.
 */
export function audit(text: string, policy?: Readonly<PolicyInput> | null): LeakFinding[] {
  const {masked} = findMentions(text, parse(text, readBlocksOnly).tree, resolvePolicy(policy))
  return masked.map((detection) => ({
    type: detection.type,
    start: detection.start,
    end: detection.end,
    text: text.slice(detection.start, detection.end),
    rule: detection.rule,
    confidence: detection.confidence,
    reason: detection.reason
  }))
}

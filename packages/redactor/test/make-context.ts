import {readFileSync, readdirSync} from 'node:fs'
import type {DetectionContext, Zone} from '../lib/detection.js'

const corpus = new URL('../../../corpus/', import.meta.url)

/** A seed or corpus document by the start of its file name (`004` → corpus/004_….txt). */
export function readSeed(prefix: string): string {
  const name = readdirSync(corpus).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))
  if (name === undefined) throw new Error(`No corpus document starts with \`${prefix}\``)
  return readFileSync(new URL(name, corpus), 'utf8')
}

/** A detection context for a text, with the zones given; the tree is a bare root, as detectors only read zones. */
export function makeContext(text: string, zones: readonly Zone[] = []): DetectionContext {
  const point = {line: 1, column: 1, offset: 0}
  return {text, tree: {type: 'root', children: [], position: {start: point, end: point}}, zones, protectedRanges: []}
}

/** The zone covering the first occurrence of `needle` in `text`. */
export function zoneOf(text: string, needle: string, kind: Zone['kind']): Zone {
  const start = text.indexOf(needle)
  if (start === -1) throw new Error(`\`${needle}\` is not in the text`)
  return {kind, start, end: start + needle.length}
}

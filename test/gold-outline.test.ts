import {outline, parse} from '@gongwen/parser'
import type {OutlineEntry} from '@gongwen/schema'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from './load-corpus.js'

// One line per heading, indented by level, so a failure reads as a diff of two outlines.
function showOutline(entries: readonly OutlineEntry[]): string[] {
  return entries.map((entry) => `${'  '.repeat(entry.level - 1)}${entry.level} ${entry.marker}|${entry.title}`)
}

describe('parser outline against the gold', () => {
  it.each(loadCorpus().map((document) => [document.name, document] as const))(
    'should find every heading of %s at its level and nothing else',
    (_name, document) => {
      const {tree} = parse(document.bytes, {path: document.path})
      expect(showOutline(outline(tree))).toEqual(showOutline(document.gold.outline))
    }
  )
})

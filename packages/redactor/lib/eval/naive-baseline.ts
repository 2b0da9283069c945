import type {EntityType, RedactionSpan} from '@gongwen/schema'
import nodejieba from 'nodejieba'

// The part-of-speech tags of jieba's dictionary that name a person, a place or an organisation.
const typeOfTag: Readonly<Record<string, EntityType>> = {
  nr: 'PERSON',
  nrt: 'PERSON',
  nrfg: 'PERSON',
  ns: 'PLACE',
  nt: 'ORG'
}

const numberRun = /[0-9０-９]+(?:[.．][0-9０-９]+)*/g

/**
 * The naive redaction the project is measured against: every word `nodejieba.tag` tags as a name of a
 * person, place or organisation, and every run of Arabic digits, replaced by `**`. It knows nothing of
 * keep-lists, years or structure, which is the point of comparing with it.
 */
export function naiveBaseline(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = []
  let cursor = 0
  for (const {word, tag} of nodejieba.tag(text)) {
    const start = text.indexOf(word, cursor)
    if (start === -1) continue
    cursor = start + word.length
    const type = typeOfTag[tag]
    if (type) spans.push(baselineSpan(type, start, word, `jieba-${tag}`, `nodejieba tags \`${word}\` as ${tag}`))
  }
  for (const match of text.matchAll(numberRun)) {
    spans.push(baselineSpan('FIGURE', match.index, match[0], 'number-run', 'a run of Arabic digits'))
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
}

function baselineSpan(type: EntityType, start: number, original: string, rule: string, reason: string): RedactionSpan {
  return {
    type,
    start,
    end: start + original.length,
    original,
    replacement: '**',
    detector: 'naive-baseline',
    rule,
    confidence: 1,
    reason
  }
}

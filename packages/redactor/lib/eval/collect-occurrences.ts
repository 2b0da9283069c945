import {findOccurrences, type Range} from './find-occurrences.js'

/** One occurrence in the text of a string listed in the gold. */
export interface Occurrence<Type extends string> extends Range {
  text: string
  type: Type
}

/**
 * Every occurrence of every listed string, in document order, without the occurrences that lie
 * inside a longer one of the same list: the gold lists short forms too (汝州 beside 汝州市), and
 * 汝州 inside 汝州市 is one mention, not two.
 */
export function collectOccurrences<Type extends string>(
  text: string,
  entries: readonly {text: string; type: Type}[]
): Occurrence<Type>[] {
  const all: Occurrence<Type>[] = []
  for (const entry of entries) {
    for (const range of findOccurrences(text, entry.text)) all.push({...range, text: entry.text, type: entry.type})
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Occurrence<Type>[] = []
  let reach = -1
  for (const occurrence of all) {
    if (occurrence.end <= reach) continue
    kept.push(occurrence)
    reach = occurrence.end
  }
  return kept
}

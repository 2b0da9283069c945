// The sentence bank (test/sentences/*.jsonl): report sentences written blind, one JSON object per line, each
// scored as a document of its own (redacted alone, no outline), so the evaluation and its tests read them as
// they read the corpus.
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {GoldAnnotation, GoldSentence} from '@gongwen/schema'

export const sentencesDirectory = fileURLToPath(new URL('sentences/', import.meta.url))

/** One sentence of the bank, as the evaluation takes a document: its id for a name, its text and its gold. */
export interface BankSentence {
  name: string
  genre: string
  text: string
  gold: GoldAnnotation
}

let loaded: BankSentence[] | undefined

/** Every sentence of the bank, file by file in name order; a line that is not a GoldSentence throws, naming file and line. */
export function loadSentences(): BankSentence[] {
  loaded ??= readdirSync(sentencesDirectory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(sentencesDirectory + file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.trim() === '' ? [] : [readSentence(line, `${file}:${index + 1}`)]))
    )
  return loaded
}

function readSentence(line: string, where: string): BankSentence {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const parsed = GoldSentence.safeParse(json)
  if (!parsed.success) throw new Error(`${where}: not a GoldSentence: ${parsed.error.message}`)
  const {id, genre, split, text, mask, keep} = parsed.data
  return {name: id, genre, text, gold: GoldAnnotation.parse({doc: id, split, outline: [], mask, soft: [], keep})}
}

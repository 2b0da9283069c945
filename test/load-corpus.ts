// The corpus and its gold annotations, read once per process: shared by the gold, outline and
// evaluation tests so that every one of them judges the same decoded text against the same gold.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {decode} from '@gongwen/parser'
import {GoldAnnotation} from '@gongwen/schema'

/** One corpus document: its bytes as stored, the text `decode` reads from them, and its gold annotation. */
export interface CorpusDocument {
  /** File name in `corpus/`, e.g. `004_cfd3e7e0ca2ab7ec.txt`. */
  name: string
  /** Absolute path of the document. */
  path: string
  bytes: Uint8Array
  /** The decoded text; every gold `text` is a substring of it. */
  text: string
  gold: GoldAnnotation
}

export const corpusDirectory = fileURLToPath(new URL('../corpus/', import.meta.url))
export const goldDirectory = fileURLToPath(new URL('gold/', import.meta.url))

// Documents are report files; SOURCES.tsv (and any README) describe the corpus and are not part of it.
const documentExtensions = new Set(['.txt', '.md'])

/** File names of the corpus documents, sorted. */
export function listCorpusDocuments(): string[] {
  return readdirSync(corpusDirectory)
    .filter((name) => documentExtensions.has(path.extname(name)) && name !== 'README.md')
    .sort()
}

/** File names of the gold annotations, as the document names they annotate, sorted. */
export function listGoldDocuments(): string[] {
  return readdirSync(goldDirectory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}

/**
 * Read the gold annotation of one document.
 *
 * @throws {Error} naming the gold file when it is missing, is not JSON or does not match `GoldAnnotation`
 */
export function readGold(name: string): GoldAnnotation {
  const file = path.join(goldDirectory, `${name}.json`)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read gold \`${file}\`: ${error instanceof Error ? error.message : String(error)}`)
  }
  const result = GoldAnnotation.safeParse(json)
  if (!result.success) throw new Error(`Invalid gold \`${file}\`: ${result.error.message}`)
  return result.data
}

let cache: CorpusDocument[] | undefined

/** Every corpus document with its decoded text and gold, sorted by name (read from disk once). */
export function loadCorpus(): CorpusDocument[] {
  cache ??= listCorpusDocuments().map((name) => {
    const file = path.join(corpusDirectory, name)
    const bytes = new Uint8Array(readFileSync(file))
    return {name, path: file, bytes, text: decode(bytes, file).text, gold: readGold(name)}
  })
  return cache
}

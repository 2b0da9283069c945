import {readGzipData} from './read-gzip-data.js'

let villages: Map<string, string> | undefined

/**
 * The village and community names under a town (data/gazetteer-villages.tsv.gz, loaded on first use):
 * 西西社区, 沙湾村. Lines stay unsplit until a document names their town or county.
 */
export function villagesOfTown(townCode: string): string[] {
  villages ??= parseVillages(readGzipData('gazetteer-villages.tsv.gz'))
  return villages.get(townCode)?.split(' ') ?? []
}

function parseVillages(text: string): Map<string, string> {
  const byTown = new Map<string, string>()
  let start = 0
  while (start < text.length) {
    const tab = text.indexOf('\t', start)
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (tab !== -1 && tab < end) byTown.set(text.slice(start, tab), text.slice(tab + 1, end))
    start = end + 1
  }
  return byTown
}

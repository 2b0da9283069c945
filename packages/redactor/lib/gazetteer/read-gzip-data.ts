import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'

// The sources run from lib/gazetteer/ and the build from dist/lib/gazetteer/, so data/ is two or three levels up.
const dataFolders = [new URL('../../data/', import.meta.url), new URL('../../../data/', import.meta.url)]

/** A gzipped data file of packages/redactor/data (the compiled gazetteer), unzipped to text. */
export function readGzipData(name: string): string {
  const url = dataFolders.map((folder) => new URL(name, folder)).find((candidate) => existsSync(candidate))
  if (url === undefined) throw new Error(`Cannot find data file \`${name}\` in packages/redactor/data: run scripts/build-gazetteer.ts`)
  return gunzipSync(readFileSync(url)).toString('utf8')
}

/** The gzipped data files in `folder` of packages/redactor/data (gazetteer-villages: one per province), by name. */
export function gzipDataFiles(folder: string): string[] {
  const url = dataFolders.map((data) => new URL(`${folder}/`, data)).find((candidate) => existsSync(candidate))
  if (url === undefined) throw new Error(`Cannot find data folder \`${folder}\` in packages/redactor/data: run scripts/build-gazetteer.ts`)
  return readdirSync(url).filter((name) => name.endsWith('.gz')).sort().map((name) => `${folder}/${name}`)
}

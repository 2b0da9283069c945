// Writes json/<name>.schema.json for every boundary schema, so callers in other languages can validate
// what gongwen reads and writes. The files are committed; test/json-schema.test.ts fails when they drift.
// Run: npx tsx --conditions @gongwen/source packages/schema/scripts/build-json-schema.ts
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {boundarySchemas, toJsonSchema, type BoundarySchemaName} from '@gongwen/schema'

/** Where the committed JSON Schema files live. */
export const jsonSchemaDirectory = fileURLToPath(new URL('../json/', import.meta.url))

/**
 * The JSON Schema files as they must be committed: file name → content.
 *
 * @returns
 *   One entry per boundary schema, `<name>.schema.json` → pretty-printed JSON with a final newline.
 */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of Object.keys(boundarySchemas) as BoundarySchemaName[]) {
    files.set(`${name}.schema.json`, JSON.stringify(toJsonSchema(name), null, 2) + '\n')
  }
  return files
}

async function buildJsonSchema(): Promise<void> {
  const files = jsonSchemaFiles()
  await mkdir(jsonSchemaDirectory, {recursive: true})
  // Remove files of schemas that no longer exist, so the directory mirrors `boundarySchemas` exactly.
  for (const existing of await readdir(jsonSchemaDirectory)) {
    if (existing.endsWith('.schema.json') && !files.has(existing)) await rm(join(jsonSchemaDirectory, existing))
  }
  for (const [name, content] of files) await writeFile(join(jsonSchemaDirectory, name), content)
  process.stdout.write(`Wrote ${files.size} JSON Schema files to ${jsonSchemaDirectory}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildJsonSchema()

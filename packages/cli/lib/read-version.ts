import {readFile} from 'node:fs/promises'

/**
 * The version of @gongwen/cli, from its package.json: found by walking up, because this module runs both
 * from `lib/` (sources) and from `dist/lib/` (built).
 */
export async function readVersion(): Promise<string> {
  let directory = new URL('./', import.meta.url)
  for (;;) {
    const manifest: unknown = await readFile(new URL('package.json', directory), 'utf8').then(JSON.parse, () => undefined)
    if (isCliManifest(manifest)) return manifest.version
    const parent = new URL('../', directory)
    if (parent.href === directory.href) return '0.0.0'
    directory = parent
  }
}

function isCliManifest(value: unknown): value is {version: string} {
  return typeof value === 'object' && value !== null && 'name' in value && value.name === '@gongwen/cli' && 'version' in value && typeof value.version === 'string'
}

// `pnpm bench`: every benchmark that exists, in sequence (parse, redact, CLI). A missing bench file is
// skipped with a note, so the runner works while the benches land one by one.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const benches = [
  ['parse', 'benchParse'],
  ['redact', 'benchRedact'],
  ['cli', 'benchCli']
] as const

for (const [name, exportName] of benches) {
  const url = new URL(`./${name}.ts`, import.meta.url)
  process.stdout.write(`\n== ${name} ==\n`)
  if (!existsSync(fileURLToPath(url))) {
    process.stdout.write(`bench/${name}.ts does not exist yet: skipped\n`)
    continue
  }
  try {
    const module: Record<string, unknown> = await import(url.href)
    const bench = module[exportName]
    if (typeof bench === 'function') await bench()
    else process.stdout.write(`bench/${name}.ts does not export ${exportName}: skipped\n`)
  } catch (error) {
    process.stdout.write(`bench/${name}.ts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
}

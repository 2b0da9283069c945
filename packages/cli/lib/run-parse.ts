import {DecodeError, formatOutline, outline, parse, toMarkdown} from '@gongwen/parser'
import {expandInputs} from './expand-inputs.js'
import {formatMessages} from './format-messages.js'
import {help} from './help.js'
import type {Io} from './io.js'
import {countDocuments, listDocuments} from './list-documents.js'
import {readArguments, readByteSize} from './read-arguments.js'
import {readDocument} from './read-document.js'
import {UsageError} from './usage-error.js'

const formats = ['json', 'outline', 'md'] as const

/**
 * `gongwen parse <files|globs…> [--format json|outline|md]`: the tree as JSON (one line per file), the
 * outline, or Markdown on stdout; parser warnings on stderr.
 *
 * @param args arguments after `parse`
 * @param io streams and working directory
 * @returns 0 ok, 1 when some file could not be read
 */
export async function runParse(args: string[], io: Io): Promise<number> {
  const {values, positionals} = readArguments('parse', args, {
    format: {type: 'string', default: 'json'},
    'max-bytes': {type: 'string', default: '50MB'},
    help: {type: 'boolean', short: 'h'}
  })
  if (values.help) {
    io.stdout.write(help.parse)
    return 0
  }
  const format = formats.find((name) => name === values.format)
  if (format === undefined) throw new UsageError(`Expected \`--format\` to be one of ${formats.join(', ')}, not \`${values.format}\``, 'parse')
  const maxBytes = readByteSize('parse', '--max-bytes', values['max-bytes'])
  if (positionals.length === 0) throw new UsageError('No inputs: pass files, directories or globs, or `-` for stdin', 'parse')
  const inputs = await expandInputs('parse', positionals, io.cwd)
  const several = countDocuments(inputs) > 1
  let status = 0

  for await (const document of listDocuments(inputs, io)) {
    const input = readDocument(document.name, document.source, maxBytes)
    if (typeof input === 'object' && 'error' in input) {
      io.stderr.write(`${input.error}\n`)
      status = 1
      continue
    }
    let result
    try {
      result = parse(input, {path: document.name})
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error
      io.stderr.write(`${error.message}\n`)
      status = 1
      continue
    }
    if (format === 'json') io.stdout.write(JSON.stringify(result.tree) + '\n')
    else {
      if (several) io.stdout.write(`# ${document.name}\n\n`)
      const body = format === 'outline' ? formatOutline(outline(result.tree)) : toMarkdown(result.tree)
      io.stdout.write(body.endsWith('\n') ? body : body + '\n')
      if (several) io.stdout.write('\n')
    }
    io.stderr.write(formatMessages([{name: document.name, messages: result.messages}], io.stderr.isTTY === true))
  }
  return status
}

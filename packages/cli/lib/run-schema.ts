import {boundarySchemas, toJsonSchema, type BoundarySchemaName} from '@gongwen/schema'
import {help} from './help.js'
import type {Io} from './io.js'
import {readArguments} from './read-arguments.js'
import {UsageError} from './usage-error.js'

const names = Object.keys(boundarySchemas) as BoundarySchemaName[]

/**
 * `gongwen schema [name]`: the JSON Schema of one boundary shape, or of all of them keyed by name.
 *
 * @param args arguments after `schema`
 * @param io streams
 * @returns 0
 */
export async function runSchema(args: string[], io: Io): Promise<number> {
  const {values, positionals} = readArguments('schema', args, {help: {type: 'boolean', short: 'h'}})
  if (values.help) {
    io.stdout.write(help.schema.replace('%NAMES%', names.join(', ')))
    return 0
  }
  if (positionals.length > 1) throw new UsageError(`Expected at most one schema name, not ${positionals.length}`, 'schema')
  const [name] = positionals
  if (name === undefined) {
    io.stdout.write(JSON.stringify(Object.fromEntries(names.map((each) => [each, toJsonSchema(each)])), null, 2) + '\n')
    return 0
  }
  const known = names.find((each) => each === name)
  if (known === undefined) throw new UsageError(`Unknown schema \`${name}\`: expected one of ${names.join(', ')}`, 'schema')
  io.stdout.write(JSON.stringify(toJsonSchema(known), null, 2) + '\n')
  return 0
}

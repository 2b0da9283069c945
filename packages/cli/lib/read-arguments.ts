import {parseArgs} from 'node:util'
import {UsageError} from './usage-error.js'

/** The flags of a command, as node:util parseArgs takes them. */
export type OptionsConfig = Record<string, {type: 'string' | 'boolean'; short?: string; default?: string | boolean}>

type Parsed<T extends OptionsConfig> = ReturnType<typeof parseArgs<{args: string[]; options: T; allowPositionals: true; strict: true}>>

/**
 * Parse a command's arguments strictly: an unknown flag or a missing value is a `UsageError` naming it.
 *
 * @param command the command, for the `--help` hint
 * @param args the arguments after the command name
 * @param options the flags the command takes
 */
export function readArguments<const T extends OptionsConfig>(command: string, args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    // node:util reports bad flags as TypeErrors with an ERR_PARSE_ARGS_* code: bad usage, not a crash.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(error.message, command)
    }
    throw error
  }
}

/**
 * Read a positive whole number such as `--jobs 4`.
 *
 * @param command the command, for the `--help` hint
 * @param flag the flag, for the message
 * @param value what the user wrote
 */
export function readPositiveInteger(command: string, flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`Expected a whole number ≥ 1 for \`${flag}\`, not \`${value}\``, command)
  }
  return Number(value)
}

const units: Record<string, number> = {'': 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3}

/**
 * Read a size such as `50MB`, `512k` or `1048576` (bytes; k, M, G are binary multiples).
 *
 * @param command the command, for the `--help` hint
 * @param flag the flag, for the message
 * @param value what the user wrote
 */
export function readByteSize(command: string, flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())
  const unit = match?.[2]?.toLowerCase() ?? ''
  const factor = units[unit]
  if (!match || factor === undefined || Number(match[1]) <= 0) {
    throw new UsageError(`Expected a size such as \`50MB\` for \`${flag}\`, not \`${value}\``, command)
  }
  return Math.floor(Number(match[1]) * factor)
}

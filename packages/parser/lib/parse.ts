import type {MessageRecord, RootNode} from '@gongwen/schema'
import {VFile} from 'vfile'
import {decode} from './decode.js'
import {fromMarkdown} from './from-markdown.js'
import {fromText} from './from-text.js'
import {messageRecords} from './message-records.js'
import {defaultTreeOptions, type TreeOptions} from './tree-options.js'

/** How to read the input. */
export interface Options {
  /** `text` (default for plain text), `markdown`, or `auto`: Markdown for a `.md` path or text with ATX headings (default: `auto`). */
  format?: 'text' | 'markdown' | 'auto'
  /** File path, for messages and format detection (optional). */
  path?: string
  /**
   * Whether inline enumerations (一是…二是…) become `enumItem` nodes inside their paragraphs (default: `true`). A caller
   * that reads only the blocks (the redactor's zones) skips the pass: about a fifth of parsing a report.
   */
  inlineEnumerations?: boolean
}

/** What `parse` gives back. */
export interface ParseResult {
  /** The tree, valid against `RootNode` of @gongwen/schema. */
  tree: RootNode
  /** The decoded source; every position and offset indexes this string. */
  text: string
  /** The file: `file.value === text`, `file.messages` are the warnings. */
  file: VFile
  /** The warnings as JSON records. */
  messages: MessageRecord[]
}

const formats: ReadonlyArray<string> = ['text', 'markdown', 'auto']

// An ATX heading at a line start (`# 一、…`), bounded so a long line of `#` costs nothing.
const atxHeading = /^#{1,6}[ \t]/m

/**
 * Parse a report into a lossless, positioned tree.
 *
 * Never throws on text: doubtful structure becomes warnings. Bytes are decoded first (UTF-8,
 * UTF-16 with BOM, GB18030); bytes that are no text throw a `DecodeError` naming the file. A bad
 * argument (not text or bytes, an unknown format) throws a `TypeError`.
 *
 * @param input the report, as text or bytes
 * @param options format and path (optional)
 */
export function parse(input: string | Uint8Array, options?: Readonly<Options> | null): ParseResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`Expected a string or Uint8Array to parse, not \`${describe(input)}\``)
  }
  const path = options?.path
  const decoded = typeof input === 'string' ? undefined : decode(input, path)
  const text = decoded ? decoded.text : (input as string)
  const file = path === undefined ? new VFile({value: text}) : new VFile({value: text, path})
  const tree = parseFile(text, file, options?.format ?? 'auto', treeOptions(options))
  if (decoded) tree.data = {...tree.data, encoding: decoded.encoding}
  return {tree, text, file, messages: messageRecords(file)}
}

/**
 * Parse `text` into a tree, warning on `file`: the shared core of `parse` and `gongwenParse`.
 *
 * @param text the report
 * @param file the file warnings go to (its path decides `auto`)
 * @param format how to read the text
 * @param options what the tree is built with (default: inline enumerations read)
 */
export function parseFile(text: string, file: VFile, format: NonNullable<Options['format']>, options: Readonly<TreeOptions> = defaultTreeOptions): RootNode {
  if (!formats.includes(format)) throw new TypeError(`Expected format \`text\`, \`markdown\` or \`auto\`, not \`${describe(format)}\``)
  return isMarkdown(text, file, format) ? fromMarkdown(text, file, options) : fromText(text, file, options)
}

/**
 * What the tree is built with, from the caller's options: a non-boolean `inlineEnumerations` (a flag read from a
 * command line or a config file as the string `'false'`, say) throws rather than silently reading as on.
 *
 * @param options the caller's options (optional)
 */
export function treeOptions(options?: Readonly<Pick<Options, 'inlineEnumerations'>> | null): Readonly<TreeOptions> {
  const inlineEnumerations = options?.inlineEnumerations
  if (inlineEnumerations === undefined) return defaultTreeOptions
  if (typeof inlineEnumerations !== 'boolean') {
    throw new TypeError(`Expected \`inlineEnumerations\` to be a boolean, not \`${describe(inlineEnumerations)}\``)
  }
  return inlineEnumerations === defaultTreeOptions.inlineEnumerations ? defaultTreeOptions : {inlineEnumerations}
}

function isMarkdown(text: string, file: VFile, format: NonNullable<Options['format']>): boolean {
  if (format !== 'auto') return format === 'markdown'
  const extension = file.extname?.toLowerCase()
  // Most reports hold no `#` at all: one native search decides that before the line-anchored regex runs.
  return extension === '.md' || extension === '.markdown' || (text.includes('#') && atxHeading.test(text))
}

/** A short rendering of a bad argument for an error message. */
function describe(value: unknown): string {
  return typeof value === 'string' ? value : value === null ? 'null' : typeof value
}

import type {RootNode} from '@gongwen/schema'
import type {Processor} from 'unified'
import {parseFile, type Options} from './parse.js'

/** Options of `gongwenParse`: the input format (default: `auto`). */
export type PluginOptions = Pick<Options, 'format'>

/**
 * unified plugin: parse reports into gongwen trees. Warnings go onto the processed file.
 *
 * @param options format (optional)
 */
export function gongwenParse(this: Processor<RootNode>, options?: Readonly<PluginOptions> | null): undefined {
  const format = options?.format ?? 'auto'
  this.parser = function (document, file) {
    return parseFile(document, file, format)
  }
}

import type {RootNode} from '@gongwen/schema'
import type {Plugin} from 'unified'
import {parseFile, treeOptions, type Options} from './parse.js'

/** Options of `gongwenParse`: the input format (default: `auto`) and whether inline enumerations are read (default: `true`). */
export type PluginOptions = Pick<Options, 'format' | 'inlineEnumerations'>

/**
 * unified plugin: parse reports into gongwen trees. Warnings go onto the processed file.
 * Typed as remark-parse is, so `unified().use(gongwenParse).parse(file)` gives a `RootNode`.
 *
 * @param options format and inline enumerations (optional)
 */
export const gongwenParse: Plugin<[(Readonly<PluginOptions> | null | undefined)?], string, RootNode> = function gongwenParse(options) {
  const format = options?.format ?? 'auto'
  const tree = treeOptions(options)
  this.parser = function (document, file) {
    return parseFile(document, file, format, tree)
  }
}

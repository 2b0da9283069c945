import type {Node} from '@gongwen/schema'
import {foldWidth} from './normalize/fold-width.js'

/**
 * The repaired reading of a node: text leaves give `data.normalized` when set (doubled glyphs
 * collapsed, full-width digits folded), soft breaks (joined hard wraps) give nothing, markers give
 * theirs or are folded, everything else is as written.
 *
 * @param node any node of a parsed tree
 * @returns the normalised text
 */
export function normalizedText(node: Node): string {
  if ('children' in node) {
    let result = ''
    for (const child of node.children) result += normalizedText(child)
    return result
  }
  if (node.type === 'text') return node.data?.normalized ?? node.value
  if (node.type === 'break') return node.data?.soft ? '' : node.value
  return node.data?.normalized ?? foldWidth(node.value)
}

import type {ArticleNode, ClosingNode, SectionNode} from '@gongwen/schema'
import {closingOpeners, closingPhrases} from './back-matter-phrases.js'
import {charCodes, inClass, isWhiteSpace} from './char-codes.js'
import {cutText, isSingleLine} from './cut-text.js'

/** A closing sentence longer than this is prose that happens to contain 敬请 or 以上. */
const maxClosingLength = 40
const sentenceEnds = charCodes('。！？；')

/**
 * When an article has no closing line, but its last paragraph ends with a closing sentence
 * (`…在此，希望…。以上汇报不妥之处，敬请批评指正。`, seed 002), split that sentence off into a
 * `closing` node right after the paragraph, in the same container (so the tree stays in order).
 *
 * @param article an article whose leaves are positioned
 */
export function splitTrailingClosing(article: ArticleNode): void {
  if (article.children.some((child) => child.type === 'closing')) return
  let container: ArticleNode | SectionNode = article
  for (;;) {
    const children: Array<(ArticleNode | SectionNode)['children'][number]> = container.children
    let index = children.length - 1
    // Back matter and breaks may follow; the last section or paragraph is what the body ends with.
    while (index >= 0 && !isBody(children[index]?.type)) index--
    const last = children[index]
    if (!last) return
    if (last.type === 'section') {
      container = last
      continue
    }
    if (last.type !== 'paragraph') return
    const leaf = last.children.at(-1)
    if (!leaf || leaf.type !== 'text' || last.children.length < 1) return
    const start = closingSentenceStart(leaf.value)
    // The whole paragraph being the sentence is a closing line the back matter reader saw already.
    if (start <= 0) return
    const flat = isSingleLine(leaf)
    const before = cutText(leaf, 0, start, flat)
    const closingLeaf = cutText(leaf, start, leaf.value.length, flat)
    last.children[last.children.length - 1] = before
    last.position = {start: last.position.start, end: before.position.end}
    const closing: ClosingNode = {type: 'closing', children: [closingLeaf], position: closingLeaf.position}
    children.splice(index + 1, 0, closing)
    return
  }
}

function isBody(type: string | undefined): boolean {
  return type === 'section' || type === 'paragraph'
}

/** Where the last sentence of `value` starts, when it is a closing formula; else -1. */
function closingSentenceStart(value: string): number {
  let end = value.length
  while (end > 0 && isWhiteSpace(value.charCodeAt(end - 1))) end--
  if (end === 0 || !inClass(sentenceEnds, value.charCodeAt(end - 1))) return -1
  let start = end - 1
  while (start > 0 && end - start <= maxClosingLength && !inClass(sentenceEnds, value.charCodeAt(start - 1))) start--
  if (end - start > maxClosingLength) return -1
  const sentence = value.slice(start, end)
  if (!closingOpeners.some((opener) => sentence.startsWith(opener))) return -1
  const formal = sentence.startsWith('特此') || sentence.startsWith('专此')
  return formal || closingPhrases.some((phrase) => sentence.includes(phrase)) ? start : -1
}

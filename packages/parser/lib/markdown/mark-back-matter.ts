import {closingOpeners, closingPhrases, dateLinePattern, distributionPattern, notePattern} from '../back-matter-phrases.js'
import {isBreak, type Item, type LeafBlock} from './items.js'

// A signature is a unit's or a person's name, never a sentence; a closing formula one sentence.
const maxSignature = 30
const maxClosing = 40
const maxNote = 80
const maxDistribution = 100

/**
 * The back matter at the end, read bottom-up as the text route does: distribution lines (抄送：…), notes below the
 * date, a date line, the signature lines above it (short, no punctuation), and closing formulas (以上汇报…敬请批评指正).
 */
export function markBackMatter(items: Item[]): Item[] {
  let index = items.length
  let dated = false
  while (--index >= 0) {
    const item = items[index]
    if (!item || isBreak(item)) continue
    if (item.type !== 'leaf' || item.node.type !== 'paragraph' || /[\r\n]/.test(item.reading)) break
    const reading = item.reading.trim()
    let node: LeafBlock
    if (!dated && reading.length <= maxDistribution && distributionPattern.test(reading)) {
      node = {type: 'distribution', children: item.leaves, position: item.node.position}
    } else if (!dated && reading.length <= maxNote && notePattern.test(reading)) {
      node = {type: 'note', children: item.leaves, position: item.node.position}
    } else if (!dated && dateLinePattern.test(reading)) {
      node = {type: 'dateLine', children: item.leaves, position: item.node.position}
      dated = true
    } else if (dated && reading.length <= maxSignature && !/[，、。；：！？,;:!?]/.test(reading)) {
      node = {type: 'signature', children: item.leaves, position: item.node.position}
    } else if (reading.length <= maxClosing && (closingOpeners.some((opener) => reading.startsWith(opener)) || closingPhrases.some((phrase) => reading.includes(phrase)))) {
      node = {type: 'closing', children: item.leaves, position: item.node.position}
    } else {
      break
    }
    items[index] = {...item, node}
  }
  return items
}


import {attachmentItemPattern, attachmentPattern, closingOpeners, closingPhrases, dateLinePattern, distributionPattern, labelledSignaturePattern, notePattern} from './back-matter-phrases.js'
import type {Block} from './blocks.js'
import {hasPunctuation} from './punctuation.js'
import type {LineInfo} from './scan-lines.js'

/** Longest line (display columns) read as a closing formula or a note. */
const maxClosingWidth = 80
// Two signing units side by side (县委政策研究室 县工业和信息化局联合调研组) are about 26 characters.
const maxSignatureWidth = 64
const maxSignatureLines = 3
const maxAttachmentLines = 20
const maxDistributionWidth = 200

/** Back matter found at the end of a document and where the body stops. */
export interface BackMatter {
  blocks: Block[]
  /** Index into `content` of the first back-matter line (`content.length` when there is none). */
  bodyEnd: number
}

/**
 * Read the back matter bottom-up: distribution lines (版记: 抄送：…, 报：…), notes (附注), date line, signature
 * lines, attachment notes and closing formulas, stopping at the first line that is none of them. Signature lines need a date line
 * below them or a closing formula above them, so a body ending in a short line keeps it.
 *
 * @param text the whole text
 * @param lines all lines
 * @param content indices of the non-blank lines
 * @param bodyStart index into `content` where the body starts (after the front matter)
 */
export function findBackMatter(text: string, lines: readonly LineInfo[], content: readonly number[], bodyStart: number): BackMatter {
  const blocks: Block[] = []
  let hasDate = false
  let index = content.length - 1
  while (index >= bodyStart) {
    const line = lines[content[index] ?? -1]
    if (!line) break
    if (isDistribution(text, line)) {
      blocks.push(singleLine('distribution', content, index))
      index--
      continue
    }
    if (isNote(text, line)) {
      blocks.push(singleLine('note', content, index))
      index--
      continue
    }
    if (isDateLine(text, line)) {
      blocks.push(singleLine('dateLine', content, index))
      hasDate = true
      index--
      continue
    }
    const attachmentStart = findAttachmentStart(text, lines, content, index, bodyStart)
    if (attachmentStart !== undefined) {
      blocks.push({kind: 'attachment', first: content[attachmentStart] ?? 0, last: content[index] ?? 0, soft: false})
      index = attachmentStart - 1
      continue
    }
    if (isClosing(text, line)) {
      blocks.push(singleLine('closing', content, index))
      index--
      continue
    }
    let top = index
    while (top > bodyStart && index - top < maxSignatureLines - 1 && isSignatureLike(text, lines[content[top - 1] ?? -1])) top--
    const above = lines[content[top - 1] ?? -1]
    if (isSignatureLike(text, line) && (hasDate || (top - 1 >= bodyStart && above !== undefined && isClosing(text, above)))) {
      let member = index + 1
      while (--member >= top) blocks.push(singleLine('signature', content, member))
      index = top - 1
      continue
    }
    break
  }
  blocks.reverse()
  return {blocks, bodyEnd: index + 1}
}

/** A block of the one content line `content[index]`. */
function singleLine(kind: Block['kind'], content: readonly number[], index: number): Block {
  return {kind, first: content[index] ?? 0, last: content[index] ?? 0, soft: false}
}

/** Whether the line is a date line (`2022年12月30日`). */
export function isDateLine(text: string, line: LineInfo): boolean {
  return line.width <= 40 && dateLinePattern.test(text.slice(line.textStart, line.textEnd))
}

/** Whether the line is a distribution line (`抄送：…`, `报：…`, `（共印60份）`); a list of units may be long. */
function isDistribution(text: string, line: LineInfo): boolean {
  return line.width <= maxDistributionWidth && distributionPattern.test(text.slice(line.textStart, line.textEnd))
}

/** Whether the line is a note below the date (`（联系人：张三；联系电话：…）`, `（此件公开发布）`). */
function isNote(text: string, line: LineInfo): boolean {
  return line.width <= maxClosingWidth && notePattern.test(text.slice(line.textStart, line.textEnd))
}

/** Whether the line is a closing formula (`以上汇报不妥之处，敬请批评指正。`, `特此报告`). */
export function isClosing(text: string, line: LineInfo): boolean {
  if (line.width > maxClosingWidth) return false
  const value = text.slice(line.textStart, line.textEnd)
  if (closingOpeners.some((opener) => value.startsWith(opener))) return true
  // One sentence only: `正文。以上汇报…，敬请批评指正。` is a paragraph ending in a closing sentence.
  return closingPhrases.some((phrase) => value.includes(phrase)) && !/[。！？]/.test(value.slice(0, -1))
}

/** A short line, unpunctuated or a labelled signature (`述职人：王某`), that is no date, closing, numbered item or attachment note. */
function isSignatureLike(text: string, line: LineInfo | undefined): boolean {
  if (line === undefined || line.width > maxSignatureWidth) return false
  if (hasPunctuation(text, line.textStart, line.textEnd) && !isLabelledSignature(text, line)) return false
  attachmentItemPattern.lastIndex = line.textStart
  attachmentPattern.lastIndex = line.textStart
  return !isDateLine(text, line) && !isClosing(text, line) && !attachmentItemPattern.test(text) && !attachmentPattern.test(text)
}

/** Whether the line is `label：name` with a signature's label and no other punctuation (`述职人：王某`). */
function isLabelledSignature(text: string, line: LineInfo): boolean {
  const value = text.slice(line.textStart, line.textEnd)
  const colon = value.search(/[：:]/)
  return labelledSignaturePattern.test(value) && !hasPunctuation(text, line.textStart + colon + 1, line.textEnd)
}

/** The index of the `附件` line that starts an attachment note ending at `index`, if any. */
function findAttachmentStart(
  text: string,
  lines: readonly LineInfo[],
  content: readonly number[],
  index: number,
  bodyStart: number
): number | undefined {
  let member = index
  while (member >= bodyStart && index - member < maxAttachmentLines) {
    const line = lines[content[member] ?? -1]
    if (!line || line.width > 160) return undefined
    attachmentPattern.lastIndex = line.textStart
    if (attachmentPattern.test(text)) return member
    attachmentItemPattern.lastIndex = line.textStart
    if (!attachmentItemPattern.test(text) || text.slice(line.textStart, line.textEnd).includes('。')) return undefined
    // Item lines follow one another; a blank line between them ends the note.
    if (member > bodyStart && (content[member - 1] ?? -1) !== (content[member] ?? 0) - 1) {
      const previous = lines[content[member - 1] ?? -1]
      if (!previous) return undefined
      attachmentPattern.lastIndex = previous.textStart
      return attachmentPattern.test(text) ? member - 1 : undefined
    }
    member--
  }
  return undefined
}

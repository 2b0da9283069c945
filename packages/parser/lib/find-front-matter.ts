import {dateSource} from './back-matter-phrases.js'
import type {Block} from './blocks.js'
import {isDateLine} from './find-back-matter.js'
import {matchEnumerationMarker, matchHeadingMarker} from './match-marker.js'
import {splitDoubledLine, vouchedLineTrust} from './normalize/collapse-doubled-glyphs.js'
import {endsWithColon, endsWithPunctuation} from './punctuation.js'
import type {LineInfo} from './scan-lines.js'

const maxTitleWidth = 120
const maxBylineWidth = 80
// A notice's addressees may be a list of kinds of unit (各镇（街道）党（工）委、人民政府（办事处），县委各部委，…：).
const maxAddresseeWidth = 120
/**
 * A byline: names of two to four characters separated by spaces (`王留剑 王润英`, also with the posts of a
 * newspaper, `本报记者 张三 通讯员 李四`, and two-character names padded to three, `王  磊`), `文/…`, `作者：…`,
 * or a unit and post followed by a spaced name (`…税务局党委书记、局长 陈建华`, `花垣县乡村振兴局　龙海波`), or a
 * bulletin's masthead: the unit that edits it, then its date (`某县某某办公室编　　2024年5月20日`).
 * A padded name has two spaces or more inside, so a title spaced out one character at a time is no byline.
 */
const bylineName = String.raw`(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}[ \t\u3000]{2,3}\p{Script=Han})`
const masthead = String.raw`[\p{Script=Han}、（）()]{2,40}(?:编印|编发|主办|编)(?:[ \t\u3000]{1,16}${dateSource})?`
const bylinePattern = new RegExp(
  String.raw`^(?:(?:文|作者|撰稿|执笔)\s{0,2}[／/：:].{1,40}|${bylineName}(?:[ \t\u3000]{1,4}${bylineName}){0,11}|[\p{Script=Han}、（）()]{2,40}[ \t\u3000]{1,4}${bylineName}|${masthead})$`,
  'u'
)
/**
 * A newspaper's or magazine's running head, as a PDF's text keeps it above the title: a date and the weekday or the
 * page (`某某日报　2023年10月12日　星期四　第07版`).
 */
const pageHeaderPattern = new RegExp(String.raw`^(?=.*${dateSource})(?=.*(?:星期[一二三四五六日天]|第\s*[0-9０-９]{1,3}\s*版)).+$`, 'u')
const maxPageHeaderWidth = 80
/** A document number: issuer abbreviation, year in brackets, serial number (`汝政办发〔2023〕12号`). */
const documentNumberPattern = /^[\p{Script=Han}]{0,12}[〔［\[(（]\s{0,2}[0-9０-９]{4}\s{0,2}[〕］\])）]\s{0,2}[0-9０-９]{1,4}\s{0,2}号$/u
/** Words of a lead-in (`现将有关情况汇报如下：`), which is a paragraph, not an addressee. */
const leadWords = /现将|如下|汇报|报告|情况|总结|介绍/

/** The title blocks and addressee at the top, and where the body starts. */
export interface FrontMatter {
  blocks: Block[]
  /** Index into `content` of the first body line. */
  bodyStart: number
}

/**
 * Read the front matter top-down: a page's running head (PDF text of a newspaper), title blocks (a title of one or
 * two lines, subtitles starting with ——, bylines of names), then an addressee (`区委组织部：`), possibly after a
 * document number line. A title block after another one opens a new article (a magazine page holding two
 * articles), but only when a subtitle or byline confirms it.
 *
 * @param text the whole text
 * @param lines all lines
 * @param content indices of the non-blank lines
 */
export function findFrontMatter(text: string, lines: readonly LineInfo[], content: readonly number[]): FrontMatter {
  const blocks: Block[] = []
  let position = 0
  const header = lines[content[0] ?? -1]
  if (header && content.length > 1 && header.width <= maxPageHeaderWidth && pageHeaderPattern.test(text.slice(header.textStart, header.textEnd))) {
    blocks.push({kind: 'pageHeader', first: content[0] ?? 0, last: content[0] ?? 0, soft: false})
    position = 1
  }
  while (position < content.length - 1) {
    const titleLines = countTitleLines(text, lines, content, position)
    if (titleLines === 0) break
    let after = position + titleLines
    const subtitleStart = after
    while (after < content.length && after - subtitleStart < 2 && isSubtitle(text, lines[content[after] ?? -1])) after++
    const bylineStart = after
    while (after < content.length && after - bylineStart < 2 && isByline(text, lines[content[after] ?? -1])) after++
    const confirmed = after > subtitleStart
    // A title after another one opens an article; a page's running head opens none
    const startsArticle = blocks.some((block) => block.kind === 'title')
    if (!confirmed && startsArticle) break
    if (after >= content.length) break
    blocks.push({kind: 'title', first: content[position] ?? 0, last: content[position + titleLines - 1] ?? 0, soft: false, startsArticle})
    let member = subtitleStart - 1
    while (++member < after) {
      blocks.push({kind: member < bylineStart ? 'subtitle' : 'byline', first: content[member] ?? 0, last: content[member] ?? 0, soft: false})
    }
    position = after
    if (!confirmed) break
  }
  // A document number (`汝政办发〔2023〕12号`) may stand between the title and the addressee.
  const numberLine = lines[content[position] ?? -1]
  const afterNumber = lines[content[position + 1] ?? -1]
  if (numberLine && afterNumber && position < content.length - 2 && isDocumentNumber(text, numberLine) && isAddressee(text, afterNumber)) {
    blocks.push({kind: 'paragraph', first: content[position] ?? 0, last: content[position] ?? 0, soft: false})
    position++
  }
  const addressee = lines[content[position] ?? -1]
  if (addressee && position < content.length - 1 && isAddressee(text, addressee)) {
    blocks.push({kind: 'addressee', first: content[position] ?? 0, last: content[position] ?? 0, soft: false})
    position++
  }
  return {blocks, bodyStart: position}
}

/** How many lines (0, 1 or 2) from `position` make a title. */
function countTitleLines(text: string, lines: readonly LineInfo[], content: readonly number[], position: number): number {
  const first = lines[content[position] ?? -1]
  if (!first || !isTitleLike(text, first)) return 0
  const second = lines[content[position + 1] ?? -1]
  const adjacent = (content[position + 1] ?? -1) === (content[position] ?? 0) + 1
  if (!second || !adjacent || !isTitleLike(text, second) || isByline(text, second) || isSubtitle(text, second)) return 1
  // A third title-like line means these are not a title but a list of short lines.
  const third = lines[content[position + 2] ?? -1]
  const thirdAdjacent = (content[position + 2] ?? -1) === (content[position + 1] ?? 0) + 1
  if (third && thirdAdjacent && isTitleLike(text, third) && !isByline(text, third) && !isSubtitle(text, third)) return 1
  return 2
}

function isTitleLike(text: string, line: LineInfo): boolean {
  return (
    line.width <= maxTitleWidth &&
    !endsWithPunctuation(text, line.textStart, line.textEnd) &&
    !isSubtitle(text, line) &&
    !isDateLine(text, line) &&
    matchHeadingMarker(text, line.textStart, line.textEnd) === undefined &&
    matchEnumerationMarker(text, line.textStart) === undefined
  )
}

/** A bulletin's issue number under its name (`第17期`, `2024年第3期`, `第17期（总第125期）`). */
const issueNumberPattern =
  /^[（(]?\s*(?:[0-9０-９]{4}\s*年\s*)?第\s*[0-9０-９〇零一二三四五六七八九十百]{1,4}\s*期\s*(?:[（(]\s*总第\s*[0-9０-９〇零一二三四五六七八九十百]{1,5}\s*期\s*[）)])?\s*[）)]?$/

/**
 * A subtitle: a line opening with a dash (`——…工作纪实`, `——在…会议上的讲话`), wholly in brackets
 * (`（2023年12月28日在全县工作会议上）`, `（汇报材料）`) when it is no numbered heading, or a bulletin's issue number.
 */
function isSubtitle(text: string, line: LineInfo | undefined): boolean {
  if (!line || line.width > maxTitleWidth) return false
  const first = text.charAt(line.textStart)
  if (first === '—' || first === '─' || text.startsWith('--', line.textStart)) return true
  if (issueNumberPattern.test(text.slice(line.textStart, line.textEnd))) return true
  return (
    (first === '（' || first === '(') &&
    (text.charAt(line.textEnd - 1) === '）' || text.charAt(line.textEnd - 1) === ')') &&
    matchHeadingMarker(text, line.textStart, line.textEnd) === undefined
  )
}

function isByline(text: string, line: LineInfo | undefined): boolean {
  if (line === undefined) return false
  const written = text.slice(line.textStart, line.textEnd)
  // A byline in fake bold (王王留留剑剑  王王润润英英) is read once, at half its width
  const doubled = splitDoubledLine(written, vouchedLineTrust)
  return line.width <= maxBylineWidth * (doubled ? 2 : 1) && bylinePattern.test(doubled?.reading ?? written)
}

function isAddressee(text: string, line: LineInfo): boolean {
  if (line.width > maxAddresseeWidth || !endsWithColon(text, line.textStart, line.textEnd)) return false
  const value = text.slice(line.textStart, line.textEnd - 1)
  return (
    !/[。；！？]/.test(value) &&
    !leadWords.test(value) &&
    matchHeadingMarker(text, line.textStart, line.textEnd) === undefined &&
    matchEnumerationMarker(text, line.textStart) === undefined
  )
}

function isDocumentNumber(text: string, line: LineInfo): boolean {
  return line.width <= 60 && documentNumberPattern.test(text.slice(line.textStart, line.textEnd))
}

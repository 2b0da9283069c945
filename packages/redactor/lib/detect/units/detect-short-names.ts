// The short name a document gives a unit in brackets after its full name (重庆星汇百货（以下简称“星汇百货”）,
// Sinar Harapan集团（以下简称“SH集团”）): rule `short-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsWithUnitSuffix, han, hasOnlyStopChars, isGenericWord, isProperWord, isStopChar, isUnitSuffixWord} from '../../gazetteer/find-suffixed-names.js'
import {isUsualWord} from '../../jieba-dictionary.js'
import {lineWrapStart} from '../../line-wrap.js'
import {overlapsAny} from '../../overlaps.js'
import {segment} from '../../segment.js'
import {readLexicon} from '../../read-lexicon.js'
import {type UnwrappedText, wrappedOffset} from '../../unwrap-lines.js'
import {isTradeText, longestEndingLength} from './kept-parts.js'
import {isLetteredBrand} from './lettered-brands.js'
import {isSkipped} from './skipped-spans.js'

// How long a short name and the full name before its brackets may be, and how long the brand of a short name is at least.
const maxShortName = 12
const maxFullName = 40
const minHead = 2
// What a short name's head is made of (星汇, SH, e农): Han characters, letters and digits, no placeholder (*百货 on a
// second look) nor mark.
const headCharacters = /^[\p{Script=Han}A-Za-z0-9]+$/u
const capitals = /^[A-Z]+$/u
// Where the full name before the brackets starts at the latest: after a mark that ends a clause or an item of a list.
const fullNameStop = /[，。；：！？、\n]/u
// Words in letters, two or more (Sinar Harapan): a name whose short name may be its initials.
const letteredWords = /[A-Za-z]+(?:[ \u00a0][A-Za-z]+)+/gu

let introduction: RegExp | undefined

/** The bracketed introduction of a short name: a cue (data/unit-short-name-cues.txt), the name, quoted or not, and the closing bracket. */
function introductions(): RegExp {
  introduction ??= new RegExp(`[（(](?:${readLexicon('unit-short-name-cues.txt').join('|')})[：:]?(?:“([^“”（）()\\n]{2,${maxShortName}})”|([^“”（）()，。；、\\n]{2,${maxShortName}}))[）)]`, 'gu')
  return introduction
}

/**
 * Short names introduced in brackets right after a unit's full name (以下简称, 简称, 下称: data/unit-short-name-cues.txt)
 * whose head, before the kind or trade they end with, names the unit: the head stands in the full name (星汇 of 重庆星汇
 * 百货, 兴发 of 湖北兴发化工集团股份有限公司) or is the initials of its words in letters (SH of Sinar Harapan集团). The
 * head is masked in the short name and in the full name; propagation masks it wherever the document uses it again
 * (星汇百货已被下达…). The full name must end with a unit suffix or with the short name's kind, so that a place's short
 * name (浦江县浦南街道（以下简称“浦南”）) or a person's (王秀兰（以下简称王大姐）) is none; a head that is generic, opens
 * with a stop character or lies in a place the places detector found (泗洪 of 泗洪县国有资产投资集团有限公司（以下简称
 * “泗洪国投”）) is none either. Brackets and quotes stay visible.
 */
export function detectShortNames(context: DetectionContext, units: readonly Detection[], places: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const match of text.matchAll(introductions())) {
    const shortName = match[1] ?? match[2] ?? ''
    const shortStart = match.index + match[0].indexOf(shortName)
    const {fullStart, view} = fullNameBefore(text, match.index)
    const fullName = view.text
    // What the short name ends with that says what the unit is or does, two characters of head left at least (星汇|百货)
    const kind = longestEndingLength(shortName, minHead, 1, isKind)
    const head = shortName.slice(0, shortName.length - kind)
    if (!endsWithUnitSuffix(fullName) && (kind === 0 || !fullName.endsWith(shortName.slice(head.length)))) continue
    if (!isNamingHead(head)) continue
    const inFull = headInFullName(fullName, head)
    if (inFull === undefined || isLevelHeadAndKind(fullName, inFull)) continue
    const mentions = [
      {start: fullStart + wrappedOffset(view, inFull.start), end: fullStart + wrappedOffset(view, inFull.end - 1) + 1},
      {start: shortStart, end: shortStart + head.length}
    ]
    if (mentions.some((mention) => overlapsAny(places, mention.start, mention.end) || isSkipped(context, mention.start, mention.end))) continue
    // What another rule masks already (清源 of 清源供水有限责任公司, and so of 清源供水 through the bare names) is not read twice
    for (const mention of mentions.filter((mention) => !units.some((unit) => unit.start <= mention.start && mention.end <= unit.end - unit.suffixLength))) {
      found.push({
        type: 'ORG',
        start: mention.start,
        end: mention.end,
        suffixLength: 0,
        detector: 'units',
        rule: 'short-name',
        confidence: 0.75,
        reason: `brand of the short name \`${shortName}\` the document gives \`${fullName}\``
      })
    }
  }
  return found
}

/**
 * The full name before the brackets at `end`: from the mark before it, forty characters back at most, as it reads with
 * a PDF's line wraps inside it taken out (深圳市华⏎信科技有限公司: the wraps the unwrapped view left, after a short line),
 * and where it starts.
 */
function fullNameBefore(text: string, end: number): {fullStart: number; view: UnwrappedText} {
  const parts: string[] = []
  const wraps: {from: number; to: number}[] = []
  let fullStart = end
  let partEnd = end
  while (fullStart > 0 && end - fullStart < maxFullName) {
    const wrapStart = han.test(text.charAt(fullStart)) ? lineWrapStart(text, fullStart) : undefined
    if (wrapStart !== undefined && han.test(text.charAt(wrapStart - 1))) {
      parts.unshift(text.slice(fullStart, partEnd))
      wraps.unshift({from: wrapStart, to: fullStart})
      fullStart = partEnd = wrapStart
    } else if (fullNameStop.test(text.charAt(fullStart - 1))) {
      break
    } else {
      fullStart--
    }
  }
  parts.unshift(text.slice(fullStart, partEnd))
  let removed = 0
  const cuts = wraps.map((wrap) => {
    removed += wrap.to - wrap.from
    return {at: wrap.to - fullStart - removed, removed}
  })
  return {fullStart, view: {text: parts.join(''), cuts}}
}

/** Whether `words` say what a unit is or does: a unit suffix (集团, 公司, 小学), trades (百货, 乳业) or both (化工集团). */
function isKind(words: string): boolean {
  if (isTradeText(words) || isUnitSuffixWord(words)) return true
  for (let split = minHead; split <= words.length - minHead; split++) if (isTradeText(words.slice(0, split)) && isUnitSuffixWord(words.slice(split))) return true
  return false
}

/**
 * Whether `head` may name a unit: two characters at least, no mark or placeholder, no pseudonyms; of Han characters,
 * no generic word, no stop character first (市国投, 县三中), no trade (自来水 of 自来水公司) and not only words of prose
 * jieba knows with no name's tag (国有 of 国有林场, 交易 of 交易中心, 电信 of 电信公司): what every county's or the
 * nation's unit of that kind is called, which propagation would mask wherever the document says it (国有资本保值增值,
 * 自来水普及率, 电信普遍服务).
 */
function isNamingHead(head: string): boolean {
  if (head.length < minHead || !headCharacters.test(head)) return false
  if (!han.test(head)) return isLetteredBrand(head)
  if (isGenericWord(head) || isStopChar(head.charAt(0)) || isTradeText(head)) return false
  return !segment(head, 0, head.length).every((word) => isUsualWord(word.word) && !isProperWord(word))
}

/**
 * Whether the full name is only a level, the head and the kind (县|融媒体|中心, 县|自来水|公司): the unit of that
 * kind the county or city has, which the head describes rather than names.
 */
function isLevelHeadAndKind(fullName: string, inFull: {start: number; end: number}): boolean {
  const rest = fullName.slice(inFull.end)
  return inFull.start > 0 && hasOnlyStopChars(fullName.slice(0, inFull.start)) && (rest === '' || isKind(rest))
}

/**
 * Where the full name holds the head: the head itself, last; the words in letters whose initials it is (SH of Sinar
 * Harapan); or the brand a head of Han characters abbreviates (see `abbreviatedBrand`).
 */
function headInFullName(fullName: string, head: string): {start: number; end: number} | undefined {
  const at = fullName.lastIndexOf(head)
  if (at !== -1) return {start: at, end: at + head.length}
  if (han.test(head)) return abbreviatedBrand(fullName, head)
  if (!capitals.test(head)) return undefined
  for (const words of fullName.matchAll(letteredWords)) {
    const initials = words[0].split(/[ \u00a0]/u).map((word) => word.charAt(0).toUpperCase()).join('')
    if (initials === head) return {start: words.index, end: words.index + words[0].length}
  }
  return undefined
}

/**
 * The brand a head of Han characters abbreviates, taking its characters in order from the last place the full name
 * holds its first (北石 of 北辰石化装备集团有限公司, 宏新 of 宏达新能源科技有限公司): jieba's words of the full name, read
 * whole, from the head's first character up to the word that holds its last (北辰|石化, 宏达|新能源); none where the
 * full name lacks a character of it, where the brand is a generic word or a trade (城市建设 of 城投集团, which
 * abbreviates 城市建设投资集团) or where jieba knows the head as an abbreviation of its own (国投/j, 交投/j: what every
 * county's investment company is called). A head jieba merely may know (宏新, by the dictionaries' bit set) is read.
 */
function abbreviatedBrand(fullName: string, head: string): {start: number; end: number} | undefined {
  if (isAbbreviationWord(head)) return undefined
  const start = fullName.lastIndexOf(head.charAt(0))
  if (start === -1) return undefined
  let last = start
  for (const char of head.slice(1)) {
    last = fullName.indexOf(char, last + 1)
    if (last === -1) return undefined
  }
  // Read whole: a slice cut at the head's last character could make jieba join the words before it otherwise
  const words = segment(fullName, start, fullName.length).filter((word) => word.end <= last)
  const end = words.at(-1)?.end ?? start
  const brand = fullName.slice(start, end)
  return end - start >= minHead && !isGenericWord(brand) && !isTradeText(brand) ? {start, end} : undefined
}

/** Whether jieba reads `head` as one word it tags an abbreviation (国投/j, 交投/j). */
function isAbbreviationWord(head: string): boolean {
  const words = segment(head, 0, head.length)
  return words.length === 1 && words[0]?.tag === abbreviationTag
}

// jieba's tag of abbreviations.
const abbreviationTag = 'j'

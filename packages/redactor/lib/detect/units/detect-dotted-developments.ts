// Property developments named in two parts joined by a dot (鸿盛·锦绣府, MOMA·悦城): rule `dotted-development`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segmentBefore} from '../../segment.js'
import {nameDotList} from '../persons/person-classes.js'
import {closingQuote, han, openingQuote} from './character-classes.js'
import {isSkipped} from './skipped-spans.js'

let developmentKinds: ReadonlySet<string> | undefined
let developmentWords: readonly string[] | undefined

// The longest part of a development's name on either side of its dot (锦绣华府, 紫薇华府); Latin brands run longer.
const maxPart = 6
const maxLatinPart = 12
const latinPart = /^[A-Za-z0-9]+$/u
const latinChar = /[A-Za-z0-9]/u
// A phase of a development and 等 between its quoted name and the word that says it is one (二期项目, 等项目).
const phaseOrList = /^(?:[一二三四五六七八九十0-9]期)?等?/u
const maxPhase = 3

/**
 * Property developments and commercial complexes named by a developer's brand and the estate's name joined by a dot
 * (“鸿盛·锦绣府”二期项目, “MOMA·悦城”商业综合体项目, 正丰·观湖府车位纠纷, 开发建设“曲江·紫薇华府”项目): the name
 * is masked whole, brand and estate, as the gold of the reports that name them asks. Such a name is no person's
 * (see `developmentAround`, which the persons' dotted-name rule asks too).
 */
export function detectDottedDevelopments(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (const dot of nameDotList) {
    for (let at = text.indexOf(dot); at !== -1; at = text.indexOf(dot, at + 1)) {
      const development = developmentAround(text, at)
      if (!development || isSkipped(context, development.start, development.end)) continue
      if (units.some((unit) => unit.start < development.end && unit.end > development.start)) continue
      found.push({
        type: 'ORG',
        start: development.start,
        end: development.end,
        suffixLength: 0,
        detector: 'units',
        rule: 'dotted-development',
        confidence: 0.8,
        reason: 'a property development named by a brand and an estate joined by a dot'
      })
    }
  }
  return found
}

/**
 * The name of a property development whose two parts the dot at `dot` joins, or undefined: a brand of two characters
 * or more before the dot, Latin letters (MOMA) or Han characters that are no frequent word of prose (鸿盛, not 平安
 * of 建设平安·法治乡村), and after it an estate's name that ends in a kind of data/unit-development-kinds.txt
 * (锦绣府, 悦城, 观湖府), or, in quotes, any name a word of data/unit-development-words.txt follows (“鸿盛·锦绣”
 * 二期项目). Both parts hold two characters at least.
 */
export function developmentAround(text: string, dot: number): {start: number; end: number} | undefined {
  const start = brandStart(text, dot)
  if (start === undefined) return undefined
  const quoted = text.charAt(start - 1) === openingQuote
  const end = quoted ? quotedEstateEnd(text, dot + 1) : estateEnd(text, dot + 1)
  return end === undefined ? undefined : {start, end}
}

/** The start of the brand that ends at the dot at `dot`: a run of Latin letters and digits, or jieba's words of Han characters. */
function brandStart(text: string, dot: number): number | undefined {
  if (latinChar.test(text.charAt(dot - 1))) {
    let start = dot
    while (start > 0 && latinChar.test(text.charAt(start - 1))) start--
    return dot - start >= 2 && dot - start <= maxLatinPart ? start : undefined
  }
  const words = segmentBefore(text, dot, maxPart).filter((word) => word.end <= dot)
  const last = words.at(-1)
  if (last?.end !== dot) return undefined
  // A lone character jieba could not join opens the brand with the word before it (鸿/盛)
  const before = words.at(-2)
  const start = last.word.length === 1 && before?.end === last.start ? before.start : last.start
  const brand = text.slice(start, dot)
  if (brand.length < 2 || brand.length > maxPart || !han.test(brand) || isFrequentWord(brand)) return undefined
  // Inside quotes that open before it, the dot joins the halves of a slogan (“绿海明珠·天府花园”)
  let runStart = start
  while (han.test(text.charAt(runStart - 1))) runStart--
  return runStart < start && text.charAt(runStart - 1) === openingQuote ? undefined : start
}

/** The end of an unquoted estate's name from `start`: two characters or more, through the kinds it ends with (观湖府). */
function estateEnd(text: string, start: number): number | undefined {
  developmentKinds ??= new Set(readLexicon('unit-development-kinds.txt'))
  const kinds = developmentKinds
  if (!han.test(text.charAt(start))) return undefined
  for (let at = start + 1; at < start + maxPart && han.test(text.charAt(at)); at++) {
    if (!kinds.has(text.charAt(at))) continue
    let end = at + 1
    while (kinds.has(text.charAt(end))) end++
    return end
  }
  return undefined
}

/**
 * The end of a quoted estate's name from `start`, at its closing quote: one that ends in a kind (“MOMA·悦城”), or that
 * a development's word follows (“鸿盛·锦绣”二期项目).
 */
function quotedEstateEnd(text: string, start: number): number | undefined {
  const close = text.indexOf(closingQuote, start)
  if (close - start < 2 || close - start > maxLatinPart) return undefined
  const estate = text.slice(start, close)
  if (!han.test(estate) && !latinPart.test(estate)) return undefined
  if (estateEnd(text, start) === close) return close
  developmentWords ??= readLexicon('unit-development-words.txt')
  const after = close + 1 + (phaseOrList.exec(text.slice(close + 1, close + 1 + maxPhase))?.[0].length ?? 0)
  return developmentWords.some((word) => text.startsWith(word, after)) ? close : undefined
}

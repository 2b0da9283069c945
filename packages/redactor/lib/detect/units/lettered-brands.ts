// A brand in Latin letters right before the trade and suffix of a unit (上海|iBox|智能科技有限公司, 柏柳村|KM|茶业
// 有限公司): rule `lettered-brand`.
import type {Detection} from '../../detection.js'
import type {SuffixedName} from '../../gazetteer/find-suffixed-names.js'
import {readLexicon} from '../../read-lexicon.js'
import {isTradeText} from './kept-parts.js'

// What a brand in letters is made of (iBox, HUAYU, A+, 4S): letters, digits and a plus.
const letteredCharacter = /[A-Za-z0-9+]/u
const letter = /[A-Za-z]/u
// How long such a brand may be, and the placeholders a writer puts for a name left out (XX有限公司), which are none.
const maxLettered = 12
const placeholder = /^[Xx]+$/u
// Pseudonyms side by side (WAFV: a place's and a brand's, where the policy writes pseudonyms), or a pseudonym beside
// another style's placeholder (xxFV, WAxx: a style per type): two capitals or two x's a name, which redacting the
// output again must leave as they are.
const pseudonyms = /^(?:[A-Z]{2}|xx){2,}$/u

let tradeAcronyms: ReadonlySet<string> | undefined

/**
 * The brand in Latin letters right before the Han words `name` read back from a unit suffix, where those words are
 * trades and generic words only (智能科技, 新材料, 茶业: see `isTradeText`): the name's only part that names is in
 * letters, which the suffix rules, reading Han characters, stop before. Letters, digits and a plus with a letter
 * among them (KT, iBox, A+), no placeholder (XX) nor pseudonyms side by side, and no acronym of a trade
 * (data/unit-trade-acronyms.txt: LED照明, 5G通信). Only the letters are masked; trade and suffix stay visible.
 */
export function letteredBrandBefore(text: string, name: SuffixedName): Detection | undefined {
  let start = name.start
  while (start > 0 && name.start - start < maxLettered && letteredCharacter.test(text.charAt(start - 1))) start--
  const brand = text.slice(start, name.start)
  // A run cut by the window, or one joined to a word of letters before it, is read by nothing here
  if (brand.length < minLettered || letteredCharacter.test(text.charAt(start - 1)) || !isLetteredBrand(brand) || !isTradeText(text.slice(name.start, name.nameEnd))) return undefined
  return {
    type: 'ORG',
    start,
    end: name.end,
    suffixLength: name.end - name.start,
    detector: 'units',
    rule: 'lettered-brand',
    confidence: 0.7,
    reason: `brand in letters before \`${text.slice(name.start, name.end)}\``
  }
}

// How many characters a brand in letters holds at least (KM, A+).
const minLettered = 2

/**
 * Whether `letters` may be a brand's: a letter among them, no placeholder (XX) nor pseudonyms side by side, and no
 * acronym of a trade (data/unit-trade-acronyms.txt: LED, AI, PPP).
 */
export function isLetteredBrand(letters: string): boolean {
  return isLetteredName(letters) && !pseudonyms.test(letters)
}

/**
 * Whether `letters` may be a name's where no pseudonym can stand (before them, a name in Han: 巴斯夫（BASF）): a
 * letter among them, no placeholder (XX), and no acronym of a trade (data/unit-trade-acronyms.txt: LED, AI, PPP).
 */
export function isLetteredName(letters: string): boolean {
  tradeAcronyms ??= new Set(readLexicon('unit-trade-acronyms.txt').map((word) => word.toUpperCase()))
  return letter.test(letters) && !placeholder.test(letters) && !tradeAcronyms.has(letters.toUpperCase())
}

import {genericPrefixLength, hasStopChar, isGenericWord, namesGovernmentBody, suffixRuleLength} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {isTradeText} from './kept-parts.js'
import {describesQuantity} from './quantities.js'
import {describesUnit} from './unit-descriptions.js'

let regionShortNames: ReadonlySet<string> | undefined

/** data/region-short-names.txt: public regions named by short forms of provinces and cities (川渝, 成渝, 渝东). */
function isRegionShortName(word: string): boolean {
  regionShortNames ??= new Set(readLexicon('region-short-names.txt'))
  return regionShortNames.has(word)
}

/**
 * Whether `text[start, end)`, read as the brand before a trade and a kind of unit, is none: it describes a unit, is a
 * generic word or opens with one, is a trade or a quantity, holds a character no brand holds, names a body of
 * government, or is a place (by its suffix, a name of the gazetteer that starts and ends with it, or a region named
 * by short forms of provinces and cities: 成渝物流, 渝东化工园区).
 */
export function isRefusedBrand(text: string, start: number, end: number): boolean {
  const brand = text.slice(start, end)
  return (
    isRegionShortName(brand) ||
    describesUnit(brand) ||
    isGenericWord(brand) ||
    genericPrefixLength(brand) > 0 ||
    isTradeText(brand) ||
    describesQuantity(brand) ||
    hasStopChar(brand) ||
    namesGovernmentBody(brand) ||
    suffixRuleLength(brand, 'PLACE') > 0 ||
    longestAt(loadGazetteer().names, text, start)?.end === end
  )
}

/** Where the longest run of trades (see `isTradeText`) that ends at `kindStart` starts, from `from` to `last` on, or undefined. */
export function tradeRunStart(text: string, from: number, kindStart: number, last = kindStart): number | undefined {
  for (let at = from; at < kindStart && at <= last; at++) if (isTradeText(text.slice(at, kindStart))) return at
  return undefined
}

// Characters and marks the unit rules read names and clauses by.

// Digits, Chinese numerals, and the placeholders a masked figure leaves (redact's second look reads 合作社**家).
export const numeral = /[0-9０-９一二两三四五六七八九十百千万*xX]/u

// Numerals that open slogans (“一网统管”, “三资管理”); 百, 千 and 万 open brands as often (百佳惠).
export const sloganNumeral = /^[一二两三四五六七八九十]/u

// A run of Han characters, as the suffix rules read names.
export {han} from '../../gazetteer/find-suffixed-names.js'

// Marks that end a clause, across which neither a project's description nor a list of businesses runs.
export const clauseEnd = /[。；，\n]/u

// The quotes around a quoted brand or a programme's label (“兄弟”冷面馆, “爱心超市”).
export const openingQuote = '“'
export const closingQuote = '”'

/**
 * `text.lastIndexOf(quote, from)` where a quote before `floor` would be refused anyway (the name it opens too long to
 * be one), so read back no further than `floor`; -1 where none stands in `text[floor, from]`. Read back to the text's
 * start, the search made a pass over the text for every closing quote with no opening one near it (“ left out, or a
 * quoted phrase longer than a name), quadratic in a long document. `quote` is one UTF-16 unit.
 */
export function lastQuoteWithin(text: string, quote: string, from: number, floor: number): number {
  const code = quote.charCodeAt(0)
  for (let at = Math.min(from, text.length - 1); at >= Math.max(0, floor); at--) if (text.charCodeAt(at) === code) return at
  return -1
}

/** `text.indexOf(quote, from)` read no further than `ceiling`, as `lastQuoteWithin` reads back: -1 where none stands in `text[from, ceiling]`. */
export function firstQuoteWithin(text: string, quote: string, from: number, ceiling: number): number {
  const code = quote.charCodeAt(0)
  for (let at = Math.max(0, from); at <= Math.min(ceiling, text.length - 1); at++) if (text.charCodeAt(at) === code) return at
  return -1
}

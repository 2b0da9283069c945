// Characters and marks the unit rules read names and clauses by.

// Digits, Chinese numerals, and the placeholders a masked figure leaves (redact's second look reads 合作社**家).
export const numeral = /[0-9０-９一二两三四五六七八九十百千万*xX]/u

// A run of Han characters, as the suffix rules read names.
export {han} from '../../gazetteer/find-suffixed-names.js'

// Marks that end a clause, across which neither a project's description nor a list of businesses runs.
export const clauseEnd = /[。；，\n]/u

// The quotes around a quoted brand or a programme's label (“兄弟”冷面馆, “爱心超市”).
export const openingQuote = '“'
export const closingQuote = '”'

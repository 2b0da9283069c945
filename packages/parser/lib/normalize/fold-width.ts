// Full-width forms sit at U+FF01–U+FF5E, 0xFEE0 above their ASCII twins. Only digits, letters,
// the full stop and the percent sign are folded: they are what figures and codes are written
// with (１２．５％, ＧＢ／Ｔ). Chinese punctuation (，。：；（）) stays, because the parser's
// markers (（一） 1．) and sentence ends depend on it.
/** The characters `foldWidth` changes, as a regular expression class for callers that look for them. */
export const foldableClass = '[０-９Ａ-Ｚａ-ｚ．％]'
const foldable = new RegExp(foldableClass, 'g')
// Most text has nothing to fold: a plain test is several times cheaper than a global replace.
const hasFoldable = new RegExp(foldableClass)
const offset = 0xfee0

/**
 * Fold full-width digits, Latin letters, `．` and `％` to their half-width forms.
 *
 * One code unit maps to one code unit, so offsets into the result are offsets into the input.
 *
 * @param text any text
 * @returns the text with those characters folded (`ＡＢＣ１２３` → `ABC123`)
 */
export function foldWidth(text: string): string {
  return hasFoldable.test(text) ? text.replace(foldable, fold) : text
}

function fold(character: string): string {
  return String.fromCharCode(character.charCodeAt(0) - offset)
}

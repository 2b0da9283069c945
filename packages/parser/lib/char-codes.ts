/**
 * The UTF-16 code units of `characters`, for membership tests on `charCodeAt`: `'。；'.includes(text.charAt(i))`
 * makes a new string for every CJK character it tests, and the parser tests characters on every line.
 *
 * @param characters a character class written as a string (data), one code unit per character
 */
export function charCodes(characters: string): ReadonlySet<number> {
  const codes = new Set<number>()
  let index = -1
  while (++index < characters.length) codes.add(characters.charCodeAt(index))
  return codes
}

/** Whether `code` is what `/\s/` matches (ECMAScript white space and line terminators), without a regex or a string. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A character class as a table over UTF-16 code units: `table[code] === 1` for its members. */
export type CharClass = Readonly<Uint8Array>

/**
 * The class of the code units of `characters`, for membership tests on `charCodeAt`:
 * `'。；'.includes(text.charAt(i))` makes a new string for every CJK character it tests, a `Set`
 * hashes every code, and the parser tests characters on every line. 64 KB per class, made once.
 *
 * @param characters a character class written as a string (data), one code unit per character
 */
export function charCodes(characters: string): CharClass {
  const table = new Uint8Array(0x10000)
  let index = -1
  while (++index < characters.length) table[characters.charCodeAt(index)] = 1
  return table
}

/**
 * Which of up to eight rules may start at each code unit: bit `i` of `table[code]` is set when
 * `rules[i].starts` holds `code`, so a position is tried against those rules only.
 *
 * @param rules rules in order, each with the characters it can start with (one code unit each)
 */
export function ruleStarts(rules: ReadonlyArray<{starts: string}>): Readonly<Uint8Array> {
  if (rules.length > 8) throw new RangeError(`Expected at most 8 rules, not ${rules.length}`)
  const table = new Uint8Array(0x10000)
  rules.forEach((rule, index) => {
    let position = -1
    while (++position < rule.starts.length) {
      const code = rule.starts.charCodeAt(position)
      table[code] = (table[code] ?? 0) | (1 << index)
    }
  })
  return table
}

/**
 * Whether `code` (a code unit, or `NaN` past either end of a string) is in the class. `NaN` is answered before the
 * table is read: one load with a key that is no index sends every later load of this call site to V8's generic
 * path, which made each test about three times slower for all callers.
 */
export function inClass(table: CharClass, code: number): boolean {
  return !Number.isNaN(code) && table[code] === 1
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

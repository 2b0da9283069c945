// Check digits of the identifiers the contacts detector masks. A number that fails its check is not that
// identifier (a long digit run may still be a figure or a bank card), which keeps false IDs out.

const residentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const residentIdCheckCharacters = '10X98765432'

/**
 * Whether `id` is an 18-character resident identity number (GB 11643): 17 digits, a birth date that
 * exists (YYYYMMDD at offsets 6–13, born 1900–2099) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
export function isValidResidentId(id: string): boolean {
  if (!/^[1-9][0-9]{16}[0-9Xx]$/.test(id)) return false
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || year > 2099 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false
  let sum = 0
  for (let index = 0; index < 17; index++) sum += Number(id.charAt(index)) * (residentIdWeights[index] ?? 0)
  return residentIdCheckCharacters.charAt(sum % 11) === id.charAt(17).toUpperCase()
}

// GB 32100-2015: 31 characters, no I, O, Z, S, V.
const creditCodeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * Whether `code` is a 统一社会信用代码 (GB 32100): 18 characters of the 31-character set, digits 3–8 an
 * administrative division code, and a MOD 31 check character.
 */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false
  let sum = 0
  for (let index = 0; index < 17; index++) {
    sum += creditCodeCharacters.indexOf(code.charAt(index)) * (creditCodeWeights[index] ?? 0)
  }
  return creditCodeCharacters.charAt((31 - (sum % 31)) % 31) === code.charAt(17)
}

/** Whether a string of digits passes the Luhn (mod 10) check that bank card numbers carry. */
export function passesLuhn(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false
  let sum = 0
  let double = false
  for (let index = digits.length - 1; index >= 0; index--) {
    let value = Number(digits.charAt(index))
    if (double) {
      value *= 2
      if (value > 9) value -= 9
    }
    sum += value
    double = !double
  }
  return sum % 10 === 0
}

import type {EntityType} from '@gongwen/schema'
import {readLexicon} from '../read-lexicon.js'

// Longest first, so 有限公司 wins over 公司 and 副区长 over 区长.
const byLength = (a: string, b: string): number => b.length - a.length
const placeAndUnitEndings = readLexicon('eval-generic-endings.txt').sort(byLength)
const personEndings = readLexicon('eval-person-endings.txt').sort(byLength)

/**
 * Length of the generic ending a masked mention may leave visible, 0 when it has none: a place's or unit's
 * (江安县 → 1, 杨垇小学 → 2), or the title or word of address after a person's surname (张副区长 → 3, 鲁大爷 → 2).
 * Never the whole name: 社区 alone has no ending.
 */
export function genericEndingLength(name: string, type: EntityType): number {
  const endings = type === 'PERSON' ? personEndings : type === 'PLACE' || type === 'ORG' ? placeAndUnitEndings : []
  return endings.find((ending) => ending.length < name.length && name.endsWith(ending))?.length ?? 0
}

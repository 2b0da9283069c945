import {readLexicon} from '../read-lexicon.js'

// Longest first, so 有限公司 wins over 公司.
const endings = readLexicon('eval-generic-endings.txt').sort((a, b) => b.length - a.length)

/**
 * Length of the generic ending a masked place or unit name may leave visible (江安县 → 1, 杨垇小学 → 2),
 * 0 when it has none. Never the whole name: 社区 alone has no ending.
 */
export function genericEndingLength(name: string): number {
  return endings.find((ending) => ending.length < name.length && name.endsWith(ending))?.length ?? 0
}

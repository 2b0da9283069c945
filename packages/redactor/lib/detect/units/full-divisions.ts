// Divisions the text names in full (孙祖镇, 汝州市), which units belong to.
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt, type TrieMatch} from '../../gazetteer/trie.js'

/**
 * Whether a county or town named in full ends right before `at` (孙祖镇 before 城子小学), or a division of
 * `minLevel` or below (2: a city as well).
 */
export function endsDivision(text: string, at: number, minLevel = 3): boolean {
  for (let from = Math.max(0, at - 6); from <= at - 2; from++) if (fullDivisionAt(text, from, minLevel)?.end === at) return true
  return false
}

/** The longest gazetteer name at `at`, when it names a division of `minLevel` or below in full (3: a county or town). */
export function fullDivisionAt(text: string, at: number, minLevel = 1): TrieMatch<number> | undefined {
  const {names, namesOf} = loadGazetteer()
  const match = longestAt(names, text, at)
  return match && namesOf(match).some(({division, form}) => form === 'full' && division.level >= minLevel) ? match : undefined
}

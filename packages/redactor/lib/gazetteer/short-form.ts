import {readLexicon} from '../read-lexicon.js'

/** How a division name splits into the part a report may write alone and the generic ending. */
export interface NameParts {
  /** 江安县 → 江安; undefined when nothing of two or more characters is left (沙县, 东区). */
  shortForm: string | undefined
  /** Characters of the generic ending a `star` mask keeps: 江安县 → 1, 凉山彝族自治州 → 5. */
  suffixLength: number
}

let suffixes: string[] | undefined
let ethnicGroups: string[] | undefined

/** The generic endings of division names (data/division-suffixes.txt), longest first. */
export function divisionSuffixes(): readonly string[] {
  suffixes ??= readLexicon('division-suffixes.txt').sort((a, b) => b.length - a.length)
  return suffixes
}

/** Splits a division name by the suffix rules of data/division-suffixes.txt and data/ethnic-groups.txt. */
export function splitDivisionName(name: string): NameParts {
  ethnicGroups ??= readLexicon('ethnic-groups.txt').sort((a, b) => b.length - a.length)
  let stem = name
  const suffix = divisionSuffixes().find((candidate) => stem.endsWith(candidate) && stem.length > candidate.length)
  if (suffix) stem = stem.slice(0, -suffix.length)
  let stripped = true
  while (stripped) {
    const group = ethnicGroups.find((candidate) => stem.endsWith(candidate) && stem.length > candidate.length)
    if (group) stem = stem.slice(0, -group.length)
    stripped = group !== undefined
  }
  const suffixLength = name.length - stem.length
  // A stem that is itself a level (开发区街道, 城区街道) is no name of its own; one-character endings other than
  // 区 are ordinary in names (汝州, 通州), so they do not count.
  const generic = divisionSuffixes().some((candidate) => (candidate.length > 1 || candidate === '区') && stem.endsWith(candidate))
  return {shortForm: suffixLength > 0 && stem.length >= 2 && !generic ? stem : undefined, suffixLength}
}

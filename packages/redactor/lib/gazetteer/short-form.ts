import {readLexicon} from '../read-lexicon.js'

/** How a division name splits into the part a report may write alone and the generic ending. */
export interface NameParts {
  /** 江安县 → 江安; undefined when nothing of two or more characters is left (沙县, 东区). */
  shortForm: string | undefined
  /** Characters of the generic ending a `star` mask keeps: 江安县 → 1, 凉山彝族自治州 → 5. */
  suffixLength: number
}

let suffixes: string[] | undefined
let ethnicGroups: {name: string; bare: boolean}[] | undefined

/** The generic endings of division names (data/division-suffixes.txt), longest first. */
export function divisionSuffixes(): readonly string[] {
  suffixes ??= readLexicon('division-suffixes.txt').sort((a, b) => b.length - a.length)
  return suffixes
}

/**
 * The groups of data/ethnic-groups.txt, longest first, each with the form division names also write it in: without
 * 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州), where two characters or more are left (never 回 or 藏 alone).
 */
function ethnicGroupNames(): {name: string; bare: boolean}[] {
  const names = readLexicon('ethnic-groups.txt').flatMap((group) =>
    group.endsWith('族') && group.length > 2 ? [{name: group, bare: false}, {name: group.slice(0, -1), bare: true}] : [{name: group, bare: false}]
  )
  return names.sort((a, b) => b.name.length - a.name.length)
}

/**
 * Whether `name` is one or more ethnic groups and nothing else (苗族, 彝族白族苗族): before a level it makes an ethnic
 * level (苗族乡, what is left of 厍东关彝族白族苗族乡 once its name is masked), not the name of a place.
 */
export function isOnlyEthnicGroups(name: string): boolean {
  return name.length > 0 && withoutEthnicGroups(name, (bare) => (bare ? Infinity : 0)) === ''
}

/**
 * `stem` with the ethnic groups it ends with taken off, one after another, as long as at least `least(bare)`
 * characters are left before the group (`bare`: written without its 族).
 */
function withoutEthnicGroups(stem: string, least: (bare: boolean) => number): string {
  ethnicGroups ??= ethnicGroupNames()
  let rest = stem
  for (;;) {
    const group = ethnicGroups.find(({name, bare}) => rest.endsWith(name) && rest.length - name.length >= least(bare))
    if (group === undefined) return rest
    rest = rest.slice(0, -group.name.length)
  }
}

/** `stem` without the ethnic groups written with 族 that end it, where two characters or more are left (溪边回族 → 溪边). */
export function withoutEthnicGroup(stem: string): string {
  return withoutEthnicGroups(stem, (bare) => (bare ? Infinity : 2))
}

/** Splits a division name by the suffix rules of data/division-suffixes.txt and data/ethnic-groups.txt. */
export function splitDivisionName(name: string): NameParts {
  const suffix = divisionSuffixes().find((candidate) => name.endsWith(candidate) && name.length > candidate.length)
  // A group without its 族 is an ethnic group only before an ethnic level (自治州, 民族乡), and only where a name
  // of two characters or more is left: 新保安镇 and 内蒙古自治区 keep theirs.
  const ethnicLevel = suffix !== undefined && /自治|民族/.test(suffix)
  const stem = withoutEthnicGroups(suffix ? name.slice(0, -suffix.length) : name, (bare) => (bare ? (ethnicLevel ? 2 : Infinity) : 1))
  const suffixLength = name.length - stem.length
  // A stem that is itself a level (开发区街道, 城区街道) is no name of its own; one-character endings other than
  // 区 are ordinary in names (汝州, 通州), so they do not count.
  const generic = divisionSuffixes().some((candidate) => (candidate.length > 1 || candidate === '区') && stem.endsWith(candidate))
  return {shortForm: suffixLength > 0 && stem.length >= 2 && !generic ? stem : undefined, suffixLength}
}

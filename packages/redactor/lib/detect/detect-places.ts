import type {Detection, DetectionContext, Detector} from '../detection.js'
import {loadGazetteer, type Division, type DivisionName} from '../gazetteer/load-gazetteer.js'
import {findSuffixedNames} from '../gazetteer/find-suffixed-names.js'
import {villagesOfTown} from '../gazetteer/load-villages.js'
import {hasPlaceCue, inPlaceException, isNameWord} from '../gazetteer/place-context.js'
import {createTrie, insertName, scanTrie, type TrieMatch} from '../gazetteer/trie.js'

const levelNames = {1: 'province', 2: 'city', 3: 'county', 4: 'town'} as const

// `*县税务局`, `xx县`: a name right after a placeholder is the generic rest of a masked name.
const placeholderBefore = /[*＊xX×]$/

/** How a short form earned its place, best first, with the confidence each gives. */
const shortFormGrounds = {
  province: {confidence: 0.9, reason: 'province short form standing as a word'},
  named: {confidence: 0.9, reason: 'short form of a division the document names in full'},
  parent: {confidence: 0.75, reason: 'short form of a division under one the document names'},
  cue: {confidence: 0.7, reason: 'short form in a place context'},
  town: {confidence: 0.45, reason: 'short form of a town under a county the document names; doubtful'}
} as const

type Ground = keyof typeof shortFormGrounds

/**
 * Sub-national places: full names of divisions at every level from the gazetteer (河南省, 汝州市, 江安县,
 * 朱家角镇, 江桥街道), former names (崇文区, 襄樊市), short forms where they stand alone and something vouches
 * for them (汝州 when the document names 汝州市; any province: 河南), villages and communities under a
 * town or county the document names (西西社区), and names no gazetteer has before a place suffix of
 * data/unit-suffixes.txt (沙湾村 when no named town lists it).
 */
export const detectPlaces: Detector = function detectPlaces(context: DetectionContext): Detection[] {
  const {text} = context
  const gazetteer = loadGazetteer()
  const free = (start: number, end: number): boolean =>
    !placeholderBefore.test(text.slice(Math.max(0, start - 1), start)) &&
    !context.protectedRanges.some((range) => range.start < end && start < range.end)

  const named = new Set<string>()
  for (const match of scanTrie(gazetteer.names, text, (candidate) => fullName(candidate) !== undefined && free(candidate.start, candidate.end))) {
    for (const {division, form} of match.values) if (form === 'full') named.add(division.code)
  }

  const detections: Detection[] = []
  const vouched = new Set<string>()
  scanTrie(gazetteer.names, text, (match) => {
    if (!free(match.start, match.end)) return false
    const full = fullName(match)
    if (full) {
      detections.push(fullNameDetection(match, full))
      return true
    }
    const short = groundShortForm(text, match, named)
    if (!short) return false
    if (short.ground !== 'town') vouched.add(short.division.code)
    const {confidence, reason} = shortFormGrounds[short.ground]
    detections.push({
      type: 'PLACE',
      start: match.start,
      end: match.end,
      suffixLength: 0,
      detector: 'places',
      rule: `short-form-${short.ground}`,
      confidence,
      reason: `${reason} (${short.division.name})`
    })
    return true
  })

  for (const code of vouched) named.add(code)
  detections.push(...detectVillages(text, named, detections, free))
  const taken = (start: number, end: number): boolean => !free(start, end) || detections.some((other) => other.start < end && start < other.end)
  for (const name of findSuffixedNames(text, 'PLACE', taken)) {
    if (taken(name.start, name.end)) continue
    detections.push({
      type: 'PLACE',
      start: name.start,
      end: name.end,
      suffixLength: name.rule.generic,
      detector: 'places',
      rule: 'suffix-name',
      confidence: 0.7,
      reason: `proper name before \`${name.rule.suffix}\`, not in the gazetteer`
    })
  }
  return detections.sort((a, b) => a.start - b.start)
}

function fullName(match: TrieMatch<DivisionName>): Division | undefined {
  return match.values.find((value) => value.form === 'full' && !value.division.former)?.division ?? match.values.find((value) => value.form === 'full')?.division
}

function fullNameDetection(match: TrieMatch<DivisionName>, division: Division): Detection {
  const level = levelNames[division.level]
  return {
    type: 'PLACE',
    start: match.start,
    end: match.end,
    suffixLength: division.suffixLength,
    detector: 'places',
    rule: division.former ? 'gazetteer-former' : `gazetteer-${level}`,
    confidence: division.former ? 0.9 : 0.95,
    reason: division.former ? `former ${level} name in the division tables (gb2260)` : `${level} in the division gazetteer`
  }
}

/** Why a short form is a place here, if it is: see `shortFormGrounds`. One-character short forms never get here. */
function groundShortForm(text: string, match: TrieMatch<DivisionName>, named: ReadonlySet<string>): {division: Division; ground: Ground} | undefined {
  const divisions = match.values.map((value) => value.division)
  const province = divisions.find((division) => division.level === 1)
  if (province && !inPlaceException(text, match.start, match.end)) return {division: province, ground: 'province'}
  const fullyNamed = divisions.find((division) => named.has(division.code))
  if (fullyNamed) return {division: fullyNamed, ground: 'named'}
  const underNamed = divisions.find((division) => division.level < 4 && named.has(parentCode(division)))
  const cued = hasPlaceCue(text, match.start, match.end)
  const town = divisions.find((division) => division.level === 4 && named.has(parentCode(division)))
  if (!underNamed && !cued && !town) return undefined
  if (!isNameWord(text, match.start, match.end)) return undefined
  if (underNamed) return {division: underNamed, ground: 'parent'}
  const first = divisions[0]
  if (cued && first) return {division: first, ground: 'cue'}
  return town ? {division: town, ground: 'town'} : undefined
}

/** The code of the division above: county 410482 → city 4104, town 410482004 → county 410482. */
function parentCode(division: Division): string {
  return division.code.slice(0, division.level === 4 ? 6 : division.code.length - 2)
}

/**
 * Villages and communities of the towns the document names, and of every town of the counties it names:
 * a village name counts only there, so 西西社区 is found in a report on 汝州市 and 建设村 is not found
 * everywhere.
 */
function detectVillages(text: string, named: ReadonlySet<string>, found: readonly Detection[], free: (start: number, end: number) => boolean): Detection[] {
  const gazetteer = loadGazetteer()
  const towns = new Set<string>()
  for (const code of named) {
    if (code.length === 9) towns.add(code)
    else if (code.length === 6) for (const town of gazetteer.townsByCounty.get(code) ?? []) towns.add(town)
  }
  if (towns.size === 0) return []
  const villages = createTrie<string>()
  for (const town of towns) {
    for (const name of villagesOfTown(town)) {
      insertName(villages, name, town)
      if (name.endsWith('社区')) insertName(villages, `${name.slice(0, -2)}居委会`, town)
    }
  }
  const detections: Detection[] = []
  for (const match of scanTrie(villages, text)) {
    if (!free(match.start, match.end) || found.some((other) => other.start < match.end && match.start < other.end)) continue
    detections.push({
      type: 'PLACE',
      start: match.start,
      end: match.end,
      suffixLength: villageSuffixLength(text.slice(match.start, match.end)),
      detector: 'places',
      rule: 'gazetteer-village',
      confidence: 0.9,
      reason: 'village or community under a town or county the document names'
    })
  }
  return detections
}

/** The generic ending a village name keeps under a `star` mask: 沙湾村 → 1, 西西社区 → 2, 西西居委会 → 3. */
function villageSuffixLength(name: string): number {
  const suffix = ['居委会', '委员会', '社区', '村'].find((candidate) => name.endsWith(candidate) && name.length > candidate.length)
  return suffix?.length ?? 0
}

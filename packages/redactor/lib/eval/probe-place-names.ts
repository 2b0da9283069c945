import type {RedactionSpan} from '@gongwen/schema'
import {loadGazetteer, type Division} from '../gazetteer/load-gazetteer.js'
import {villagesOfTown} from '../gazetteer/load-villages.js'
import {readLexicon} from '../read-lexicon.js'
import {isMaskedWhole, maskedCharacters, seededDraw, totalOf, type SentenceResult, type SentenceTotals} from './probe-sentences.js'

/** A place to put in a sentence: the text that stands for it and the part of it that must be masked. */
interface ProbePlace {
  /** What the slot is filled with: a full name, or a town and one of its villages. */
  text: string
  /** Where the part to mask starts and ends in `text`: the proper part of the county, town or village. */
  properStart: number
  properEnd: number
}

export interface PlaceProbeResult extends SentenceTotals {
  places: number
}

const villageSlot = '{town}{village}'

/**
 * `count` current counties and towns of the gazetteer (half each), and as many villages, each after a town
 * of its own, drawn by a fixed pseudo-random sequence. A village is masked where the document names its
 * town (ANNOTATION.md), so its town stands right before it.
 */
function probePlaces(count: number): {divisions: ProbePlace[]; villages: ProbePlace[]} {
  const gazetteer = loadGazetteer()
  const draw = seededDraw(20_261_125)
  const divisions: ProbePlace[] = []
  const villages: ProbePlace[] = []
  const seen = new Set<string>()
  for (let attempt = 0; (divisions.length < count || villages.length < count) && attempt < count * 50; attempt++) {
    const division = gazetteer.division(draw(gazetteer.size))
    if (division.former || division.level < 3 || seen.has(division.code) || !hasProperPart(division)) continue
    seen.add(division.code)
    if (divisions.length < count && (division.level === 3) === (divisions.length % 2 === 0)) {
      divisions.push({text: division.name, properStart: 0, properEnd: division.name.length - division.suffixLength})
    }
    const names = division.level === 4 ? villagesOfTown(division.code) : []
    const village = names[draw(Math.max(1, names.length))]
    if (villages.length < count && village !== undefined) {
      const start = division.name.length
      villages.push({text: division.name + village, properStart: start, properEnd: start + village.length - villageLevelLength(village)})
    }
  }
  return {divisions, villages}
}

function hasProperPart(division: Division): boolean {
  return division.name.length - division.suffixLength >= 2
}

// The level a village's name ends with, which a `star` mask keeps (沙湾村 → *村, 西西社区 → *社区).
const villageLevels = ['社区居委会', '居民委员会', '村民委员会', '居委会', '村委会', '社区', '村']

function villageLevelLength(village: string): number {
  return villageLevels.find((level) => village.endsWith(level) && village.length > level.length)?.length ?? 0
}

// Lines per probe document: a report's worth, each line with another place.
const linesPerDocument = 20

/**
 * Puts the places into every sentence of data/eval-probe-places.txt, twenty lines to a document, and counts
 * the places whose proper part the redactor masked whole.
 */
export function probePlaceNames(redact: (text: string) => {spans: RedactionSpan[]}, count: number): PlaceProbeResult {
  const {divisions, villages} = probePlaces(count)
  const results: SentenceResult[] = []
  for (const line of readLexicon('eval-probe-places.txt')) {
    const sentence = line.split('\t')[1] ?? ''
    const slot = sentence.includes(villageSlot) ? villageSlot : '{}'
    const [before = '', after = ''] = sentence.split(slot)
    const places = slot === villageSlot ? villages : divisions
    const result: SentenceResult = {sentence, mentions: 0, masked: 0, missed: []}
    for (let first = 0; first < places.length; first += linesPerDocument) {
      const batch = places.slice(first, first + linesPerDocument)
      const text = batch.map((place) => before + place.text + after).join('\n')
      const covered = maskedCharacters(redact(text).spans, text.length)
      let lineStart = 0
      for (const place of batch) {
        const start = lineStart + before.length
        lineStart += before.length + place.text.length + after.length + 1
        result.mentions++
        if (isMaskedWhole(covered, start + place.properStart, start + place.properEnd)) result.masked++
        else if (result.missed.length < 5) result.missed.push(place.text)
      }
    }
    results.push(result)
  }
  return {places: divisions.length + villages.length, ...totalOf(results)}
}

import type {RedactionSpan} from '@gongwen/schema'
import {loadGazetteer, type Division} from '../gazetteer/load-gazetteer.js'
import {villagesOfTown} from '../gazetteer/load-villages.js'
import {readLexicon} from '../read-lexicon.js'
import {genericEndingLength} from './generic-ending-length.js'
import {probeSentence, seededDraw, totalOf, type SentenceTotals, type SlotFiller} from './probe-sentences.js'


export interface PlaceProbeResult extends SentenceTotals {
  places: number
}

const villageSlot = '{town}{village}'

/**
 * `count` current counties and towns of the gazetteer (half each), and as many villages, each after a town
 * of its own, drawn by a fixed pseudo-random sequence. A village is masked where the document names its
 * town (ANNOTATION.md), so its town stands right before it.
 */
function probePlaces(count: number): {divisions: SlotFiller[]; villages: SlotFiller[]} {
  const gazetteer = loadGazetteer()
  const draw = seededDraw(20_261_125)
  const divisions: SlotFiller[] = []
  const villages: SlotFiller[] = []
  const seen = new Set<string>()
  for (let attempt = 0; (divisions.length < count || villages.length < count) && attempt < count * 50; attempt++) {
    const division = gazetteer.division(draw(gazetteer.size))
    if (division.former || division.level < 3 || seen.has(division.code) || !hasProperPart(division)) continue
    seen.add(division.code)
    if (divisions.length < count && (division.level === 3) === (divisions.length % 2 === 0)) {
      divisions.push({text: division.name, maskStart: 0, maskEnd: division.name.length - division.suffixLength})
    }
    const names = division.level === 4 ? villagesOfTown(division.code) : []
    const village = names[draw(Math.max(1, names.length))]
    if (villages.length < count && village !== undefined) {
      const start = division.name.length
      villages.push({text: division.name + village, maskStart: start, maskEnd: start + village.length - genericEndingLength(village, 'PLACE')})
    }
  }
  return {divisions, villages}
}

function hasProperPart(division: Division): boolean {
  return division.name.length - division.suffixLength >= 2
}

/**
 * Puts the places into every sentence of data/eval-probe-places.txt, twenty lines to a document, and counts
 * the places whose proper part (the part to mask of each filler: a county, town or village without its
 * level) the redactor masked whole.
 */
export function probePlaceNames(redact: (text: string) => {spans: RedactionSpan[]}, count: number): PlaceProbeResult {
  const {divisions, villages} = probePlaces(count)
  const results = readLexicon('eval-probe-places.txt').map((line) => {
    const sentence = line.split('\t')[1] ?? ''
    return sentence.includes(villageSlot) ? probeSentence(redact, sentence, villageSlot, villages) : probeSentence(redact, sentence, '{}', divisions)
  })
  return {places: divisions.length + villages.length, ...totalOf(results)}
}

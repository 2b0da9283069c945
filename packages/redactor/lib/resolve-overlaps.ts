import type {EntityType} from '@gongwen/schema'
import type {Detection} from './detection.js'
import {mayBeKnownWord} from './jieba-dictionary.js'

// Names beat figures: many place names contain numerals (三明, 六安), and a name's span decides its mask.
const typeRank: Record<EntityType, number> = {PLACE: 0, ORG: 0, PERSON: 0, CONTACT: 1, FIGURE: 2, DATE: 3}

/**
 * A candidate with its sort keys read once: the comparator runs on every pair the sort compares, and
 * detections come from many detectors in many shapes, so reading their fields there is slow.
 */
interface Ranked {
  detection: Detection
  /** Its place among the candidates. */
  index: number
  length: number
  confidence: number
  rank: number
  /** 1 for a propagated copy: detectors' own findings beat copies when everything else is equal. */
  propagated: number
  start: number
}

function rankOf(detection: Detection, index: number): Ranked {
  return {
    detection,
    index,
    length: detection.end - detection.start,
    confidence: detection.confidence,
    rank: typeRank[detection.type],
    propagated: detection.rule === 'propagated' ? 1 : 0,
    start: detection.start
  }
}

function compare(a: Ranked, b: Ranked): number {
  return (
    b.length - a.length ||
    b.confidence - a.confidence ||
    a.rank - b.rank ||
    a.propagated - b.propagated ||
    a.start - b.start ||
    compareNames(a.detection, b.detection)
  )
}

/** The last tie-breaks, by detector and rule name: rarely reached, so their fields are read only here. */
function compareNames(a: Detection, b: Detection): number {
  return (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
}

/**
 * A unit named after its place keeps the place's level in its mask: when a PLACE (江安县, suffix 县) starts a
 * longer ORG (江安县税务局), the ORG keeps everything after the place's proper part (*县税务局). A unit that goes
 * on after the place with a name of its own (沙溪|老院子客栈) starts after the place instead: kept whole after the
 * place's proper part, the name would show (*老院子客栈). A word jieba's dictionaries hold there is the unit's
 * product or kind rather than its name (练塘|茭白专业合作社, 江安县|实验小学), so the unit keeps the place's level.
 */
function absorbPlaces(detections: readonly Detection[], text: string): readonly Detection[] {
  const placesByStart = new Map<number, Detection[]>()
  // The place around each offset strictly inside one (the longest, where places overlap).
  const placeInside = new Map<number, Detection>()
  for (const detection of detections) {
    if (detection.type !== 'PLACE') continue
    const list = placesByStart.get(detection.start)
    if (list) list.push(detection)
    else placesByStart.set(detection.start, [detection])
    for (let at = detection.start + 1; at < detection.end; at++) {
      const known = placeInside.get(at)
      if (known === undefined || known.end - known.start < detection.end - detection.start) placeInside.set(at, detection)
    }
  }
  if (placesByStart.size === 0) return detections
  return detections.map((detection) => {
    if (detection.type !== 'ORG') return detection
    // jieba can cut a place in two (零|陵区萍阳中学), and a unit read back to that cut would win over the place and
    // leave the place's first characters visible (零*中学): the unit starts after the place instead, or with it
    // where nothing of a name of its own is left after the place.
    const cutPlace = placeInside.get(detection.start)
    if (cutPlace !== undefined && cutPlace.end < detection.end) {
      return {...detection, start: cutPlace.end < detection.end - detection.suffixLength ? cutPlace.end : cutPlace.start}
    }
    const places = placesByStart.get(detection.start)
    if (!places) return detection
    const placeEnd = Math.max(...places.map((place) => place.end))
    const nameEnd = detection.end - detection.suffixLength
    if (nameEnd - placeEnd >= 2 && !mayBeKnownWord(text, placeEnd, nameEnd)) return {...detection, start: placeEnd}
    let suffixLength = detection.suffixLength
    for (const place of places) {
      const properEnd = place.end - place.suffixLength
      if (place.end <= detection.end && properEnd > detection.start) suffixLength = Math.max(suffixLength, detection.end - properEnd)
    }
    return suffixLength === detection.suffixLength ? detection : {...detection, suffixLength}
  })
}

/**
 * Two places that overlap without one holding the other (厍东关 of 厍东关彝族白族苗族乡, and 东关乡 of another county,
 * in 厍东关乡) are one name read two ways: whichever won, the other's first or last characters showed (厍*乡). Their
 * union is offered as one more candidate, longer than both, ending with the level of the one that ends it.
 */
function joinOverlappingPlaces(detections: readonly Detection[], text: string): Detection[] {
  const places = detections.filter((detection) => detection.type === 'PLACE').sort((a, b) => a.start - b.start)
  const joined: Detection[] = []
  for (const [index, first] of places.entries()) {
    for (let next = index + 1; next < places.length; next++) {
      const second = places[next]
      if (second === undefined || second.start >= first.end) break
      if (second.start === first.start || second.end <= first.end) continue
      const stronger = second.confidence > first.confidence ? second : first
      joined.push({
        ...stronger,
        start: first.start,
        end: second.end,
        suffixLength: second.suffixLength,
        reason: `${stronger.reason}; read together with the overlapping \`${text.slice(stronger === first ? second.start : first.start, stronger === first ? second.end : first.end)}\``
      })
    }
  }
  return joined
}

/**
 * Choose non-overlapping detections of `text`: the longer span first, then the higher confidence, then names
 * over contacts over figures, then the detector's own finding over a propagated one, units named after a place
 * adjusted first (see `absorbPlaces`). Returns them sorted by start.
 */
export function resolveOverlaps(detections: readonly Detection[], text: string): Detection[] {
  const textLength = text.length
  const candidates: Ranked[] = []
  for (const detection of [...absorbPlaces(detections, text), ...joinOverlappingPlaces(detections, text)]) {
    if (detection.start >= 0 && detection.end <= textLength && detection.end > detection.start) candidates.push(rankOf(detection, candidates.length))
  }
  // Most documents have no doubtful detection to place: no table to clear for them.
  if (candidates.length === 0) return []
  // Per character, the candidate (index + 1) covering it, -1 where two do. A candidate sharing no character
  // with another is chosen whatever its rank, so only the contested rest are sorted, most often a third of them.
  const owner = ownerTable(textLength)
  for (const {start, length, index} of candidates) {
    for (let at = start; at < start + length; at++) owner[at] = owner[at] === 0 ? index + 1 : -1
  }
  // Starts of the chosen, filled from the front: a typed array of them sorts numerically with no comparator.
  const chosenStarts = new Int32Array(candidates.length)
  let chosenCount = 0
  const contested: Ranked[] = []
  for (const candidate of candidates) {
    const {start, length, index} = candidate
    let alone = true
    for (let at = start; at < start + length && alone; at++) alone = owner[at] === index + 1
    if (alone) chosenStarts[chosenCount++] = start
    else contested.push(candidate)
  }
  for (const {start, length} of contested) owner.fill(0, start, start + length)
  contested.sort(compare)
  for (const {start, length, index} of contested) {
    let free = true
    for (let at = start; at < start + length && free; at++) free = owner[at] === 0
    if (!free) continue
    for (let at = start; at < start + length; at++) owner[at] = index + 1
    chosenStarts[chosenCount++] = start
  }
  // Chosen candidates start at distinct offsets, where `owner` names them: a numeric sort puts them in text order.
  const chosen: Detection[] = []
  for (const start of chosenStarts.subarray(0, chosenCount).sort()) {
    const candidate = candidates[(owner[start] ?? 0) - 1]
    if (candidate) chosen.push(candidate.detection)
  }
  return chosen
}

// Tables for texts up to this length (256 KB) are one, kept between calls; a longer text gets a table of its
// own, so that one huge document does not hold memory for the rest of a batch.
const sharedLength = 1 << 16
const sharedOwners = new Int32Array(sharedLength)

/**
 * `resolveOverlaps`'s table of owners, zeroed for a text of `length`: one table serves every call on a text of
 * report size (resolving is synchronous), since allocating one per call cost as much as the whole choice.
 */
function ownerTable(length: number): Int32Array {
  if (length > sharedLength) return new Int32Array(length)
  sharedOwners.fill(0, 0, length)
  return sharedOwners
}

import type {EntityType} from '@gongwen/schema'
import type {Detection} from './detection.js'

// Names beat figures: many place names contain numerals (三明, 六安), and a name's span decides its mask.
const typeRank: Record<EntityType, number> = {PLACE: 0, ORG: 0, PERSON: 0, CONTACT: 1, FIGURE: 2, DATE: 3}

/** Detectors' own findings beat propagated copies of them when everything else is equal. */
function propagated(detection: Detection): number {
  return detection.rule === 'propagated' ? 1 : 0
}

function compare(a: Detection, b: Detection): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    b.confidence - a.confidence ||
    typeRank[a.type] - typeRank[b.type] ||
    propagated(a) - propagated(b) ||
    a.start - b.start ||
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

/**
 * A unit named after its place keeps the place's level in its mask: when a PLACE (江安县, suffix 县) starts a
 * longer ORG (江安县税务局), the ORG keeps everything after the place's proper part (*县税务局).
 */
function absorbPlaces(detections: readonly Detection[]): Detection[] {
  const placesByStart = new Map<number, Detection[]>()
  for (const detection of detections) {
    if (detection.type !== 'PLACE') continue
    const list = placesByStart.get(detection.start)
    if (list) list.push(detection)
    else placesByStart.set(detection.start, [detection])
  }
  return detections.map((detection) => {
    if (detection.type !== 'ORG') return detection
    let suffixLength = detection.suffixLength
    for (const place of placesByStart.get(detection.start) ?? []) {
      const properEnd = place.end - place.suffixLength
      if (place.end <= detection.end && properEnd > detection.start) suffixLength = Math.max(suffixLength, detection.end - properEnd)
    }
    return suffixLength === detection.suffixLength ? detection : {...detection, suffixLength}
  })
}

/**
 * Choose non-overlapping detections: the longer span first, then the higher confidence, then names over
 * contacts over figures, then the detector's own finding over a propagated one. Returns them sorted by start.
 */
export function resolveOverlaps(detections: readonly Detection[], textLength: number): Detection[] {
  const candidates = absorbPlaces(detections)
    .filter((detection) => detection.start >= 0 && detection.end <= textLength && detection.end > detection.start)
    .sort(compare)
  const taken = new Uint8Array(textLength)
  const chosen: Detection[] = []
  for (const candidate of candidates) {
    let free = true
    for (let index = candidate.start; index < candidate.end && free; index++) free = taken[index] === 0
    if (!free) continue
    taken.fill(1, candidate.start, candidate.end)
    chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

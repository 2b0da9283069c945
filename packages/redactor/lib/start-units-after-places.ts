import type {Detection} from './detection.js'
import {mayBeKnownWord} from './jieba-dictionary.js'

/**
 * Units that start with a place and go on with a name of their own (沙溪|老院子客栈), made to start after the
 * place. `resolveOverlaps` lets a unit that starts with a place keep everything after the place's proper part
 * visible (江安县税务局 → *县税务局), which shows such a name (*老院子客栈). A word jieba's dictionaries hold
 * there is the unit's product or kind rather than its name (练塘|茭白专业合作社, 江安县|实验小学), and the unit
 * stays as it is. The place and the name are then masked apart: 沙溪老院子客栈 → **客栈.
 */
export function startUnitsAfterPlaces(text: string, detections: readonly Detection[]): Detection[] {
  const placeEnds = new Map<number, number>()
  for (const detection of detections) {
    if (detection.type === 'PLACE') placeEnds.set(detection.start, Math.max(placeEnds.get(detection.start) ?? 0, detection.end))
  }
  if (placeEnds.size === 0) return [...detections]
  return detections.map((detection) => {
    const placeEnd = detection.type === 'ORG' ? placeEnds.get(detection.start) : undefined
    const nameEnd = detection.end - detection.suffixLength
    if (placeEnd === undefined || nameEnd - placeEnd < 2 || mayBeKnownWord(text, placeEnd, nameEnd)) return detection
    return {...detection, start: placeEnd}
  })
}

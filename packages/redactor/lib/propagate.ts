import type {Detection} from './detection.js'
import {properPart} from './mask.js'

// A place's proper part shorter than this (沛 of 沛县) is too ambiguous to mask on its own elsewhere.
const minimumShortForm = 2

/**
 * Every other occurrence of a detected PLACE, ORG or PERSON, and of a place's short form (汝州 of 汝州市),
 * as detections with rule `propagated`, the detector and confidence of the strongest source. The caller
 * applies the keep-lists and resolves overlaps with the detectors' own findings.
 */
export function propagate(text: string, detections: readonly Detection[]): Detection[] {
  const sources = new Map<string, {source: Detection; suffixLength: number}>()
  function offer(value: string, source: Detection, suffixLength: number): void {
    const known = sources.get(value)
    if (known === undefined || known.source.confidence < source.confidence) sources.set(value, {source, suffixLength})
  }
  for (const detection of detections) {
    if (detection.type !== 'PLACE' && detection.type !== 'ORG' && detection.type !== 'PERSON') continue
    const original = text.slice(detection.start, detection.end)
    offer(original, detection, detection.suffixLength)
    if (detection.type === 'PLACE' && detection.suffixLength > 0) {
      const short = properPart({type: detection.type, original, suffixLength: detection.suffixLength})
      if (short.length >= minimumShortForm) offer(short, detection, 0)
    }
  }
  const found: Detection[] = []
  for (const [value, {source, suffixLength}] of sources) {
    let index = text.indexOf(value)
    while (index !== -1) {
      if (index !== source.start || index + value.length !== source.end) {
        found.push({
          type: source.type,
          start: index,
          end: index + value.length,
          suffixLength,
          detector: source.detector,
          rule: 'propagated',
          confidence: source.confidence,
          reason: `another occurrence of \`${value}\`, detected by ${source.detector} (${source.rule})`
        })
      }
      index = text.indexOf(value, index + value.length)
    }
  }
  return found
}

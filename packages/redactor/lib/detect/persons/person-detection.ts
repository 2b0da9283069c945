// The detection every persons rule reports.
import type {Detection} from '../../detection.js'

export function person(start: number, end: number, rule: string, confidence: number, reason: string): Detection {
  return {type: 'PERSON', start, end, suffixLength: 0, detector: 'persons', rule, confidence, reason}
}

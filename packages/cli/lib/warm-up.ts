import {parse} from '@gongwen/parser'
import {redact} from '@gongwen/redactor'

// Wakes every detector: a title and a name (people), a county (places, and jieba's dictionaries behind
// them), a unit, a figure and a phone number.
const sample = '江安县人民政府：\n县长王留剑带领县税务局干部走访企业12家，联系电话13812345678。\n'

/**
 * Load what the redactor loads on first use (lexicons, jieba's dictionaries: over a second) and compile
 * its hot paths, so that a worker thread does it while the main thread is still listing and checking the
 * inputs, not when the first document arrives.
 */
export function warmUp(): void {
  redact(parse(sample, {path: 'warm-up.txt'}))
}

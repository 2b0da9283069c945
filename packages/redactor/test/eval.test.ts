// The redactor judged against the gold of every corpus document (ANNOTATION.md), and against the
// naive nodejieba baseline. Red until the detectors are good enough: the messages say what to fix.
import {beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus} from '../../../test/load-corpus.js'
import {redact} from '../index.js'
import {evaluate, type SystemScore} from '../lib/eval/evaluate.js'
import {formatFindings} from '../lib/eval/format-findings.js'
import {naiveBaseline} from '../lib/eval/naive-baseline.js'

let ours: SystemScore
let baseline: SystemScore

beforeAll(() => {
  const [first, second] = evaluate(loadCorpus(), [
    {name: 'gongwen', redact: (text) => redact(text)},
    {name: 'naive baseline', redact: (text) => ({spans: naiveBaseline(text)})}
  ]).systems
  if (!first || !second) throw new Error('Expected a score for gongwen and for the naive baseline')
  ours = first
  baseline = second
})

const show = (label: string, value: number | null) => `${label} ${value === null ? 'n/a' : (value * 100).toFixed(2) + '%'}`

describe('redaction quality on the corpus', () => {
  it('should run on every document without throwing', () => {
    expect(ours.failures).toEqual([])
  })

  it('should cover at least 98% of the characters that must be masked', () => {
    const {recall} = ours.splits.all.overall.rates
    const message = [show('recall', recall), ...formatFindings('Worst leaks (seed and tune)', ours.leaks)].join('\n')
    expect(recall ?? 0, message).toBeGreaterThanOrEqual(0.98)
  })

  it('should mask with a precision of at least 95%', () => {
    const {precision} = ours.splits.all.overall.rates
    const message = [show('precision', precision), ...formatFindings('Masks the gold does not ask for (seed and tune)', ours.unlisted)].join('\n')
    expect(precision ?? 0, message).toBeGreaterThanOrEqual(0.95)
  })

  it('should mask at most 5% of the strings that must stay visible', () => {
    const {overMaskRate} = ours.splits.all.overall.rates
    const message = [show('over-mask rate', overMaskRate), ...formatFindings('Worst over-masks (seed and tune)', ours.overMasks)].join('\n')
    expect(overMaskRate ?? 1, message).toBeLessThanOrEqual(0.05)
  })

  it('should leak less than the naive nodejieba baseline', () => {
    const leak = ours.splits.all.overall.rates.leakRate
    const naive = baseline.splits.all.overall.rates.leakRate
    expect(leak ?? 1, `${show('ours', leak)}, ${show('baseline', naive)}`).toBeLessThan(naive ?? 0)
  })
})

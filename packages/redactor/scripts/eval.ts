// `pnpm eval [--json]`: score the redactor and the naive baseline against the gold of every corpus
// document, by split (seed, tune, holdout) and type, and list what to fix first.
import {loadCorpus} from '../../../test/load-corpus.js'
import {redact} from '../index.js'
import {evaluate} from '../lib/eval/evaluate.js'
import {formatEvalReport} from '../lib/eval/format-eval-report.js'
import {naiveBaseline} from '../lib/eval/naive-baseline.js'

const args = process.argv.slice(2)
const unknown = args.find((arg) => arg !== '--json')

if (unknown === undefined) {
  const report = evaluate(loadCorpus(), [
    {name: 'gongwen', redact: (text) => redact(text)},
    {name: 'naive baseline', redact: (text) => ({spans: naiveBaseline(text)})}
  ])
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report))
} else {
  process.stderr.write(`eval: unknown option \`${unknown}\`; usage: pnpm eval [--json]\n`)
  process.exitCode = 2
}

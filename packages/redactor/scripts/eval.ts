// `pnpm eval [--json]`: score the redactor and the naive baseline against the gold of every corpus
// document, by split (seed, tune, holdout) and type, and list what to fix first; then the same for the
// sentences of the sentence bank, each redacted alone.
import {loadCorpus} from '../../../test/load-corpus.js'
import {loadSentences} from '../../../test/load-sentences.js'
import {redact} from '../index.js'
import {evaluate, type EvalSystem} from '../lib/eval/evaluate.js'
import {formatEvalReport} from '../lib/eval/format-eval-report.js'
import {naiveBaseline} from '../lib/eval/naive-baseline.js'

const args = process.argv.slice(2)
const unknown = args.find((arg) => arg !== '--json')

const systems: EvalSystem[] = [
  {name: 'gongwen', redact: (text) => redact(text)},
  {name: 'naive baseline', redact: (text) => ({spans: naiveBaseline(text)})}
]

if (unknown === undefined) {
  const documents = evaluate(loadCorpus(), systems)
  const sentences = evaluate(loadSentences(), systems)
  process.stdout.write(
    args.includes('--json')
      ? `${JSON.stringify({documents, sentences}, null, 2)}\n`
      : `${formatEvalReport(documents)}\nSentence bank (test/sentences/), each sentence redacted alone:\n\n${formatEvalReport(sentences, 'sentences')}`
  )
} else {
  process.stderr.write(`eval: unknown option \`${unknown}\`; usage: pnpm eval [--json]\n`)
  process.exitCode = 2
}

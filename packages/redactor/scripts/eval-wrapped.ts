// `pnpm eval:wrapped [width …]`: score the redactor on the corpus documents as a PDF's extraction leaves them, its spans
// mapped back to the documents and scored against their gold, beside the documents as they are: with a hard wrap (a
// line break after every 16 and every 20 characters of a line, by default), wrapped every 16 with every line
// indented by a page's margin of four spaces (as pdftotext -layout gives a page), and with every line of up to 30
// characters (titles, headings, bylines, signatures) in fake bold, each glyph doubled. Held-out documents count in the
// totals only.
import {loadCorpus} from '../../../test/load-corpus.js'
import {redact} from '../index.js'
import {evaluate, type EvalSystem} from '../lib/eval/evaluate.js'
import {formatEvalReport} from '../lib/eval/format-eval-report.js'
import {boldSystem, marginSystem, wrappedSystem} from '../lib/eval/pdf-systems.js'

// Titles, headings, bylines and signatures are short lines; body paragraphs are longer
const boldLineLength = 30
// A page's margin as pdftotext -layout keeps it, before lines wrapped every 16 characters
const marginWidth = 16
const margin = 4
const args = process.argv.slice(2)
const widths = args.length === 0 ? [16, 20] : args.map(Number)
const bad = args.find((arg) => !/^[1-9][0-9]*$/.test(arg))
if (bad === undefined) {
  const gongwen: EvalSystem = {name: 'gongwen', redact: (text) => redact(text)}
  const report = evaluate(loadCorpus(), [gongwen, ...widths.map((width) => wrappedSystem(gongwen, width)), marginSystem(gongwen, marginWidth, margin), boldSystem(gongwen, boldLineLength)])
  process.stdout.write(formatEvalReport(report))
} else {
  process.stderr.write(`eval:wrapped: \`${bad}\` is no line width; usage: pnpm eval:wrapped [width …]\n`)
  process.exitCode = 2
}

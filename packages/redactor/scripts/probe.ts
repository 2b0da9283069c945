// `pnpm probe [N]`: redact jieba's N most frequent common words (default 30,000) in report sentences and list
// the ones the redactor masks. Every one is a false mask: the gold of the corpus cannot show these, since
// its documents hold a few thousand words; this asks about tens of thousands.
import {redact} from '../index.js'
import {commonWords, probeCommonWords} from '../lib/eval/probe-common-words.js'

const defaultWords = 30_000
const [argument, ...rest] = process.argv.slice(2)
const limit = argument === undefined ? defaultWords : Number(argument)

if (rest.length > 0 || !Number.isInteger(limit) || limit <= 0) {
  process.stderr.write(`probe: expected at most one argument, a whole number of words; usage: pnpm probe [N] (default ${defaultWords})\n`)
  process.exitCode = 2
} else {
  const result = probeCommonWords((text) => redact(text), commonWords(limit))
  const byRule = new Map<string, number>()
  for (const finding of result.findings) {
    for (const rule of new Set(finding.spans.map((span) => `${span.type} ${span.detector}/${span.rule}`))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
  }
  const lines = [
    `${result.words} common words × ${result.sentences} sentences: ${result.maskedWords} words masked in at least one sentence (${((result.maskedWords / result.words) * 100).toFixed(2)}%), ${result.findings.length} masks in all.`,
    '',
    'By rule (masked word-sentence pairs):',
    ...[...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `  ${String(count).padStart(5)}  ${rule}`),
    '',
    'Masked words, most frequent first:',
    ...result.findings.map(
      (finding) =>
        `  ${finding.word} (${finding.tag}) in ${finding.sentence.replace('{}', `【${finding.word}】`)}: ${finding.spans.map((span) => `${span.original} → ${span.replacement} ${span.type} ${span.rule}`).join('; ')}`
    )
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

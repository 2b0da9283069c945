// `pnpm probe [N]`: the redactor beyond the corpus, whose gold holds a few thousand words and a few hundred
// names. (1) jieba's N most frequent common words (default 30,000) in report sentences: every word it masks
// is a false mask. (2) 2,000 generated names, (3) 1,000 generated unit names and (4) 1,000 counties and
// towns and 1,000 villages of the gazetteer in the sentences where they stand in reports: every name (every
// unit's brand, every place's proper part) it leaves visible is a leak.
import {redact} from '../index.js'
import {commonWords, probeCommonWords} from '../lib/eval/probe-common-words.js'
import {probeNames, probePersonNames} from '../lib/eval/probe-person-names.js'
import {probePlaceNames} from '../lib/eval/probe-place-names.js'
import {probeUnitNames, probeUnits} from '../lib/eval/probe-unit-names.js'

const defaultWords = 30_000
const probedNames = 2_000
const probedUnits = 1_000
const probedPlaces = 1_000
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
  const persons = probePersonNames((text) => redact(text), probeNames(probedNames))
  lines.push(
    '',
    `${persons.names} generated names × ${persons.sentences.length} sentences: ${persons.masked} of ${persons.mentions} mentions masked whole (${((persons.masked / persons.mentions) * 100).toFixed(1)}%).`,
    'By sentence, worst first (masked / mentions, some names left visible):',
    ...persons.sentences.map((sentence) => `  ${String(sentence.masked).padStart(5)} / ${sentence.mentions}  ${sentence.sentence}${sentence.missed.length > 0 ? `  — ${sentence.missed.join(' ')}` : ''}`)
  )
  const units = probeUnitNames((text) => redact(text), probeUnits(probedUnits))
  lines.push(
    '',
    `${units.units} generated unit names × ${units.sentences.length} sentences: ${units.masked} of ${units.mentions} brands masked whole (${((units.masked / units.mentions) * 100).toFixed(1)}%).`,
    'By sentence, worst first (masked / mentions, some units whose brand stayed visible):',
    ...units.sentences.map((sentence) => `  ${String(sentence.masked).padStart(5)} / ${sentence.mentions}  ${sentence.sentence}${sentence.missed.length > 0 ? `  — ${sentence.missed.join(' ')}` : ''}`)
  )
  const places = probePlaceNames((text) => redact(text), probedPlaces)
  lines.push(
    '',
    `${places.places} gazetteer places (counties and towns; villages after their town) × their sentences: ${places.masked} of ${places.mentions} proper parts masked whole (${((places.masked / places.mentions) * 100).toFixed(1)}%).`,
    'By sentence, worst first (masked / mentions, some places left visible):',
    ...places.sentences.map((sentence) => `  ${String(sentence.masked).padStart(5)} / ${sentence.mentions}  ${sentence.sentence}${sentence.missed.length > 0 ? `  — ${sentence.missed.join(' ')}` : ''}`)
  )
  process.stdout.write(`${lines.join('\n')}\n`)
}

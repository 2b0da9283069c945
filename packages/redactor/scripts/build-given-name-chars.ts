/**
 * Derives data/given-name-chars.txt, how much more often each character stands in a given name than in words,
 * from the dictionary nodejieba segments with (cppjieba's jieba.dict.utf8), so that no one hand-picks it:
 *
 * - in names: every entry of three characters tagged `nr` or `nrfg` (full names of the famous: 毕淑敏, 郭淑珍, which
 *   alone hold given characters as common as 淑) whose first is a single surname of data/surnames.txt (陈建华,
 *   徐怀钰; the tags also hold words, 安全带, which the ratio below outweighs), counting its second and third
 *   characters;
 * - in words: every entry, each character counted with the entry's frequency.
 *
 * A line is `character<TAB>score`, the score log2 of the character's share of given-name characters over its
 * share of the dictionary's characters (婷 5.7, 振 4.1, 国 -0.2, 的 -4.6), one decimal; characters seen in fewer
 * than `minNames` names are left out (too few to say), except those seen in `minRareNames` or more that lean to names by
 * `minRareScore` or more (four times as often as in words): characters of names given since the dictionary was
 * written (彤 2.8, 婧 4.7, 晗 4.9) stand in few famous names, and so strong a lean is seldom chance; a weaker one is
 * (棘 1.4 of 荆棘丛 and 荆棘鸟, which the dictionary tags as names). Sorted by score, then character.
 *
 * Run: `npx tsx packages/redactor/scripts/build-given-name-chars.ts`. Deterministic: the same dictionary gives
 * the same bytes.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const dataDir = fileURLToPath(new URL('../data/', import.meta.url))
const jieba = createRequire(import.meta.url)('nodejieba') as {DEFAULT_DICT: string}
const minNames = 5
const minRareNames = 2
const minRareScore = 2

const surnames = new Set(
  readFileSync(join(dataDir, 'surnames.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length === 1 && !line.startsWith('#'))
)

const inNames = new Map<string, number>()
const inWords = new Map<string, number>()
for (const line of readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n')) {
  const [word = '', frequency = '0', tag = ''] = line.trim().split(' ')
  const chars = [...word]
  for (const char of chars) inWords.set(char, (inWords.get(char) ?? 0) + Number(frequency))
  if ((tag === 'nr' || tag === 'nrfg') && chars.length === 3 && surnames.has(chars[0] ?? '')) {
    for (const char of chars.slice(1)) inNames.set(char, (inNames.get(char) ?? 0) + 1)
  }
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0)
const namesTotal = total(inNames)
const wordsTotal = total(inWords)
const rows = [...inNames]
  .filter(([, count]) => count >= minRareNames)
  // A character of names in no other word (a frequency of 0) counts as seen once.
  .map(([char, count]) => [char, count, Math.log2(count / namesTotal / (Math.max(1, inWords.get(char) ?? 0) / wordsTotal))] as const)
  .filter(([, count, score]) => count >= minNames || score >= minRareScore)
  .map(([char, , score]) => [char, score] as const)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))

const header = [
  '# How much more often a character stands in a given name than in words: log2 of its share of the given-name',
  '# characters of the `nr` and `nrfg` entries of jieba.dict.utf8 (three characters, a single surname of surnames.txt first)',
  '# over its share of all entries weighted by frequency. Built by scripts/build-given-name-chars.ts: do not edit.'
]
writeFileSync(join(dataDir, 'given-name-chars.txt'), `${[...header, ...rows.map(([char, score]) => `${char}\t${score.toFixed(1)}`)].join('\n')}\n`)
process.stdout.write(`given-name-chars.txt: ${rows.length} characters from ${namesTotal / 2} names\n`)

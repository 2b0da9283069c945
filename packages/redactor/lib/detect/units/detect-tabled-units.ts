// Units a table row names in a cell beside the person who runs them (柴火灶|米粉店	向前进	集镇老街): rule
// `table-cell-unit`.
import type {Detection, DetectionContext} from '../../detection.js'
import {overlapsAny} from '../../overlaps.js'
import {isNameShape} from '../persons/name-shape.js'
import {isRefusedBrand, tradeRunStart} from './brand-refusals.js'
import {businessKindAt, kindEndingAt} from './business-kinds.js'
import {isSkipped} from './skipped-spans.js'

// A row is cut into cells by tabs or spaces; it names units in a cell among at least this many (name, person, place, …).
const minCells = 3
// How long a cell that names a unit may be (锦绣年华美容养生馆), and its brand (锦绣年华, E时代).
const maxCell = 14
const maxBrand = 6
const minBrand = 2
// Where a person's cell may say what the person is to the unit (丁国华（房东）).
const roleOpening = '（'
// A cell's characters: Han, Latin letters and digits (E时代网咖, 星光KTV).
const cellText = /^[\p{Script=Han}A-Za-z0-9]+$/u
const cellSeparator = /[\t ]+/u

/**
 * A table row of inspected or penalised businesses names each in a cell, with the person who runs it in the next cell
 * (天天鲜水果店	高洁	集镇新街, 老许修车铺	许阿明	鹏头村): such a cell ending with a kind of unit (a unit suffix or a kind
 * of business: 店, 药房, 商行, 馆, 铺) is a unit, and what stands before its trade and kind is its brand, whatever its
 * words: in a row a business is named by its sign, everyday words too (百姓|药房, 大丰收|农资|店). The trade
 * (data/unit-trade-words.txt and generic words: 米粉, 美容养生, 出租) stays visible with the kind. No brand where the cell
 * is a kind alone, or what stands before the trade describes the unit (便民, 社区: data/unit-description-words.txt), is
 * generic, a quantity, a place (涵口|食杂店: the village names it, and the places detector masks it there) or a
 * government body. The next cell is a person's by its shape: a surname and one or two characters, with the role in
 * brackets after it. Only rows of at least three cells; jieba is not asked.
 */
export function detectTabledUnits(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  let villageNames: ReadonlySet<string> | undefined
  const namesVillage = (brand: string) => (villageNames ??= namesBeforeVillage(text)).has(brand)
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart)
    const cells = cellsOf(text, lineStart, lineEnd)
    if (cells.length >= minCells) {
      for (const [index, cell] of cells.entries()) {
        const next = cells[index + 1]
        if (!next || !isPersonCell(text, next.start, next.end)) continue
        const brand = brandOfCell(text, cell.start, cell.end, namesVillage)
        if (!brand || overlapsAny(units, brand.start, brand.end) || isSkipped(context, brand.start, cell.end)) continue
        found.push({
          type: 'ORG',
          start: brand.start,
          end: cell.end,
          suffixLength: cell.end - brand.end,
          detector: 'units',
          rule: 'table-cell-unit',
          confidence: 0.7,
          reason: `brand of a unit in a table cell before the person who runs it, before \`${text.slice(brand.end, cell.end)}\``
        })
      }
    }
    lineStart = lineEnd + 1
  }
  return found
}

/** The cells of the line `[start, end)`, cut at tabs and spaces, as offsets. Only lines with a separator are cut. */
function cellsOf(text: string, start: number, end: number): {start: number; end: number}[] {
  const line = text.slice(start, end)
  if (!cellSeparator.test(line)) return []
  const cells: {start: number; end: number}[] = []
  let at = start
  for (const part of line.split(cellSeparator)) {
    const cellStart = text.indexOf(part, at)
    if (part !== '') cells.push({start: cellStart, end: cellStart + part.length})
    at = cellStart + part.length
  }
  return cells
}

/** Whether the cell `[start, end)` is a person's name, with the role in brackets after it (丁国华（房东）). */
function isPersonCell(text: string, start: number, end: number): boolean {
  // Within the cell: a search of the rest of the text for every cell would be quadratic in the rows
  const role = text.slice(start, end).indexOf(roleOpening)
  const nameEnd = role !== -1 ? start + role : end
  return nameEnd - start >= 2 && nameEnd - start <= 4 && isNameShape(text, start, nameEnd)
}

/**
 * The brand of the unit the cell `[start, end)` names: the cell ends with a kind of unit, its trade is the longest run of
 * trades before the kind that leaves two characters of brand, and the brand is the rest (see `detectTabledUnits`).
 */
function brandOfCell(text: string, start: number, end: number, namesVillage: (brand: string) => boolean): {start: number; end: number} | undefined {
  if (end - start > maxCell || !cellText.test(text.slice(start, end))) return undefined
  const kind = kindEndingAt(text, end)
  if (!kind || kind.start - start < minBrand) return undefined
  // A trade may hold the kind's first character (蜀香园|川菜|馆, where 菜馆 is a kind too): then the kind is its last
  // Two characters of brand at least before the trade
  const brandEnd =
    tradeRunStart(text, start + minBrand, kind.start) ?? (businessKindAt(text, end - 1)?.end === end ? tradeRunStart(text, start + minBrand, end - 1) : undefined) ?? kind.start
  if (brandEnd - start > maxBrand || isRefusedBrand(text, start, brandEnd) || namesVillage(text.slice(start, brandEnd))) return undefined
  return {start, end: brandEnd}
}

// A village the text names after the brand (涵口 of 涵口村) is the place the unit is named after.
const villageSuffix = '村'

/**
 * Every stretch of two to `maxBrand` characters before a 村 of the text: a brand that is one names the village (a cell
 * of 管塘村 elsewhere), found once per text, not by a search of the text for each cell.
 */
function namesBeforeVillage(text: string): ReadonlySet<string> {
  const names = new Set<string>()
  for (let at = text.indexOf(villageSuffix); at !== -1; at = text.indexOf(villageSuffix, at + 1)) {
    for (let length = minBrand; length <= maxBrand && length <= at; length++) names.add(text.slice(at - length, at))
  }
  return names
}

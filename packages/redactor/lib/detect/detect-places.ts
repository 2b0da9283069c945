import type {Detection, DetectionContext} from '../detection.js'
import {findNames} from '../gazetteer/find-names.js'
import {findSuffixedNames, inFalseWord, isGenericWord, isStopChar, suffixRuleLength} from '../gazetteer/find-suffixed-names.js'
import {loadGazetteer, type Division} from '../gazetteer/load-gazetteer.js'
import {isVillageAnywhere} from '../gazetteer/load-villages.js'
import {localNames, scanLocalNames, type LocalName} from '../gazetteer/local-names.js'
import {placeMeant} from '../gazetteer/place-meant.js'
import {findRoads, type Road} from './places/find-roads.js'
import {findFamilySettlements} from './places/find-family-settlements.js'
import {findEstatePartPlaces, type EstatePartPlace} from './places/find-estate-part-places.js'
import {findStationPlaces} from './places/find-station-places.js'
import {findWaters} from './places/find-waters.js'
import {continuesCount, estateCueAt, followsPlaceCue, hanCharacter as han, isCityWordOfProse, lastNameWordsStart, standsAsOneWord, listedWithNeighbour, followsPlaceholder, hasPlaceCue, inPlaceException, isNameWord, isPlaceExceptionName, isPlaceWord, levelReadsAsWord, listOpenerAt, opensOrganisationWord, productNames, isVenue, standsAsWords, roadCueAt, startsWord, villageBodyAt} from '../gazetteer/place-context.js'
import {isOnlyEthnicGroups, splitDivisionName, withoutEthnicGroup} from '../gazetteer/short-form.js'
import {parseChineseNumeral} from '../chinese-numerals.js'
import {lineWrapEnd, lineWrapStart} from '../line-wrap.js'
import {longestAt, rescanTrie, scanTrie, type TrieMatch} from '../gazetteer/trie.js'
import {isFrequentWord, isUsualWord, mayBeKnownWord} from '../jieba-dictionary.js'
import {readLexicon} from '../read-lexicon.js'
import {segment, segmentAround, type Token} from '../segment.js'
import {isKnownWord} from './persons/read-words.js'

const levelNames = {1: 'province', 2: 'city', 3: 'county', 4: 'town'} as const


/** How a short form earned its place, best first, with the confidence each gives. */
const shortFormGrounds = {
  province: {confidence: 0.9, reason: 'province short form standing as a word'},
  named: {confidence: 0.9, reason: 'short form of a division the document names in full'},
  parent: {confidence: 0.75, reason: 'short form of a division under one the document names'},
  child: {confidence: 0.75, reason: 'short form of a division above one the document names'},
  cue: {confidence: 0.7, reason: 'short form in a place context'},
  listed: {confidence: 0.75, reason: 'short form listed with another place (洋马、特庸、四明等镇; 赴绵阳、宝鸡、天水)'},
  counted: {confidence: 0.75, reason: 'short form in a list closed by its count and level (沭阳、泗洪两县, 珲春、图们两市)'},
  city: {confidence: 0.7, reason: 'short form of a prefecture-level city standing as a word of its own'},
  unknown: {confidence: 0.7, reason: 'short form of a town under a county the document names, a word no dictionary of jieba holds'},
  town: {confidence: 0.45, reason: 'short form of a town under a county the document names; doubtful'}
} as const

type Ground = keyof typeof shortFormGrounds

/** What every step of `detectPlaces` shares about one document. */
interface Scan {
  text: string
  /** Codes of the divisions the document names in full or by a short form something vouches for. */
  named: Set<string>
  detections: Detection[]
  /** Characters inside a detection, a protected range, or right after a placeholder: nothing more starts there. */
  taken: (start: number, end: number) => boolean
  add: (detection: Detection) => void
  /** Drops detections `add` made, to give their characters to one that reads the place better (off the list after `detectPlacesAfterParents`). */
  drop: (dropped: readonly Detection[]) => void
  /** The detections that start in `[from, to)`. */
  startingIn: (from: number, to: number) => Detection[]
  /** The names of the towns of every county the document names, made at the first asking, once `named` is settled. */
  townsOfNamedCounties: () => ReadonlySet<string>
}

/**
 * Sub-national places: full names of divisions at every level from the gazetteer (河南省, 汝州市, 江安县,
 * 朱家角镇, 江桥街道), former names (崇文区, 襄樊市), short forms where they stand alone and something vouches
 * for them (汝州 when the document names 汝州市; any province: 河南), villages and communities under a
 * town or county the document names (西西社区), names no gazetteer has before a place suffix of
 * data/unit-suffixes.txt (沙湾村 when no named town lists it), villages of any town in China where they stand
 * as names (江秀村两委), hamlets right after their village (芬香村塘湾组), estates, roads and streets in addresses (长治路与晋阳街交叉口) and
 * places listed with others.
 */
export function detectPlaces(context: DetectionContext): Detection[] {
  const {text} = context
  const covered = new Uint8Array(text.length)
  // A loop, not `fill`: the second look's placeholders are hundreds of short ranges, and each call of `fill` costs
  // more than the few characters it sets.
  for (const range of context.protectedRanges) for (let at = range.start; at < range.end; at++) covered[at] = 1
  // Detections never overlap, so one starts at an offset at most
  const byStart = new Map<number, Detection>()
  const gone = new Set<Detection>()
  let towns: ReadonlySet<string> | undefined
  const scan: Scan = {
    text,
    named: new Set(),
    detections: [],
    taken(start, end) {
      if (followsPlaceholder(text, start)) return true
      for (let at = start; at < end; at++) if (covered[at]) return true
      return false
    },
    add(detection) {
      scan.detections.push(detection)
      byStart.set(detection.start, detection)
      covered.fill(1, detection.start, detection.end)
    },
    drop(dropped) {
      // Detections never overlap one another nor a protected range, so their characters are free again
      for (const detection of dropped) {
        covered.fill(0, detection.start, detection.end)
        byStart.delete(detection.start)
      }
      // Taken out of the list by `dropDetections`, once for all: a filter for each would be quadratic
      for (const detection of dropped) gone.add(detection)
    },
    startingIn(from, to) {
      const found: Detection[] = []
      for (let at = from; at < to; at++) {
        const detection = byStart.get(at)
        if (detection) found.push(detection)
      }
      return found
    },
    townsOfNamedCounties() {
      towns ??= townsOfNamedCounties(scan.named)
      return towns
    }
  }
  detectDivisions(scan)
  detectEthnicTownships(scan)
  detectTownsOfOtherLevel(scan)
  detectProducts(scan)
  detectLocalNames(scan)
  detectVillageShortForms(scan)
  for (const name of findSuffixedNames(text, 'PLACE', scan.taken)) {
    if (scan.taken(name.start, name.end) || inPlaceException(text, name.start, name.end)) continue
    if (isOnlyEthnicGroups(text.slice(name.start, name.end - name.rule.generic)) || isQuotedTitle(text, name.start, name.end, name.rule.generic)) continue
    scan.add({
      type: 'PLACE',
      start: name.start,
      end: name.end,
      suffixLength: name.rule.generic,
      detector: 'places',
      rule: 'suffix-name',
      confidence: 0.7,
      reason: `proper name before \`${name.rule.suffix}\`, not in the gazetteer`
    })
  }
  detectPlacesAfterParents(scan)
  dropGone()
  detectVillagesAnywhere(scan)
  detectHamlets(scan)
  detectPlacesListedBeside(scan)
  detectFamilySettlements(scan)
  // Read before the estates, which take their neighbours in a list (翡翠湾小区、紫荆花园), and added after them, which
  // read their names better (锦绣华庭3栋 is no 华庭)
  const estateParts = findEstatePartPlaces(context.text, scan.taken)
  detectEstates(scan, estateParts)
  detectEstatePartPlaces(scan, estateParts)
  detectListedEstates(scan)
  detectRoads(scan)
  dropGone()
  detectStationPlaces(scan)
  dropGone()
  detectWaters(scan)
  dropGone()
  detectListedPlaces(scan)
  return scan.detections.sort((a, b) => a.start - b.start)

  function dropGone(): void {
    if (gone.size > 0) scan.detections = scan.detections.filter((detection) => !gone.has(detection))
    gone.clear()
  }
}

/**
 * Whether the place-like name `[start, end)`, `generic` characters of it its level, is a title a report quotes as
 * what the place is called (全县有名的“桑蚕村”, 全国首批“淘宝村”): a word of jieba's dictionaries before the level,
 * quoted whole, with a cue for a title before the quote in its clause or a product or trade for the word
 * (data/place-quoted-titles.txt). Real villages are named with everyday words too: 走进“红旗村”, 在“光明村”召开.
 */
function isQuotedTitle(text: string, start: number, end: number, generic: number): boolean {
  // The closing quote is asked as no Han character after: the second look's window may end before it
  if (text.charAt(start - 1) !== '“' || han.test(text.charAt(end)) || !mayBeKnownWord(text, start, end - generic)) return false
  quotedTitles ??= readQuotedTitles()
  if (quotedTitles.trades.has(text.slice(start, end - generic))) return true
  const before = text.slice(Math.max(0, start - 1 - titleCueReach), start - 1)
  const clause = before.slice(before.search(/[^，。；：！？、\n]*$/))
  return quotedTitles.cues.some((cue) => clause.includes(cue))
}

/** How far before a quoted title's opening quote its cue may stand (被评为全国“淘宝村”) */
const titleCueReach = 10
let quotedTitles: {cues: string[]; trades: Set<string>; honours: Set<string>} | undefined

function readQuotedTitles(): {cues: string[]; trades: Set<string>; honours: Set<string>} {
  const cues: string[] = []
  const trades = new Set<string>()
  const honours = new Set<string>()
  for (const line of readLexicon('place-quoted-titles.txt')) {
    const [kind, word] = line.split('\t')
    if (kind === 'cue' && word) cues.push(word)
    else if (kind === 'trade' && word) trades.add(word)
    else if (kind === 'honour' && word) honours.add(word)
  }
  return {cues, trades, honours}
}

/** Whether `name` is a title or rank villages are given (data/place-quoted-titles.txt: 五星, 红旗, 富裕), whose bodies a report names (红旗村党支部). */
function isVillageHonour(name: string): boolean {
  quotedTitles ??= readQuotedTitles()
  return quotedTitles.honours.has(name)
}

/**
 * Full names at every level and short forms of provinces, cities and counties, in one trie scan: the divisions
 * named in full anywhere vouch for their short forms everywhere.
 */
function detectDivisions(scan: Scan): void {
  const {text, named} = scan
  const {names} = loadGazetteer()
  const all = scanTrie(names, text)
  // Both passes ask about the same matches, and a name recurs between the same neighbours (总局江安县税务局);
  // the answer may cost a jieba call, so ask once per name and neighbouring characters.
  const full = new Map<string, Division | undefined>()
  const refused = new Set<number>()
  // Where full names end: a town right after one is named in the address it goes on (米林市|南伊珞巴民族乡)
  const fullNameEnds = new Set(all.flatMap((match) => (loadGazetteer().isFullName(match) ? [match.end] : [])))
  const fullNameOf = (match: TrieMatch<number>): Division | undefined => {
    // Half the matches are only short forms (合作, 振兴, 共和): no full name to read, no key to make for them.
    if (!loadGazetteer().isFullName(match)) return undefined
    const afterDivision = fullNameEnds.has(match.start)
    const key = `${afterDivision ? '|' : ''}${text.slice(Math.max(0, match.start - 2), match.end + 1)}`
    if (!full.has(key)) full.set(key, fullName(text, match, afterDivision))
    return full.get(key)
  }
  // A name whose short form is an everyday word jieba reads as such here (会同县法院 is 会同 + 县法院, 振兴区域经济,
  // 合作市场主体) is that division only where a place cue stands next to it (来自会同县, 会同县人民政府) or the
  // document names a division that holds it or that it holds.
  const doubtful = new Map<number, TrieMatch<number>>()
  for (const match of all) {
    if (scan.taken(match.start, match.end)) continue
    const division = fullNameOf(match)
    if (!division) continue
    if (readsAsEverydayWord(text, match, division) && !hasPlaceCue(text, match.start, match.end)) doubtful.set(match.start, match)
    else for (const name of loadGazetteer().namesOf(match)) if (name.form === 'full') named.add(name.division.code)
  }
  if (doubtful.size > 0) {
    const above = divisionsAbove(named)
    for (const [start, match] of doubtful) {
      // Any division of that name will do: 鼓楼区 is a district of 南京, 福州, 徐州 and 开封, and 开封市鼓楼区 names the last
      const vouched = loadGazetteer()
        .namesOf(match)
        .filter(({division, form}) => form === 'full' && ([2, 4].some((length) => length < division.code.length && named.has(division.code.slice(0, length))) || above.has(division.code)))
      if (vouched.length === 0) refused.add(start)
      for (const {division} of vouched) named.add(division.code)
    }
  }
  // Read once every full name is known: the county that vouches for a town may come after it.
  const generic = new Map<number, {end: number; division: Division}>()
  for (const match of all) {
    const division = scan.taken(match.start, match.end) ? undefined : genericNameUnderNamedParent(text, match, named)
    if (division) generic.set(match.start, {end: match.end, division})
  }
  for (const {division} of generic.values()) named.add(division.code)
  const genericAt = (match: TrieMatch<number>): Division | undefined => {
    const found = generic.get(match.start)
    return found?.end === match.end ? found.division : undefined
  }
  // The divisions short forms vouched for that the document does not name in full, with the confidence of the surest
  const vouched = new Map<string, number>()
  const namedAbove = divisionsAbove(named)
  // The division each name found ends with, by its end, and what it is worth: an address goes on from it (浙江|长兴人)
  const divisionEndingAt = new Map<number, {division: Division; worth: number}>()
  rescanTrie(names, text, all, (match) => {
    if (scan.taken(match.start, match.end)) return false
    const division = refused.has(match.start) ? undefined : (fullNameOf(match) ?? genericAt(match))
    if (division) {
      scan.add(fullNameDetection(match, division))
      divisionEndingAt.set(match.end, {division, worth: 1})
      return true
    }
    const short = groundShortForm(text, match, named, namedAbove)
    if (!short) return false
    const detection = shortFormDetection(match, short.division, short.ground)
    if (!named.has(short.division.code)) vouched.set(short.division.code, Math.max(detection.confidence, vouched.get(short.division.code) ?? 0))
    scan.add(detection)
    divisionEndingAt.set(match.end, {division: short.division, worth: detection.confidence})
    return true
  })
  for (const code of vouched.keys()) named.add(code)
  // What a division the first reading vouched for is worth as a voucher in turn: no more than its short form was
  // (a short form in a place context, 0.7, vouches for no division at 0.75); a division named in full is worth all.
  const worthOf = (code: string): number => vouched.get(code) ?? 1
  // A short form vouches for the divisions under and above it as a full name does, wherever they stand (延边 for
  // 珲春、图们两市): read again, once the first reading has settled what it vouches for, what it refused for want of
  // a division named; and a short form right after a division that holds it goes on with its address (浙江长兴人,
  // 长兴 of 湖州 of 浙江), where jieba reads a name.
  const above = vouched.size > 0 ? divisionsAbove(named) : undefined
  // What the surest division named under each division is worth, made at the first short form of a division above
  let worthUnder: Map<string, number> | undefined
  if (above || divisionEndingAt.size > 0) {
    for (const match of all) {
      if (scan.taken(match.start, match.end)) continue
      const holder = divisionEndingAt.get(match.start)
      const held = holder && shortFormsOf(match).find((division) => division.code.length > holder.division.code.length && division.code.startsWith(holder.division.code))
      if (holder && held && isNameWord(text, match.start, match.end)) {
        scan.add(shortFormDetection(match, held, 'parent', holder.worth))
        continue
      }
      const short = above && groundShortForm(text, match, named, above)
      if (short?.ground === 'parent') scan.add(shortFormDetection(match, short.division, short.ground, worthOf(parentCode(short.division))))
      else if (short?.ground === 'child') {
        worthUnder ??= worthOfSurestUnder(named, worthOf)
        // one division at least is named under it, or the ground would not be `child`; both read the codes above by
        // the same chain (codesAbove), so the worth is there: were it not, the least, never the surest by default
        scan.add(shortFormDetection(match, short.division, short.ground, worthUnder.get(short.division.code) ?? 0))
      }
    }
  }
  // A city's short form listed next to a place found (赴绵阳、宝鸡、天水等客源城市: jieba tags 宝鸡 and 天水 as
  // nouns): the items of a list are of one kind. In text order, so a list is taken up from its first place on.
  for (const match of all) {
    if (scan.taken(match.start, match.end) || !listedNextToPlace(scan, match)) continue
    const city = loadGazetteer().namesOf(match).map((value) => value.division).find((division) => division.level === 2)
    if (city && !inPlaceException(text, match.start, match.end) && standsAsWords(text, match.start, match.end)) scan.add(shortFormDetection(match, city, 'listed'))
  }
}

// How far back from its level an ethnic township's name and groups may reach (喇叭沟门满族乡, 彝族白族苗族乡).
const ethnicTownshipReach = 12

/**
 * A town of a county the document names, written with its ethnic group where the gazetteer lists it without (the
 * code tables list 硗碛乡 of 宝兴县; reports write 硗碛藏族乡): the name before the group is the town's. An ethnic
 * township no table lists (one merged or renamed since) is a town where it follows the county that held it in an
 * address (晴隆县|三宝彝族乡). The other way round (于家务回族乡 written 于家务乡) is read by the rules for a place after
 * the place that holds it.
 */
function detectEthnicTownships(scan: Scan): void {
  const {text} = scan
  for (let at = text.indexOf('族', 2); at !== -1; at = text.indexOf('族', at + 1)) {
    const level = text.charAt(at + 1)
    if (level !== '乡' && level !== '镇') continue
    let from = at
    while (from > 0 && at - from < ethnicTownshipReach && han.test(text.charAt(from - 1))) from--
    const stem = text.slice(from, at + 1)
    const bare = withoutEthnicGroup(stem)
    if (bare === stem) continue
    const townNames = scan.townsOfNamedCounties()
    // The longest name of a town that ends the part before the groups (…县|硗碛|藏族乡).
    let found = false
    for (let length = Math.min(bare.length, 6); length >= 2 && !found; length--) {
      const start = from + bare.length - length
      if (!townNames.has(text.slice(start, start + length) + level) || scan.taken(start, at + 2)) continue
      scan.add(ethnicTownshipDetection(start, start + length, at + 2, `town of a county the document names, written with its ethnic group (the gazetteer has \`${text.slice(start, start + length) + level}\`)`))
      found = true
    }
    if (!found) addEthnicTownshipAfterCounty(scan, from, at + 2)
  }
}

/**
 * An ethnic township `[…, end)` named right after a county found between `from` and its level (晴隆县|三宝彝族乡,
 * 米林市|南伊珞巴民族乡): the part before the groups and the ethnic level, two to four characters that are no function
 * or level character nor an ethnic group alone (晴隆县|彝族乡亲), is its name, where the level opens no word (苗族乡镇).
 */
function addEthnicTownshipAfterCounty(scan: Scan, from: number, end: number): void {
  const {text} = scan
  // The county may end the line before, where a PDF wrapped the address (晴隆县⏎三宝彝族乡)
  const reach = lineWrapStart(text, from) ?? from
  const county = scan.detections.find((found) => found.type === 'PLACE' && found.end >= reach && found.end < end && addressCountyLevels.some((level) => text.endsWith(level, found.end)))
  if (county === undefined) return
  const start = lineWrapEnd(text, county.end) ?? county.end
  const {shortForm, suffixLength} = splitDivisionName(text.slice(start, end))
  if (shortForm === undefined || shortForm.length > maxEthnicTownshipName || !isPlaceNameText(shortForm) || isOnlyEthnicGroups(shortForm)) return
  if (!readsAsTownName(text, start, start + shortForm.length) || levelInFalseWord(text, end - 1, end) || scan.taken(start, end)) return
  scan.add(ethnicTownshipDetection(start, end - suffixLength, end, 'ethnic township named right after the county that holds it'))
}

/**
 * Whether `[start, end)`, after a county, reads as a town's name and not as what the county did or has (晴隆县|共有苗族乡2个,
 * 设立, 撤销, 现有): jieba reads no word there that opens a phrase (a verb, an adverb …), and a usual word is one only
 * where jieba tags it a name (三宝/nz; not 现有/b, 全部/n).
 */
function readsAsTownName(text: string, start: number, end: number): boolean {
  const words = segment(text, start, end)
  if (words.some((word) => phraseOpeningTags.has(word.tag) || word.tag.startsWith('v'))) return false
  return !isUsualWord(text.slice(start, end)) || (words.length === 1 && townNameTags.has(words[0]?.tag ?? ''))
}

// jieba's tags of a proper name: a usual word so tagged may name a town (三宝/nz)
const townNameTags = new Set(['ns', 'nz', 'nr', 'nrt', 'nrfg'])

// How long an ethnic township's name before its groups may be (三宝, 南伊): an address's towns' names are short.
const maxEthnicTownshipName = 4

function ethnicTownshipDetection(start: number, nameEnd: number, end: number, reason: string): Detection {
  return {type: 'PLACE', start, end, suffixLength: end - nameEnd, detector: 'places', rule: 'ethnic-township', confidence: 0.9, reason}
}

// A town's level and the other it may be written with (撤乡设镇 made many a 乡 a 镇; records and reports keep the old)
const otherTownLevel: Readonly<Record<string, string>> = {乡: '镇', 镇: '乡'}

/**
 * A town of a county the document names, written with the level it had before or has since (三岔河镇 of 昭觉县 written
 * 三岔河乡, 松他克镇 of 阿图什市 written 松他克乡): the name is the town's, whatever its level. Not where the level runs
 * into a word (幸福乡村 of a 幸福镇), nor a name another place or unit holds already.
 */
function detectTownsOfOtherLevel(scan: Scan): void {
  const {text} = scan
  if (!text.includes('乡') && !text.includes('镇')) return
  // The names as they may be written, to the gazetteer's: one pass over the levels in the text, not one per town
  const written = new Map<string, string>()
  let longest = 0
  for (const town of scan.townsOfNamedCounties()) {
    const level = otherTownLevel[town.charAt(town.length - 1)]
    if (level === undefined || town.length < 3) continue
    written.set(town.slice(0, -1) + level, town)
    longest = Math.max(longest, town.length)
  }
  if (written.size === 0) return
  for (const level of Object.keys(otherTownLevel)) {
    for (let at = text.indexOf(level); at !== -1; at = text.indexOf(level, at + 1)) {
      const end = at + 1
      // The longest name that ends with this level
      for (let start = Math.max(0, end - longest); start <= end - 3; start++) {
        const town = written.get(text.slice(start, end))
        if (town === undefined) continue
        if (!scan.taken(start, end) && !runsIntoWord(text, {start, end, values: []})) {
          scan.add({
            type: 'PLACE',
            start,
            end,
            suffixLength: 1,
            detector: 'places',
            rule: 'town-other-level',
            confidence: 0.85,
            reason: `town of a county the document names, written with another level (the gazetteer has \`${town}\`)`
          })
        }
        break
      }
    }
  }
}

/** The names of the towns of every county the document names. */
function townsOfNamedCounties(named: ReadonlySet<string>): Set<string> {
  const gazetteer = loadGazetteer()
  const names = new Set<string>()
  for (const code of named) {
    if (code.length !== 6) continue
    for (const town of gazetteer.townsOf(code)) for (const division of gazetteer.divisionsOf(town)) names.add(division.name)
  }
  return names
}

/** Whether a place found stands right before or after `match` across a 、 (绵阳、|宝鸡|、天水). */
function listedNextToPlace(scan: Scan, match: TrieMatch<unknown>): boolean {
  const {text, detections} = scan
  const before = text.charAt(match.start - 1) === '、' && detections.some((found) => found.type === 'PLACE' && found.end === match.start - 1)
  return before || (text.charAt(match.end) === '、' && detections.some((found) => found.type === 'PLACE' && found.start === match.end + 1))
}

/**
 * A place's product named by the first character of the place (汝瓷 of 汝州 in 汝瓷之乡): it identifies the
 * place as well as its name does. Only before a product cue (之乡, 之都, 故里) and only for the cities and
 * counties the document names, so 茭白之乡 and 长江 stay.
 */
function detectProducts(scan: Scan): void {
  // Few reports hold a product cue: they are looked for before the divisions named are.
  const starts = productNames(scan.text)
  if (starts.length === 0) return
  const {divisionsOf} = loadGazetteer()
  const initials = new Map<string, Division>()
  for (const code of scan.named) {
    for (const division of divisionsOf(code)) {
      const initial = division.shortForm?.charAt(0)
      if (initial && division.level >= 2 && division.level <= 3) initials.set(initial, division)
    }
  }
  for (const start of starts) {
    const division = initials.get(scan.text.charAt(start))
    if (!division || !han.test(scan.text.charAt(start + 1)) || scan.taken(start, start + 2)) continue
    scan.add({
      type: 'ORG',
      start,
      end: start + 2,
      suffixLength: 1,
      detector: 'places',
      rule: 'place-product',
      confidence: 0.7,
      reason: `product named after ${division.name}, which the document names`
    })
  }
}

/**
 * Names that count only under a town or county the document names: short forms of those towns (朱家角,
 * 洗耳河; sure when the town is named in full or listed with another town of the county, 洋马、特庸、四明等镇;
 * doubtful otherwise and then only if jieba reads a name), and their villages and communities (西西社区 in a
 * report on 汝州市; 建设村 is not found everywhere).
 */
function detectLocalNames(scan: Scan): void {
  const towns = namedTowns(scan.named)
  if (towns.length === 0) return
  const {text} = scan
  const shortForms: {match: TrieMatch<LocalName>; named: Division | undefined; under: Division}[] = []
  for (const match of scanLocalNames(localNames(towns, text), text)) {
    if (scan.taken(match.start, match.end)) continue
    const village = match.values.find((name) => name.kind === 'village')
    if (village) {
      // A settlement the gazetteer names by a word alone (牧场, 一队, 生活区 of state farms and the corps) is that
      // word wherever a report has it
      if (!isWordWithoutLevel(text, match)) scan.add(villageDetection(text, match))
      continue
    }
    const divisions = match.values.flatMap((name) => (name.kind === 'town' ? [name.division] : []))
    const under = divisions[0]
    if (under) shortForms.push({match, named: divisions.find((town) => scan.named.has(town.code)), under})
  }
  const matches = shortForms.map((form) => form.match)
  shortForms.forEach(({match, named, under}, index) => {
    // Two towns of a named county side by side in a list are no chance of two ordinary words (新增兴桥、盘湾两个教学点)
    const listed = listedWithNeighbour(text, matches, index) || closesTownList(text, match.end)
    // A town named in full vouches for its short form, unless that is an everyday word of prose (玫瑰 of 玫瑰镇 in
    // 玫瑰产业, 龙头 of 龙头镇): that names the town only where jieba reads a name there or something next to it says
    // a place is meant (placeMeant: 驻龙头, 龙头中学, 玫瑰路, 龙头水库)
    if (named) {
      if (!isUsualWord(text.slice(match.start, match.end)) || isNameWord(text, match.start, match.end) || placeMeant(text, match.start, match.end)) scan.add(shortFormDetection(match, named, 'named'))
    } else if (listed) scan.add(shortFormDetection(match, under, 'listed'))
    // Town names that are no dictionary word are rarely anything but the town (歧坪竹编传承人); many that are
    // words are ordinary ones as well (高峰, 新华), so those stay doubtful
    else if (isNameWord(text, match.start, match.end)) scan.add(shortFormDetection(match, under, mayBeKnownWord(text, match.start, match.end) ? 'town' : 'unknown'))
  })
}

// The levels that close a list of places (洋马、特庸、四明等镇, 曙光、希望等社区), tried in this order: a level that
// ends another (村 of 自然村) comes after it.
const townLevels = ['乡镇', '街道', '镇', '乡']
// The groups of a village close lists too (上窑洞、下窑洞两个社), after 社区
const hamletLevels = ['组', '社', '屯']
// The parts of a village or town a report counts its works in (长岭、松林、桃源三个片区; 控拜、乌高、报德三个苗寨), named
// after their hamlets, often by words (松林, 桃源)
const areaLevels = ['片区', '苗寨']
const placeLevels = [...townLevels, '社区', '自然村', '行政村', '村', '嘎查', ...areaLevels, ...hamletLevels]
// What comes between the last item of a list of places and their level: 等, or their count (3个镇, 8个社区) of up to
// three numerals.
const countNumerals = new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十两'].map((numeral) => numeral.charCodeAt(0)))
const maxCountLength = 3

/** The length of what closes a list at `at` (等, 3个), or 0. */
function listClosingAt(text: string, at: number): number {
  if (text.startsWith('等', at)) return 1
  let end = at
  while (end < at + maxCountLength && countNumerals.has(text.charCodeAt(end))) end++
  return end > at && text.startsWith('个', end) ? end + 1 - at : 0
}

/** The level of `levels` at `at` (镇 in 等镇), longest first. */
function levelAt(text: string, at: number, levels: readonly string[]): string | undefined {
  return levels.find((level) => text.startsWith(level, at))
}

/** Whether a list of towns named by their short forms closes at `at` (洋马、特庸、四明|等镇). */
function closesTownList(text: string, at: number): boolean {
  const closing = listClosingAt(text, at)
  return closing > 0 && levelAt(text, at + closing, townLevels) !== undefined
}

/**
 * Where lists of places may close in `text` (等镇, 8个社区: `start` at the closing, the level at `levelStart`), in text
 * order. Found from the 等 and 个 of a text, which the engine's string search finds, not by trying a pattern at
 * every character: no closing overlaps another, since a closing holds no level.
 */
function placeListEnds(text: string): {start: number; levelStart: number; level: string}[] {
  const ends: {start: number; levelStart: number; level: string}[] = []
  for (const closer of ['等', '个']) {
    for (let at = text.indexOf(closer); at !== -1; at = text.indexOf(closer, at + 1)) {
      // Most are followed by no level (等方面, 一个): that is asked first
      const level = levelAt(text, at + 1, placeLevels)
      if (level === undefined) continue
      // A count starts at its first numeral, up to three before 个
      let start = at
      while (closer === '个' && start > at - maxCountLength && countNumerals.has(text.charCodeAt(start - 1))) start--
      if (listClosingAt(text, start) === at + 1 - start) ends.push({start, levelStart: at + 1, level})
    }
  }
  return ends.sort((a, b) => a.start - b.start)
}

const maxListItem = 4
// How sure the items of a list are as places, at most (see `detectListedPlaces`)
const listedConfidence = 0.7

/**
 * The items of a list closed by a level (千秋、新洋等镇, 西门口、甘沟路、丰收路8个社区) where another item is a place already found: places of
 * that level, named the way the list names the others, whether or not a gazetteer lists them (新洋 of 新洋农场).
 * An item runs back to the 、 before it; the first, unless a word that opens lists marks where it starts (辖), counts
 * only as the place found there.
 */
function detectListedPlaces(scan: Scan): void {
  const {text} = scan
  // Where the places found end and what they are named, made once a list is found: most counts (3个镇) close none.
  let found: {placeStarts: Map<number, Detection>; named: Map<string, number>} | undefined
  for (const {start: closingStart, levelStart, level} of placeListEnds(text)) {
    // A list has a 、 before its last item
    if (text.lastIndexOf('、', closingStart - 1) < closingStart - maxListItem - 1) continue
    // The level is a word of its own (not 两个社会组织), or glued to what follows only by jieba's guess (两个社的/x)
    const levelWord = segmentAround(text, levelStart, levelStart + level.length, 2).find((token) => token.end > levelStart)
    if (levelWord?.end !== levelStart + level.length && levelWord?.tag !== 'x') continue
    if (!found) {
      const places = scan.detections.filter((detection) => detection.type === 'PLACE')
      // What the document names as places elsewhere, by their proper parts: an item 二天门 of a list is the
      // 二天门社区 found further on.
      found = {
        placeStarts: new Map(places.map((detection) => [detection.end, detection])),
        named: new Map(places.map((detection) => [text.slice(detection.start, detection.end - detection.suffixLength), detection.confidence]))
      }
    }
    const {placeStarts, named} = found
    // A count that numbers the items (额日和图、好力宝图两个嘎查) says what each is, as a place found among them does
    const count = countValue(text.slice(closingStart, levelStart - 1))
    const items: {start: number; end: number}[] = []
    // The confidence of the surest place found among the items, 0 where none is: the others are no surer than it (a
    // town's doubtful short form, 0.45, makes no list sure)
    let placed = 0
    // Whether the count numbers every item, the first included (not 大河、小河、石桥两个村)
    let numbered = false
    let itemEnd = closingStart
    for (;;) {
      let itemStart = itemEnd
      while (itemStart > itemEnd - maxListItem && han.test(text.charAt(itemStart - 1)) && !isStopChar(text.charAt(itemStart - 1))) itemStart--
      // The first item may follow a word that opens the list (辖广场、西门口…): it starts after that word.
      const opener = text.charAt(itemStart - 1) === '、' ? 0 : listOpenerAt(text, itemStart)
      const opened = opener > 0 && itemEnd - itemStart - opener >= 2
      if (opened) itemStart += opener
      const placeAtItem = placeStarts.get(itemEnd)
      const place = placeAtItem !== undefined && placeAtItem.start >= itemEnd - maxListItem ? placeAtItem : undefined
      const bounded = text.charAt(itemStart - 1) === '、' || opened
      const namedWorth = bounded ? named.get(text.slice(itemStart, itemEnd)) : undefined
      if (place !== undefined || namedWorth !== undefined) placed = Math.max(placed, place?.confidence ?? 0, namedWorth ?? 0)
      else if (!bounded && count === items.length + 1) {
        itemStart = firstItemStart(text, itemEnd - maxListItem, itemEnd)
        if (itemEnd - itemStart < 2) break
        numbered = true
      } else if (!bounded || itemEnd - itemStart < 2) break
      items.push({start: place?.start ?? itemStart, end: itemEnd})
      if (!bounded || opened) break
      itemEnd = itemStart - 1
    }
    // Areas are named by the words of a plan as often (城东、城西两个片区, 老城、新城两个片区): one name at least is no usual word
    const namesArea = !areaLevels.includes(level) || items.some((item) => !isUsualWord(text.slice(item.start, item.end)))
    const counted = numbered && namesArea && items.every((item) => mayNameCountedPlace(text, item.start, item.end, level))
    if (items.length < 2 || (placed === 0 && !counted)) continue
    const confidence = counted ? listedConfidence : Math.min(listedConfidence, placed)
    for (const item of items) {
      if (scan.taken(item.start, item.end)) continue
      scan.add({
        type: 'PLACE',
        start: item.start,
        end: item.end,
        suffixLength: 0,
        detector: 'places',
        rule: 'listed-place',
        confidence,
        reason: `${placed > 0 ? 'listed with a place before' : 'one of as many places as'} ${text.slice(closingStart, levelStart + level.length)}`
      })
    }
  }
}

/** The value of a list's count (两, 3, ３, 十二), or undefined where it closes with 等. */
function countValue(count: string): number | undefined {
  if (/^[0-9０-９]+$/u.test(count)) return Number(count.replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10)))
  return count === '' ? undefined : parseChineseNumeral(count)
}

// jieba's tags of words that describe places rather than name them (贫困/a, 后进/v, 偏远/d, 城郊/s).
const describingTags = new Set(['a', 'ad', 'an', 'v', 'vn', 'vd', 'd', 's'])

/**
 * Whether an item of a list only a count vouches for may name a place: no word frequent in prose (山区, 重点, 农村),
 * no word that describes (对贫困、非贫困两个村, 先进、后进两个村 are kinds of village) and no direction and a word;
 * for a village's groups (组, 社), which name working groups as often (男生、女生两个组), no word jieba knows at all.
 */
function mayNameCountedPlace(text: string, start: number, end: number, level: string): boolean {
  // A part named by its direction (南片、北片两个社区, 上组) says where it lies, not which it is
  if (end - start === 2 && directions.has(text.charAt(start))) return false
  const name = text.slice(start, end)
  if (hamletLevels.includes(level) ? isUsualWord(name) : isFrequentWord(name)) return false
  return segment(text, start, end).every((token) => !describingTags.has(token.tag))
}

const directions = new Set([...'东西南北中上下前后内外'])

/**
 * Where the first item of a counted list starts when nothing marks it, within `maxListItem` characters of its end
 * (`reach`): after what is no Chinese character, and after the words that open a phrase (在|额日和图, 帮扶|上窑洞: a
 * preposition, a verb, an adverb), a particle (红岩村的|大田坝) or run in from before the reach. A function character inside
 * the name stays (和).
 */
function firstItemStart(text: string, reach: number, itemEnd: number): number {
  let start = itemEnd
  while (start > Math.max(0, reach) && han.test(text.charAt(start - 1))) start--
  for (const token of segmentAround(text, start, itemEnd, 2, 0)) {
    if (token.end <= start || token.start >= itemEnd - 1) continue
    if (token.start < start || phraseOpeningTags.has(token.tag) || token.tag.startsWith('u')) start = token.end
    else break
  }
  return start
}

let estateSuffixes: string[] | undefined

// A proper part of an estate's name is one or two of jieba's words, two to four characters.
const estateName = {least: 2, most: 4}

// jieba's tags of a word that opens a verb phrase, not a name: 建强/v 村级班子, 又/d, 各/r, 在/p, 和/c.
const phraseOpeningTags = new Set(['v', 'vn', 'vd', 'd', 'r', 'p', 'c'])

/**
 * Villages that no town the document names lists and that the suffix rules refuse (江秀村两委, 龙邦村党支部书记,
 * 禾木村 where jieba reads 禾/木村), found by the names of every village in China: two or three characters before
 * 村 that make a real village's name, where jieba starts a word that opens no verb phrase, with no determiner
 * first (各居村), no ethnic group alone (朝鲜族村) and no common word that holds the 村 (乡村, 嘎查村). A name that
 * is an everyday word (光明, 团结, 金鸡; not 建设村, 示范村) is a village only where something says a village is meant: a
 * body of its own after it (加强光明村党支部建设, 金鸡村村委会; not a verb or an adjective that takes the body for its
 * object: 加强村党支部; nor a title villages are given: 五星村党支部), a meeting held in it (在光明村召开, 在“光明村”召开), or,
 * where it opens a phrase, a village found listed beside it (团结村、胜利村与光明村党支部) or three such names listed
 * together (团结村、光明村、前进村).
 */
function detectVillagesAnywhere(scan: Scan): void {
  const {text} = scan
  // Villages named by an everyday word with nothing next to them that says so, for the lists read after
  const uncued: {start: number; end: number}[] = []
  for (let level = text.indexOf('村'); level !== -1; level = text.indexOf('村', level + 1)) {
    // Most 村 of a report follow a determiner or a level (全村, 各村, 乡村) or are no village's (村民): one lookup
    // of the list turns them away before any string is made
    for (const length of [3, 2]) {
      const start = level - length
      if (start < 0 || !isVillageAnywhere(text, start, level + 1) || scan.taken(start, level + 1)) continue
      const standing = villageStanding(scan, start, level)
      if (standing === 'everyday') uncued.push({start, end: level + 1})
      if (standing !== 'name') continue
      scan.add(anywhereVillageDetection(start, level + 1, 'the name of a village in China, standing as a name'))
      break
    }
  }
  // A list is read from the village found next to it, on in both directions (团结村、幸福村、新华村; 团结村、胜利村与光明村党支部),
  // by where places and villages end and villages start, kept as the list is read
  const placeEnds = new Set(scan.detections.map((found) => found.end))
  const isVillage = (found: Detection) => found.type === 'PLACE' && text.charAt(found.end - 1) === '村'
  const villageEnds = new Set(scan.detections.flatMap((found) => (isVillage(found) ? [found.end] : [])))
  const villageStarts = new Set(scan.detections.flatMap((found) => (isVillage(found) ? [found.start] : [])))
  const addListed = (village: {start: number; end: number}, reason: string) => {
    scan.add(anywhereVillageDetection(village.start, village.end, reason))
    placeEnds.add(village.end)
    villageEnds.add(village.end)
    villageStarts.add(village.start)
  }
  const opening = uncued.filter((village) => opensPhraseAt(text, village.start, placeEnds))
  // Three or more such names listed together are villages though none is found (团结村、光明村、前进村): a report
  // lists villages so, and no word of a list of kinds or titles (示范村、先进村, 五星村) is one
  for (const list of listedRuns(text, opening)) {
    if (list.length < leastListedVillages || list.some((village) => isVillageHonour(text.slice(village.start, village.end - 1)))) continue
    for (const village of list) if (!scan.taken(village.start, village.end)) addListed(village, 'the name of a village in China, listed with other villages')
  }
  for (const order of [opening, [...opening].reverse()]) {
    for (const village of order) {
      if (scan.taken(village.start, village.end)) continue
      const listed = (listMarks.has(text.charAt(village.end)) && villageStarts.has(village.end + 1)) || (listMarks.has(text.charAt(village.start - 1)) && villageEnds.has(village.start - 1))
      if (listed) addListed(village, 'the name of a village in China, listed beside a village found')
    }
  }
}

// How many villages named by everyday words a list needs to name villages with nothing else to say so
const leastListedVillages = 3

/** The runs of `names` (in the order of the text) that follow one another across a list mark (团结村、光明村与前进村). */
function listedRuns(text: string, names: readonly {start: number; end: number}[]): {start: number; end: number}[][] {
  const runs: {start: number; end: number}[][] = []
  // The run each name ends, by the end of its last name
  const runEndingAt = new Map<number, {start: number; end: number}[]>()
  for (const name of names) {
    let run = listMarks.has(text.charAt(name.start - 1)) ? runEndingAt.get(name.start - 1) : undefined
    if (run === undefined) {
      run = []
      runs.push(run)
    }
    run.push(name)
    runEndingAt.set(name.end, run)
  }
  return runs
}

// What joins the items of a list (团结村、胜利村与光明村, 团结村和光明村, 团结村及光明村)
const listMarks = new Set([...'、与和及'])

function anywhereVillageDetection(start: number, end: number, reason: string): Detection {
  return {type: 'PLACE', start, end, suffixLength: 1, detector: 'places', rule: 'village-anywhere', confidence: 0.7, reason}
}

/**
 * How `[start, level]`, a village's name somewhere, stands here (see `detectVillagesAnywhere`), 村 at `level`: as a
 * name; as an everyday word (光明) that opens a phrase but that nothing next to it says is a village's; or as none.
 */
function villageStanding(scan: Scan, start: number, level: number): 'name' | 'everyday' | 'none' {
  const {text} = scan
  const name = text.slice(start, level)
  if (!han.test(name) || isStopChar(name.charAt(0)) || isOnlyEthnicGroups(name) || continuesCount(text, start)) return 'none'
  // Only common words that reach back over the 村 object (农村, 嘎查村); one that runs on from it (村两委, 村党支部)
  // follows a village's name as often as not
  if (inFalseWord(text, level, level + 1, true)) return 'none'
  const everyday = name.length === 2 && isUsualWord(name)
  if (everyday && isGenericWord(name)) return 'none'
  const first = segmentAround(text, start, level, 4).find((token) => token.end > start)
  if (first?.start !== start) return 'none'
  // An everyday word's tag says little (团结/a, 前进/v, 光明/n): only a word that cannot open a name is refused, and
  // before a body a verb or an adjective takes the village's body for its object (加强|村党支部, 健全|村党组织, 壮大|村两委),
  // unless the body names its 村 again (前进村|村委会): such a word names a village only there, where a meeting is held
  // in it (在前进村召开) or in a list. What stands before the name is no matter (加强|光明村党支部, 走访|团结村党支部)
  if (!everyday) return phraseOpeningTags.has(first.tag) ? 'none' : 'name'
  if (nameNotOpeningTags.has(first.tag)) return 'none'
  // A title villages are given names the body of such villages (五星村党支部创建, 表彰红旗村党支部)
  const body = villageBodyAt(text, level + 1) && (!objectTakingTags.has(first.tag) || text.charAt(level + 1) === '村') && !isVillageHonour(name)
  return body || isVenue(text, start, level + 1) ? 'name' : 'everyday'
}

// jieba's tags of a word that opens no name of a village, whatever follows: 又/d, 各/r, 在/p, 和/c (of the tags
// that open a phrase, those no verb has).
const nameNotOpeningTags = new Set([...phraseOpeningTags].filter((tag) => !tag.startsWith('v')))
// jieba's tags of a verb or an adjective, which take what follows for an object: 加强/v, 健全/a.
const objectTakingTags = new Set(['v', 'vd', 'a', 'ad'])

/**
 * Whether a phrase may open at `start`: after what is no Chinese character, a stop character (在, 和, 、 …) or a
 * place found (龙泉镇|光明村; `placeEnds`), not inside a run of words (大力支持|村两委 holds no village 支持村).
 */
function opensPhraseAt(text: string, start: number, placeEnds: ReadonlySet<number>): boolean {
  const before = text.charAt(start - 1)
  return !han.test(before) || isStopChar(before) || placeEnds.has(start)
}

// A place's name right after the place that holds it: two characters (北黎村) to five (阿土列尔村, 阔克铁热克村).
const childNameLength = {least: 2, most: 5}
// Characters that open no place's name right after its parent: numbers and determiners (三村, 各村, 全镇), or a
// village joining the parent to what follows (镇村两委).
const notChildOpeningCharacters = '0-9０-９一二三四五六七八九十两几各本全该每村'
const notChildOpening = new RegExp(`[${notChildOpeningCharacters}]`, 'u')

/** The levels of the places an address names right after a place of a level (县 → 镇, 镇 → 村), and what vouches for an everyday word. */
const addressCountyLevels = ['县', '区', '市', '旗'] as const
const addressTownLevels = ['街道', '苏木', '镇', '乡'] as const
const addressVillageLevels = ['社区', '嘎查', '村'] as const
interface AddressStep {
  parentLevels: readonly string[]
  levels: readonly string[]
  rule: string
  levelsRunOn: boolean
  bears: (text: string, start: number, end: number) => boolean
}
const addressSteps: readonly AddressStep[] = [
  {parentLevels: addressCountyLevels, levels: addressTownLevels, rule: 'town-after-county', levelsRunOn: false, bears: () => false},
  {parentLevels: addressTownLevels, levels: addressVillageLevels, rule: 'village-after-town', levelsRunOn: true, bears: isVillageAnywhere},
  // Addresses skip the town as often (婺源县篁岭村)
  {parentLevels: addressCountyLevels, levels: addressVillageLevels, rule: 'village-after-county', levelsRunOn: true, bears: isVillageAnywhere}
]

/**
 * Places named right after the place that holds them: villages after their town (八所镇北黎村, 潭头镇重渡沟村,
 * 支尔莫乡阿土列尔村), towns after their county, also by a name or level the gazetteer no longer has (景洪市嘎洒镇,
 * now 嘎洒街道). There jieba glues the name's characters to the level before it (镇北黎村/x, 镇安/ns 坪 村) and the
 * suffix rules cannot tell where the name starts; an address names its places in order. The name holds no function
 * or level character and opens with no determiner or number; one that is an everyday word (贫困村, 重点镇) or holds
 * a word frequent in prose (党委书记驻村, 干部包村) counts only where a village of China bears it (团结村).
 */
function detectPlacesAfterParents(scan: Scan): void {
  const {text} = scan
  for (const step of addressSteps) {
    const childStarts = scan.detections.flatMap((detection) => (detection.type === 'PLACE' ? [childStartAfter(text, detection, step.parentLevels)] : []))
    for (const start of childStarts) {
      if (start < 0) continue
      if (notChildOpening.test(text.charAt(start))) continue
      // One more character where a PDF's line break stands in the name
      const most = start + childNameLength.most + (text.slice(start, start + childNameLength.most + 1).includes('\n') ? 1 : 0)
      for (let nameEnd = start + childNameLength.least; nameEnd <= most; nameEnd++) {
        const name = text.slice(start, nameEnd)
        // A function character opens a village's name too (向阳村, 在城村), where a village of China bears it
        const plain = isPlaceNameText(name)
        if (!plain && !(isStopChar(name.charAt(0)) && isPlaceNameText(name.slice(1)))) break
        const level = step.levels.find((word) => text.startsWith(word, nameEnd))
        if (level === undefined) continue
        const end = nameEnd + level.length
        // A village is named before words that run on from its 村 (村两委, 村党支部), a town never (乡村振兴, 镇村干部)
        if (step.levelsRunOn ? inFalseWord(text, nameEnd, end, true) : levelInFalseWord(text, nameEnd, end)) break
        // A name whose first word opens a verb phrase (也有|吊鹿沟村, 还有|大王庄村) is the clause going on, unless a
        // village bears it; a verb's lone character opens a name as often (建|新村)
        const words = segment(text, start, nameEnd)
        const first = words[0]
        const opensPhrase = first !== undefined && phraseOpeningTags.has(first.tag) && (first.end - first.start > 1 || !first.tag.startsWith('v'))
        const everyday = !plain || isUsualWord(name) || opensPhrase || words.some((token) => isFrequentWord(token.word))
        if (everyday && !step.bears(text, start, end)) break
        // Other rules may have read a part of the name (支尔莫乡阿土|列尔村, 张庄镇大|王庄村, 巴彦温都尔苏木|罕乌拉|嘎查,
        // 黄兴镇|蓝田|新村): the address's order says where it starts and ends
        if (scan.taken(start, end)) {
          const parts = partsReadInside(scan, start, end)
          if (parts === undefined || !mayReadOver(step, text, start, end, parts)) break
          scan.drop(parts)
        }
        scan.add({
          type: 'PLACE',
          start,
          end,
          suffixLength: level.length,
          detector: 'places',
          rule: step.rule,
          confidence: 0.75,
          reason: `a place named right after the place that holds it, before \`${level}\``
        })
        break
      }
    }
  }
}

/**
 * Where a place named right after `parent` starts, if `parent` is a place of one of `levels`: its end, or past the
 * level a short form leaves outside (宋家沟|乡长崖子村, where the gazetteer knows 宋家沟镇); -1 if it is none.
 */
function childStartAfter(text: string, parent: Detection, levels: readonly string[]): number {
  for (const level of levels) {
    if (text.endsWith(level, parent.end)) return parent.end
    if (parent.suffixLength === 0 && text.startsWith(level, parent.end)) return parent.end + level.length
  }
  return -1
}

// The readings of a part of a place's name that the whole, named after its parent, replaces: a suffix rule's from a
// cut (阿土|列尔村), a village of the named town that the name ends with (大|王庄村), a short form (罕乌拉|嘎查).
const partReadingRules = /^(?:suffix-name|gazetteer-village|short-form-.*)$/u

/**
 * The detections that read parts of the place `[start, end)`, where they alone take its characters, lie inside it
 * and are not the place itself; undefined otherwise (a placeholder, a protected range, a unit's name).
 */
function partsReadInside(scan: Scan, start: number, end: number): Detection[] | undefined {
  const parts = scan.startingIn(start, end)
  let free = start
  for (const part of parts) {
    if (part.end > end || !partReadingRules.test(part.rule) || (part.start === start && part.end === end) || scan.taken(free, part.start)) return undefined
    free = part.end
  }
  return parts.length > 0 && !scan.taken(free, end) ? parts : undefined
}

/**
 * Whether the place `[start, end)` named after its parent may replace `parts`, which read inside it: a village the
 * town lists that the name ends with (张庄镇大|王庄村) is read over only where a village of China bears the whole name
 * or what comes before it is one character jieba reads as no verb (大, 小). A word between the town and a village it
 * lists is what the town does to the village (张庄镇选派|王庄村, 整治, 通报), not the village's name.
 */
function mayReadOver(step: AddressStep, text: string, start: number, end: number, parts: readonly Detection[]): boolean {
  const village = parts.find((part) => part.rule === 'gazetteer-village')
  if (village === undefined || step.bears(text, start, end)) return true
  return village.start - start === 1 && !(segment(text, start, village.start)[0]?.tag.startsWith('v') ?? true)
}

/** Han characters that are no function or level character, a PDF's line break allowed after the first (泖⏎甸村, 水秀⏎村). */
function isPlaceNameText(name: string): boolean {
  let breaks = 0
  for (let index = 0; index < name.length; index++) {
    const char = name.charAt(index)
    if (char === '\n' && index > 0 && breaks++ === 0) continue
    if (!han.test(char) || isStopChar(char)) return false
  }
  return true
}

let hamletSuffixes: ReadonlySet<string> | undefined
// A hamlet's name before its ending: one character (东组, 上寨) to three.
const maxHamletName = 3
// Characters that open no hamlet's name after a village: those that open no place's name after its parent (3组, 三组,
// 本组, 各组, 两委), and 小, which makes a group of the village (村小组) where a village's name may open with it (小翁邓村).
const notHamletOpening = new RegExp(`[${notChildOpeningCharacters}小]`, 'u')

/**
 * Hamlets and groups of a village named right after it (芬香村塘湾组, 里汉村那坡屯, 山口坡村大坡坳; data/hamlet-suffixes.txt):
 * a village names what comes after it as its own, whatever jieba reads there. Not an everyday word (工作组, 山沟,
 * 工作队|队长) nor one opening with a number, a determiner or a village (村小组, 各组).
 */
function detectHamlets(scan: Scan): void {
  const {text} = scan
  const villages = scan.detections.filter((detection) => detection.type === 'PLACE' && /(?:村|社区)$/u.test(text.slice(detection.start, detection.end)))
  for (const village of villages) {
    // The hamlets listed after the first take its ending (大屯村下寨组、河坝组; 十八洞村梨子寨、竹子寨)
    let ending: string | undefined
    for (let start = village.end; ; ) {
      const end = hamletEnd(scan, start, ending)
      if (end === undefined) break
      scan.add({
        type: 'PLACE',
        start,
        end: end + 1,
        suffixLength: 1,
        detector: 'places',
        rule: ending === undefined ? 'hamlet-after-village' : 'hamlet-listed',
        confidence: 0.7,
        reason: ending === undefined ? `a hamlet named after its village, before \`${text.charAt(end)}\`` : `a hamlet listed after another of its village, before \`${ending}\``
      })
      ending = text.charAt(end)
      if (text.charAt(end + 1) !== '、') break
      start = end + 2
    }
  }
}

/**
 * Where the ending of a hamlet named from `start` stands: the longest name before an ending of
 * data/hamlet-suffixes.txt, or before `ending` where one is given; undefined where none or an everyday word.
 */
function hamletEnd(scan: Scan, start: number, ending: string | undefined): number | undefined {
  const {text} = scan
  hamletSuffixes ??= new Set(readLexicon('hamlet-suffixes.txt'))
  const suffixes = hamletSuffixes
  if (notHamletOpening.test(text.charAt(start))) return undefined
  let longest = start
  while (longest < start + maxHamletName && han.test(text.charAt(longest))) longest++
  // The longest name before an ending: 塘湾组 is 塘湾 and 组, not 塘 and 湾
  for (let end = longest; end > start; end--) {
    if (ending === undefined ? !suffixes.has(text.charAt(end)) : text.charAt(end) !== ending) continue
    const name = text.slice(start, end)
    // The dictionary's hash may say yes by collision (下屋组): jieba has the last word. A hamlet listed after another
    // may be named by a word (下寨组、河坝组; 梨子寨、竹子寨), as long as name and ending are none (工作组, 山寨).
    const everyday = ending === undefined ? name.length === 2 ? isUsualWord(name) : name.length === 3 && isKnownWord(name) : namesWorkingGroup(text, start, end)
    if (everyday || isKnownWord(text.slice(start, end + 1)) || scan.taken(start, end + 1)) return undefined
    return end
  }
  return undefined
}

// The levels of villages and their hamlets that the items of a list share (那汤屯、弄排屯、伏台屯; 塘湾组、河坝组).
const listedSettlementLevels = ['社区', '村', '屯', '寨', '组']
// A listed settlement's name before its level: two characters (那汤) to four (阿土列尔).
const listedSettlementName = {least: 2, most: 4}

/**
 * Villages, communities and hamlets listed right beside one found with the same level (在那汤屯、|弄排屯|、伏台屯: the
 * suffix rules read the last two; jieba glues 那汤 to the preposition's 那): the items of a list are of one kind. The
 * name is two to four Chinese characters after a list mark, a stop character or what is no Chinese character, no
 * word jieba knows (工作组、|党员组, 山寨) nor an everyday word of prose (先进村、|示范村), no words jieba reads as verbs or
 * adjectives (示范创建村, 文明创建村), and opens with no number or determiner; a Zhuang name's 那 opens it (在|那汤屯,
 * data/settlement-name-openers.txt), where the rest would be one character, no other stop character (与|邻村). Read along the list from
 * each place found, both ways.
 */
function detectPlacesListedBeside(scan: Scan): void {
  const {text} = scan
  const pending = scan.detections.filter((found) => found.type === 'PLACE')
  // Two hamlets listed together are hamlets though none is found (对石门坎组、大坪组逐户走访): both names read as
  // hamlets' where jieba knows neither, or tags it a place (大坪/ns)
  for (let mark = text.indexOf('、'); mark !== -1; mark = text.indexOf('、', mark + 1)) {
    const level = hamletLevelsListed.find((word) => text.endsWith(word, mark))
    if (level === undefined) continue
    const before = listedBefore(scan, mark + 1, level, true)
    const after = before && listedAfter(scan, mark, level, true)
    if (!before || !after || (isKnownWord(text.slice(before.start, before.end - 1)) && isKnownWord(text.slice(after.start, after.end - 1)))) continue
    for (const item of [before, after]) {
      const detection: Detection = {type: 'PLACE', start: item.start, end: item.end, suffixLength: level.length, detector: 'places', rule: 'settlement-listed', confidence: 0.7, reason: `hamlets listed together before \`${level}\``}
      scan.add(detection)
      pending.push(detection)
    }
  }
  for (let found = pending.pop(); found !== undefined; found = pending.pop()) {
    const level = listedSettlementLevels.find((word) => text.endsWith(word, found.end) && found.end - found.start > word.length)
    if (level === undefined) continue
    for (const item of [listedBefore(scan, found.start, level), listedAfter(scan, found.end, level)]) {
      if (item === undefined) continue
      const detection: Detection = {type: 'PLACE', start: item.start, end: item.end, suffixLength: level.length, detector: 'places', rule: 'settlement-listed', confidence: 0.7, reason: `listed beside a place found before \`${level}\``}
      scan.add(detection)
      pending.push(detection)
    }
  }
}

// The levels of hamlets a list names by themselves (石门坎组、大坪组)
const hamletLevelsListed = ['组', '屯', '寨']

/** The settlement of `level` listed right before `start` across a list mark (那汤屯|、弄排屯), if one reads so; `placeWords`: a word jieba tags a place may name it (大坪/ns). */
function listedBefore(scan: Scan, start: number, level: string, placeWords = false): {start: number; end: number} | undefined {
  const {text} = scan
  const end = start - 1
  if (!listMarks.has(text.charAt(end)) || !text.endsWith(level, end)) return undefined
  const nameEnd = end - level.length
  let nameStart = nameEnd
  while (nameEnd - nameStart < listedSettlementName.most && han.test(text.charAt(nameStart - 1)) && !isStopChar(text.charAt(nameStart - 1))) nameStart--
  // A name of one character after a stop character that opens Zhuang names (data/settlement-name-openers.txt) is that
  // character's too, whatever stands before it (在|那汤, 帮扶|那汤)
  if (nameEnd - nameStart === 1 && opensSettlementName(text.charAt(nameStart - 1))) nameStart--
  // The run may hold the clause's last word, which jieba reads across the name's start (其中|东方村, 通往|白杨坡组); not
  // its guess at characters it does not know (对石/x 门坎)
  const across = segmentAround(text, nameStart, nameEnd, 2).find((token) => token.start < nameStart && token.end > nameStart && token.tag !== 'x')
  if (across !== undefined && nameEnd - across.end >= listedSettlementName.least) nameStart = across.end
  return readsAsListedSettlement(scan, nameStart, nameEnd, level, placeWords) ? {start: nameStart, end} : undefined
}

/** The settlement of `level` listed right after `end` across a list mark (弄排屯、|伏台屯), if one reads so (`placeWords`: see `listedBefore`). */
function listedAfter(scan: Scan, end: number, level: string, placeWords = false): {start: number; end: number} | undefined {
  const {text} = scan
  if (!listMarks.has(text.charAt(end))) return undefined
  const nameStart = end + 1
  for (let nameEnd = nameStart + listedSettlementName.least; nameEnd <= nameStart + listedSettlementName.most; nameEnd++) {
    if (!han.test(text.charAt(nameEnd - 1))) return undefined
    if (text.startsWith(level, nameEnd)) return readsAsListedSettlement(scan, nameStart, nameEnd, level, placeWords) ? {start: nameStart, end: nameEnd + level.length} : undefined
  }
  return undefined
}

/** Whether `[start, end)`, before `level`, may name a settlement listed beside another (see `detectPlacesListedBeside`). */
function readsAsListedSettlement(scan: Scan, start: number, end: number, level: string, placeWords = false): boolean {
  const {text} = scan
  const name = text.slice(start, end)
  const plain = isPlaceNameText(name) || (name.length === 2 && opensSettlementName(name.charAt(0)) && isPlaceNameText(name.slice(1)))
  if (end - start < listedSettlementName.least || !plain || notHamletOpening.test(name.charAt(0))) return false
  if (scan.taken(start, end + level.length) || inFalseWord(text, end, end + level.length) || isGenericWord(name) || isVillageHonour(name)) return false
  if (isUsualWord(name) || isKnownWord(name + level) || namesWorkingGroup(text, start, end)) return false
  return !isKnownWord(name) || (placeWords && isPlaceWord(text, start, end))
}

let settlementNameOpeners: ReadonlySet<string> | undefined

/** Whether `char` is a stop character that opens a Zhuang settlement's name (data/settlement-name-openers.txt: 那汤屯). */
function opensSettlementName(char: string): boolean {
  settlementNameOpeners ??= new Set(readLexicon('settlement-name-openers.txt'))
  return settlementNameOpeners.has(char)
}

let hamletListedRefusals: ReadonlySet<string> | undefined
// jieba's tags of verbs and adjectives: what a working group does or is (调解/v 组, 攻坚/vn 组, 保洁/a 组)
const workTags = new Set(['v', 'vn', 'vd', 'a', 'ad', 'an'])

/**
 * Whether a name listed after a village's hamlet names a working group rather than a hamlet: its work or its members
 * (调解组, 巡逻组, 党员组, 技术组; data/hamlet-listed-refusals.txt and jieba's tags of verbs and adjectives).
 */
function namesWorkingGroup(text: string, start: number, end: number): boolean {
  hamletListedRefusals ??= new Set(readLexicon('hamlet-listed-refusals.txt'))
  return hamletListedRefusals.has(text.slice(start, end)) || segment(text, start, end).some((token) => workTags.has(token.tag))
}

/**
 * Residential estates (小区) named by a proper part and a word of data/estate-suffixes.txt (凤山花园, 锦绣华庭,
 * 刺桐雅居), where people live. Those words are ordinary ones too (美丽家园, 幸福家园, 幼儿园花园), so a name counts
 * where its proper part is no word of jieba's dictionaries, where a word that follows estates comes after it
 * (2号楼, 片区, 物业: data/place-cues.txt) there or where the document names it again, or beside such an estate
 * in a list (凤山花园、锦绣华庭、刺桐雅居).
 * jieba's tags are no help here: it reads 美丽 and 阳光 as names.
 */
function detectEstates(scan: Scan, estateParts: readonly EstatePartPlace[]): void {
  const {text} = scan
  estateSuffixes ??= readLexicon('estate-suffixes.txt')
  const candidates: {start: number; nameEnd: number; end: number; sure: boolean}[] = []
  for (const suffix of estateSuffixes) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + suffix.length)) {
      if (at < estateName.least || !han.test(text.charAt(at - 1)) || scan.taken(at - 1, at + suffix.length)) continue
      const tokens = segmentAround(text, at, at + suffix.length, estateName.most + 1)
      const start = estateNameStart(text, tokens, at)
      if (start === undefined || scan.taken(start, at) || inPlaceException(text, start, at + suffix.length)) continue
      const sure = !mayBeKnownWord(text, start, at) || estateCueAt(text, at + suffix.length)
      candidates.push({start, nameEnd: at, end: at + suffix.length, sure})
    }
  }
  candidates.sort((a, b) => a.start - b.start)
  // A name made sure once is an estate wherever it stands (刺桐雅居片区 … 在凤山花园、刺桐雅居出入口)
  const sureNames = new Set(candidates.filter((candidate) => candidate.sure).map((candidate) => text.slice(candidate.start, candidate.end)))
  const isSure = (candidate: {start: number; end: number}) => sureNames.has(text.slice(candidate.start, candidate.end))
  // An estate named before a part of it (翡翠湾小区) vouches for the estates listed with it (、紫荆花园): the list marks
  // after and before such estates, found once for all the candidates
  const marksAfterPart = new Set(estateParts.flatMap((place) => (text.charAt(place.end) === '、' ? [place.end] : [])))
  const marksBeforePart = new Set(estateParts.flatMap((place) => (text.charAt(place.start - 1) === '、' ? [place.start - 1] : [])))
  const listedWithEstatePart = (candidate: {start: number; end: number}) => marksAfterPart.has(candidate.start - 1) || marksBeforePart.has(candidate.end)
  candidates.forEach((candidate, index) => {
    if (!isSure(candidate) && !listedWithNeighbour(text, candidates, index, isSure) && !listedWithEstatePart(candidate)) return
    scan.add({
      type: 'PLACE',
      start: candidate.start,
      end: candidate.end,
      suffixLength: candidate.end - candidate.nameEnd,
      detector: 'places',
      rule: 'estate',
      confidence: 0.75,
      reason: `residential estate named before \`${text.slice(candidate.nameEnd, candidate.end)}\``
    })
  })
}

// What a list of estates closes with: 等, a count, a word that describes them (安置, 低洼, 老旧) and 小区 (等12个安置小区)
const estateListClosing = /等(?:[0-9０-９一二三四五六七八九十两]{1,3}个)?[\p{Script=Han}]{0,3}?小区/gu
const estateLevel = '小区'
// An estate listed: its name two to six characters, 小区 after it or not (翰林苑, 金域榕郡, 桂园小区)
const listedEstateName = {least: 2, most: 6}
// Marks that join the items of a list of estates (锦绣苑、桂园小区和滨江家园)
const estateListMarks = new Set([...'、和及与'])

// jieba's tags of words that describe estates, not name them (老旧/a, 低洼/a, 高档/b)
const estateDescriptionTags = new Set(['a', 'ad', 'an', 'b', 'd', 's', 'f', 'r', 'm'])

/**
 * Estates listed before a closing that says they are estates (锦绣苑、桂园小区和滨江家园等12个安置小区, 绿洲家园、翰林苑等低洼小区,
 * 在金山碧水、金域榕郡等小区): two items or more, none a word of jieba's dictionaries or a frequent one (城中村、棚户区等小区),
 * the name before an item's own 小区 no description nor generic word (老旧小区, 低洼小区); one name at least no usual word.
 */
function detectListedEstates(scan: Scan): void {
  const {text} = scan
  if (!text.includes('等')) return
  for (const closing of text.matchAll(estateListClosing)) {
    const items: {start: number; end: number; nameEnd: number}[] = []
    for (let itemEnd = closing.index; ; ) {
      const nameEnd = text.endsWith(estateLevel, itemEnd) ? itemEnd - estateLevel.length : itemEnd
      let itemStart = nameEnd
      while (nameEnd - itemStart < listedEstateName.most && han.test(text.charAt(itemStart - 1)) && !isStopChar(text.charAt(itemStart - 1))) itemStart--
      const marked = estateListMarks.has(text.charAt(itemStart - 1))
      // The first item starts after the words that open the clause (覆盖|了|锦绣苑, 在|金山碧水, 对|…)
      if (!marked) itemStart = firstItemStart(text, itemStart, nameEnd)
      if (nameEnd - itemStart < listedEstateName.least || nameEnd - itemStart > listedEstateName.most || !mayNameListedEstate(text, itemStart, nameEnd, nameEnd < itemEnd)) break
      items.push({start: itemStart, end: itemEnd, nameEnd})
      if (!marked) break
      itemEnd = itemStart - 1
    }
    if (items.length < 2 || items.every((item) => isUsualWord(text.slice(item.start, item.nameEnd)))) continue
    for (const item of items) {
      if (scan.taken(item.start, item.end)) continue
      scan.add({type: 'PLACE', start: item.start, end: item.end, suffixLength: item.end - item.nameEnd, detector: 'places', rule: 'estate-listed', confidence: 0.7, reason: `residential estate listed before \`${closing[0]}\``})
    }
  }
}

/** Whether `[start, end)` may name an estate of a list (see `detectListedEstates`); `levelled`: 小区 follows it. */
function mayNameListedEstate(text: string, start: number, end: number, levelled: boolean): boolean {
  const name = text.slice(start, end)
  if (!isPlaceNameText(name) || isGenericWord(name)) return false
  // Before its own 小区 a usual word names the estate (胜利小区), not a description (老旧/a, 低洼/a 小区)
  if (levelled) return segment(text, start, end).every((token) => !estateDescriptionTags.has(token.tag))
  return !isFrequentWord(name) && !isKnownWord(name)
}

/** Estates, grids and communities named right before a part of theirs (光明社区第3网格, 翡翠湾6栋: see `findEstatePartPlaces`). */
function detectEstatePartPlaces(scan: Scan, places: readonly EstatePartPlace[]): void {
  for (const place of places) {
    if (scan.taken(place.start, place.end) || inPlaceException(scan.text, place.start, place.end)) continue
    scan.add({
      type: 'PLACE',
      start: place.start,
      end: place.end,
      suffixLength: place.suffixLength,
      detector: 'places',
      rule: 'estate-part',
      confidence: 0.75,
      reason: `estate, grid or community named before \`${place.part}\``
    })
  }
}

/** Hamlets and villages named by a family and a landform (潘家沟组, 杨家湾大桥: see `findFamilySettlements`). */
function detectFamilySettlements(scan: Scan): void {
  for (const settlement of findFamilySettlements(scan.text, scan.taken)) {
    scan.add({
      type: 'PLACE',
      start: settlement.start,
      end: settlement.end,
      suffixLength: settlement.suffixLength,
      detector: 'places',
      rule: 'family-settlement',
      confidence: 0.7,
      reason: 'a settlement named by a family and a landform (a surname, 家 and 沟, 湾, 庄 …), before a level or what a settlement names'
    })
  }
}

/**
 * A short form read alone may be the front of a longer name that a road or a water reads better (湖墅|南路, 龙阳|大道
 * in 武汉; 蒲阳|河凤歧村段): its characters are free to that name, which takes the short forms that lie wholly inside
 * it. `taken` is the scan's test with those characters free; `addOver` adds the name in place of the short forms its
 * `[start, nameEnd)` holds, and adds nothing where one runs out of it or the name is taken all the same.
 */
interface ShortFormsFreed {
  taken: (start: number, end: number) => boolean
  addOver: (name: Detection, nameEnd: number) => void
}

function freeShortForms(scan: Scan): ShortFormsFreed {
  const {text} = scan
  const shortForms = scan.detections.filter((found) => found.rule.startsWith('short-form'))
  const inShortForm = new Uint8Array(shortForms.length > 0 ? text.length : 0)
  for (const found of shortForms) inShortForm.fill(1, found.start, found.end)
  const taken = (start: number, end: number): boolean => {
    if (shortForms.length === 0) return scan.taken(start, end)
    if (followsPlaceholder(text, start)) return true
    for (let at = start; at < end; at++) if (inShortForm[at] === 0 && scan.taken(at, at + 1)) return true
    return false
  }
  const addOver = (name: Detection, nameEnd: number): void => {
    const {start, end} = name
    const inside = shortForms.filter((found) => found.start < end && found.end > start)
    if (inside.some((found) => found.start < start || found.end > nameEnd) || taken(start, end)) return
    scan.drop(inside)
    scan.add(name)
  }
  return {taken, addOver}
}

/**
 * Whether a detection `bounds` picks (any, by default) or a placeholder ends right before `at`: a road's address, a
 * station's or a water's name may open there (瑞丽市|姐告边境派出所, 潮南区|练江, *县|解放路).
 */
function placeEndsAt(scan: Scan, bounds: (found: Detection) => boolean = () => true): (at: number) => boolean {
  const {text} = scan
  const placeEnds = new Set(scan.detections.flatMap((found) => (bounds(found) ? [found.end] : [])))
  return (at) => placeEnds.has(at) || followsPlaceholder(text, at)
}

/** Roads, streets and lanes with a proper name where something says a road is meant (see `findRoads`). */
function detectRoads(scan: Scan): void {
  const {text} = scan
  const freed = freeShortForms(scan)
  for (const road of findRoads(text, freed.taken, placeEndsAt(scan))) {
    if (inPlaceException(text, road.start, road.end)) continue
    const suffix = text.slice(road.nameEnd, road.end)
    // A community named by its road (长治路社区, 马市街社区) is one place: its road's suffix is of its name
    const community = roadCueAt('community', text, road.end)
    const detection: Detection = community !== undefined
      ? {...roadDetection(road, `community named by its road, before \`${suffix}${community}\``), end: road.end + community.length, suffixLength: community.length, rule: 'road-community'}
      : roadDetection(road, `road or street named before \`${suffix}\` (${road.evidence})`)
    freed.addOver(detection, road.nameEnd)
  }
}

function roadDetection(road: Road, reason: string): Detection {
  return {type: 'PLACE', start: road.start, end: road.end, suffixLength: road.end - road.nameEnd, detector: 'places', rule: 'road', confidence: 0.75, reason}
}

/** The places that units below the county are named after (城关派出所, 新农人民法庭: see `findStationPlaces`). */
function detectStationPlaces(scan: Scan): void {
  const {text} = scan
  // A town's short form too doubtful to mask (新农 under a county named: a word of jieba's) is sure before a station
  const doubtful = scan.detections.filter((found) => found.rule === 'short-form-town')
  const surePlaceEndsAt = placeEndsAt(scan, (found) => found.type === 'PLACE' && found.rule !== 'short-form-town')
  const inDoubtful = (start: number, end: number) => doubtful.some((found) => found.start <= start && found.end >= end)
  const taken = (start: number, end: number) => !inDoubtful(start, end) && scan.taken(start, end)
  for (const station of findStationPlaces(text, taken, surePlaceEndsAt)) {
    const read = doubtful.filter((found) => found.start < station.end && found.end > station.start)
    if (read.some((found) => found.start !== station.start || found.end !== station.end)) continue
    scan.drop(read)
    scan.add({
      type: 'PLACE',
      start: station.start,
      end: station.end,
      suffixLength: 0,
      detector: 'places',
      rule: 'station-place',
      confidence: 0.7,
      reason: `the place a unit is named after, before \`${station.kind}\` (after ${boundWords[station.bound]})`
    })
  }
}

/** Rivers, lakes and bays named after the land, where a word of a water's says one is meant (都柳江流域: see `findWaters`). */
function detectWaters(scan: Scan): void {
  const freed = freeShortForms(scan)
  const placeAt = (at: number) => scan.startingIn(at, at + 1)[0]
  for (const water of findWaters(scan.text, freed.taken, placeEndsAt(scan), placeAt)) {
    const detection: Detection = {
      type: 'PLACE',
      start: water.start,
      end: water.end,
      suffixLength: 0,
      detector: 'places',
      rule: 'water',
      confidence: 0.7,
      reason: `river, lake or bay named after the land (${water.evidence})`
    }
    // A short form inside the water's name (蒲阳 of 蒲阳河) is the water's, as a road's
    freed.addOver(detection, water.end)
  }
}

const boundWords = {place: 'a place found', parent: 'the body it belongs to', cell: "a cell's or clause's edge or a function character"} as const

/**
 * Where the proper part of an estate's name before `suffixStart` starts: jieba's word before the suffix, or its
 * last two words where the last is one character, as long as jieba cuts before the suffix and the part is two to
 * four Chinese characters that open with no stop character (在花园里 is no estate).
 */
function estateNameStart(text: string, tokens: readonly Token[], suffixStart: number): number | undefined {
  const start = lastNameWordsStart(tokens, suffixStart, () => true)
  if (start === undefined) return undefined
  const length = suffixStart - start
  if (length < estateName.least || length > estateName.most || isStopChar(text.charAt(start))) return undefined
  for (let at = start; at < suffixStart; at++) if (!han.test(text.charAt(at))) return undefined
  return start
}

/**
 * A village or community the document names (玉泉村, 西西社区) also by its bare name elsewhere (打造“玉泉”品牌),
 * where jieba reads that as a word of its own or a place cue is next to it (黄连社区 … 黄连旧村片区: 黄连 is a
 * herb to jieba).
 */
function detectVillageShortForms(scan: Scan): void {
  const cores = new Map<string, string>()
  for (const detection of scan.detections) {
    if (detection.rule !== 'gazetteer-village' || detection.end - detection.start - detection.suffixLength < 2) continue
    const name = scan.text.slice(detection.start, detection.end)
    cores.set(name.slice(0, name.length - detection.suffixLength), name)
  }
  for (const match of findNames(scan.text, cores)) {
    if (scan.taken(match.start, match.end)) continue
    if (!hasPlaceCue(scan.text, match.start, match.end) && !isNameWord(scan.text, match.start, match.end)) continue
    scan.add({
      type: 'PLACE',
      start: match.start,
      end: match.end,
      suffixLength: 0,
      detector: 'places',
      rule: 'short-form-village',
      confidence: 0.75,
      reason: `bare name of ${match.values[0] ?? 'a village'}, which the document names`
    })
  }
}

/**
 * Towns the document names, and every town of the counties it names, in code order. A county's towns come in code
 * order, and every code between a county's and its last town's is one of its towns, so taking the named codes in
 * order keeps the whole in order, and a town named as well as its county is the one just taken or earlier.
 */
function namedTowns(named: ReadonlySet<string>): string[] {
  const {townsOf} = loadGazetteer()
  const towns: string[] = []
  const add = (town: string) => {
    if (town > (towns.at(-1) ?? '')) towns.push(town)
  }
  for (const code of [...named].filter((code) => code.length === 9 || code.length === 6).sort()) {
    if (code.length === 9) add(code)
    else for (const town of townsOf(code)) add(town)
  }
  return towns
}

// What a function word after it joins to what follows: text, or the close of a bracket or quotation (各镇（街道）和县直部门).
const closingMarks = new Set(['）', ')', '”', '’', '》', '」', '』', '】'])

function closesText(char: string): boolean {
  return han.test(char) || closingMarks.has(char)
}

/**
 * The division a match names in full, if it does. A two-character name that opens with a function word
 * right after other text or a closing bracket or quotation is that word and a level (乡镇和县直部门, 和县长信箱,
 * “千县工程”和县域医共体: not 和县), and the names of
 * data/place-exceptions.txt are generic terms (小城镇建设). `afterDivision`: a division's full name ends where
 * the match starts, so the level character before it ends that name (米林市|南伊珞巴民族乡, though jieba reads 市南).
 */
function fullName(text: string, match: TrieMatch<number>, afterDivision: boolean): Division | undefined {
  if (match.end - match.start === 2 && isStopChar(text.charAt(match.start)) && closesText(text.charAt(match.start - 1))) return undefined
  if (inPlaceException(text, match.start, match.end)) return undefined
  let former: Division | undefined
  let current: Division | undefined
  for (const {division, form} of loadGazetteer().namesOf(match)) {
    if (form !== 'full') continue
    if (!division.former) current ??= division
    else former ??= division
  }
  const division = current ?? former
  if (!division || (division.level >= 3 && gluedToWord(text, match))) return undefined
  // A city's name of two characters (its customary 呼市, 乌市) starts a word where jieba cuts (纳入|呼市, not
  // 欢|呼市|民 or 何首乌|市场); counties' and towns' are read by gluedToWord and runsIntoWord
  if (division.level <= 2 && match.end - match.start === 2 && !startsWord(text, match.start, match.end)) return undefined
  return division.level === 4 && (runsIntoWord(text, match) || (!afterDivision && gluedToStopChar(text, match))) ? undefined : division
}

/**
 * Whether a county's or city's full name opens with an everyday word that jieba reads as such here, and reads its
 * level into a word too: 会同县法院 (会同县/n), 振兴区域 (振兴/v 区域), 合作市场 (合作/vn 市场主体). A name whose
 * short form jieba reads as a name (江安/ns) or a rare word is not one, nor one whose level stands as a name
 * (嘉定区/ns, 恩施州/nr) or as a level (东方|市, 资源|县).
 */
function readsAsEverydayWord(text: string, match: TrieMatch<number>, division: Division): boolean {
  if (division.level === 4 || division.former) return false
  const shortEnd = match.end - division.suffixLength
  return shortEnd - match.start === 2 && isUsualWord(text.slice(match.start, shortEnd)) && !isNameWord(text, match.start, shortEnd) && levelReadsAsWord(text, match.start, match.end)
}

/**
 * A division whose name is also a generic term (data/place-exceptions.txt: 新城镇, 中心镇, 新城区) where the document
 * names in full the county or city it belongs to: a report on 襄汾县 that says 在新城镇建成零工市场 means its town.
 */
function genericNameUnderNamedParent(text: string, match: TrieMatch<number>, named: ReadonlySet<string>): Division | undefined {
  if (!isPlaceExceptionName(text.slice(match.start, match.end))) return undefined
  const division = loadGazetteer()
    .namesOf(match)
    .find(({division, form}) => form === 'full' && !division.former && named.has(parentCode(division)))?.division
  return division && !gluedToWord(text, match) ? division : undefined
}

/**
 * Whether a town name follows a stop character that jieba reads into a dictionary word with the town's first
 * character (部分乡镇 is 部分 and 乡镇, not the town 分乡镇). A stop character (部 of 组织部, 在, 和) usually
 * ends what stands before a name, so `gluedToWord` takes it as a boundary without asking; a town's name is
 * short and often a word's tail, so here jieba is asked, but only its dictionary counts: 到州城镇 gives the
 * unknown word 到州/x, a guess of its hidden Markov model.
 */
function gluedToStopChar(text: string, match: TrieMatch<unknown>): boolean {
  // Most pairs are in no dictionary (在朱, 和江): jieba's dictionaries say so without a jieba call.
  if (!isStopChar(text.charAt(match.start - 1)) || !mayBeKnownWord(text, match.start - 1, match.start + 1)) return false
  return segmentAround(text, match.start - 1, match.end, 3).some((token) => token.start === match.start - 1 && token.end === match.start + 1 && token.tag !== 'x')
}

/**
 * Whether a town's level runs into a word after it that jieba reads on (发展乡村旅游 is 发展 and 乡村, not the
 * town 发展乡): only where the level starts a word of data/suffix-false-words.txt, since most names are
 * followed by other text (乔甸镇河边村) and need no jieba call.
 */
function runsIntoWord(text: string, match: TrieMatch<unknown>): boolean {
  const joined = joinedOverBreak(text, match.start, match.end)
  if (joined) return runsIntoWord(joined.text, {...match, start: match.start - joined.shift, end: match.end - joined.shift})
  return inFalseWord(text, match.end - 1, match.end) && !segmentAround(text, match.start, match.end, 4).some((token) => token.end === match.end)
}

// How much text on either side of a line break right after a level is read to see whether the level runs on.
const wrapContext = 8

/**
 * The surroundings of `[start, end)` with the line break right after it taken out, where a PDF's line ends there
 * before more Han text (对发展乡⏎村特色产业: the word the level opens runs on over the break), and how far the
 * surroundings start into `text`; undefined where no such break follows.
 */
function joinedOverBreak(text: string, start: number, end: number): {text: string; shift: number} | undefined {
  const resume = lineWrapEnd(text, end)
  if (resume === undefined || !han.test(text.charAt(resume))) return undefined
  const shift = Math.max(0, start - wrapContext)
  return {text: text.slice(shift, end) + text.slice(resume, resume + wrapContext), shift}
}

/** Whether the level `[start, end)` of a place's name is part of a word of data/suffix-false-words.txt (乡村, 镇村), a PDF's line break after it or not. */
function levelInFalseWord(text: string, start: number, end: number): boolean {
  const joined = joinedOverBreak(text, start, end)
  return joined ? inFalseWord(joined.text, start - joined.shift, end - joined.shift) : inFalseWord(text, start, end)
}

/**
 * Whether a name glued to the character before it is the tail of a word (文明村镇 is not 明村镇, 黄河北岸 is
 * not 河北): after a character that cannot end a name run-in (省市县区镇乡村, 在, 和, 局 …) or a word that comes
 * before places (赴, 来自: jieba reads 赴阳 in 赴阳东区) it is not, and otherwise jieba has the last word.
 */
function gluedToWord(text: string, match: TrieMatch<unknown>): boolean {
  const before = text.charAt(match.start - 1)
  return han.test(before) && !isStopChar(before) && !followsPlaceCue(text, match.start) && !startsWord(text, match.start, match.end)
}

function fullNameDetection(match: TrieMatch<unknown>, division: Division): Detection {
  const level = levelNames[division.level]
  return {
    type: 'PLACE',
    start: match.start,
    end: match.end,
    suffixLength: division.suffixLength,
    detector: 'places',
    rule: division.former ? 'gazetteer-former' : `gazetteer-${level}`,
    confidence: division.former ? 0.9 : 0.95,
    reason: division.former ? `former ${level} name in the division tables (gb2260)` : `${level} in the division gazetteer`
  }
}

/** A short form found on `ground`, no surer than what vouches for it is worth (`worth`, 1 by default). */
function shortFormDetection(match: TrieMatch<unknown>, division: Division, ground: Ground, worth = 1): Detection {
  const {confidence, reason} = shortFormGrounds[ground]
  return {
    type: 'PLACE',
    start: match.start,
    end: match.end,
    suffixLength: 0,
    detector: 'places',
    rule: `short-form-${ground}`,
    confidence: Math.min(confidence, worth),
    reason: `${reason} (${division.name})`
  }
}

/**
 * Whether the level or suffix of a place stands at `at`: one of two characters or more as written (社区, 街道: also
 * in 社区服务中心), one of one character where jieba reads it as a word (合肥|路, not 合肥|街头, 石家庄|乡亲).
 */
function levelWordAt(text: string, at: number): boolean {
  if (longLevels.some((level) => text.startsWith(level, at))) return true
  if (!oneCharacterLevels.has(text.charAt(at))) return false
  return segmentAround(text, at, at + 1, 0, 3).find((token) => token.start === at)?.word.length === 1
}

const longLevels = ['社区', '街道', '大道', '小区', '苏木', '嘎查']
const oneCharacterLevels = new Set([...'村镇乡街路巷屯组'])

/** The divisions `match` is a short form of; a full name refused as one (欢|呼市|民) is no short form either. */
function shortFormsOf(match: TrieMatch<number>): Division[] {
  // A loop: `flatMap` took most of `groundShortForm`'s time.
  const divisions: Division[] = []
  for (const {division, form} of loadGazetteer().namesOf(match)) if (form !== 'full') divisions.push(division)
  return divisions
}

/** Why a province, city or county short form is a place here, if it is: see `shortFormGrounds`. */
function groundShortForm(text: string, match: TrieMatch<number>, named: ReadonlySet<string>, namedAbove: ReadonlySet<string>): {division: Division; ground: Ground} | undefined {
  if (inPlaceException(text, match.start, match.end)) return undefined
  const divisions = shortFormsOf(match)
  const province = divisions.find((division) => division.level === 1)
  if (province && !gluedToWord(text, match)) return {division: province, ground: 'province'}
  const fullyNamed = divisions.find((division) => named.has(division.code))
  if (fullyNamed) return {division: fullyNamed, ground: 'named'}
  const underNamed = divisions.find((division) => named.has(parentCode(division)))
  const aboveNamed = underNamed ? undefined : divisions.find((division) => namedAbove.has(division.code))
  const cued = !underNamed && !aboveNamed && hasPlaceCue(text, match.start, match.end)
  if (!underNamed && !aboveNamed && !cued) {
    const counted = countedDivision(text, match, divisions)
    if (counted && standsAsWords(text, match.start, match.end)) return {division: counted, ground: 'counted'}
    // A city the report names only by its short form (在成都、重庆举办推介会, 毕业于延安大学) still locates it; a
    // city's short form is rarely an ordinary word, and jieba decides: a word of its own (在石家庄召开; jieba tags
    // 石家庄/nr, 合肥/n, 大连/d), or for the few that are words of prose (data/city-short-form-words.txt: 大同,
    // 开封) its place tag (成都/ns, not 大同小异) or an organisation it knows that opens with the name (延安大学/nt).
    const city = divisions.find((division) => division.level === 2)
    if (!city) return undefined
    // Before a level jieba reads as a word it names a place of its own (金华|社区, 合肥|路), which the rules for those
    // read; not before a word that opens with a level's character (合肥|街头, 石家庄|乡亲)
    const standsAsCity = isCityWordOfProse(text.slice(match.start, match.end))
      ? isPlaceWord(text, match.start, match.end)
      : standsAsOneWord(text, match.start, match.end) && !levelWordAt(text, match.end)
    return standsAsCity || opensOrganisationWord(text, match.start, match.end) ? {division: city, ground: 'city'} : undefined
  }
  // A city over a county the document names is that city wherever it stands as a word, whatever jieba tags it
  // (遵义/v in 遵义兰馨茶业有限公司); a county's short form is often an ordinary word, so jieba must read a name there,
  // or, under the city the document names, a word too rare to be one of prose (化州/n 10, beside 高州/ns; not 会同).
  // Right before the full name of a division under it, a short form opens the address (循化/vn 查汗都斯乡) whatever
  // jieba makes of it.
  const standsAsName =
    aboveNamed?.level === 2
      ? standsAsWords(text, match.start, match.end)
      : isNameWord(text, match.start, match.end) ||
        (underNamed !== undefined && match.end - match.start === 2 && !isUsualWord(text.slice(match.start, match.end)) && standsAsWords(text, match.start, match.end)) ||
        (aboveNamed !== undefined && opensAddress(text, match.end, aboveNamed))
  if (!standsAsName) return undefined
  if (underNamed) return {division: underNamed, ground: 'parent'}
  if (aboveNamed) return {division: aboveNamed, ground: 'child'}
  const first = divisions[0]
  return first ? {division: first, ground: 'cue'} : undefined
}

// The levels a count closes a list of cities and counties with (沭阳、泗洪两县, 珲春、图们两市, 和平、河西等区).
const countedDivisionLevels = new Set([...'市县区旗'])

/**
 * The division among `divisions` a list that goes on after `match` counts (沭阳|、泗洪两县): items of up to four
 * characters after 、, then 等 or a count (两, 3个) and a level, or two for a list of divisions of two kinds (阿荣、扎兰屯等旗市:
 * 阿荣旗 and 扎兰屯市); the division is the one whose full name is its short form and one of those levels (沭阳县), so
 * a list of other things (沪深两市 names no 沪市) counts none.
 */
function countedDivision(text: string, match: TrieMatch<number>, divisions: readonly Division[]): Division | undefined {
  let end = match.end
  // One name counted as two (泗洪两县) is no list; 泗洪等县 and the last item of a list are
  const listedAfter = text.charAt(match.start - 1) === '、'
  if (!listedAfter && text.charAt(end) !== '、' && !text.startsWith('等', end)) return undefined
  const others: string[] = []
  while (text.charAt(end) === '、') {
    end++
    const itemStart = end
    while (end < itemStart + maxListItem && han.test(text.charAt(end)) && text.charAt(end) !== '、' && countedLevelsAt(text, end) === undefined) end++
    if (end - itemStart < 2) return undefined
    others.push(text.slice(itemStart, end))
  }
  const levels = countedLevelsAt(text, end)
  if (levels === undefined) return undefined
  // The other items are divisions of those levels too (沭阳、泗洪两县), not things of a kind (和平、发展两区: 发展区 is
  // no division); the item before, whose start nothing marks, is one where the characters before the 、 end one.
  const isDivisionOfLevel = (name: string) => [...levels].some((level) => isDivisionName(name + level))
  if (!others.every(isDivisionOfLevel)) return undefined
  const before = match.start - 1
  if (listedAfter && ![2, 3, 4].some((length) => length <= before && isDivisionOfLevel(text.slice(before - length, before)))) return undefined
  return divisions.find((division) => division.level > 1 && [...levels].some((level) => division.name === `${division.shortForm ?? ''}${level}`))
}

/** Whether `name` is the full name of a division below the province (泗洪县, 珲春市; not 发展区). */
function isDivisionName(name: string): boolean {
  const gazetteer = loadGazetteer()
  const match = longestAt(gazetteer.names, name, 0)
  return match?.end === name.length && gazetteer.namesOf(match).some((value) => value.form === 'full' && value.division.level > 1)
}

/**
 * The level of a list's closing at `at` (等县, 两市, 3个区), or the two of a list of two kinds (等旗市, 等县区), or
 * undefined where none closes there or the levels open a word.
 */
function countedLevelsAt(text: string, at: number): string | undefined {
  let closing = listClosingAt(text, at)
  if (closing === 0) while (closing < maxCountLength && countNumerals.has(text.charCodeAt(at + closing))) closing++
  const levelStart = at + closing
  if (closing === 0 || !countedDivisionLevels.has(text.charAt(levelStart))) return undefined
  const second = text.charAt(levelStart + 1)
  const twoLevels = countedDivisionLevels.has(second) && second !== text.charAt(levelStart)
  // The levels are a word of their own, not the start of one (城东、城西等区域, 永安、太平等市场, 东风、胜利两区块)
  const levelWord = segmentAround(text, levelStart, levelStart + (twoLevels ? 2 : 1), 2).find((token) => token.end > levelStart)
  if (twoLevels && levelWord?.end === levelStart + 2) return text.slice(levelStart, levelStart + 2)
  return levelWord?.end === levelStart + 1 || levelWord?.tag === 'x' ? text.charAt(levelStart) : undefined
}

/** Whether the full name of a division under `division` starts at `at` (查汗都斯乡 after 循化). */
function opensAddress(text: string, at: number, division: Division): boolean {
  const gazetteer = loadGazetteer()
  const next = longestAt(gazetteer.names, text, at)
  return next !== undefined && gazetteer.namesOf(next).some((name) => name.form === 'full' && name.division.code.length > division.code.length && name.division.code.startsWith(division.code))
}

/**
 * The codes of the divisions above those the document names (51 and 5115 for 511523, 江安县): a short form of one
 * names a division under which the document names another (宜宾 in a report on 江安县). Made once for all the short
 * forms of a document, rather than a pass over the codes it names for each.
 */
function divisionsAbove(named: ReadonlySet<string>): Set<string> {
  const above = new Set<string>()
  for (const code of named) for (const parent of codesAbove(code)) above.add(parent)
  return above
}

/** The codes of the divisions above the one of `code`, by `parentCode` (410482100 → 410482, 4104, 41). */
function codesAbove(code: string): string[] {
  const above: string[] = []
  // each parent's code is shorter than its child's, so the chain ends at the province
  for (let parent = parentOfCode(code); parent.length >= provinceCodeLength; parent = parentOfCode(parent)) above.push(parent)
  return above
}

// How many digits a province's code holds, the top of the chain of parents.
const provinceCodeLength = 2

/**
 * What the surest division `named` under each division is worth, by the code of the division above (51 and 5115
 * for 511523 named in full: 1): a child's short form vouches for no more than that. Made once for a document, not
 * a pass over the codes named for each short form.
 */
function worthOfSurestUnder(named: ReadonlySet<string>, worthOf: (code: string) => number): Map<string, number> {
  const worth = new Map<string, number>()
  for (const code of named) for (const above of codesAbove(code)) worth.set(above, Math.max(worthOf(code), worth.get(above) ?? 0))
  return worth
}

/** The code of the division above: town 410482100 → county 410482, county 410482 → city 4104, city 4104 → province 41. */
function parentCode(division: Division): string {
  return parentOfCode(division.code)
}

/** `parentCode` of a division's code. */
function parentOfCode(code: string): string {
  return code.slice(0, code.length > 6 ? 6 : code.length - 2)
}

/**
 * Whether the village name `match` is two or three characters with no level (村, 社区 …) that jieba knows as a word;
 * longer names without a level are names of their own (都兰嘎查).
 */
function isWordWithoutLevel(text: string, match: TrieMatch<LocalName>): boolean {
  const name = text.slice(match.start, match.end)
  return name.length <= 3 && suffixRuleLength(name, 'PLACE') === 0 && isKnownWord(name)
}

function villageDetection(text: string, match: TrieMatch<LocalName>): Detection {
  // A line wrap inside the level (较场口社⏎区) stays with it
  const name = text.slice(match.start, match.end)
  const level = suffixRuleLength(name.replace(/\s/gu, ''), 'PLACE')
  let suffixLength = 0
  for (let kept = 0; kept < level; suffixLength++) if (!/\s/u.test(name.charAt(name.length - 1 - suffixLength))) kept++
  return {
    type: 'PLACE',
    start: match.start,
    end: match.end,
    suffixLength,
    detector: 'places',
    rule: 'gazetteer-village',
    confidence: 0.9,
    reason: 'village or community under a town or county the document names'
  }
}

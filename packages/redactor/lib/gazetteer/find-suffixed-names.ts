import {inClass} from '@gongwen/parser'
import {isFrequentWord} from '../jieba-dictionary.js'
import {measureWordAt} from '../measure-words.js'
import {personNounEndings} from '../person-noun-endings.js'
import {readLexicon} from '../read-lexicon.js'
import {segment, segmentAround, segmentBefore, type Token} from '../segment.js'
import {divisionSuffixes} from './short-form.js'
import {createTrie, insertName, longestAt, rescanTrie, scanTrie, type Trie, type TrieMatch} from './trie.js'

/** A line of data/unit-suffixes.txt. */
export interface SuffixRule {
  suffix: string
  type: 'PLACE' | 'ORG'
  /** Trailing characters that are the generic part a `star` mask keeps. */
  generic: number
  /**
   * Whether common words alone can name such a unit (竹韵食品有限公司: brand and trade); cooperatives, farms,
   * parks and schools named by common words are described, not named (锥栗专业合作社, 党员先锋志愿服务队).
   */
  brand: boolean
  /**
   * Whether the suffix is a company's legal form (有限公司), which only registered names carry: after a generic
   * trade, one common word names such a company (天源物流有限公司), where it would be the trade or a kind
   * otherwise (食品有限公司, 外资有限公司) and two are needed (竹韵食品有限公司).
   */
  legal: boolean
  /**
   * Whether the suffix names a unit only after a quoted name (“竹里人家”民宿): read back over plain words it is
   * a trade (发展民宿), so only quoted names and nothing else use it.
   */
  quotedOnly: boolean
  /**
   * Whether only a quoted name that identifies names such a thing (“橘乡健康”平台, but “智慧医疗”平台 is a kind of
   * platform): quoted programme labels stand before it as often as names do.
   */
  quotedProper: boolean
  /**
   * Whether the words before the suffix say what the unit produces or holds (生猪养殖场, 蔬菜专业合作社): a word
   * alone there describes such a unit wherever it stands, even after a verb whose object is a unit.
   */
  product: boolean
  /**
   * Whether the suffix is a kind of association (协会, 基金会, 救援队, 社会工作服务中心): the words before it as often say
   * whom the body gathers or what it serves as name it (lib/detect/units/association-names.ts).
   */
  association: boolean
}

/** A proper name before a unit suffix: `[start, nameEnd)` is the name, `[nameEnd, end)` the suffix. */
export interface SuffixedName {
  start: number
  nameEnd: number
  end: number
  rule: SuffixRule
  /** The jieba words of the name (the last may run into the suffix: 温泉镇). */
  words: Token[]
  /** Whether the name was read back over a place and starts after it (指导广元|春风旅行社): common words name there. */
  afterPlace?: boolean
}

interface SuffixLexicon {
  suffixes: Trie<SuffixRule>
  /** data/suffix-false-words.txt: 乡村, 村民, 城镇 … */
  falseWords: Trie<string>
  /** The longest of them, to know how far back one could start. */
  falseWordLength: number
  stopChars: Set<string>
  /** data/unit-glued-openers.txt: 系, 如, 原, 方, which jieba glues to a brand it does not know (系鑫源/x). */
  gluedOpeners: Set<string>
  /** Length of the longest generic word, so 中西医结合 is taken before 中医 could be. */
  genericLongest: number
  /** The same words in a trie and a set: the longest at either end is a few lookups, not a pass over the list. */
  genericTrie: Trie<string>
  genericSet: Set<string>
  /** The suffixes of ORG rules that are not quoted-only, and each type's first rule by suffix: a name's ending is a few lookups. */
  unitSuffixes: Set<string>
  firstRules: Record<SuffixRule['type'], Map<string, SuffixRule>>
  /** Length of the longest suffix. */
  suffixLongest: number
  /** The suffixes of kinds of association, the longest first: 社会工作服务中心 before 服务中心 would be read. */
  associationKinds: readonly string[]
}

let lexicon: SuffixLexicon | undefined

function loadSuffixLexicon(): SuffixLexicon {
  if (lexicon) return lexicon
  const rules: SuffixRule[] = []
  const lines = readLexicon('unit-suffixes.txt')
  const suffixes = createTrie<SuffixRule>(false, lines.join('').length)
  for (const line of lines) {
    const [suffix, type, generic, naming, kind] = line.split('\t')
    if (!suffix || (type !== 'PLACE' && type !== 'ORG')) continue
    const legal = naming === 'legal'
    const quotedProper = naming === 'quoted-proper'
    const rule = {
      suffix,
      type,
      generic: Number(generic),
      brand: legal || naming === 'brand',
      legal,
      quotedOnly: quotedProper || naming === 'quoted',
      quotedProper,
      product: naming === 'product',
      association: kind === 'association'
    } as const
    rules.push(rule)
    insertName(suffixes, suffix, rule)
  }
  const genericWords = readLexicon('name-generic-words.txt')
  const falseWordList = readLexicon('suffix-false-words.txt')
  const falseWords = createTrie<string>(false, falseWordList.join('').length)
  let falseWordLength = 0
  for (const word of falseWordList) {
    insertName(falseWords, word, word)
    falseWordLength = Math.max(falseWordLength, word.length)
  }
  const genericTrie = createTrie<string>(false, genericWords.join('').length)
  for (const word of genericWords) insertName(genericTrie, word, word)
  const firstRules = {PLACE: new Map<string, SuffixRule>(), ORG: new Map<string, SuffixRule>()}
  for (const rule of rules) if (!firstRules[rule.type].has(rule.suffix)) firstRules[rule.type].set(rule.suffix, rule)
  lexicon = {
    suffixes,
    falseWords,
    falseWordLength,
    stopChars: new Set(readLexicon('name-stop-chars.txt')),
    gluedOpeners: new Set(readLexicon('unit-glued-openers.txt')),
    genericLongest: Math.max(0, ...genericWords.map((word) => word.length)),
    genericTrie,
    genericSet: new Set(genericWords),
    unitSuffixes: new Set(rules.flatMap((rule) => (rule.type === 'ORG' && !rule.quotedOnly ? [rule.suffix] : []))),
    firstRules,
    suffixLongest: Math.max(0, ...rules.map((rule) => rule.suffix.length)),
    associationKinds: rules.flatMap((rule) => (rule.association ? [rule.suffix] : [])).sort((a, b) => b.length - a.length)
  }
  return lexicon
}

/** The kind of association (data/unit-suffixes.txt, marked `association`) that ends right before `end`, if one does. */
export function associationKindBefore(text: string, end: number): string | undefined {
  return loadSuffixLexicon().associationKinds.find((kind) => text.startsWith(kind, end - kind.length))
}

// Longest proper part read before a suffix: village names are short, company names long.
const maxNameLength = {PLACE: 6, ORG: 12} as const
// Context jieba reads after a suffix: enough to tell whether the suffix ends a word (小学 in 小学教师 does not).
// A window costs jieba about a microsecond a character; on the corpus (270 variants) four decides exactly what
// the name's own reach (14) did.
const suffixContext = 4
// jieba tags under which a word can be (part of) a name: ns place, nr person, nz proper noun, nt organisation,
// j abbreviation, x unknown; unit names also take common nouns and verbal nouns (金瑞建设, 农业科技).
const placeNameTags = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'x'])
// What jieba tags the lone characters of a name it could not read (禾/n 木/n, 垇/x), not function words (着/uz, 往/zg)
const loneNameTags = new Set(['n', 'ns', 'nr', 'ng', 'x'])
const unitWordTags = new Set([...placeNameTags, 'n', 'ng', 'vn', 'an', 'm', 'mq'])
// Words that open no unit name: 建设汝瓷产业园 is the building of 汝瓷产业园, 三个合作社 counts them.
const notOpeningTags = new Set(['vn', 'm', 'mq'])
// Nor does a lone adjective or adverb (新/培育/农民专业合作社: newly fostered cooperatives).
const modifierTags = new Set(['a', 'd'])
// Tags under which jieba returns characters it glued together without knowing them (x; nz in unit names).
const gluedTags = new Set(['x', 'nz'])
/** A run of Han characters: names, trades and brands hold nothing else. */
export const han = /^\p{Script=Han}+$/u

/**
 * Names no gazetteer has, found by their ending (data/unit-suffixes.txt): 杨垇小学, 沙湾村, 金瑞建设有限公司.
 * Only suffix occurrences of the given type that `skip` leaves are looked at, and only those get a jieba
 * segmentation of a short window, which decides where the name starts and rejects what is no name
 * (城镇, 乡村, 全村: the suffix is inside a word or the word before is a determiner or verb).
 */
export function findSuffixedNames(text: string, type: SuffixRule['type'], skip: (start: number, end: number) => boolean): SuffixedName[] {
  const {stopChars} = loadSuffixLexicon()
  const found: SuffixedName[] = []
  for (const match of suffixesOfType(text, type)) {
    const rule = match.values[0]
    const before = text[match.start - 1]
    if (!rule || before === undefined || !han.test(before) || (stopChars.has(before) && !readsOnBefore(before, rule)) || skip(match.start, match.end)) continue
    if (inFalseWord(text, match.start, match.end) || !mayEndName(text, match.start, type)) continue
    const words = nameWords(text, match.start, match.end, rule, stopChars)
    const start = words?.[0]?.start ?? match.start
    const name = text.slice(start, match.start)
    // A name read back over the one before (杨垇小学小学) would overlap it: the first stands.
    const overlaps = start < (found.at(-1)?.end ?? 0)
    if (words && !overlaps && name.length >= 2 && han.test(name) && genericPrefixLength(name) < name.length && !(type === 'ORG' && endsWithCount(name))) {
      // An institute's name (规划设计院) before a legal form is its kind: only a proper word names the company
      const hosted = rule.legal && legalFormHosts.has(before)
      found.push({start, nameEnd: match.start, end: match.end, rule: hosted ? {...rule, brand: false} : rule, words})
    }
  }
  return found
}

/**
 * Whether `name` ends with a count (顺风两家 of 由通达、顺风两家公司承运, 三所): the suffix after it is the kind of
 * the units counted, which the words before the count name (see detect-listed-units.ts), not one unit's name.
 */
function endsWithCount(name: string): boolean {
  for (let end = name.length - 1; end > 0; end--) {
    const measure = measureWordAt(name, end)
    if (measure?.wordClass === 'count' && end + measure.word.length === name.length) return chineseNumeral.test(name.charAt(end - 1))
  }
  return false
}

// Numerals of a count of units; 百, 千 and 万 open brands (万家, 百家) as often.
const chineseNumeral = /[一二两三四五六七八九十]/u

/**
 * Whether some stretch of Han text ending at `nameEnd`, 2 to `maxNameLength + 2` characters long (the reach of
 * `nameWords`' window), is more than generic words: else no name `nameWords` could read passes the checks
 * after it, and its jieba call is saved (*科技/有限公司, 19家/旅行社, *实验/学校).
 */
function mayEndName(text: string, nameEnd: number, type: SuffixRule['type']): boolean {
  const floor = Math.max(0, nameEnd - maxNameLength[type] - 2)
  for (let from = nameEnd - 2; from >= floor; from--) {
    const code = text.charCodeAt(from)
    // Past a character that is not Han (a surrogate may be half of one), every longer stretch holds it too
    if ((code < 0xd800 || code > 0xdfff) && !han.test(text.charAt(from))) return false
    const name = text.slice(from, nameEnd)
    if (han.test(name) && genericPrefixLength(name) < name.length) return true
  }
  return false
}

/**
 * jieba's words around the unit suffix `[start, end)` in the window the name before it is first read in (see
 * `nameWords`): a rule that reads the same suffix again finds them in the segmentation cache.
 */
export function wordsAroundUnitSuffix(text: string, start: number, end: number): Token[] {
  return segmentAround(text, start, end, asciiMargin(text, start, maxNameLength.ORG + 2), suffixContext)
}

let lastUnitSuffixes: {text: string; matches: readonly TrieMatch<SuffixRule>[]} | undefined

/**
 * Every unit suffix in `text` (rules of type ORG, not quoted-only), leftmost-longest, whatever precedes it. Four
 * unit rules ask for them in the same text one after the other, so the last text's are kept.
 */
export function unitSuffixesIn(text: string): readonly TrieMatch<SuffixRule>[] {
  if (lastUnitSuffixes?.text !== text) lastUnitSuffixes = {text, matches: suffixesOfType(text, 'ORG')}
  return lastUnitSuffixes.matches
}

/** Every suffix of rules of `type` in `text` but the quoted-only ones, leftmost-longest, whatever precedes it. */
function suffixesOfType(text: string, type: SuffixRule['type']): TrieMatch<SuffixRule>[] {
  const accept = (candidate: TrieMatch<SuffixRule>): boolean => candidate.values[0]?.type === type && !candidate.values[0].quotedOnly
  return rescanTrie(loadSuffixLexicon().suffixes, text, suffixesIn(text), accept)
}

let lastScan: {text: string; matches: TrieMatch<SuffixRule>[]} | undefined

/**
 * Every suffix in `text`, of either type. Places and units each ask for theirs in the same text, one after
 * the other, so the last text's scan is kept and each type is picked from it by `rescanTrie`.
 */
function suffixesIn(text: string): TrieMatch<SuffixRule>[] {
  if (lastScan?.text !== text) lastScan = {text, matches: scanTrie(loadSuffixLexicon().suffixes, text)}
  return lastScan.matches
}

/**
 * Whether the suffix `[start, end)` runs into a word of data/suffix-false-words.txt (乡村, 村民, 城镇 …) that
 * reaches beyond it; one the suffix holds whole (村民 in 村民委员会) is no objection. With `backOnly`, only a word
 * that reaches back before the suffix objects (乡村, 嘎查村), not one that runs on from it (村两委, 村党支部).
 */
export function inFalseWord(text: string, start: number, end: number, backOnly = false): boolean {
  const {falseWords, falseWordLength} = loadSuffixLexicon()
  for (let from = Math.max(0, start - falseWordLength + 1); from <= start; from++) {
    const word = longestAt(falseWords, text, from)
    if (word && word.end > start && (word.start < start || (!backOnly && word.end > end))) return true
  }
  return false
}

/**
 * The jieba words of the name before the suffix `[start, end)`, read backwards. A word that holds both name
 * and suffix is a place name only when jieba tags it as one (温泉镇/nr, but 农村/n, 全村/n); in a unit name it
 * may be a common word (实验学校, 制品厂) and the name reads on before it. A long suffix (村民委员会) jieba may
 * split into the name (张庄村/民/委员会), and a unit word may run on past a suffix (小学教师), so then the
 * name is segmented on its own.
 */
function nameWords(text: string, start: number, end: number, rule: SuffixRule, stopChars: ReadonlySet<string>): Token[] | undefined {
  const {type} = rule
  const margin = asciiMargin(text, start, maxNameLength[type] + 2)
  const around = segmentAround(text, start, end, margin, suffixContext)
  let tokens = around
  const last = tokens.find((token) => token.end === end)
  const name: Token[] = []
  let index: number
  // jieba's hidden Markov model glues characters it does not know across a place's level (通格朗/村的/x): the level
  // ends the name all the same, and the name is read on its own, but not over lone function characters (踩/着/霜/往村/x)
  const glued = type === 'PLACE' && tokens.some((token) => token.tag === 'x' && token.start < end && token.end > start && (token.start < start || token.end > end))
  if (glued) {
    tokens = segmentBefore(text, start, margin)
    index = tokens.findIndex((token) => token.end === start)
  } else if (last && last.start < start) {
    // An organisation's name jieba joined to the suffix by one character reads on before it to a lone character
    // that is no verb (运/民医院/nt, but 去/中医院); other names that hold the suffix are whole (中小学/j of 初中小学)
    if (placeNameTags.has(last.tag) && (type === 'PLACE' || !opensOrganisation(last, start, tokens[tokens.indexOf(last) - 1]))) {
      return type === 'ORG' && isKnownKind(text, last, start) ? undefined : [last]
    }
    // A unit word that holds the suffix is part of the name (博雅/实验学校, 恒/昌/竹木/制品厂), read on from it
    if (type === 'PLACE' || !unitWordTags.has(last.tag)) return undefined
    name.push(last)
    index = tokens.indexOf(last) - 1
  } else {
    // Where jieba joined the suffix's end to the words after it (驾/校党委), characters it glued without knowing
    // them over the suffix's start (市森德驾/x) end where the suffix starts
    const gluedOver = (token: Token) => !last && token.tag === 'x' && token.start < start && token.end > start
    const startsWord = tokens.some((token) => token.start === start || gluedOver(token))
    if (!startsWord && end - start < 3) return undefined
    // A unit word that runs on past the suffix (明德/小学教师) says nothing about the name before it
    if (!last && type === 'PLACE') return undefined
    if (!startsWord || !last) tokens = segmentBefore(text, start, margin)
    index = tokens.findIndex((token) => token.end === start)
  }
  const wordTags = type === 'PLACE' ? placeNameTags : unitWordTags
  // Whether a conjunction opened the name: its lone characters are the name's, not modifiers to drop
  let opened = false
  while (index >= 0) {
    const token = tokens[index]
    if (!token || !han.test(token.word) || start - token.start > maxNameLength[type]) break
    const single = token.word.length === 1
    if (single && stopChars.has(token.word)) {
      const first = type === 'ORG' ? conjunctionNameStart(text, tokens, index, name) : -1
      // A company has a brand: where only its trade follows a conjunction, the conjunction is the brand's
      // (泉州万家/和/物业服务有限公司), and the name reads on before it
      if (first === -1 && rule.legal && conjunctions.has(token.word) && name.length > 0 && !name.some((word) => isProperWord(word))) {
        name.unshift(token)
        index--
        continue
      }
      if (first === -1) break
      name.unshift(...tokens.slice(first, index + 1))
      opened = true
      break
    }
    if (type === 'ORG' && endsUnitName(token, name, start)) break
    if (type === 'ORG' && isVerbInBrand(token, tokens[index - 1], name)) {
      name.unshift(token)
      index--
      continue
    }
    if (!single && ((!wordTags.has(token.tag) && !isGenericTrade(token, type)) || namesAnotherBody(token.word) || hasOnlyStopChars(token.word) || (type === 'ORG' && (namesGovernmentBody(token.word) || namesRole(token.word) || endsWithCount(token.word))))) {
      if (type === 'ORG' && gluesNameStart(text, token, name)) name.unshift({word: token.word.slice(1), tag: 'x', start: token.start + 1, end: token.end})
      else if (rule.brand && isBrandBeforeTrade(text, tokens, index, name)) name.unshift(token)
      break
    }
    // jieba glues unknown characters to a function or level word (以县/x in 组建以县人民医院, 镇牧源/x in
    // 常庄镇牧源奶牛养殖场, 对华/nz): that character still ends the name, and what follows it is the name's head
    let cut = token.tag === 'x' || (type === 'ORG' && gluedTags.has(token.tag)) ? lastStopChar(token.word, stopChars) + 1 : 0
    // or a character that opens the clause or phrase before the name (系鑫源/x, 如双宝/x, 原洋伯/x): the brand is after it
    if (type === 'ORG' && cut === 0 && token.tag === 'x' && token.word.length > minGluedBrand && loadSuffixLexicon().gluedOpeners.has(token.word.charAt(0))) cut = 1
    // or the unit of a date after its digits (2021/年任/x 红星机械厂): the date's, not the name's
    if (type === 'ORG' && cut === 0 && token.tag === 'x' && endsDate(text, token)) cut = 1
    // but not a level character inside a name whose head after it would be generic (半山/云居康养/x度假项目: 居 is the name's)
    if (type === 'ORG' && cut > 1 && cut < token.word.length && isGenericWord(token.word.slice(cut)) && !hasStopChar(token.word.slice(0, cut - 1))) cut = 0
    // unless it is a conjunction with nothing to join before it (引进和民/x养殖场, 引进顺和/nz大酒店: 和 is the name's);
    // a unit's name before it is what it joins (宏远纺织有限公司|及裕丰/x 食品厂)
    if (type === 'ORG' && gluesConjunction(token.word, cut) && opensClause(text, tokens, index) && !endsWithUnitSuffix(text.slice(Math.max(0, token.start - maxNameLength.ORG), token.start))) {
      name.unshift(token)
      opened = true
      break
    }
    if (cut > 0) {
      if (cut < token.word.length && type === 'ORG') name.unshift({word: token.word.slice(cut), tag: 'x', start: token.start + cut, end: token.end})
      break
    }
    // A place name is one word or a run of single characters jieba could not place (杨/垇, 塔/寺).
    if (type === 'PLACE' && !single && name.length > 0) break
    name.unshift(token)
    if (type === 'PLACE' && !single) break
    index--
  }
  // A stop character before the suffix ends the name only as the conjunction rule takes it (瑞/和 but not 温庭和/nr)
  const before = text.charAt(start - 1)
  if (!opened && stopChars.has(before) && !(rule.legal && legalFormHosts.has(before))) return undefined
  // nor a conjunction read into a brand with nothing before it (加强/和/规范…)
  while (!opened && name[0] && (notOpeningTags.has(name[0].tag) || (isLoneModifier(name[0], name[1]) && !headsNoun(name[0], name[1])) || conjunctions.has(name[0].word))) name.shift()
  if (glued && name.some((token) => token.word.length === 1 && !loneNameTags.has(token.tag))) return undefined
  if (type === 'PLACE' && isVerbAndResult(name) && modifiesNounAfter(around, end)) return undefined
  return name.length > 0 ? name : undefined
}

// jieba's tags of an adjective, which after a lone verb says what the verb makes of its object (织/v 密/a).
const resultTags = new Set(['a', 'ad'])

/**
 * Whether a place's name is two lone characters, a verb and an adjective: a verb and its result, what the clause does
 * to the village after it (织/v 密/a|村卫生所这张网: weave the village clinics' net tight), no name, where the level
 * reads into the noun after it (see `modifiesNounAfter`). Three of the 99,382 two-character names of villages in China
 * read so in a sentence (在打嫩村召开: 打/v 嫩/a), as does 保丰村 (保/v 丰/a) in a list.
 */
function isVerbAndResult(name: readonly Token[]): boolean {
  const [verb, result] = name
  return name.length === 2 && verb?.word.length === 1 && result?.word.length === 1 && verb.tag.startsWith('v') && resultTags.has(result.tag)
}

/**
 * Whether the level `…end` reads into a noun jieba reads right after it, as the level of what the noun names (织密|村
 * 卫生所/nt: the village clinics), not the level of a name a list mark, a verb or the clause's end follows (育新村、保丰村、
 * 定远村开展调研, 在打嫩村召开).
 */
function modifiesNounAfter(tokens: readonly Token[], end: number): boolean {
  return tokens.some((token) => token.start === end && token.tag.startsWith('n'))
}

/**
 * The context `nameWords` reads before `start`: `margin` characters, or from the start of the last run of ASCII
 * characters within them (a number, a Latin name, the `*` masks redact's second look reads around: **竹业有限公司).
 * jieba reads the text from such a run on as it reads it alone: its HMM, which joins lone characters, stops at every
 * ASCII character, and the few words of its dictionaries that hold one (B超, T恤, C++) start with it. No name runs
 * back over ASCII either, so jieba is asked about the few characters from the run on, not the text before it.
 */
function asciiMargin(text: string, start: number, margin: number): number {
  const floor = Math.max(0, start - margin)
  let at = start - 1
  while (at >= floor && text.charCodeAt(at) >= asciiEnd) at--
  if (at < floor) return margin
  while (at > floor && text.charCodeAt(at - 1) < asciiEnd) at--
  return start - at
}

const asciiEnd = 0x80

// Stop characters that join two words (乡镇和县直部门) but also open or end names (和佳, 瑞和): see conjunctionNameStart.
const conjunctions = new Set(['和', '与', '及'])
// Stop characters that end the names of institutes and stations, which register as companies with a legal form
// after them (天泽规划设计院有限公司, 地质勘查研究所有限公司); elsewhere they end a unit's name (税务所江安县).
const legalFormHosts = new Set(['院', '所', '站'])

/**
 * Whether a name is read on past the stop character `before` right before a suffix of `rule`: a conjunction
 * may open a unit's name (see conjunctionNameStart), and an institute may be a company's name before its legal form.
 */
function readsOnBefore(before: string, rule: SuffixRule): boolean {
  return rule.type === 'ORG' && (conjunctions.has(before) || (rule.legal && legalFormHosts.has(before)))
}
// jieba's tags of the words after which no conjunction can stand, having no noun before it to join: verbs,
// prepositions, and times and quantities that set the clause's frame (全年/m 和佳纺织有限公司实现营业收入).
const clauseOpenerTags = new Set(['v', 'p', 't', 'm'])

/**
 * The index of the token that opens a unit name through the conjunction `tokens[index]`, or -1. A conjunction
 * joins words: beside a lone character jieba could not join to anything, with nothing before to join it to
 * (a clause start, a verb or a preposition), it is a character of the name instead. So 和 opens the name in
 * 引进/和/佳/纺织有限公司 and ends it in 与/瑞/和/家庭农场, but joins in 种植大户/和/家庭农场 and in
 * 加强/和/规范/养殖场 (规范 is a word).
 */
function conjunctionNameStart(text: string, tokens: readonly Token[], index: number, name: readonly Token[]): number {
  const conjunction = tokens[index]
  if (conjunction?.tag !== 'c' || !conjunctions.has(conjunction.word)) return -1
  if (isLoneChar(name[0]) && opensClause(text, tokens, index)) return index
  const before = tokens[index - 1]
  return isLoneChar(before) && opensClause(text, tokens, index - 1) && !endsWord(text, before.start) ? index - 1 : -1
}

/**
 * Whether `token`, a lone character read back into a unit's name, ends it instead: a locality right before the
 * suffix starting at `suffixStart` or the word that holds it (改革/后/医院: after the reform, hospitals), or a verb
 * or preposition before a place the name read so far opens with (教师/赴/太原/师范学院: sent to Taiyuan), which
 * takes the place as its object.
 */
function endsUnitName(token: Token, name: readonly Token[], suffixStart: number): boolean {
  if (token.word.length !== 1) return false
  if (token.tag === localityTag) return name.every((word) => word.end > suffixStart)
  const place = name[0]
  return governingTags.has(token.tag) && place !== undefined && place.tag === placeTag && place.word.length >= 2
}

// jieba's tag of localities (后, 前, 内).
const localityTag = 'f'

/**
 * Whether `token`, a verb of two characters that is no frequent word, belongs to a unit's brand or trade read back
 * so far only over common words, one of them no generic word (`name`: the trade or product, 包装/v 制品, 满仓/v
 * 肉牛养殖): right after a word that names and is no place (`before`: 彩虹/nz 包装/v, 龙凤村福/x 满仓/v; a lone
 * character jieba tags as a place is a name's: 晟/瑞/ns 包装/v), the name runs on over it. After a place the verb
 * starts the predicate (江安县/ns 扶持/v 竹韵食品有限公司), as frequent verbs do anywhere (成立, 组建, 引进).
 */
function isVerbInBrand(token: Token, before: Token | undefined, name: readonly Token[]): boolean {
  if (token.tag !== 'v' || token.word.length !== 2 || isFrequentWord(token.word) || name.some((word) => isProperWord(word)) || isOnlyTrade(name)) return false
  return before !== undefined && before.end === token.start && (before.tag !== placeTag || before.word.length === 1) && namingTags.has(before.tag)
}

/**
 * Whether `name` is empty or only generic words and trades in 业 (农业/科技, 鞋业): a verb before them is the
 * brand of a registered company (see isBrandBeforeTrade) or the predicate, not a word of its trade.
 */
function isOnlyTrade(name: readonly Token[]): boolean {
  return name.every((word) => isGenericWord(word.word) || isTradeWord(word.word))
}

const placeTag = 'ns'

// jieba's tags of the words no brand is: function words, numerals, times and localities.
const functionWordTags = new Set(['p', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'm', 'mq', 'q', 't', 'f', 'y', 'e', 'o'])

/**
 * Whether `tokens[index]`, a word jieba tags as no part of a name (丰收/v, 飞跃/v), is the brand of a company
 * whose name read so far, `name`, is only a generic trade or one in 业 before its legal form or another suffix of
 * companies (丰收/农业/科技 有限公司, 上高县远航/v 鞋业 有限公司, 引进大成/v 竹业 公司): a company has a brand, and a
 * word that opens the name after a verb, a preposition or a place is it (引进丰收, 吉林飞跃), or at a clause start
 * unless it is a verb, which would be the clause's predicate. Frequent words are the verbs that found or bring in
 * companies (成立, 组建, 引进 农业科技有限公司), no brand.
 */
function isBrandBeforeTrade(text: string, tokens: readonly Token[], index: number, name: readonly Token[]): boolean {
  const token = tokens[index]
  if (!token || name.length === 0 || !isOnlyTrade(name)) return false
  if (token.word.length > 4 || functionWordTags.has(token.tag) || isFrequentWord(token.word) || hasOnlyStopChars(token.word)) return false
  const before = tokens[index - 1]
  if (before?.end === token.start && placeNameTags.has(before.tag)) return true
  // A verb that opens a clause is its predicate (，兴办农业科技有限公司): a brand that is a verb is its object's
  return token.tag === 'v' ? before?.end === token.start && governingTags.has(before.tag) : opensClause(text, tokens, index)
}

/** The character that ends the trades companies are named with (鞋业, 米业, 竹业, 药业). */
export const tradeEnding = '业'

/** Whether `word` is a trade of two characters in 业 (鞋业 of 远航鞋业有限公司): like generic words, it names nothing. */
export function isTradeWord(word: string): boolean {
  return word.length === 2 && word.endsWith(tradeEnding)
}

// jieba's tags of the words that take a company as their object: verbs and prepositions (引进, 与).
const governingTags = new Set(['v', 'p'])

/** Whether the stop character before `cut` in a glued word is a conjunction with at most a lone character before it (和民, 顺和). */
function gluesConjunction(word: string, cut: number): boolean {
  return (cut === 1 || (cut === 2 && !isStopChar(word.charAt(0)))) && conjunctions.has(word.charAt(cut - 1))
}

// jieba's tags of lone characters that are no name's: numerals, measure words, localities, times, particles and
// other function words (来/年 of 来年, 要/道, 看/上, 为/着). Other lone characters are ones jieba could not join to anything (瑞/ns, 诚/a, 汇/n).
const functionCharTags = new Set(['m', 'q', 'f', 't', 'p', 'c', 'r', 'd', 'y', 'e', 'o', 'ul', 'uj', 'uz', 'ud', 'ug', 'uv'])

function isLoneChar(token: Token | undefined): token is Token {
  return token !== undefined && token.word.length === 1 && han.test(token.word) && !isStopChar(token.word) && !functionCharTags.has(token.tag)
}

/**
 * Whether the character at `at` ends a dictionary word with the one before it, which jieba split only in this
 * context (如/一 of 与如一和小学): then it is that word's end, no name's start. One jieba call on two characters.
 */
function endsWord(text: string, at: number): boolean {
  if (at === 0) return false
  const [word] = segment(text, at - 1, at + 1)
  return word !== undefined && word.word.length === 2 && !gluedTags.has(word.tag)
}

/**
 * Whether `tokens[index]` opens a clause or a name: it starts the text or follows a mark, a verb, a preposition,
 * or a stop character, which ends the name before (常庄镇/和顺商贸城, 常庄/镇/鸿/和/信用社: 常庄镇鸿 is no unit
 * a conjunction could join, and joined to 信用社 鸿 would name one alone).
 */
function opensClause(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token) return false
  const previous = text.charAt(token.start - 1)
  if (token.start === 0 || !han.test(previous) || isStopChar(previous)) return true
  const before = tokens[index - 1]
  return before?.end === token.start && clauseOpenerTags.has(before.tag)
}

/**
 * Whether `unit`, a word of jieba's dictionary that holds a unit suffix from `suffixStart` on and that jieba tags
 * as a name (网上超市/ns, 建材超市/nr, 国民小学/nt), is a kind of unit: what stands before the suffix is one common
 * word on its own (网上/s, 建材/n, 国民/n). Characters jieba glued without knowing them (x) are left as names.
 */
function isKnownKind(text: string, unit: Token, suffixStart: number): boolean {
  if (unit.tag === 'x' || suffixStart - unit.start < 2) return false
  const words = segment(text, unit.start, suffixStart)
  return words.length === 1 && words[0] !== undefined && !placeNameTags.has(words[0].tag)
}

/**
 * Whether jieba joined the first character of a unit's name to the word before it (走/访华/辉/信用社: 访华 is a
 * word, so 华辉 came apart): the name read so far opens with a lone character, `word` has two, and its first
 * either makes a word with the character before it (走访), which it was split from, or ends the place before
 * (常庄/镇远/诚/纺织). Then `word`'s last character is the name's.
 */
function gluesNameStart(text: string, word: Token, name: readonly Token[]): boolean {
  if (!isLoneChar(name[0]) || word.word.length !== 2 || isStopChar(word.word.charAt(1))) return false
  const first = word.word.charAt(0)
  return (isStopChar(first) && endsDivisionName(first)) || endsWord(text, word.start)
}

/** Last characters of the division suffixes (市 县 镇 道 …). */
let divisionEndings: Set<string> | undefined

/** Whether `char` ends division names (市, 县, 镇 …: the last characters of data/division-suffixes.txt). */
export function endsDivisionName(char: string): boolean {
  divisionEndings ??= new Set(divisionSuffixes().map((suffix) => suffix.charAt(suffix.length - 1)))
  return divisionEndings.has(char)
}

/** Whether `before`, a lone character of no verb, opens the organisation jieba read from one character before `start` on. */
function opensOrganisation(organisation: Token, start: number, before: Token | undefined): boolean {
  return organisation.tag === 'nt' && start - organisation.start === 1 && isLoneChar(before) && before.tag !== 'v'
}

/**
 * Whether jieba's words of a would-be name hold one that names: a lone character it could not join to anything
 * (橘/乡 of 橘乡健康, 坊 of 巧手坊), characters it glued without knowing them (葡园/x), or a word it tags as a name
 * that is no frequent word of prose (和顺/nz, 锦兴/ns). Programme labels and kinds are common words (“智慧党建”:
 * 智慧/nr is frequent, 党建/j an abbreviation; 老/娘舅, 有事/好/商量: a lone adjective before a word modifies it,
 * while a last one is a name's: 和/远).
 */
export function holdsNamingWord(words: readonly Token[]): boolean {
  return words.some((word, index) =>
    word.word.length === 1 ? isLoneChar(word) && !(index + 1 < words.length && isLoneModifier(word, words[index + 1])) : namingTags.has(word.tag) && !isFrequentWord(word.word)
  )
}

// jieba's tags of the words that name: places, people, other proper nouns, and characters it glued without knowing them.
const namingTags = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x'])

/**
 * Whether `first`, a lone adjective, heads the noun of two characters after it (巧/媳妇 食品有限公司, 小/太阳 幼儿园):
 * an adjective and a noun make a name, where a lone modifier before a verb says how the unit came about (新/培育).
 * Not a word for people (data/person-noun-endings.txt, the persons rules' class): 老/党员 服务队 describes whom the
 * unit gathers.
 */
function headsNoun(first: Token, next: Token | undefined): boolean {
  if (first.tag !== adjectiveTag || next === undefined || next.start !== first.end || next.word.length !== 2 || !headedNounTags.has(next.tag)) return false
  return !inClass(personNounEndings, next.word.charCodeAt(next.word.length - 1))
}

const adjectiveTag = 'a'
// jieba's tags of the nouns an adjective heads into a name: common nouns, places and people's names (太阳/ns, 媳妇/n).
const headedNounTags = new Set(['n', 'ns', 'nr', 'nz'])

/**
 * Whether `first` is a lone adjective or adverb before a word (新/培育/农民专业合作社: newly fostered), which
 * modifies it; before another lone character of no function word it is one of two jieba could not read as a
 * word (佳/绣/商贸城, but 不/一, 便/道).
 */
function isLoneModifier(first: Token, next: Token | undefined): boolean {
  return first.word.length === 1 && modifierTags.has(first.tag) && !isLoneChar(next)
}

/**
 * Whether a unit name's word is a generic trade jieba reads as a verb (种植/v in 金穗粮食种植专业合作社): part of
 * the name, where other verbs end it (成立/v). Other generic words keep their tags' say (附属/b in
 * 中医药大学附属医院 ends the name read back from 医院).
 */
function isGenericTrade(token: Token, type: SuffixRule['type']): boolean {
  return type === 'ORG' && token.tag === 'v' && loadSuffixLexicon().genericSet.has(token.word)
}

// jieba's tags of the trade words that take an object (种植/v, 养殖/vn): the noun before one is what is grown or bred.
const tradeVerbTags = new Set(['v', 'vn'])
// A unit's name is at least this long once its kind is left aside (宏远 of 宏远机械厂).
const minNamed = 2

/**
 * How many characters before `nameEnd`, the start of a unit's suffix, say what kind of unit it is rather than
 * which, read from the unit's jieba words `words`: a common word jieba reads with the suffix (宏远/机械厂,
 * 恒昌/竹木/制品厂: a works, a products works), or a generic trade and the noun it takes (金穗/粮食/种植 专业合作社:
 * a grain-growing cooperative). Such words stay visible with the suffix, as generic words do, only where at
 * least two characters of name stand before them from `start`; 0 otherwise.
 */
export function kindLength(words: readonly Token[], start: number, nameEnd: number): number {
  const {genericSet} = loadSuffixLexicon()
  const index = words.findLastIndex((word) => word.start < nameEnd)
  const last = words[index]
  if (!last || !han.test(last.word)) return 0
  let kindStart = nameEnd
  if (last.end > nameEnd && !placeNameTags.has(last.tag)) kindStart = last.start
  else if (last.end === nameEnd && tradeVerbTags.has(last.tag) && genericSet.has(last.word)) {
    const object = words[index - 1]
    kindStart = object?.tag === 'n' && object.end === last.start && !genericSet.has(object.word) ? object.start : last.start
  }
  return kindStart - start >= minNamed ? nameEnd - kindStart : 0
}

// Endings of associations, committees and companies: a unit's name read back stops at one, which is another body
// (县竹产业协会指导竹制品厂: the association guides the works; 峨峰康旅集团投资建设半山云居康养度假项目: the group
// builds the project; neither name holds the other's).
const bodyEndings = ['协会', '学会', '商会', '联合会', '委员会', '工会', '集团', '公司']

function namesAnotherBody(word: string): boolean {
  return bodyEndings.some((ending) => word.endsWith(ending)) || isUnitSuffixWord(word)
}

// Endings of government bodies and their offices (税务局, 发改委, 司法所): a unit's name read back stops at one,
// which runs or hosts the unit (县税务局|远程咨询中心: the bureau's centre, no centre named 税务局远程). Units only:
// a place's name is one word read back from its suffix, and stays as it was.
const governmentBodyEndings = ['局', '厅', '署', '委', '办', '所', '法院', '检察院']

export function namesGovernmentBody(word: string): boolean {
  return word.length >= 2 && governmentBodyEndings.some((ending) => word.endsWith(ending))
}

// The ending of words for a party to a case or a role (被执行人, 当事人, 申请人, 负责人): a unit's name read back
// stops at one, which says what the unit is to the clause (针对被执行人|丰泽房地产开发有限公司). Three characters at
// least: 人家 and 人民 end no such word, and two-character words in 人 (个人, 法人) stay as they were. The parties to a
// contract or a project (施工方, 投资方: data/unit-role-words.txt) end it as well.
const roleEnding = '人'
// 单位 ends the words for a unit as a party (施工单位, 总包单位, 用人单位; jieba reads 总包/x 单位/n): no brand ends
// with it, and a name read back stops there (总包单位|内蒙古华晟建设集团).
const partyUnitEnding = '单位'
const minRoleWord = 3

let partyWords: ReadonlySet<string> | undefined

function namesRole(word: string): boolean {
  partyWords ??= new Set(readLexicon('unit-role-words.txt'))
  return (word.length >= minRoleWord && word.endsWith(roleEnding)) || word.endsWith(partyUnitEnding) || partyWords.has(word)
}

/**
 * Whether `word` is a unit suffix of two characters or more by itself (小学, 医院): read back from the next
 * suffix, it ends the unit before (…实验小学/琬/实验小学: 琬 opens a name of its own, 小学琬 is none). Without
 * this, a name masked down to its suffix (*实验小学) lent that suffix to the next name on a second redaction.
 */
export function isUnitSuffixWord(word: string): boolean {
  if (word.length < 2) return false
  const suffix = longestAt(loadSuffixLexicon().suffixes, word, 0)
  return suffix?.end === word.length && suffix.values.some((rule) => rule.type === 'ORG')
}

// How many characters of brand a word jieba glued to an opener holds at least after it (鑫源 of 系鑫源/x).
const minGluedBrand = 2

/** Whether `token` opens with the unit of a date right after its digits (2021|年任/x, 3|月份): 年, 月 or 日. */
function endsDate(text: string, token: Token): boolean {
  return dateUnits.has(token.word.charAt(0)) && digit.test(text.charAt(token.start - 1))
}

const dateUnits = new Set(['年', '月', '日'])
const digit = /[0-9０-９]/u

/** Index of the last character of `word` that ends a name (镇 in 镇牧源), or -1. */
function lastStopChar(word: string, stopChars: ReadonlySet<string>): number {
  for (let index = word.length - 1; index >= 0; index--) if (stopChars.has(word.charAt(index))) return index
  return -1
}

/**
 * The unit suffix rule that starts at `at` (“金梨湾”牌… has none, “山里红”文旅发展有限公司 has 有限公司 after
 * the generic words), generic words before it skipped, or undefined. The suffix is looked for before each generic
 * word as well as after the last: a suffix may open with a generic word (培训中心 of “红色初心”培训中心, where
 * 培训 and 中心 are both generic and skipping them all left nothing).
 */
export function unitSuffixAfter(text: string, at: number): SuffixRule | undefined {
  const {genericTrie} = loadSuffixLexicon()
  const limit = at + maxNameLength.ORG
  let from = at
  for (;;) {
    const rule = suffixRuleAt(text, from, 'ORG')
    if (rule) return rule
    const generic: TrieMatch<string> | undefined = longestAt(genericTrie, text, from)
    if (!generic || generic.end > limit) return undefined
    from = generic.end
  }
}

/**
 * The suffix rule of `type` that starts at `at`, by the longest suffix there (社区 of 良田社区), or undefined; a
 * suffix inside a longer common word (中学 of “语文报杯”全国中学生作文大赛) is none.
 */
function suffixRuleAt(text: string, at: number, type: SuffixRule['type']): SuffixRule | undefined {
  const suffix = longestAt(loadSuffixLexicon().suffixes, text, at)
  return suffix && !inFalseWord(text, suffix.start, suffix.end) ? suffix.values.find((value) => value.type === type) : undefined
}

/**
 * Whether a suffix starts at `at` whose unit or place the words before it name by where it is: a place's level or a
 * unit named after its town (村 of 玫瑰村两委, 中学 of 龙头中学), even inside a word of data/suffix-false-words.txt,
 * which keeps a unit's name from running into prose (中学生) where this asks only what follows a name. Not a unit
 * that brands name (龙头公司), that a quoted name names (玫瑰品牌) or whose words say what it produces or holds
 * (玫瑰产业园, 玫瑰博物馆).
 */
export function startsPlaceSuffix(text: string, at: number): boolean {
  return longestAt(loadSuffixLexicon().suffixes, text, at)?.values.some((rule) => !rule.brand && !rule.quotedOnly && !rule.product) ?? false
}

/** Whether `name` is or ends with a unit suffix (小学 in 小学实验, once 实验 is left aside): no proper part does. */
export function endsWithUnitSuffix(name: string): boolean {
  const {unitSuffixes, suffixLongest} = loadSuffixLexicon()
  for (let length = Math.min(suffixLongest, name.length); length > 0; length--) if (unitSuffixes.has(name.slice(name.length - length))) return true
  return false
}

/** Whether `word` is made of generic words only (实验, 职业技术): it names nothing on its own. */
export function isGenericWord(word: string): boolean {
  return genericPrefixLength(word) === word.length
}

/**
 * Whether a word of a name identifies something: jieba tags it as a name, or it is a character jieba could
 * not join to anything (杨/垇). 柑橘, 蔬菜, 建设 are common words: a unit named by one of them alone
 * (柑橘专业合作社) is not identified by it.
 */
export function isProperWord(token: Token): boolean {
  return token.word.length === 1 || placeNameTags.has(token.tag)
}

/** The generic length of the longest suffix rule of `type` that `name` ends with (西西社区 → 2), or 0. */
export function suffixRuleLength(name: string, type: SuffixRule['type']): number {
  const {firstRules, suffixLongest} = loadSuffixLexicon()
  const rules = firstRules[type]
  for (let length = Math.min(suffixLongest, name.length - 1); length > 0; length--) {
    const rule = rules.get(name.slice(name.length - length))
    if (rule) return rule.generic
  }
  return 0
}

/** Whether `char` ends a name read backwards (data/name-stop-chars.txt): 和 in 乡镇和县直部门, 各 in 各村. */
export function isStopChar(char: string): boolean {
  return loadSuffixLexicon().stopChars.has(char)
}

/** Whether `name` holds a stop character anywhere (各 in 各幼儿园, 居 in 云居). */
export function hasStopChar(name: string): boolean {
  return lastStopChar(name, loadSuffixLexicon().stopChars) !== -1
}

/** Whether `word` is made only of stop characters (全镇, 本村, 我县): a determiner and a level, which end a name read backwards. */
export function hasOnlyStopChars(word: string): boolean {
  for (const char of word) if (!isStopChar(char)) return false
  return true
}

/** The length of the generic words (data/name-generic-words.txt) `name` starts with, taken greedily. */
export function genericPrefixLength(name: string): number {
  const {genericTrie} = loadSuffixLexicon()
  let length = 0
  for (let word = longestAt(genericTrie, name, 0); word; word = longestAt(genericTrie, name, length)) length = word.end
  return length
}

/** The length of the generic words `name` ends with, taken greedily (汝州市实验 → 2). */
export function genericSuffixLength(name: string): number {
  const {genericLongest: longest, genericSet} = loadSuffixLexicon()
  let length = 0
  for (let size = Math.min(longest, name.length - length); size > 0; size--) {
    if (!genericSet.has(name.slice(name.length - length - size, name.length - length))) continue
    length += size
    size = Math.min(longest, name.length - length) + 1
  }
  return length
}

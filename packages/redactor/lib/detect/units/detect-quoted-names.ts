// Brands and unit names in quotes before 牌 or a unit suffix (“金梨湾”牌): rule `quoted-name`.
import type {Detection, DetectionContext} from '../../detection.js'
import {holdsNamingWord, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'
import {han, lastQuoteWithin, sloganNumeral} from './character-classes.js'
import {brandMark, closesDescribedOnly, goodsBrandSuffixes, maxQuotedName, suffixAfterQuote} from './kinds-after-quotes.js'
import {verbTags} from './predicate-tags.js'
import {isCounted, opensWithCount} from './quantities.js'
import {describesUnit} from './unit-descriptions.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

// How long an honour's label of a numeral or 最 and a quality is (“四好”, “三好”, “最美”).
const honourLength = 2

let honourQualities: ReadonlySet<string> | undefined
let superlativeQualities: ReadonlySet<string> | undefined
let honourSubjects: ReadonlySet<string> | undefined

/**
 * Whether a quoted label is an honour's, whatever kind follows: a numeral and a quality (data/unit-honour-qualities.txt:
 * “四好”商会, “五好”家庭, “十佳”), or 最, the superlative, and a quality (data/unit-superlative-qualities.txt: “最美”,
 * “最佳”) alone or before what a programme's honour is given to (data/unit-honour-subjects.txt: “最美乡村”品牌, “最美
 * 庭院”). A numeral or 最 and any other character is a brand (“九州”大药房, “三美”服装店, “最北人家”家庭宾馆), and so
 * are 最, a quality and any other word (“最佳拍档”餐厅, “最优选”超市, “最美味”小吃店).
 */
function isHonourLabel(name: string): boolean {
  if (name.startsWith(superlative)) {
    superlativeQualities ??= new Set(readLexicon('unit-superlative-qualities.txt'))
    honourSubjects ??= new Set(readLexicon('unit-honour-subjects.txt'))
    const subject = name.slice(honourLength)
    return superlativeQualities.has(name.charAt(1)) && (subject === '' || honourSubjects.has(subject))
  }
  honourQualities ??= new Set(readLexicon('unit-honour-qualities.txt'))
  return name.length === honourLength && sloganNumeral.test(name) && honourQualities.has(name.charAt(1))
}

// The superlative that opens an honour's label with a quality (“最美乡村”品牌, “最佳”), not a brand (“最北人家”).
const superlative = '最'

/**
 * A brand or unit name in quotes before 牌 or a unit suffix (“金梨湾”牌鸭梨, “山里红”文旅发展有限公司, “巧手坊”剪纸
 * 工作室): the quotes make it a name, and only it is masked (“*”牌). Whatever its words before 牌 or right before
 * the suffix or a trade in goods; before a suffix that quoted programme labels take as well (平台), only where a
 * word of it names (“橘乡健康”信息平台, but not “智慧党建”平台), and no numeral opens it (a slogan: “一网统管”平台)
 * nor a programme word ends it (a programme: “雪亮工程”平台). Across the words of what the unit does before its kind
 * too (“山韵”中药材种植基地, see `describedKindAfter`), where no verb is among the quoted words (“最多跑一次”政务服务
 * 中心). Latin letters name where written as a name (“Sunny阳光”, see `namesInLetters`). Closing quotes are looked at
 * first, and only those before 牌 or a suffix are read back.
 */
export function detectQuotedNames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let end = text.indexOf('”'); end !== -1; end = text.indexOf('”', end + 1)) {
    const after = text.charAt(end + 1) === brandMark ? {suffix: brandMark, checked: 'none' as const, business: false, described: false} : suffixAfterQuote(text, end + 1)
    const open = after === undefined ? -1 : lastQuoteWithin(text, '“', end, end - 1 - Math.max(maxLatinName, maxQuotedName))
    const start = open + 1
    const name = text.slice(start, end)
    if (!after || open === -1 || name.length < 2 || name.length > (latinLabel.test(name) ? maxLatinName : maxQuotedName) || isGenericWord(name)) continue
    // A label of Latin letters alone is a brand before a kind of business only (“Lily”花店): before a class or a
    // station it is what is taught or offered (“Python”编程培训班, “WiFi”免费服务站). Latin words written as a name
    // are a brand before any kind of unit (“Little Tree”双语幼儿园), but a class's or a centre's (see
    // `closesDescribedOnly`: “Python Web”开发培训班, “Internet Plus”创业中心)
    const titled = titledName.test(name) && !closesDescribedOnly(after.suffix)
    if (!han.test(name) && !(after.business && shopBrand.test(name)) && !(namesInLetters(name) && (after.business || holdsHan.test(name))) && !titled) continue
    if (isSkipped(context, start, end) || overlapsAny(units, start, end) || opensHall(text, end + 1)) continue
    if (after.checked !== 'none' && (sloganNumeral.test(name) || namesProgramme(name))) continue
    if (after.checked === 'words' && !namesOnItsWords(text, start, end)) continue
    if (isHonourLabel(name)) continue
    // A kind that is counted after its quotes is a programme's label run in many places (“邻里守望”巡逻队12支)
    if (!after.business && isCounted(text, text.indexOf(after.suffix, end + 1) + after.suffix.length)) continue
    if (after.described && actsInWords(text, start, end)) continue
    // A count in quotes is a slogan whatever follows (“三个一”服务队: one visit, one talk, one form a month), and
    // a word that describes units a programme's label (“爱心”超市, “巾帼”读书会)
    if (opensWithCount(name) || describesUnit(name)) continue
    const region = regionalBrandPlace(text, start, end, after.suffix)
    if (region) {
      found.push(region)
      continue
    }
    found.push({
      type: 'ORG',
      start,
      end,
      suffixLength: 0,
      detector: 'units',
      rule: 'quoted-name',
      confidence: 0.7,
      reason: `quoted name before \`${after.suffix}\``
    })
  }
  return found
}

/**
 * Whether the words of a quoted label name on their own (see `holdsNamingWord`), and are not a programme's slogan
 * abbreviated to one character a word, one of which jieba reads as a verb (“信易贷”: 信用 易 贷款, “放管服”: 放权
 * 管理 服务): brands are abbreviated to nouns and names (“橘乡健康”), programmes to what they do.
 */
export function namesOnItsWords(text: string, start: number, end: number): boolean {
  // Read with its quotes, as in the sentence: alone, jieba glues the characters it does not know (信易贷/x)
  const quoted = segment(text, start - 1, end + 1).filter((word) => word.start >= start && word.end <= end)
  const abbreviated = end - start >= minAbbreviation && quoted.every((word) => word.word.length === 1) && quoted.some((word) => verbTags.has(word.tag))
  return !abbreviated && (holdsNamingWord(segment(text, start, end)) || namesInLetters(text.slice(start, end)))
}

/**
 * Whether jieba reads a verb among the words of a quoted label (跑 of “最多跑一次”): what a programme does, before the
 * words of a service and a kind (政务服务中心) as well; brands of that shape are nouns and names.
 */
function actsInWords(text: string, start: number, end: number): boolean {
  return segment(text, start - 1, end + 1).some((word) => word.start >= start && word.end <= end && word.tag === verbTag)
}

// jieba's tag of verbs, not of the nouns verbs make (服务/vn).
const verbTag = 'v'

/**
 * Whether a quoted label holds a word of Latin letters written as a name: in lower case (“Sunny阳光”, “Baby 100”) or
 * beside Han characters (“ABC未来星”). An acronym alone in capitals is a kind of thing (“APP”, “VR”).
 */
function namesInLetters(label: string): boolean {
  const letters = label.match(/[A-Za-z]+/gu) ?? []
  return letters.some((word) => word.length >= minLetterName && (/[a-z]/u.test(word) || /\p{Script=Han}/u.test(label)))
}

// Letters a word of a brand holds at least (Lily, ABC).
const minLetterName = 3

// How many characters an abbreviated slogan holds at least.
const minAbbreviation = 3

/**
 * The place a quoted brand of goods opens with, where a place the gazetteer knows is followed by two characters
 * or more (“湄潭翠芽”品牌, “五常大米”品牌): a region's public brand, named by its place and its produce, which every
 * grower there may use. Only the place identifies, and the produce stays visible (湄潭|翠芽); undefined otherwise.
 */
function regionalBrandPlace(text: string, start: number, end: number, suffix: string): Detection | undefined {
  if (!goodsBrandSuffixes.has(suffix)) return undefined
  const place = longestAt(loadGazetteer().names, text, start)
  if (!place || end - place.end < minProduce) return undefined
  return {
    type: 'PLACE',
    start,
    end: place.end,
    suffixLength: 0,
    detector: 'units',
    rule: 'place-of-regional-brand',
    confidence: 0.75,
    reason: `place a region's public brand before \`${suffix}\` is named after`
  }
}

// How long the produce after a regional brand's place is at least (翠芽, 大米).
const minProduce = 2

let hallKinds: readonly string[] | undefined

/** Whether a public hall named after its theme (data/unit-hall-kinds.txt: 纪念馆, 文化馆) starts at `at`. */
function opensHall(text: string, at: number): boolean {
  hallKinds ??= readLexicon('unit-hall-kinds.txt')
  return hallKinds.some((kind) => text.startsWith(kind, at))
}

let programmeWords: string[] | undefined

/** Whether a quoted label ends with a word for programmes (data/programme-words.txt: “雪亮工程”, “蓝天行动”). */
function namesProgramme(label: string): boolean {
  programmeWords ??= readLexicon('programme-words.txt')
  return programmeWords.some((word) => label.length > word.length && label.endsWith(word))
}

const holdsHan = /\p{Script=Han}/u

// Latin words written as a name: two or more, each opening with a capital (the first) or a digit, in capitals too or
// with an apostrophe, set apart by blanks or a line break a wrap made (“Little Tree”双语幼儿园, “ABC Kids”双语幼儿园,
// “Tropical Garden”热带花园酒店, “Little⏎Tree”). What a class teaches or a station offers is one word (“Python”编程
// 培训班, “WiFi”免费服务站).
const titledName = /^[A-Z][A-Za-z']+(?:\s+[A-Z0-9][A-Za-z0-9']*)+$/u
// A label of Latin letters, digits, blanks and apostrophes, and how long it may be (Tropical Garden: 15, McDonald's:
// 10), where Han characters of a brand are fewer.
const latinLabel = /^[A-Za-z0-9'\s]+$/u
const maxLatinName = 24

// A brand of Han characters with digits or Latin letters among them (1号码头, 99度, 优e家): at least one Han character.
const shopBrand = /^(?=.*\p{Script=Han})[\p{Script=Han}0-9A-Za-z]+$/u

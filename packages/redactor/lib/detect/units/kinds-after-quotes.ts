// What follows closing quotes and makes the quoted name a unit's (“山里红”文旅发展有限公司, “巧手坊”剪纸工作室, “兄弟”
// 冷面馆, “大地”“春耕”两家合作社): read by the quoted-name rule and, for the words after quotes that brand a unit, by
// the suffix rule.
import {isGenericWord, unitSuffixAfter} from '../../gazetteer/find-suffixed-names.js'
import {isFrequentWord, mayBeKnownWord, mayEndKnownWord} from '../../jieba-dictionary.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment, type Token} from '../../segment.js'
import {businessKindAt, endsWordAt} from './business-kinds.js'
import {han, lastQuoteWithin, numeral} from './character-classes.js'
import {isNamedTrade, isTradeText} from './kept-parts.js'
import {describesUnit} from './unit-descriptions.js'
import {countLength, countOrListLength, inListOfBusinesses, listEnd, listMark} from './unit-lists.js'

// The longest quoted name looked at: brands and unit names, not quoted phrases.
export const maxQuotedName = 8

export const brandMark = '牌'
// The longest trade read between a quoted name and a unit suffix (剪纸 of “巧手坊”剪纸工作室), and jieba's tags of
// a trade in goods, which its dictionary tags as nouns, names or even numerals (剪纸/n, 鹿茸/nr, 大米/m). A service
// (调解/vn, 服务/vn) or an abbreviation (党建/j) after quotes makes them a programme's label: “老娘舅”调解工作室,
// “扬帆领航”党建品牌.
const maxQuotedTrade = 4
const goodsTags = new Set(['n', 'nz', 'nr', 'ns', 'm'])

// What a region's public brand of goods stands before: 牌, 品牌, 商标 (“湄潭翠芽”品牌, but “建瓯人家”民宿 is a unit's).
export const goodsBrandSuffixes = new Set([brandMark, '品牌', '商标'])

/**
 * Whether a kind follows `at`, right after closing quotes, that the quoted name would be the brand of (see
 * `suffixAfterQuote`), and the words from `at` to the kind name nothing of their own, whether the quotes hold the brand
 * or its mask: they are trades or goods the data lists (砂糖桔 of “富罗香”砂糖桔合作社). Words read as what the unit
 * does by jieba's tags or by its goods alone may be the unit's own name: jieba tags a made-up brand as it tags unknown
 * goods (绿源/x, 金穗/x, 阳光/nr), and after a quoted honour (“十佳”绿源家庭农场, “五星级”阳光农家乐) the name is there.
 */
export function isKindOfQuotedBrand(text: string, at: number): boolean {
  const kind = suffixAfterQuote(text, at)
  const kindStart = kind === undefined ? -1 : text.indexOf(kind.suffix, at)
  if (kindStart === -1) return false
  return kindStart === at || isTradeText(text.slice(at, kindStart)) || segment(text, at, kindStart).every((word) => isNamedTrade(word.word))
}


/** What follows a quoted name and makes it a unit's. */
export interface QuotedKind {
  /** The suffix, kind or mark that follows (有限公司, 奶茶店, 等). */
  suffix: string
  /**
   * What the quoted name is checked for (see `suffixAfterQuote`): `words`, that it names on its own words and is no
   * programme's label; `label`, only that it is no programme's label (no slogan's numeral opens it, no programme word
   * ends it); `none`, nothing.
   */
  checked: 'words' | 'label' | 'none'

  /**
   * Whether it is a kind of business (data/unit-quoted-kinds.txt) or a count or list of businesses: only a shop's
   * or an inn's brand is written with digits or letters (“1号码头”火锅店, “99度”奶茶店, “优e家”母婴店), where a
   * programme's label with digits (“15分钟医保服务圈”) stands before no such kind.
   */
  business: boolean
  /** Whether words of what the unit does stand between the quotes and the kind (see `describedKindAfter`). */
  described: boolean
}


/**
 * The unit suffix after closing quotes at `at`: right after them or after generic words (“山里红”文旅发展有限公司),
 * or after one word of goods jieba reads (“巧手坊”剪纸工作室), which a count or 等 may open (“春耕”两个大米品牌,
 * “栗香园”等企业品牌). A run of quoted names shares what follows the last (“大地”“春耕”两个大米品牌). `checked`
 * `words` when the quoted name must name on its own words: before a suffix of quoted programme labels as well (平台),
 * or after 等 and a kind; `label` after 等 and a count of businesses.
 * jieba only where a suffix follows a few Han characters after the quotes.
 */
export function suffixAfterQuote(text: string, at: number, run = 0): QuotedKind | undefined {
  const next = text.startsWith('“', at) ? at : text.startsWith('、“', at) ? at + 1 : -1
  if (next !== -1) {
    // The closing quotes within a name's reach, not the first anywhere on: from a quote left open, that search read
    // to the end of the text, for every quote of a long document.
    const close = run < maxQuotedRun ? text.slice(next, next + maxQuotedName + 2).indexOf('”') : -1
    return close === -1 ? undefined : suffixAfterQuote(text, next + close + 1, run + 1)
  }
  if (listedBusinesses(text, at)) return {suffix: listEnd, checked: 'none', business: true, described: false}
  const opened = countOrListLength(text, at)
  // After a count or 等 a kind of business is what the quoted names are counted among (“巧手”等合作社); 的 may
  // stand between a name and what it names (名叫“格桑梅朵”的小卖部)
  // and after 等 closing a run of quoted names (“锦绣霓裳”“汉服小仙”等直播间, “V+便利店”“快乐GO”等连锁便利店): two
  // names or more that 等 extends with the kind of business are each a business's brand, where one is as often a label
  const runKind = opened === 0 || (text.startsWith(listEnd, at) && closesQuotedRun(text, at))
  const kind = runKind ? businessKindAfter(text, opened > 0 ? at + opened : text.startsWith(attributive, at) ? at + attributive.length : at) : undefined
  // After 等 the names must name on their own words: superlatives and programme labels run in quotes as well (“最美”“最佳”等星级农家乐)
  if (kind !== undefined) return {suffix: kind, checked: opened > 0 ? 'words' : 'none', business: true, described: false}
  const counted = countedBusinesses(text, at, opened)
  // After 等 and a count of businesses the names need not name on their own words (“启航教育”等5家校外培训机构,
  // “小天才”等5家培训机构: the count says they are businesses), but are no programme's label; honours and words that
  // describe (“最美”等5家示范店, “诚信”等3家示范店) are refused whatever follows
  if (counted !== undefined) return {suffix: counted, checked: text.startsWith(listEnd, at) ? 'label' : 'none', business: true, described: false}
  const direct = unitSuffixAfter(text, at + opened)
  if (direct) {
    if (opened > 0 && !direct.quotedOnly) return undefined
    // A suffix made of a service's words and a centre (养老服务|中心, 养老|中心) closes a programme's label as well, as
    // the described kind it also is does (“智慧”养老服务中心, “幸福”养老中心): the quoted name must name on its own words.
    // Not where a unit suffix is read in it (志愿|服务队), nor before a suffix that says what the unit does (培训中心,
    // 咨询中心: see `SuffixRule.product`), whose quoted name is a brand (“红色初心”培训中心)
    const centre = opened === 0 && !direct.product ? describedKindAfter(text, at) : undefined
    const described = centre?.checked === 'words' && closesDescribedOnly(centre.suffix)
    return {suffix: direct.suffix, checked: direct.quotedProper || described ? 'words' : 'none', business: false, described: false}
  }
  const gap = at + opened
  for (let from = gap + 2; from <= gap + maxQuotedTrade && han.test(text.slice(gap, from)); from++) {
    const rule = unitSuffixAfter(text, from)
    if (!rule) continue
    if (!isGoods(text, gap, from, from + rule.suffix.length)) break
    return {suffix: rule.suffix, checked: rule.quotedProper ? 'words' : 'none', business: false, described: false}
  }
  return opened === 0 ? describedKindAfter(text, at) : undefined
}

// The longest stretch of words read between quotes and a kind as what the unit does (中药材种植 of “山韵”中药材种植
// 基地, 英语培训 of “ABC未来星”英语培训班), and jieba's tags of such words: goods, trades, services and the names
// jieba gives them (甜茶/x, 托育/x, 宝贝/nr), an age (老年/t) or a lone quality (甜/a). Places (ns), abbreviations
// (党建/j), numbers and function words say what a programme covers or how: “青春”长沙服务站, “扬帆领航”党建品牌.
const minDescribedTrade = 2
const maxDescribedTrade = 6
const describedTradeTags = new Set(['n', 'nz', 'nr', 'ng', 'vn', 'x', 't', 'a'])

let describedKinds: readonly string[] | undefined

/**
 * Whether `suffix` closes a described business only (data/unit-described-kinds.txt: 中心, 基地, 培训班): before it
 * Latin words are as often what is taught or what a programme is called (“Python Web”开发培训班, “Internet Plus”创业
 * 中心) as a brand.
 */
export function closesDescribedOnly(suffix: string): boolean {
  describedKinds ??= readLexicon('unit-described-kinds.txt')
  return describedKinds.includes(suffix)
}

/**
 * The kind after the words of what a unit does at `at`, right after closing quotes (“Sunny阳光”双语幼儿园, “富罗香”
 * 砂糖桔合作社, “赵小姐不等位”鲜花饼店, “山韵”中药材种植基地): a unit suffix, a kind of business or a kind that
 * closes a described business only (data/unit-described-kinds.txt: 中心, 基地, 培训班). Each word between is goods, a
 * trade or a service (see `describedTradeTags`; a verb only where it is a trade's: 种植, 生产); the quoted words
 * before are the brand. Checked (they must name on their own words) unless the kind is a business's, as for a kind
 * right after the quotes: programmes take centres and bases (“智慧”养老服务中心), and no programme a shop.
 */
function describedKindAfter(text: string, at: number): QuotedKind | undefined {
  describedKinds ??= readLexicon('unit-described-kinds.txt')
  for (let from = at + minDescribedTrade; from <= at + maxDescribedTrade && han.test(text.slice(at, from)); from++) {
    const business = businessKindAt(text, from)?.values[0]
    const suffix = business ?? unitSuffixAfter(text, from)?.suffix ?? describedKinds.find((kind) => text.startsWith(kind, from) && endsWordAt(text, from, from + kind.length))
    if (suffix === undefined) continue
    // A brand of goods (“水乡农品”区域公用品牌) is no unit's, and a place may hold a kind (“致富伞”郜家店镇)
    if (goodsBrandSuffixes.has(suffix) || longestAt(loadGazetteer().names, text, at)) return undefined
    // A trade the data lists is read whole, whatever jieba makes of its words (远程/问诊/v of “彝山云医”远程问诊平台)
    const described = isNamedTrade(text.slice(at, from)) || segment(text, at, from).every((word) => describedTradeTags.has(word.tag) || isNamedTrade(word.word))
    return described ? {suffix, checked: business === undefined ? 'words' : 'none', business: business !== undefined, described: true} : undefined
  }
  return undefined
}

/**
 * Whether `text[start, suffixStart)` is one word of goods (剪纸, 大米), or a word of goods before a kind of shop
 * jieba reads with the suffix ending at `suffixEnd` (驴肉/火烧店 of “刘记老字号”驴肉火烧店). One word asks jieba only
 * where its dictionaries may hold it.
 */
function isGoods(text: string, start: number, suffixStart: number, suffixEnd: number): boolean {
  const goods = (word: Token | undefined) => word !== undefined && goodsTags.has(word.tag) && !numeral.test(word.word)
  if (mayBeKnownWord(text, start, suffixStart)) {
    const [trade, ...more] = segment(text, start, suffixStart)
    if (goods(trade) && more.length === 0) return true
  }
  // A kind of shop holds the suffix: a known word from before it to its end, which the dictionaries may tell
  if (!mayEndKnownWord(text, start + 2, suffixEnd, 'word')) return false
  const [first, kind, ...rest] = segment(text, start, suffixEnd)
  return goods(first) && rest.length === 0 && kind !== undefined && kind.start < suffixStart && kind.end === suffixEnd && first?.end === kind.start
}

/**
 * The kind of business or club (see `businessKindAt`: 读书会, 小卖部, 馆) at `at`, right after the quotes or after a
 * trade (石材加工) or one word of goods (冷面 of 冷面馆, 奶茶 of 奶茶店): such a kind makes the quoted words before
 * it a brand, whatever they are (“兄弟”冷面馆, “书香”读书会).
 */
function businessKindAfter(text: string, at: number): string | undefined {
  for (let from = at; from <= at + maxQuotedTrade + 2 && (from === at || han.test(text.charAt(from - 1))); from++) {
    const kind = businessKindAt(text, from)
    if (!kind) continue
    // A kind of one character (店, 馆) only after goods (奶茶店, 冷面馆), as jieba reads them: alone it opens words (馆藏)
    const gap = text.slice(at, from)
    if ((gap === '' && kind.end - kind.start > 1) || isTradeText(gap) || isGoods(text, at, from, kind.end) || isUnreadGoods(text, at, from, kind.values[0])) return kind.values[0]
  }
  return undefined
}

// The kind of shop that goods jieba cannot read may stand before, and how long those goods may be.
const shop = '店'
const minUnreadGoods = 2
const maxUnreadGoods = 3

/**
 * Whether `text[start, end)` before 店 are goods jieba cannot read (藏饰 of “雪域珍宝”藏饰店: 藏/j 饰/v; 俄货 of
 * “伏特加小镇”俄货店, 灌汤包 of “老马家”灌汤包店): two or three characters that open no place the gazetteer knows and
 * none of whose words is a frequent word of prose, a generic word or one that describes units, as the labels a
 * programme gives shops are (“诚信”示范店, “巾帼”文明店, “党员”先锋店).
 */
function isUnreadGoods(text: string, start: number, end: number, kind: string | undefined): boolean {
  if (kind !== shop || end - start < minUnreadGoods || end - start > maxUnreadGoods) return false
  // A place jieba cannot read either may hold the 店 (“致富伞”郜家店镇, where a line break was dropped)
  if (longestAt(loadGazetteer().names, text, start)) return false
  return segment(text, start, end).every((word) => !isFrequentWord(word.word) && !isGenericWord(word.word) && !describesUnit(word.word))
}

/**
 * The kind of unit after a count of businesses (家) closing a run of quoted names, or after 等 and such a count
 * closing one quoted name or more, over a word that describes them (“红星”“向阳”“惠民”三家本地超市, “大地”“春耕”两家
 * 合作社, “ACE少儿英语”等5家校外培训机构): the count in 家 says they are businesses, each quoted name one's brand.
 * `opened` is the length of the count or of 等 at `at`; undefined where no count in 家 or no kind follows.
 */
function countedBusinesses(text: string, at: number, opened: number): string | undefined {
  const count = text.startsWith(listEnd, at) ? opened + countLength(text, at + opened, [businessMeasure]) : opened
  if (count === 0 || text.charAt(at + count - 1) !== businessMeasure) return undefined
  const from = at + count
  const description = [maxDescription, 0].find((size) => size === 0 || describesUnit(text.slice(from, from + size))) ?? 0
  const kind = businessKindAt(text, from + description)?.values[0] ?? unitSuffixAfter(text, from + description)?.suffix
  return kind
}

/**
 * Whether quoted names at `at` close a list that 等 ends with a word for businesses (see `inListOfBusinesses`), right
 * after the quotes or after the goods they sell (“蜀味轩”“鱼乐圈”烤鱼等42家餐饮商户): each is a business's brand.
 */
function listedBusinesses(text: string, at: number): boolean {
  for (const size of [0, 2, 3, 4]) {
    if (size > 0 && !isTradeText(text.slice(at, at + size))) continue
    if (text.startsWith(listEnd, at + size) && inListOfBusinesses(text, at + size)) return true
  }
  return false
}

/**
 * Whether the closing quotes right before `at` close the last of two quoted names or more written one after another
 * (“锦绣霓裳”“汉服小仙”, “A”、“B”).
 */
function closesQuotedRun(text: string, at: number): boolean {
  const open = lastQuoteWithin(text, '“', at - 1, at - 2 - maxQuotedName)
  if (open === -1 || at - 1 - open > maxQuotedName + 1) return false
  const before = text.charAt(open - 1) === listMark ? open - 1 : open
  return text.charAt(before - 1) === '”'
}

// The particle that joins a name to the kind it names.
const attributive = '的'

// The measure word of businesses, and how long a word describing them after the count may be (本地, 个体).
const businessMeasure = '家'
const maxDescription = 2

// How many quoted names a run may hold before what they share.
const maxQuotedRun = 4

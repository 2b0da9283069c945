// jieba's tags of words that open a predicate or describe, which open no unit name.
import {segment} from '../../segment.js'

// jieba's tags of words that open a predicate: verb, preposition, adverb, conjunction, pronoun, auxiliary.
export const predicateTags = new Set(['v', 'vd', 'p', 'd', 'c', 'r', 'u'])

// jieba's tags of the words after which a unit's name opens, whatever their length: conjunctions, adverbs (将/d,
// 已/d), particles (的, 了), pronouns, numerals and measures. The list rules add prepositions (对|绿源), the rule of a
// brand before a kind verbs and localities (走访了|惠民).
export const openerTags = new Set(['c', 'd', 'uj', 'ul', 'uz', 'ug', 'r', 'm', 'mq', 'q'])

// jieba's tags of verbs (种植/v, 处理/vn, 持续/vd, 等同于/vi), which open a predicate as often as a brand, take the
// word before them as their object in a trade (蔬菜|种植) and abbreviate a programme's slogan (“信易贷”: 信用 易 贷款).
export const verbTags = new Set(['v', 'vd', 'vn', 'vi'])

// jieba's tags of the words that open no unit name after its place: a predicate, a time, a locality or a quantity.
export const headlessTags = new Set([...predicateTags, 't', 'f', 'm', 'mq', 'q'])
// jieba's tags of the words that describe which units a verb takes rather than name one: those, verbal nouns,
// place words, adjectives and attributives (涉事/v, 相关/v, 违规/vn, 周边/f, 沿街/f, 快捷/a, 三甲/b, 私营/b).
export const describingTags = new Set([...headlessTags, 'vn', 's', 'a', 'b'])

/**
 * Whether the first word jieba reads in `text[start, end)` opens a predicate (依托, 通过, 已经). A single
 * character is no evidence: jieba tags the characters of names it does not know one by one (常/d of 常山庄).
 */
export function opensPredicate(text: string, start: number, end: number): boolean {
  const [first] = segment(text, start, end)
  return first !== undefined && first.word.length >= 2 && predicateTags.has(first.tag)
}

// Units named in quotes after the person who runs them, by how people call that person (“老马调解室”, “小李烧饼”,
// “李记米粉”): rules `quoted-nickname-office` and `quoted-nickname-shop`.
import type {Detection, DetectionContext} from '../../detection.js'
import {isUsualWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment, type Token} from '../../segment.js'
import {surnameLengthsAt} from '../persons/name-shape.js'
import {addressPrefixList} from '../persons/person-classes.js'
import {titleEndingAt} from '../persons/titles.js'
import {overlapsAny} from '../../overlaps.js'
import {businessKindAt} from './business-kinds.js'
import {closingQuote, firstQuoteWithin, han, openingQuote} from './character-classes.js'
import {verbTags} from './predicate-tags.js'
import {isSkipped} from './skipped-spans.js'

let officeWords: string[] | undefined
let notNicknames: ReadonlySet<string> | undefined

// How one calls a person: 老, 小 or 阿 (the persons rules' data/person-address-prefixes.txt) before a surname of one
// character, a numeral or a letter (老马, 小李, 老七, 阿Q), which 家 may follow (老李家: the Lis' shop); or a surname
// before 记 (李记: the Lis' shop), 姐, 嫂 or 哥 (王姐, 叶嫂).
const addressOpeners = new Set(addressPrefixList)
const nicknameNumeral = /[一二三四五六七八九十]/u
const latinLetter = /[A-Za-z]/u
const surnameFollowers = new Set(['记', '姐', '嫂', '哥'])
const family = '家'
const addressLength = 2

// The longest quoted text read, and how long the goods or kind after a nickname inside the quotes are.
const maxQuoted = 8
const minGoods = 2

/**
 * The person an office, a shop or a stall is named after in quotes, by how people call them (see `nicknameEnd`): an
 * office or room of data/unit-office-words.txt inside or right after the quotes (“老马调解室”, “老杨”工作室, “王姐调解
 * 工作室”), or inside them the goods it sells or the kind of business it is (“小李烧饼”, “老杜胡辣汤”, “李记米粉”, “老李家
 * 醋坊”, “老谭修车铺”). The name says who runs it, which identifies them and the place they serve, where a label of
 * common words names a kind or a programme (“名医工作室”, “和事佬”调解室, “老兵驿站”). Only the nickname is masked (and an
 * office inside the quotes, as the unit's generic part): the goods stay visible. Goods are told from what a person does
 * or is (“老王卖瓜”, “小张跑腿”, “老杨书记”) by jieba's words of them: no verb opens or ends them, and no title ends them.
 */
export function detectQuotedNicknames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  officeWords ??= readLexicon('unit-office-words.txt')
  notNicknames ??= new Set(readLexicon('unit-nickname-words.txt'))
  const found: Detection[] = []
  for (let open = text.indexOf(openingQuote); open !== -1; open = text.indexOf(openingQuote, open + 1)) {
    const start = open + 1
    const close = firstQuoteWithin(text, closingQuote, start, start + maxQuoted)
    if (close === -1 || close - start > maxQuoted) continue
    const end = nicknameEnd(text, start, close)
    // Common words shaped as a nickname (data/unit-nickname-words.txt: 小康, 小区) name nobody
    if (end === -1 || notNicknames.has(text.slice(start, end)) || isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
    // The office inside the quotes (“老马调解室”) or right after them (“老马”调解室)
    const office = end === close ? close + 1 : end
    const word = officeWords.find((candidate) => text.startsWith(candidate, office))
    if (word && (office === close + 1 || office + word.length === close)) {
      // Inside the quotes the office is the unit's generic part; after them the quotes end the name, as for “金梨湾”牌
      const unitEnd = office === end ? office + word.length : end
      found.push(nickname(start, end, unitEnd, 'quoted-nickname-office', `\`${text.slice(start, end)}\`, a person an office \`${word}\` is named after`))
    } else if (end < close && !readsAsCommonWord(text, start, end, close) && sellsGoods(text, start, end, close)) {
      found.push(nickname(start, end, end, 'quoted-nickname-shop', `\`${text.slice(start, end)}\`, a person a shop of \`${text.slice(end, close)}\` is named after`))
    }
  }
  return found
}

function nickname(start: number, end: number, unitEnd: number, rule: string, reason: string): Detection {
  return {type: 'ORG', start, end: unitEnd, suffixLength: unitEnd - end, detector: 'units', rule, confidence: 0.7, reason}
}

/**
 * Where a nickname at the start of quoted text `text[start, close)` ends, or -1: 老, 小 or 阿 and a surname, numeral or
 * letter, with 家 after it where more follows (老李家醋坊), or a surname and 记, 姐, 嫂 or 哥; not cut from a word jieba
 * reads over its end (老黄牛, 小金库).
 */
function nicknameEnd(text: string, start: number, close: number): number {
  const first = text.charAt(start)
  const second = text.charAt(start + 1)
  const called = addressOpeners.has(first)
    ? surnameLengthsAt(text, start + 1).includes(1) || nicknameNumeral.test(second) || latinLetter.test(second)
    : surnameLengthsAt(text, start).includes(1) && surnameFollowers.has(second)
  let end = start + addressLength
  if (!called || end > close) return -1
  if (addressOpeners.has(first) && text.charAt(end) === family && close - end > minGoods) end++
  // Read with the quotes, as in the sentence
  return quotedWords(text, start, close).some((word) => word.start < end && word.end > end) ? -1 : end
}

/** jieba's words of the quoted text `text[start, close)`, read with its quotes as in the sentence. */
function quotedWords(text: string, start: number, close: number): Token[] {
  return segment(text, start - 1, close + 1).filter((word) => word.start >= start && word.end <= close)
}

// jieba's tag of people's names (老李/nr, 老王/nr), which it gives the nicknames its dictionary holds.
const personTag = 'nr'

/**
 * Whether jieba reads the nickname `text[start, end)` in its quotes as one usual word of its dictionary that is no
 * person's name (小区/n of “小区管家”, 老兵/n of “老兵驿站”): a thing or a kind of person, before goods or a service.
 */
function readsAsCommonWord(text: string, start: number, end: number, close: number): boolean {
  const word = quotedWords(text, start, close).find((candidate) => candidate.start === start)
  return word !== undefined && word.end === end && word.tag !== personTag && isUsualWord(word.word)
}

/**
 * Whether `text[end, close)`, after a nickname at `start` inside quotes, is what a shop sells or the kind of business it
 * is: Han characters, two at least, that end with a kind of business (修车铺, 饺子馆), or goods: no title at their end
 * (书记, 师傅) and no verb at either end of jieba's words of the quotes (卖瓜, 跑腿, 说事).
 */
function sellsGoods(text: string, start: number, end: number, close: number): boolean {
  const goods = text.slice(end, close)
  if (goods.length < minGoods || !han.test(goods)) return false
  for (let at = end; at < close - 1; at++) if (businessKindAt(text, at)?.end === close) return true
  if (titleEndingAt(text, close)) return false
  const words = quotedWords(text, start, close).filter((word) => word.start >= end)
  const [first] = words
  const last = words.at(-1)
  return first !== undefined && last !== undefined && !verbTags.has(first.tag) && !verbTags.has(last.tag)
}

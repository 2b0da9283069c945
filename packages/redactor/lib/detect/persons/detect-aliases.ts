// What a text calls a person, given next to the full name (韩子墨（小韩）, 王秀兰（以下简称王大姐）, 阿英（覃秀英）, 胡德旺，人称“胡大胆”).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {addressPrefixes, kinshipCharacters, notInGivenName, placeOrUnitAfter, precedingBoundary, readAlternatives, unitOrPlaceEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isCjkAt} from './scan-text.js'
import {titleAt} from './titles.js'

/** Words that introduce an alias: data/person-alias-cues.txt. */
const aliasCues = readLexicon('person-alias-cues.txt')

// What stands in the parentheses: a cue word (以下简称) or a verb of calling and 他 or 她 (大家都叫他), if any, and the
// alias, quoted or not.
const bracketed = /[（(]([^（()）\n]{2,16})[）)]/y

// A verb of calling and the person called, before the alias (大家都叫他, 村里人称呼她为).
const calling = /^.{0,8}?(?:[叫喊唤]|称呼?)[他她](?:为)?/

// The quotes an alias may stand in.
const quoted = /^[“‘"「](.+)[”’"」]$/

/**
 * What a text calls a person found (`found`, confidence 0.7 or more), two to four Chinese characters that hold the
 * name's surname or first given character or are 阿, 小 or 老 and one of them (小韩, 王大姐, 阿英 of 覃秀英), and end no
 * place's or unit's name (not 张家村, 王家庄 after 王建国): in parentheses right after the name, after a cue word or a
 * verb of calling (以下简称王大姐, 大家都叫他郎师傅) or alone (（小韩）); before the name in parentheses (阿英（覃秀英）); or
 * quoted after the name and a cue word or a verb of calling in its clause (胡德旺，人称“胡大胆”). Then every other
 * mention of it that starts a word (小韩说, 和小韩).
 */
export function detectAliases(text: string, found: Detection[]): void {
  const aliases = new Set<string>()
  const count = found.length
  for (let index = 0; index < count; index++) {
    const item = found[index]
    if (item === undefined || item.confidence < 0.7 || item.end - item.start < 2) continue
    const name = text.slice(item.start, item.end)
    for (const alias of [aliasInBrackets(text, item.end), aliasBefore(text, item.start, item.end), aliasCalled(text, item.end)]) {
      if (alias === undefined || !isAliasOf(text.slice(alias.start, alias.end), name, alias.cued)) continue
      aliases.add(text.slice(alias.start, alias.end))
      found.push(person(alias.start, alias.end, 'alias', 0.8, `\`${text.slice(alias.start, alias.end)}\`, what the text calls \`${name}\``))
    }
  }
  for (const alias of aliases) {
    if (isFrequentWord(alias)) continue
    for (let start = text.indexOf(alias); start !== -1; start = text.indexOf(alias, start + alias.length)) {
      if (isCjkAt(text, start - 1) && !inClass(precedingBoundary, text.charCodeAt(start - 1))) continue
      found.push(person(start, start + alias.length, 'alias', 0.8, `\`${alias}\`, what the text calls a person found`))
    }
  }
}

/** Where an alias stands in the text, and whether a cue word or a verb of calling introduces it. */
interface Span {
  start: number
  end: number
  cued: boolean
}

/** The alias in parentheses right after a name that ends at `end` (（小韩）, （以下简称王大姐）), if any. */
function aliasInBrackets(text: string, end: number): Span | undefined {
  bracketed.lastIndex = end
  const inside = bracketed.exec(text)?.[1]
  const alias = inside === undefined ? undefined : aliasIn(inside)
  if (inside === undefined || alias === undefined) return undefined
  const start = text.lastIndexOf(alias, end + 1 + inside.length)
  return {start, end: start + alias.length, cued: !inside.startsWith(alias) && !quoted.test(inside)}
}

/**
 * The alias right before a name in parentheses (阿英（覃秀英）): two to four Chinese characters from a character that is
 * no Chinese one or one after which names start (，阿英（, 和阿英（).
 */
function aliasBefore(text: string, start: number, end: number): Span | undefined {
  if (!inClass(openings, text.charCodeAt(start - 1)) || !inClass(closings, text.charCodeAt(end))) return undefined
  const aliasEnd = start - 1
  let aliasStart = aliasEnd
  while (aliasEnd - aliasStart < 4 && isCjkAt(text, aliasStart - 1) && !inClass(precedingBoundary, text.charCodeAt(aliasStart - 1))) aliasStart--
  if (aliasEnd - aliasStart < 2 || (isCjkAt(text, aliasStart - 1) && !inClass(precedingBoundary, text.charCodeAt(aliasStart - 1)))) return undefined
  return {start: aliasStart, end: aliasEnd, cued: false}
}

const openings = charCodes('（(')

const closings = charCodes('）)')

// A cue word or a verb of calling in the clause after a name, and the alias in quotes (，人称“胡大胆”, ，村里人都叫他“X”).
const calledInClause = new RegExp(`^[，,]?(?:${readAlternatives('person-alias-cues.txt')}|[^，,。；;！？!?\\n]{0,10}?(?:[叫喊唤]|称呼?)[他她](?:为)?|[^，,。；;！？!?\\n]{0,10}?称为)[“‘"「]([\\u3400-\\u9fff]{2,4})[”’"」]`)

/** The alias quoted after a name that ends at `end` and a cue word or a verb of calling in its clause (，人称“胡大胆”). */
function aliasCalled(text: string, end: number): Span | undefined {
  const called = calledInClause.exec(text.slice(end, end + 24))
  const alias = called?.[1]
  if (called === null || alias === undefined) return undefined
  const start = end + called[0].length - 1 - alias.length
  return {start, end: start + alias.length, cued: true}
}

/** The alias the words in parentheses give: after a cue word or a verb of calling, or the words themselves, unquoted. */
function aliasIn(inside: string): string | undefined {
  const cue = aliasCues.find((word) => inside.startsWith(word))
  const rest = cue !== undefined ? inside.slice(cue.length) : inside.replace(calling, '')
  const alias = quoted.exec(rest)?.[1] ?? rest
  return /^[\u3400-\u9fff]{2,4}$/.test(alias) ? alias : undefined
}

/**
 * Whether `alias` may be what a text calls the person `name` (`detectAliases`): no place's or unit's name; after a cue
 * word or a verb of calling (`cued`), one that holds the name's surname or first given character (王大姐, 胡大胆); alone,
 * only a form of address: 阿, 小 or 老 and a character of the name (小韩, 阿英), or the surname and a form of address
 * (王大姐, 郎师傅, 李姐): a unit or a place named with such a character (秀峰小学, 覃家坝) is no alias.
 */
function isAliasOf(alias: string, name: string, cued: boolean): boolean {
  const {compoundSurnames} = loadLexicons()
  // A place's or a unit's name ends so (张家村, 王家庄); an alias of two characters may end with a surname that ends
  // places' names too (小江), not with a unit's word (小区).
  const last = alias.charCodeAt(alias.length - 1)
  if (inClass(unitOrPlaceEndings, last) || (alias.length > 2 && inClass(placeOrUnitAfter, last))) return false
  const surname = compoundSurnames.has(name.slice(0, 2)) && name.length > 3 ? name.slice(0, 2) : name.charAt(0)
  const given = name.charAt(surname.length)
  if (cued && (alias.includes(surname) || (given !== '' && alias.includes(given)))) return true
  if (alias.length === 2 && inClass(addressPrefixes, alias.charCodeAt(0))) return !inClass(notInGivenName, alias.charCodeAt(1)) && name.includes(alias.charAt(1))
  return alias.startsWith(surname) && isFormOfAddress(alias, surname.length)
}

/** Whether `alias` from `at` on is a form of address: a title that stands only after names (师傅, 大姐) or a kinship character (姐). */
function isFormOfAddress(alias: string, at: number): boolean {
  if (alias.length === at + 1) return inClass(kinshipCharacters, alias.charCodeAt(at))
  const title = titleAt(alias, at)
  return title?.end === alias.length && title.values[0]?.place === 'after'
}

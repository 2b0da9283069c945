// What a text calls a person, given in parentheses right after the full name (韩子墨（小韩）, 王秀兰（以下简称王大姐）).
import {charCodes, inClass} from '@gongwen/parser'
import type {Detection} from '../../detection.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {notInGivenName, placeOrUnitAfter, precedingBoundary, unitOrPlaceEndings} from './person-classes.js'
import {person} from './person-detection.js'
import {loadLexicons} from './person-lexicons.js'
import {isCjkAt} from './scan-text.js'

/** Words that introduce an alias: data/person-alias-cues.txt. */
const aliasCues = readLexicon('person-alias-cues.txt')

// What stands in the parentheses: a cue word (以下简称) or a verb of calling and 他 or 她 (大家都叫他), if any, and the
// alias, quoted or not.
const bracketed = /[（(]([^（()）\n]{2,16})[）)]/y

// A verb of calling and the person called, before the alias (大家都叫他, 村里人称呼她为).
const calling = /^.{0,8}?(?:[叫喊唤]|称呼?)[他她](?:为)?/

// The quotes an alias may stand in.
const quoted = /^[“‘"「](.+)[”’"」]$/

// 阿, 小 and 老, which make an alias of a surname or a given character (小韩, 老陈, 阿英).
const addressPrefixes = charCodes('阿小老')

/**
 * An alias in parentheses right after a name found (`found`, confidence 0.75 or more): after a cue word or a verb of
 * calling (以下简称王大姐, 大家都叫他郎师傅) or alone (（小韩）), two to four Chinese characters that hold the name's
 * surname or first given character or are 阿, 小 or 老 and one of them (小韩, 王大姐, 阿英 of 李英), and end no place's or
 * unit's name (not 张家村, 王家庄 after 王建国); then every other mention of it that starts a word (小韩说, 和小韩).
 */
export function detectAliases(text: string, found: Detection[]): void {
  const aliases = new Set<string>()
  const count = found.length
  for (let index = 0; index < count; index++) {
    const item = found[index]
    if (item === undefined || item.confidence < 0.75 || item.end - item.start < 2) continue
    bracketed.lastIndex = item.end
    const inside = bracketed.exec(text)?.[1]
    if (inside === undefined) continue
    const aliasEnd = item.end + 1 + inside.length
    const alias = aliasIn(inside)
    if (alias === undefined || !isAliasOf(alias, text.slice(item.start, item.end))) continue
    const start = text.lastIndexOf(alias, aliasEnd)
    aliases.add(alias)
    found.push(person(start, start + alias.length, 'alias', 0.8, `\`${alias}\`, what the text calls \`${text.slice(item.start, item.end)}\``))
  }
  for (const alias of aliases) {
    if (isFrequentWord(alias)) continue
    for (let start = text.indexOf(alias); start !== -1; start = text.indexOf(alias, start + alias.length)) {
      if (isCjkAt(text, start - 1) && !inClass(precedingBoundary, text.charCodeAt(start - 1))) continue
      found.push(person(start, start + alias.length, 'alias', 0.8, `\`${alias}\`, what the text calls a person found`))
    }
  }
}

/** The alias the words in parentheses give: after a cue word or a verb of calling, or the words themselves, unquoted. */
function aliasIn(inside: string): string | undefined {
  const cue = aliasCues.find((word) => inside.startsWith(word))
  const rest = cue !== undefined ? inside.slice(cue.length) : inside.replace(calling, '')
  const alias = quoted.exec(rest)?.[1] ?? rest
  return /^[\u3400-\u9fff]{2,4}$/.test(alias) ? alias : undefined
}

/** Whether `alias` may be what a text calls the person `name` (`detectAliases`). */
function isAliasOf(alias: string, name: string): boolean {
  const {compoundSurnames} = loadLexicons()
  // A place's or a unit's name ends so (张家村, 王家庄); an alias of two characters may end with a surname that ends
  // places' names too (小江), not with a unit's word (小区).
  const last = alias.charCodeAt(alias.length - 1)
  if (inClass(unitOrPlaceEndings, last) || (alias.length > 2 && inClass(placeOrUnitAfter, last))) return false
  const surname = compoundSurnames.has(name.slice(0, 2)) && name.length > 3 ? name.slice(0, 2) : name.charAt(0)
  const given = name.charAt(surname.length)
  if (alias.includes(surname) || (given !== '' && alias.includes(given))) return true
  return inClass(addressPrefixes, alias.charCodeAt(0)) && alias.length === 2 && !inClass(notInGivenName, alias.charCodeAt(1)) && name.includes(alias.charAt(1))
}

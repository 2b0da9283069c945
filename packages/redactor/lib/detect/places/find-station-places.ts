import {isStopChar} from '../../gazetteer/find-suffixed-names.js'
import {hanCharacter as han} from '../../gazetteer/place-context.js'
import {isFrequentWord} from '../../jieba-dictionary.js'
import {readLexicon} from '../../read-lexicon.js'
import {segment} from '../../segment.js'

/** The place a station is named after (城关 of 城关派出所), the kind that follows it, and what bounds the name before. */
export interface StationPlace {
  start: number
  end: number
  kind: string
  /** A place found, the body the unit belongs to, or anything else that ends a name read backwards: a cell's or clause's edge, a function character (和, 到) or a level (县). */
  bound: 'place' | 'parent' | 'cell'
}

interface StationWords {
  /** Longest first. */
  kinds: string[]
  parents: string[]
  describes: Set<string>
}

let words: StationWords | undefined

function loadStationWords(): StationWords {
  if (words) return words
  const kinds: string[] = []
  const parents: string[] = []
  const describes = new Set<string>()
  for (const line of readLexicon('place-stations.txt')) {
    const [side, word] = line.split('\t')
    if (word && side === 'kind') kinds.push(word)
    else if (word && side === 'parent') parents.push(word)
    else if (word && side === 'describes') describes.add(word)
  }
  words = {kinds: kinds.sort((a, b) => b.length - a.length), parents, describes}
  return words
}

/** Whether a kind of station of data/place-stations.txt (派出所, 人民法庭) starts at `at`. */
export function startsStationKind(text: string, at: number): boolean {
  return loadStationWords().kinds.some((kind) => text.startsWith(kind, at))
}

// A town's or street's name before its station: two characters (城关) or three.
const stationName = {least: 2, most: 3}
// jieba's tags of what names no place before a station: verbs (公安局指导派出所), adverbs, prepositions, conjunctions,
// pronouns and directions; particles by their prefix. Not numerals: jieba reads the town 三角 as one (三角/m)
const notPlaceTags = new Set(['v', 'vn', 'vd', 'd', 'p', 'c', 'r', 'f'])
// A station's number is no place (第二派出所, 一二派出所): the figures' business
const stationNumber = /^[第0-9０-９一二三四五六七八九十百零〇两]+$/u
// and, where nothing but a cell's edge bounds the name, adjectives, common nouns, abbreviations and distinguishing
// words (一线, 偏远, 交警, 星级, 新设 describe): a place or the body above
// vouches for one (人民法院英俊人民法庭)
const notPlaceInCellTags = new Set(['a', 'ad', 'an', 'n', 'j', 'b', 'nt'])

/**
 * The places that units below the county are named after (data/place-stations.txt): the two or three characters
 * before a kind (派出所, 人民法庭), where a place found (`placeEndsAt`: 瑞丽市|姐告边境派出所), the body the station
 * belongs to (公安局|城关派出所, 人民法院|新农人民法庭), the edge of a cell, line or clause (1  稠城派出所) or a stop
 * character (交警大队和|城关派出所, 到|城关派出所报案) bounds them.
 * Not a word that says which stations (水上, 铁路, 辖区, 当地: data and jieba's frequent words), no level or function
 * character (各, 该, 城区, 乡镇), no verb or function word (公安局指导派出所).
 */
export function findStationPlaces(text: string, taken: (start: number, end: number) => boolean, placeEndsAt: (at: number) => boolean): StationPlace[] {
  const {kinds, parents, describes} = loadStationWords()
  const found: StationPlace[] = []
  const ends = new Set<number>()
  for (const kind of kinds) {
    for (let at = text.indexOf(kind); at !== -1; at = text.indexOf(kind, at + 1)) {
      // Each end is read once, by its longest kind (姐告|边境派出所, not 姐告边境|派出所)
      const end = at + kind.length
      if (ends.has(end)) continue
      ends.add(end)
      let start = at
      let bound: StationPlace['bound'] | undefined
      while (bound === undefined && at - start <= stationName.most) {
        if (placeEndsAt(start)) bound = 'place'
        else if (parents.some((parent) => text.endsWith(parent, start))) bound = 'parent'
        else if (!han.test(text.charAt(start - 1)) || isStopChar(text.charAt(start - 1))) bound = 'cell'
        else if (taken(start - 1, start)) break
        else start--
      }
      if (bound === undefined || at - start < stationName.least || at - start > stationName.most || taken(start, at)) continue
      if (namesPlace(text, start, at, bound, describes)) found.push({start, end: at, kind, bound})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether `[start, end)` before a station's kind may name the place it serves (see `findStationPlaces`). */
function namesPlace(text: string, start: number, end: number, bound: StationPlace['bound'], describes: ReadonlySet<string>): boolean {
  const name = text.slice(start, end)
  if (describes.has(name) || isFrequentWord(name) || stationNumber.test(name)) return false
  for (const char of name) if (isStopChar(char)) return false
  return segment(text, start, end).every((token) => !notPlaceTags.has(token.tag) && !token.tag.startsWith('u') && !(bound === 'cell' && notPlaceInCellTags.has(token.tag)))
}

import {startsRoadSuffix} from '../detect/places/find-roads.js'
import {startsStationKind} from '../detect/places/find-station-places.js'
import {isUsualWord} from '../jieba-dictionary.js'
import {lineWrapEnd} from '../line-wrap.js'
import {readLexicon} from '../read-lexicon.js'
import {startsPlaceSuffix} from './find-suffixed-names.js'
import {hasPlaceCue} from './place-context.js'

let features: string[] | undefined

/**
 * Whether something next to `[start, end)`, a place's name that is also an everyday word of prose (龙头 of 龙头镇,
 * 玫瑰 of 玫瑰镇), says the place is meant: a place cue before or after it (驻龙头, 玫瑰境内), or, after it (over a
 * PDF's line wrap too: 湖中⏎社区), a place's level or a unit's suffix (龙头社区, 玫瑰村两委, 龙头中学, 龙头卫生院),
 * a road's suffix (玫瑰路), a station (龙头派出所) or a feature or office of data/place-named-features.txt
 * (龙头水库, 玫瑰湖, 平安所). Not the word of prose: 龙头企业, 以县人民医院为龙头, 玫瑰花茶, 玫瑰产业, nor a unit it
 * describes (龙头公司, 玫瑰博物馆, 玫瑰品牌: startsPlaceSuffix).
 */
export function placeMeant(text: string, start: number, end: number): boolean {
  if (hasPlaceCue(text, start, end)) return true
  const after = lineWrapEnd(text, end) ?? end
  return startsPlaceSuffix(text, after) || startsRoadSuffix(text, after) || startsStationKind(text, after) || startsNamedFeature(text, after)
}

function startsNamedFeature(text: string, at: number): boolean {
  features ??= readLexicon('place-named-features.txt').sort((a, b) => b.length - a.length)
  const feature = features.find((word) => text.startsWith(word, at))
  return feature !== undefined && !isUsualWord(text.slice(at, at + feature.length + 1))
}

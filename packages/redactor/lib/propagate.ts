import type {Detection} from './detection.js'
import {isPlaceWord, standsAsWords} from './gazetteer/place-context.js'
import {placeMeant} from './gazetteer/place-meant.js'
import {isUsualWord, mayBeKnownWord} from './jieba-dictionary.js'
import {createTrie, insertName, scanTrie} from './gazetteer/trie.js'
import {properPart} from './mask.js'

// A place's proper part shorter than this (沛 of 沛县) is too ambiguous to mask on its own elsewhere.
const minimumShortForm = 2
// Divisions from the county up stand for themselves without their level (汝州, 江安). Towns, villages and
// communities are often ordinary words without it (幸福村 → 幸福感), so theirs count only as a word of their own,
// unless they are three characters or more that no word of jieba's dictionaries spells (吊鹿沟 of 吊鹿沟村, which
// jieba cuts 吊 + 鹿沟 in 找到吊鹿沟来看病): such a run is that name wherever it stands.
const unmistakableLength = 3
const standaloneLevels = /[省市县区州盟旗]$/u

/**
 * Every other occurrence of a detected PLACE, ORG or PERSON, and of a place's short form (汝州 of 汝州市),
 * as detections with rule `propagated`, the detector and confidence of the strongest source. The caller
 * applies the keep-lists and resolves overlaps with the detectors' own findings.
 */
export function propagate(text: string, detections: readonly Detection[]): Detection[] {
  const sources = new Map<string, {source: Detection; suffixLength: number; wordOnly: boolean; placeOnly: boolean}>()
  function offer(value: string, source: Detection, suffixLength: number, wordOnly: boolean): void {
    const known = sources.get(value)
    // A place's name that is an everyday word of prose (玫瑰 of 玫瑰镇, 龙头 of 龙头镇: jieba counts each a hundred
    // times or more) is, elsewhere, that word (玫瑰产业, 以县人民医院为龙头) unless something says a place is meant:
    // jieba reads a place there, or a cue, a level, a unit, a road or a feature named after it stands next to it
    // (placeMeant: 驻龙头, 良田社区, 龙头中学, 玫瑰路, 龙头水库).
    const placeOnly = source.type === 'PLACE' && isUsualWord(value)
    if (known === undefined || known.source.confidence < source.confidence) sources.set(value, {source, suffixLength, wordOnly, placeOnly})
  }
  for (const detection of detections) {
    if (detection.type !== 'PLACE' && detection.type !== 'ORG' && detection.type !== 'PERSON') continue
    // One character names something only where it was found: a surname before its title (王 of 王局长), what a
    // keep word left of a place (分 of 分乡镇 in 部分乡镇); elsewhere it is any 王 or 分 (王牌, 部分).
    if (detection.end - detection.start === 1) continue
    const original = text.slice(detection.start, detection.end)
    // A name of one character and its level (呼市, 沛县) is, elsewhere, that name only where it stands as a word:
    // 欢呼市民 and 何首乌市场 hold 呼市 and 乌市 too.
    offer(original, detection, detection.suffixLength, detection.type === 'PLACE' && original.length - detection.suffixLength < minimumShortForm)
    // A road's name without its suffix is no name of its own: 建设 of 建设大道, 人民 of 人民路 are everyday words.
    if (detection.type === 'PLACE' && detection.suffixLength > 0 && detection.rule !== 'road') {
      const short = properPart({type: detection.type, original, suffixLength: detection.suffixLength})
      const county = detection.suffixLength === 1 && standaloneLevels.test(original)
      if (short.length >= minimumShortForm) offer(short, detection, 0, !county)
    }
  }
  // Half the calls (most second looks, documents masked by hand) have no name to spread: no trie, no scan.
  if (sources.size === 0) return []
  // One pass over the text for all names at once, so the cost does not grow with the number of names.
  let characters = 0
  for (const value of sources.keys()) characters += value.length
  const trie = createTrie<string>(false, characters)
  for (const value of sources.keys()) insertName(trie, value, value)
  const found: Detection[] = []
  scanTrie(trie, text, ({start, end, values}) => {
    const value = values[0] ?? ''
    const known = sources.get(value)
    if (known === undefined || (start === known.source.start && end === known.source.end)) return false
    if (known.wordOnly && (end - start < unmistakableLength || mayBeKnownWord(text, start, end)) && !standsAsWords(text, start, end)) return false
    if (known.placeOnly && !namesPlaceHere(text, start, end)) return false
    found.push({
      type: known.source.type,
      start,
      end,
      suffixLength: known.suffixLength,
      detector: known.source.detector,
      rule: 'propagated',
      confidence: known.source.confidence,
      reason: `another occurrence of \`${value}\`, detected by ${known.source.detector} (${known.source.rule})`
    })
    return true
  })
  return found
}

/** Whether something at `[start, end)` says a place is meant: see `placeOnly` in `propagate`. */
function namesPlaceHere(text: string, start: number, end: number): boolean {
  return isPlaceWord(text, start, end) || placeMeant(text, start, end)
}

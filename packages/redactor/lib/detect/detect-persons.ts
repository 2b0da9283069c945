import type {Detection, DetectionContext, Zone} from '../detection.js'
import {followsPlaceholder} from '../gazetteer/place-context.js'
import {detectAroundBrokenTitles} from './persons/broken-titles.js'
import {detectAliases} from './persons/detect-aliases.js'
import {detectAddressedSurnames} from './persons/detect-addressed-surnames.js'
import {detectAfterPersonNouns} from './persons/detect-after-person-nouns.js'
import {detectAroundTitles} from './persons/detect-around-titles.js'
import {detectBareNames, mannerOfSpeech, votesCounted} from './persons/detect-bare-names.js'
import {detectCaptionPositions} from './persons/detect-caption-positions.js'
import {detectCountedLists} from './persons/detect-counted-lists.js'
import {detectCredits} from './persons/detect-credits.js'
import {detectDottedNames} from './persons/detect-dotted-names.js'
import {detectListedAfterNames} from './persons/detect-listed-after-names.js'
import {detectLonePartsAroundRoles, detectMinorityNames} from './persons/detect-minority-names.js'
import {detectNameLikeRuns} from './persons/detect-name-likeness.js'
import {detectLabelledLists, detectNameLines} from './persons/detect-name-lists.js'
import {detectNicknames} from './persons/detect-nicknames.js'
import {detectNamesListedBeforeVerbs} from './persons/detect-names-listed-before-verbs.js'
import {detectNamesWithRoles} from './persons/detect-names-with-roles.js'
import {detectPaddedNames} from './persons/detect-padded-names.js'
import {detectPhoneHolders} from './persons/detect-phone-holders.js'
import {detectPaddedNamesInProse} from './persons/padded-names-in-prose.js'
import {detectResidents, detectVillagers} from './persons/detect-residents.js'
import {detectSurnameTitles} from './persons/detect-surname-titles.js'
import {detectNameColumns, detectSexCells, detectTitledRows} from './persons/detect-table-names.js'
import {scanPersonCues} from './persons/scan-person-cues.js'
import {detectGivenNameMentions, detectNamePartMentions, detectNamesakeMentions} from './persons/spread-found-names.js'
import {detectBareTransliteratedNames, detectTransliteratedNames} from './persons/detect-transliterated-names.js'
import {detectWordNamesAfterRoles} from './persons/detect-word-names-after-roles.js'

/** The most confident detection of each span, in order. Spans are keyed by a number: a string per detection cost more. */
function dedupe(found: Detection[]): Detection[] {
  const best = new Map<number, Detection>()
  for (const item of found) {
    const key = item.start * 2 ** 32 + item.end
    const previous = best.get(key)
    if (previous === undefined || previous.confidence < item.confidence) best.set(key, item)
  }
  return [...best.values()].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Find names of people from their context: a title before or after (局长钟庆, 王留剑同志, 市委书记王留剑), a
 * labelled list (组  长：李志明), bylines and signatures (zones from the tree, or lines made only of names), photo
 * captions (钟庆（左三）), words of official prose around a bare name (刘芳指出, 会议由李文斌主持), and a surname
 * before a title (王局长: 0.85 when a person of that surname is found, 0.6 otherwise; only the surname is
 * masked, or with a form of address the two: 鲁大爷). A surname alone is never a name elsewhere; ordinary words that start with a surname (高度, 单位, 石油)
 * are refused with jieba's dictionary. Keep-list hits (习近平) are left to `redact`, which drops what overlaps
 * protected ranges, except a leader's name next to a local title (局长李强: rule `local-namesake`). A name padded
 * to the width of three in a sentence (部长陈  静指出) is read as the rules read it unpadded (`detectPaddedNamesInProse`).
 */
export function detectPersons(context: DetectionContext): Detection[] {
  const {text, zones, protectedRanges} = context
  const found = findPersons(text, zones, protectedRanges)
  detectPaddedNamesInProse(text, protectedRanges, found, (sentence, ranges) => findPersons(sentence, [], ranges))
  return dedupe(found.filter((detection) => !repeatsOneCharacter(text, detection.start, detection.end) && !opensWithMaskedLevel(text, detection.start)))
}

/** Every rule's detections in `text`, in the order the rules run (each reads what the ones before it found), not yet settled. */
function findPersons(text: string, zones: readonly Zone[], protectedRanges: DetectionContext['protectedRanges']): Detection[] {
  const found: Detection[] = []
  const {titles, verbs, cues, afterNounStarts, nameLikeStarts, minorityPartStarts} = scanPersonCues(text)
  detectAroundTitles(text, titles, found)
  detectAroundBrokenTitles(text, found)
  detectLabelledLists(text, found)
  detectNameLines(text, zones, found)
  detectCaptionPositions(text, found)
  detectPaddedNames(text, found)
  detectSexCells(text, found)
  detectTitledRows(text, titles, found)
  detectNameColumns(text, found)
  detectCredits(text, found)
  detectBareNames(text, [...verbs, ...mannerOfSpeech(text), ...votesCounted(text)], cues, found)
  detectNamesListedBeforeVerbs(text, verbs, cues, found)
  detectCountedLists(text, found)
  detectPhoneHolders(text, found)
  detectResidents(text, found)
  detectVillagers(text, found)
  detectDottedNames(text, found)
  detectMinorityNames(text, minorityPartStarts, found)
  detectTransliteratedNames(text, titles, found)
  detectBareTransliteratedNames(text, verbs, found)
  detectLonePartsAroundRoles(text, minorityPartStarts, titles, found)
  detectNicknames(text, found)
  detectAfterPersonNouns(text, afterNounStarts, found)
  detectNameLikeRuns(text, nameLikeStarts, found)
  detectWordNamesAfterRoles(text, titles, afterNounStarts, found)
  detectNamesWithRoles(text, protectedRanges, found)
  detectListedAfterNames(text, protectedRanges, found)
  detectSurnameTitles(text, titles, found)
  detectAddressedSurnames(text, titles, found)
  detectAliases(text, found)
  detectGivenNameMentions(text, found)
  detectNamePartMentions(text, found)
  detectNamesakeMentions(text, found)
  return found
}

/**
 * Whether a name at `start` would open with the level a placeholder kept of a place (*区|澄泉: 区 is a surname too).
 * The first redaction found the place there and no name, so a second must not read one; a name after a person's
 * placeholder is the rest of a name (**|阿芝 of 吉克阿芝) and stays a name.
 */
function opensWithMaskedLevel(text: string, start: number): boolean {
  return followsPlaceholder(text, start) && divisionLevelChars.includes(text.charAt(start))
}

const divisionLevelChars = '省市县区州盟旗镇乡村'

/**
 * Whether `text[start, end)` is one character over and over (王王王). No one is named so; such runs come from
 * broken or generated text, where the rules would mask pieces of a run and leave the rest for a second redaction
 * to find (redaction must be idempotent).
 */
function repeatsOneCharacter(text: string, start: number, end: number): boolean {
  for (let at = start + 1; at < end; at++) if (text.charCodeAt(at) !== text.charCodeAt(start)) return false
  return end - start > 1
}

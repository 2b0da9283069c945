// Offices named after a person by 老 or 小 and the surname, in quotes (“老马调解室”): rule `quoted-nickname-office`.
import type {Detection, DetectionContext} from '../../detection.js'
import {readLexicon} from '../../read-lexicon.js'
import {surnameLengthsAt} from '../persons/name-shape.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

let officeWords: string[] | undefined

// How one calls a person by the surname (老马, 小李): one of these and a surname of one character, in quotes.
const nicknameOpeners = ['“老', '“小']
const nicknameLength = 2

/**
 * The person an office or room is named after in quotes, by 老 or 小 and a surname (“老马调解室”, “老杨”工作室:
 * data/unit-office-words.txt): the name says who runs it, which identifies them and the place they serve, where a
 * label of common words names a kind (“名医工作室”, “和事佬”调解室). Only the nickname is masked.
 */
export function detectQuotedNicknames(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  officeWords ??= readLexicon('unit-office-words.txt')
  const found: Detection[] = []
  for (const opener of nicknameOpeners) {
    for (let open = text.indexOf(opener); open !== -1; open = text.indexOf(opener, open + 1)) {
      const start = open + 1
      const end = start + nicknameLength
      if (!surnameLengthsAt(text, start + 1).includes(1)) continue
      // The office inside the quotes (“老马调解室”) or right after them (“老马”调解室)
      const office = text.charAt(end) === '”' ? end + 1 : end
      const word = officeWords.find((candidate) => text.startsWith(candidate, office))
      if (!word || (office === end && text.charAt(end + word.length) !== '”')) continue
      if (isSkipped(context, start, end) || overlapsAny(units, start, end)) continue
      // Inside the quotes the office is the unit's generic part; after them the quotes end the name, as for “金梨湾”牌
      const unitEnd = office === end ? office + word.length : end
      found.push({
        type: 'ORG',
        start,
        end: unitEnd,
        suffixLength: unitEnd - end,
        detector: 'units',
        rule: 'quoted-nickname-office',
        confidence: 0.7,
        reason: `\`${text.slice(start, end)}\`, a person an office \`${word}\` is named after`
      })
    }
  }
  return found
}

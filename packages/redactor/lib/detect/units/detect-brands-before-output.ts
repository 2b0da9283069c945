// A company's brand before a project it describes by annual output (鼎泰年产…项目): rule `brand-before-output`.
import type {Detection, DetectionContext} from '../../detection.js'
import {endsWithUnitSuffix, hasStopChar, isGenericWord} from '../../gazetteer/find-suffixed-names.js'
import {loadGazetteer} from '../../gazetteer/load-gazetteer.js'
import {longestAt} from '../../gazetteer/trie.js'
import {clauseEnd, han, numeral} from './character-classes.js'
import {opensPredicate} from './predicate-tags.js'
import {overlapsAny} from '../../overlaps.js'
import {isSkipped} from './skipped-spans.js'

// A project described by its annual output: 鼎泰年产20万吨精密铸件项目. The description runs to 项目 within a clause.
const outputWord = '年产'
const projectWord = '项目'
const maxProjectDescription = 24
const maxBrand = 4

/**
 * A company's brand before a project it describes by annual output (鼎泰年产20万吨精密铸件项目, 芳华年产5000吨玫瑰
 * 深加工项目): two to four Han characters that open a clause right before 年产, a number, and 项目 in the same
 * clause. The description is the project's; the words before it can only be whose it is. Generic words (新建,
 * 企业, 项目), a unit's generic name (公司), places, and verbs or function words (实施, 该) are not brands.
 */
export function detectBrandsBeforeOutput(context: DetectionContext, units: readonly Detection[]): Detection[] {
  const {text} = context
  const found: Detection[] = []
  for (let at = text.indexOf(outputWord); at !== -1; at = text.indexOf(outputWord, at + outputWord.length)) {
    if (!numeral.test(text.charAt(at + outputWord.length))) continue
    let start = at
    while (start > 0 && at - start <= maxBrand && han.test(text.charAt(start - 1))) start--
    const name = text.slice(start, at)
    if (name.length < 2 || name.length > maxBrand || (start > 0 && han.test(text.charAt(start - 1)))) continue
    const description = text.slice(at, at + maxProjectDescription)
    const project = description.indexOf(projectWord)
    const end = description.search(clauseEnd)
    if (project === -1 || (end !== -1 && end < project)) continue
    if (hasStopChar(name) || isGenericWord(name) || endsWithUnitSuffix(name) || longestAt(loadGazetteer().names, text, start)) continue
    if (isSkipped(context, start, at) || overlapsAny(units, start, at) || opensPredicate(text, start, at)) continue
    found.push({
      type: 'ORG',
      start,
      end: at,
      suffixLength: 0,
      detector: 'units',
      rule: 'brand-before-output',
      confidence: 0.7,
      reason: `brand of a company before the project it describes by \`${outputWord}\``
    })
  }
  return found
}

// The verbs whose object is a unit (data/unit-object-verbs.txt), read once.
import {readLexicon} from '../../read-lexicon.js'

let objectVerbs: {verb: string; classes: boolean}[] | undefined

/** data/unit-object-verbs.txt: verbs whose object is a unit, and whether they as often take a class of units. */
export function loadObjectVerbs(): {verb: string; classes: boolean}[] {
  objectVerbs ??= readLexicon('unit-object-verbs.txt').map((line) => {
    const [verb = '', takes] = line.split('\t')
    return {verb, classes: takes === 'class'}
  })
  return objectVerbs
}

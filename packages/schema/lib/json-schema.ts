import * as z from 'zod'
import {EntityType, KeepType} from './entity.js'
import {GoldAnnotation, GoldSentence} from './gold.js'
import {MessageRecord} from './message.js'
import {Policy} from './policy.js'
import {BatchReport, FileResult, JsonlInput} from './report.js'
import {LeakFinding, RedactionSpan} from './span.js'
import {RootNode} from './tree.js'

/** Every shape that crosses a boundary, by the name its JSON Schema file takes. */
export const boundarySchemas = {
  tree: RootNode,
  span: RedactionSpan,
  leak: LeakFinding,
  policy: Policy,
  message: MessageRecord,
  'file-result': FileResult,
  'jsonl-input': JsonlInput,
  'batch-report': BatchReport,
  gold: GoldAnnotation,
  'gold-sentence': GoldSentence,
  'entity-type': EntityType,
  'keep-type': KeepType
} as const

export type BoundarySchemaName = keyof typeof boundarySchemas

/** JSON Schema (draft 2020-12) generated from the zod schema: the single source of truth. */
export function toJsonSchema(name: BoundarySchemaName): Record<string, unknown> {
  return z.toJSONSchema(boundarySchemas[name], {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'}) as Record<string, unknown>
}

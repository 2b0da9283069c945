import * as z from 'zod'
import {EntityType} from './entity.js'

/**
 * How one masked string is written in the output.
 * - `star`: one `*` for the proper part, keeping the generic suffix a name needs (江安县 → *县, 杨垇小学 → *小学)
 * - `double-star`: `**` for the whole span (王留剑 → **, 12.5 → **)
 * - `star-per-char`: one `*` per character or digit (2018 → ****)
 * - `xx`: `xx` for the proper part, keeping the suffix (江安县 → xx县)
 * - `tag`: a category tag ([地名], [单位], [人名], [数字], [联系方式], [日期])
 * - `pseudonym`: a consistent pseudonym from a keyed hash of the name: two capitals (AK县, 某BX, QD小学), the same in every document and shard
 * - `keep`: leave the text as it is, but still report the span
 */
export const MaskStyle = z
  .enum(['star', 'double-star', 'star-per-char', 'xx', 'tag', 'pseudonym', 'keep'])
  .meta({id: 'MaskStyle'})
export type MaskStyle = z.infer<typeof MaskStyle>

export const DenyEntry = z
  .object({text: z.string().min(1), type: EntityType})
  .meta({id: 'DenyEntry', description: 'A string always masked as the given type'})
export type DenyEntry = z.infer<typeof DenyEntry>

const defaultStyles = {
  PLACE: 'star',
  ORG: 'star',
  PERSON: 'double-star',
  FIGURE: 'double-star',
  CONTACT: 'double-star',
  DATE: 'keep'
} as const satisfies Record<EntityType, MaskStyle>

/** The redaction policy. Every field has a default, so `Policy.parse({})` is the default policy (the seeds' convention). */
export const Policy = z
  .object({
    styles: z
      .object({
        PLACE: MaskStyle.default(defaultStyles.PLACE),
        ORG: MaskStyle.default(defaultStyles.ORG),
        PERSON: MaskStyle.default(defaultStyles.PERSON),
        FIGURE: MaskStyle.default(defaultStyles.FIGURE),
        CONTACT: MaskStyle.default(defaultStyles.CONTACT),
        DATE: MaskStyle.default(defaultStyles.DATE)
      })
      .prefault({})
      .describe('Mask style per entity type'),
    keepYears: z.boolean().default(true).describe('Keep years and 年度 (2022年) visible'),
    keepLaws: z.boolean().default(true).describe('Keep national laws, standards and document titles visible'),
    allow: z.array(z.string().min(1)).default([]).describe('Strings never masked, in addition to the built-in keep-lists'),
    deny: z.array(DenyEntry).default([]).describe('Strings always masked, wherever they occur'),
    minConfidence: z.number().min(0).max(1).default(0.5).describe('Spans below this confidence are reported as warnings, not masked'),
    pseudonymKey: z
      .string()
      .min(1)
      .default('gongwen')
      .describe('Secret for the keyed hash behind pseudonyms: the same key gives the same pseudonyms on every machine and shard')
  })
  .meta({id: 'Policy'})
export type Policy = z.infer<typeof Policy>
/** What a caller may pass: any subset of the policy. */
export type PolicyInput = z.input<typeof Policy>

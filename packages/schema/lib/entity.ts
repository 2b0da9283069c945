import * as z from 'zod'

/** What a piece of text identifies. Matches the gold categories of ANNOTATION.md. */
export const EntityType = z
  .enum(['PLACE', 'ORG', 'PERSON', 'FIGURE', 'CONTACT', 'DATE'])
  .describe('PLACE: sub-national place; ORG: local unit, school, company, project; PERSON: non-public person; FIGURE: statistic; CONTACT: phone, ID, email, URL, bank card, plate; DATE: date finer than a year')
  .meta({id: 'EntityType'})
export type EntityType = z.infer<typeof EntityType>

/** Why a string must stay visible (gold `keep` categories). */
export const KeepType = z
  .enum(['NATIONAL', 'LEADER', 'SLOGAN', 'YEAR', 'GENERIC', 'LAW', 'PLACEHOLDER'])
  .meta({id: 'KeepType'})
export type KeepType = z.infer<typeof KeepType>

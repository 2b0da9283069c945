import * as z from 'zod'
import {Position} from './position.js'

/** A vfile message as JSON: a warning (`fatal: false`), an info note (`fatal: null`) or a fatal error (`fatal: true`). */
export const MessageRecord = z
  .object({
    reason: z.string(),
    ruleId: z.string().nullable(),
    source: z.string().nullable(),
    fatal: z.boolean().nullable(),
    file: z.string().nullable().optional(),
    line: z.number().int().nullable(),
    column: z.number().int().nullable(),
    place: Position.nullable().optional(),
    actual: z.string().optional(),
    expected: z.array(z.string()).optional()
  })
  .meta({id: 'MessageRecord'})
export type MessageRecord = z.infer<typeof MessageRecord>

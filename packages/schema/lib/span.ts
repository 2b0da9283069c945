import * as z from 'zod'
import {EntityType} from './entity.js'

/** One redaction decision, in offsets of the input text. */
export const RedactionSpan = z
  .object({
    type: EntityType,
    start: z.number().int().min(0).describe('Offset of the first masked character (0-based, UTF-16)'),
    end: z.number().int().min(0).describe('Offset after the last masked character (exclusive)'),
    original: z.string().describe('The masked text as it stands in the input'),
    replacement: z.string().describe('What replaces it in the output'),
    detector: z.string().describe('Detector that fired, e.g. places, persons, figures'),
    rule: z.string().describe('Stable rule id within the detector, e.g. gazetteer-county, title-before-name'),
    confidence: z.number().min(0).max(1),
    reason: z.string().describe('Human-readable why, for a reviewer')
  })
  .meta({id: 'RedactionSpan'})
export type RedactionSpan = z.infer<typeof RedactionSpan>

/** Something the audit found still visible in an already-redacted document. */
export const LeakFinding = z
  .object({
    type: EntityType,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string(),
    rule: z.string(),
    confidence: z.number().min(0).max(1),
    reason: z.string()
  })
  .meta({id: 'LeakFinding'})
export type LeakFinding = z.infer<typeof LeakFinding>

import * as z from 'zod'
import {EntityType, KeepType} from './entity.js'

/** One heading a reader sees (ANNOTATION.md § outline). */
export const OutlineEntry = z
  .object({
    level: z.number().int().min(1).max(6),
    marker: z.string().describe('Marker as written; empty for an unnumbered heading'),
    title: z.string().describe('Heading text after the marker, up to the first 。；：！ or line end')
  })
  .meta({id: 'OutlineEntry'})
export type OutlineEntry = z.infer<typeof OutlineEntry>

export const GoldMention = z.object({text: z.string().min(1), type: EntityType}).meta({id: 'GoldMention'})
export type GoldMention = z.infer<typeof GoldMention>

export const GoldKeep = z.object({text: z.string().min(1), type: KeepType}).meta({id: 'GoldKeep'})
export type GoldKeep = z.infer<typeof GoldKeep>

/** Gold annotation of one corpus document (ANNOTATION.md). Every `text` is an exact substring of the document. */
export const GoldAnnotation = z
  .object({
    doc: z.string().describe('File name of the document in corpus/'),
    split: z.enum(['seed', 'tune', 'holdout']).describe('seed: user-supplied; tune: written and used for tuning; holdout: written, never tuned on'),
    outline: z.array(OutlineEntry),
    mask: z.array(GoldMention),
    soft: z.array(GoldMention).default([]),
    keep: z.array(GoldKeep)
  })
  .meta({id: 'GoldAnnotation'})
export type GoldAnnotation = z.infer<typeof GoldAnnotation>

/**
 * One sentence of the sentence bank (test/sentences/*.jsonl, one per line): report sentences written blind, each
 * naming places, units or people in a context of its own, annotated as a corpus document is. The bank measures
 * what the redactor does with contexts no document of the corpus has; each sentence is redacted alone.
 */
export const GoldSentence = z
  .object({
    id: z.string().regex(/^[A-Z]{1,2}\d{3}$/).describe('Writer letters and number: E001, AA001'),
    genre: z.string().min(1).describe('The kind of report the sentence comes from'),
    split: z.enum(['tune', 'holdout']).describe('tune: read while tuning; holdout: never read, totals only'),
    text: z.string().min(1),
    mask: z.array(GoldMention),
    keep: z.array(GoldKeep)
  })
  .meta({id: 'GoldSentence'})
export type GoldSentence = z.infer<typeof GoldSentence>

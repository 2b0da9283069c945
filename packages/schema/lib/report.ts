import * as z from 'zod'
import {EntityType} from './entity.js'
import {MessageRecord} from './message.js'
import {LeakFinding, RedactionSpan} from './span.js'

export const TypeCounts = z.record(EntityType, z.number().int().min(0)).meta({id: 'TypeCounts'})
export type TypeCounts = z.infer<typeof TypeCounts>

/** Input line of `gongwen … --jsonl`. */
export const JsonlInput = z
  .object({id: z.union([z.string(), z.number()]), text: z.string()})
  .meta({id: 'JsonlInput'})
export type JsonlInput = z.infer<typeof JsonlInput>

/** The result for one document: one line of `--jsonl` output, or one entry of a batch. */
export const FileResult = z
  .object({
    id: z.union([z.string(), z.number()]).describe('The JSONL id, or the input path'),
    ok: z.boolean(),
    text: z.string().optional().describe('The redacted text'),
    spans: z.array(RedactionSpan).optional(),
    leaks: z.array(LeakFinding).optional().describe('audit: what is still visible'),
    counts: TypeCounts,
    messages: z.array(MessageRecord),
    error: z.string().optional().describe('Why the document could not be processed, naming the file and the problem'),
    input: z
      .object({bytes: z.number().int().min(0), mtimeMs: z.number().min(0)})
      .optional()
      .describe('The input file as it was when processed (batch spans files), so --resume can tell a complete output from a stale one')
  })
  .meta({id: 'FileResult'})
export type FileResult = z.infer<typeof FileResult>

/** One input file of a batch run. */
export const BatchFileEntry = z
  .object({
    path: z.string().describe('Input path, relative to the input root'),
    output: z.string().nullable().describe('Redacted text written here, relative to --out'),
    spansFile: z.string().nullable().describe('Spans JSON written here, relative to --out'),
    status: z.enum(['ok', 'failed', 'skipped']).describe('skipped: --resume found a complete output'),
    bytes: z.number().int().min(0),
    counts: TypeCounts,
    warnings: z.array(MessageRecord),
    error: z.string().optional()
  })
  .meta({id: 'BatchFileEntry'})
export type BatchFileEntry = z.infer<typeof BatchFileEntry>

/** `report.json` of `gongwen redact --out DIR`. */
export const BatchReport = z
  .object({
    tool: z.literal('gongwen'),
    version: z.string(),
    startedAt: z.string().describe('ISO 8601'),
    durationMs: z.number().min(0),
    jobs: z.number().int().min(1),
    files: z.array(BatchFileEntry),
    totals: z.object({
      files: z.number().int().min(0),
      ok: z.number().int().min(0),
      failed: z.number().int().min(0),
      skipped: z.number().int().min(0),
      bytes: z.number().int().min(0),
      counts: TypeCounts
    }),
    failures: z.array(z.object({path: z.string(), reason: z.string()}))
  })
  .meta({id: 'BatchReport'})
export type BatchReport = z.infer<typeof BatchReport>

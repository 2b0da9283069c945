import * as z from 'zod'

/** One place in the source text. */
export const Point = z
  .object({
    line: z.number().int().min(1).describe('Line number (1-based)'),
    column: z.number().int().min(1).describe('Column number (1-based, UTF-16 code units)'),
    offset: z.number().int().min(0).describe('Offset into the source (0-based, UTF-16 code units)')
  })
  .meta({id: 'Point'})
export type Point = z.infer<typeof Point>

/** Where a node sits in the source: `end` is the first character after it (unist). */
export const Position = z
  .object({start: Point, end: Point})
  .meta({id: 'Position'})
export type Position = z.infer<typeof Position>

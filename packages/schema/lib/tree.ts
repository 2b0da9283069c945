import * as z from 'zod'
import {Position} from './position.js'

// The tree is unist-compatible: every node has `type` and `position`, parents have `children`,
// literals have `value`. It is lossless: concatenating the `value` of every leaf in document
// order gives back the source text exactly. Facts that are not part of the source (normalised
// text, confidence) live in `data`, as unist asks.

/** A run of source text. `data.normalized` holds the repaired reading (doubled glyphs collapsed, full-width digits folded). */
export const TextNode = z
  .object({
    type: z.literal('text'),
    value: z.string(),
    position: Position,
    data: z.object({normalized: z.string().optional()}).optional()
  })
  .meta({id: 'TextNode'})
export type TextNode = z.infer<typeof TextNode>

/** Line terminators and blank lines. `data.soft` marks a hard wrap the parser joined back into its paragraph. */
export const BreakNode = z
  .object({
    type: z.literal('break'),
    value: z.string(),
    position: Position,
    data: z.object({soft: z.boolean().optional()}).optional()
  })
  .meta({id: 'BreakNode'})
export type BreakNode = z.infer<typeof BreakNode>

/**
 * A numbering marker as written: `一、` `（一）` `1.` `（1）` `①` `一是` `第一，`. `data.normalized` is its reading where
 * the text has it otherwise (`一一、、` in a PDF's fake bold reads `一、`).
 */
export const MarkerNode = z
  .object({type: z.literal('marker'), value: z.string(), position: Position, data: z.object({normalized: z.string().optional()}).optional()})
  .meta({id: 'MarkerNode'})
export type MarkerNode = z.infer<typeof MarkerNode>

export const InlineContent = z.discriminatedUnion('type', [TextNode, BreakNode, MarkerNode])
export type InlineContent = z.infer<typeof InlineContent>

/** One item of an inline enumeration (`一是加强领导聚合力。…`), up to the next item or the end of its paragraph. */
export const EnumItemNode = z
  .object({
    type: z.literal('enumItem'),
    marker: z.string().describe('The marker as written, e.g. 一是, 第一, 首先'),
    ordinal: z.number().int().min(1).describe('1 for 一是/第一/首先, 2 for 二是/第二/其次, …'),
    lead: z.string().describe('The lead phrase after the marker, up to the first 。；！： or the end of the item (normalised)'),
    children: z.array(InlineContent),
    position: Position
  })
  .meta({id: 'EnumItemNode'})
export type EnumItemNode = z.infer<typeof EnumItemNode>

export const FlowContent = z.discriminatedUnion('type', [TextNode, BreakNode, MarkerNode, EnumItemNode])
export type FlowContent = z.infer<typeof FlowContent>

function inlineBlock<T extends string>(type: T, id: string, description: string) {
  return z
    .object({type: z.literal(type), children: z.array(InlineContent), position: Position})
    .meta({id, description})
}

export const PageHeaderNode = inlineBlock(
  'pageHeader',
  'PageHeaderNode',
  'Running head of a newspaper or magazine page above the title, in text extracted from a PDF, e.g. 某某日报 2023年10月12日 星期四 第07版'
)
export type PageHeaderNode = z.infer<typeof PageHeaderNode>
export const TitleNode = inlineBlock('title', 'TitleNode', 'Document or article title; may span two lines')
export type TitleNode = z.infer<typeof TitleNode>
export const SubtitleNode = inlineBlock('subtitle', 'SubtitleNode', 'Subtitle, usually introduced by ——')
export type SubtitleNode = z.infer<typeof SubtitleNode>
export const BylineNode = inlineBlock('byline', 'BylineNode', 'Authors or issuing unit under the title')
export type BylineNode = z.infer<typeof BylineNode>
export const AddresseeNode = inlineBlock('addressee', 'AddresseeNode', 'Main addressee line, e.g. 区委组织部：')
export type AddresseeNode = z.infer<typeof AddresseeNode>
export const ClosingNode = inlineBlock('closing', 'ClosingNode', 'Closing formula, e.g. 以上汇报不妥之处，敬请批评指正。')
export type ClosingNode = z.infer<typeof ClosingNode>
export const SignatureNode = inlineBlock('signature', 'SignatureNode', 'Signing unit or person, one line')
export type SignatureNode = z.infer<typeof SignatureNode>
export const DateLineNode = inlineBlock('dateLine', 'DateLineNode', 'Date line at the end, e.g. 2022年12月30日')
export type DateLineNode = z.infer<typeof DateLineNode>
export const AttachmentNode = inlineBlock('attachment', 'AttachmentNode', 'Attachment note, e.g. 附件：1．…')
export type AttachmentNode = z.infer<typeof AttachmentNode>
export const NoteNode = inlineBlock('note', 'NoteNode', 'Note at the end (GB/T 9704 附注), e.g. （联系人：张三；联系电话：…）')
export type NoteNode = z.infer<typeof NoteNode>
export const DistributionNode = inlineBlock(
  'distribution',
  'DistributionNode',
  'Distribution line at the end (GB/T 9704 版记), e.g. 抄送：市委办公室，市政府办公室, 报：…/送：…/发：… of a bulletin, （共印60份）'
)
export type DistributionNode = z.infer<typeof DistributionNode>
export const CaptionNode = inlineBlock('caption', 'CaptionNode', 'Photo caption in text extracted from a PDF')
export type CaptionNode = z.infer<typeof CaptionNode>

/** A body paragraph (or the lead paragraph with `role: 'lead'`). */
export const ParagraphNode = z
  .object({
    type: z.literal('paragraph'),
    role: z.enum(['body', 'lead']).describe('`lead` for the opening paragraph (…现将有关情况汇报如下：)'),
    children: z.array(FlowContent),
    position: Position
  })
  .meta({id: 'ParagraphNode'})
export type ParagraphNode = z.infer<typeof ParagraphNode>

/** The heading of a section: its marker (absent when unnumbered) and heading text; a run-in heading ends before its body. */
export const HeadingNode = z
  .object({
    type: z.literal('heading'),
    depth: z.number().int().min(1).max(6),
    children: z.array(InlineContent),
    position: Position
  })
  .meta({id: 'HeadingNode'})
export type HeadingNode = z.infer<typeof HeadingNode>

export const SectionKind = z.enum(['numbered', 'unnumbered', 'enumeration'])
export type SectionKind = z.infer<typeof SectionKind>

const leafBlocks = [
  PageHeaderNode,
  TitleNode,
  SubtitleNode,
  BylineNode,
  AddresseeNode,
  ClosingNode,
  SignatureNode,
  DateLineNode,
  AttachmentNode,
  NoteNode,
  DistributionNode,
  CaptionNode,
  ParagraphNode,
  BreakNode
] as const

/**
 * A numbered part of the text (GB/T 9704 levels: 一、 → （一） → 1. → （1）), an unnumbered
 * heading (magazine subhead), or an enumeration used as standalone headings (一是 on its own line).
 * Its first child is its heading; the rest is its body, including deeper sections.
 */
export const SectionNode = z
  .object({
    type: z.literal('section'),
    depth: z.number().int().min(1).max(6).describe('Outline level: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）'),
    kind: SectionKind,
    marker: z.string().describe('The marker as written; empty when unnumbered'),
    ordinal: z.number().int().min(1).nullable().describe('The number the marker stands for; null when unnumbered'),
    title: z.string().describe('Heading text without the marker (normalised)'),
    // Annotated so the recursive type stays exact (zod: "Recursive objects"); unannotated, a nested section infers as Record<string, unknown>.
    get children(): z.ZodArray<z.ZodDiscriminatedUnion<[typeof HeadingNode, typeof SectionNode, ...typeof leafBlocks], 'type'>> {
      return z.array(z.discriminatedUnion('type', [HeadingNode, SectionNode, ...leafBlocks]))
    },
    position: Position
  })
  .meta({id: 'SectionNode'})
export type SectionNode = z.infer<typeof SectionNode>

export const BlockContent = z.discriminatedUnion('type', [SectionNode, ...leafBlocks])
export type BlockContent = z.infer<typeof BlockContent>

/** One article. A magazine page extracted from a PDF may hold several. */
export const ArticleNode = z
  .object({type: z.literal('article'), children: z.array(BlockContent), position: Position})
  .meta({id: 'ArticleNode'})
export type ArticleNode = z.infer<typeof ArticleNode>

export const RootNode = z
  .object({
    type: z.literal('root'),
    children: z.array(z.discriminatedUnion('type', [ArticleNode, BreakNode, TextNode])),
    position: Position,
    data: z
      .object({
        format: z.enum(['text', 'markdown']).optional(),
        encoding: z.string().optional().describe('Encoding the bytes were decoded from, when the input was bytes'),
        pdf: z.boolean().optional().describe('Whether the text was recognised as extracted from a PDF and repaired')
      })
      .optional()
  })
  .meta({id: 'RootNode'})
export type RootNode = z.infer<typeof RootNode>

export type Node = RootNode | ArticleNode | BlockContent | HeadingNode | FlowContent
export type Parent = Extract<Node, {children: unknown}>
export type Literal = Extract<Node, {value: string}>

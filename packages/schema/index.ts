export {Point, Position} from './lib/position.js'
export {
  ArticleNode,
  AddresseeNode,
  AttachmentNode,
  BlockContent,
  BreakNode,
  BylineNode,
  CaptionNode,
  ClosingNode,
  DateLineNode,
  DistributionNode,
  EnumItemNode,
  FlowContent,
  HeadingNode,
  InlineContent,
  MarkerNode,
  NoteNode,
  PageHeaderNode,
  ParagraphNode,
  RootNode,
  SectionKind,
  SectionNode,
  SignatureNode,
  SubtitleNode,
  TextNode,
  TitleNode,
  type Literal,
  type Node,
  type Parent
} from './lib/tree.js'
export {EntityType, KeepType} from './lib/entity.js'
export {LeakFinding, RedactionSpan} from './lib/span.js'
export {MessageRecord} from './lib/message.js'
export {DenyEntry, MaskStyle, Policy, type PolicyInput} from './lib/policy.js'
export {GoldAnnotation, GoldKeep, GoldMention, GoldSentence, OutlineEntry} from './lib/gold.js'
export {BatchFileEntry, BatchReport, FileResult, JsonlInput, TypeCounts} from './lib/report.js'
export {boundarySchemas, toJsonSchema, type BoundarySchemaName} from './lib/json-schema.js'

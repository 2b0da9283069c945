import type {HeadingMarkerMatch} from './match-marker.js'

/** What a run of lines is, before the tree is built. */
export type BlockKind =
  | 'pageHeader'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'addressee'
  | 'paragraph'
  | 'heading'
  | 'enumerationHeading'
  | 'unnumberedHeading'
  | 'caption'
  | 'closing'
  | 'signature'
  | 'dateLine'
  | 'attachment'
  | 'note'
  | 'distribution'

/**
 * A run of content lines `first..last` (indices into the line list, inclusive) with one role. Blank
 * lines between them belong to the block (a paragraph hard-wrapped with blank lines between its lines).
 */
export interface Block {
  kind: BlockKind
  first: number
  last: number
  /** Whether the line breaks inside the block are hard wraps joined back (`data.soft`). */
  soft: boolean
  /** For a numbered heading: its marker. */
  marker?: HeadingMarkerMatch
  /** For an enumeration heading (`一是` alone on its line): its marker word and ordinal. */
  enumeration?: {marker: string; ordinal: number; end: number}
  /**
   * For a caption: the single reading of its doubled glyphs, of the line without indentation and trailing space; for
   * a numbered heading in fake bold, the reading of what follows its marker.
   */
  reading?: string
  /** The block opens a new article (a title block after another article's). */
  startsArticle?: boolean
}

import type {EntityType, RootNode} from '@gongwen/schema'

/**
 * One thing a detector found: the contract between the detectors (`lib/detect/*`) and the
 * orchestration in `redact` that resolves overlaps, applies the keep-lists, propagates names and
 * turns detections into `RedactionSpan`s through the policy's mask styles.
 */
export interface Detection {
  type: EntityType
  /** Offset of the first character of the mention in the text. */
  start: number
  /** Offset after the last character (exclusive). */
  end: number
  /**
   * Trailing generic characters that `star`, `xx`, `tag`-less styles keep visible, so a unit name keeps
   * what it needs: 江安县 → 1 (*县), 杨垇小学 → 2 (*小学), 王留剑 → 0. Never the whole mention.
   */
  suffixLength: number
  /** Detector name, e.g. `places`, `units`, `persons`, `figures`, `contacts`. */
  detector: string
  /** Stable kebab-case rule id within the detector, e.g. `gazetteer-county`, `title-before-name`. */
  rule: string
  /** 0–1; below the policy's `minConfidence` a detection becomes a warning instead of a mask. */
  confidence: number
  /** Why, for the reviewer, e.g. `county in the division gazetteer`. */
  reason: string
  /**
   * For a mention whose glyphs a PDF's fake bold doubled (金金寨寨县县, see undouble-lines.ts): the mention as read
   * (金寨县) and its generic ending there. It is masked as the reading is, each character of the mask doubled (**县县).
   */
  reading?: {text: string; suffixLength: number}
}

/** A region of the document with a known role, from the parser's tree. */
export interface Zone {
  kind: 'pageHeader' | 'title' | 'subtitle' | 'byline' | 'addressee' | 'signature' | 'dateLine' | 'caption' | 'attachment' | 'note' | 'distribution' | 'heading' | 'body'
  start: number
  end: number
}

/** What every detector receives: the text, the tree it was parsed into, and the zones derived from it. */
export interface DetectionContext {
  text: string
  tree: RootNode
  /** Zones in document order; bylines, signatures and captions are high-risk. */
  zones: readonly Zone[]
  /**
   * Ranges that must stay visible (keep-list hits: national bodies, leaders, slogans, laws, years,
   * placeholders). Detectors may skip candidates inside them; `redact` drops any that remain.
   */
  protectedRanges: readonly {start: number; end: number}[]
}

/**
 * A detector reads a document's context and what the detectors run before it found there, in `namedDetectors`' order
 * (redact.ts): the units detector reads the places the places detector found rather than looking for them again.
 */
export type Detector = (context: DetectionContext, earlier: readonly Detection[]) => Detection[]

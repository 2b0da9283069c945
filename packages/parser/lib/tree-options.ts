/** What a tree is built with beyond the text and the file (see `Options` of `parse`). */
export interface TreeOptions {
  /** Whether inline enumerations (一是…二是…) become `enumItem` nodes inside their paragraphs. */
  inlineEnumerations: boolean
}

/** The tree every route builds unless told otherwise: inline enumerations read. */
export const defaultTreeOptions: Readonly<TreeOptions> = {inlineEnumerations: true}

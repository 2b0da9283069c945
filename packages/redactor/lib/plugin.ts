import type {PolicyInput, RedactionSpan, RootNode} from '@gongwen/schema'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {applySpans} from './apply-spans.js'
import {findRedactions, resolvePolicy} from './redact.js'

declare module 'vfile' {
  interface DataMap {
    /** The redaction spans `gongwenRedact` decided, in offsets of `file.value`. */
    redactions: RedactionSpan[]
  }
}

/**
 * unified transformer: redact the document `gongwenParse` parsed. Writes the spans to `file.data.redactions`
 * and the warnings to `file.messages`; the tree is left as it is.
 *
 * @param options The redaction policy (optional; default: the seeds' convention).
 * @throws TypeError when the policy is invalid (when the plugin is attached).
 */
export const gongwenRedact: Plugin<[(Readonly<PolicyInput> | null | undefined)?], RootNode> = function gongwenRedact(options) {
  const policy = resolvePolicy(options)
  return function transformer(tree: RootNode, file: VFile): undefined {
    file.data.redactions = findRedactions(String(file.value), tree, policy, file)
  }
}

/** unified compiler: the source with `file.data.redactions` applied; with no spans, the source as it is. */
export const gongwenStringify: Plugin<[], RootNode, string> = function gongwenStringify() {
  this.compiler = function compiler(_tree: unknown, file: VFile): string {
    return applySpans(String(file.value), file.data.redactions ?? [])
  }
}

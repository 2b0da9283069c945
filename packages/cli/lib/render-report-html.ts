import {EntityType, type BatchFileEntry, type BatchReport, type MessageRecord, type RedactionSpan} from '@gongwen/schema'
import {escapeHtml} from './escape-html.js'
import {formatBytes} from './format-bytes.js'
import {locateReplacements} from './locate-replacements.js'

/** One document of the batch as the review page shows it. */
export interface ReviewDocument {
  entry: BatchFileEntry
  /** The redacted text; absent for a failed file. */
  text?: string | undefined
  spans?: readonly RedactionSpan[] | undefined
}

export interface Options {
  /** Show each span's original text on hover (default: true). `false` keeps originals out of the file entirely. */
  originals?: boolean | undefined
}

const colors: Record<EntityType, string> = {
  PLACE: '#ffd54f',
  ORG: '#90caf9',
  PERSON: '#ef9a9a',
  FIGURE: '#a5d6a7',
  CONTACT: '#ce93d8',
  DATE: '#ffcc80'
}

const types = EntityType.options

/**
 * Render `report.html`: one self-contained offline page (inline CSS and JS, no external URL) for a
 * reviewer: totals per type, a file list with counts and jump links, a filter by type, and per document
 * the article `renderReviewArticle` made. Yields chunks, so a large batch is written without holding every
 * document in memory.
 *
 * @param report the batch report (report.json)
 * @param articles each document's `renderReviewArticle`, in `report.files` order
 */
export async function* renderReportHtml(report: BatchReport, articles: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  yield head(report)
  yield summary(report)
  yield '<main>\n'
  yield* articles
  yield `</main>\n<script>${script}</script>\n</body>\n</html>\n`
}

function head(report: BatchReport): string {
  const typeStyles = types
    .map((type) => `mark.t-${type},.key.t-${type}{background:${colors[type]}}body.hide-${type} mark.t-${type}{background:none;outline:none}`)
    .join('\n')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gongwen redaction report: ${report.totals.files} files</title>
<style>
body{font:14px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5em 1em;z-index:1}
h1{font-size:1.2em;margin:0 0 .3em}
h2{font-size:1.05em;margin:0 0 .4em}
section,article{background:#fff;margin:1em;padding:.8em 1em;border:1px solid #ddd;border-radius:4px;scroll-margin-top:6em}
table{border-collapse:collapse}
th,td{padding:.15em .6em;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}
td.zero{color:#bbb}
pre.text{white-space:pre-wrap;word-break:break-all;font:inherit;margin:0}
mark{border-radius:2px;padding:0 1px;outline:1px solid rgba(0,0,0,.15)}
.key{display:inline-block;padding:0 .4em;border-radius:2px}
.failed{color:#b00020}
.warnings{color:#8a6d00;font-size:.9em}
.hidden{display:none}
label{margin-right:.8em;white-space:nowrap}
${typeStyles}
</style>
</head>
<body id="top">
`
}

function summary(report: BatchReport): string {
  const {totals} = report
  const filters = types
    .map((type) => `<label><input type="checkbox" class="highlight" value="${type}" checked> <span class="key t-${type}">${type}</span> ${totals.counts[type]}</label>`)
    .join('')
  const only = types.map((type) => `<option value="${type}">files with ${type}</option>`).join('')
  const rows = report.files
    .map((entry, index) => {
      const cells = types.map((type) => `<td class="${entry.counts[type] === 0 ? 'zero' : ''}">${entry.counts[type]}</td>`).join('')
      return `<tr data-doc="doc-${index}" data-types="${typesPresent(entry)}"><td><a href="#doc-${index}">${escapeHtml(entry.path)}</a></td><td class="${entry.status === 'failed' ? 'failed' : ''}">${entry.status}</td>${cells}<td>${entry.warnings.length}</td></tr>`
    })
    .join('\n')
  const failures =
    report.failures.length === 0
      ? ''
      : `<section id="failures"><h2 class="failed">${report.failures.length} failed</h2><ul>${report.failures
          .map((failure) => `<li><b>${escapeHtml(failure.path)}</b>: ${escapeHtml(failure.reason)}</li>`)
          .join('')}</ul></section>\n`
  return `<header>
<h1>gongwen redaction report</h1>
<div>${totals.files} files: ${totals.ok} ok, ${totals.failed} failed, ${totals.skipped} skipped · ${formatBytes(totals.bytes)} · ${report.jobs} jobs · ${(report.durationMs / 1000).toFixed(1)} s · started ${escapeHtml(report.startedAt)} · gongwen ${escapeHtml(report.version)}</div>
<div>Highlight: ${filters} <select id="only"><option value="">all files</option>${only}</select></div>
</header>
${failures}<section id="summary"><h2>Files</h2>
<table id="files"><thead><tr><th>File</th><th>Status</th>${types.map((type) => `<th>${type}</th>`).join('')}<th>Warnings</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th>Total</th><th></th>${types.map((type) => `<th id="total-${type}">${totals.counts[type]}</th>`).join('')}<th>${report.files.reduce((sum, entry) => sum + entry.warnings.length, 0)}</th></tr></tfoot>
</table>
</section>
`
}

/**
 * One document of `report.html`: the redacted text with every replacement highlighted in its type's colour
 * (hover: original, rule, confidence), its warnings and its failure. Everything from the document is escaped.
 * Rendered where the document was redacted (a worker thread), while its text and spans are at hand.
 *
 * @param document the document's entry, redacted text and spans
 * @param index its position in the batch: the anchor `doc-N` the file list links to
 * @param options (optional)
 */
export function renderReviewArticle(document: ReviewDocument, index: number, options?: Readonly<Options> | null): string {
  const originals = options?.originals ?? true
  const {entry} = document
  const counts = types
    .filter((type) => entry.counts[type] > 0)
    .map((type) => `<span class="key t-${type}">${type} ${entry.counts[type]}</span>`)
    .join(' ')
  const error = entry.error === undefined ? '' : `<p class="failed">${escapeHtml(entry.error)}</p>`
  const warnings =
    entry.warnings.length === 0
      ? ''
      : `<ul class="warnings">${entry.warnings.map((message) => `<li>${escapeHtml(describeMessage(message, originals))}</li>`).join('')}</ul>`
  const text = document.text === undefined ? '' : `<pre class="text">${highlight(document.text, document.spans ?? [], originals)}</pre>`
  return `<article id="doc-${index}" data-path="${escapeHtml(entry.path)}" data-types="${typesPresent(entry)}" data-status="${entry.status}">
<h2>${escapeHtml(entry.path)} <small>${entry.status}</small> <a href="#top" title="back to the file list">↑</a></h2>
${entry.status === 'failed' ? '' : `<p>${counts || 'nothing masked'}</p>`}
${error}${warnings}${text}
</article>
`
}

function highlight(text: string, spans: readonly RedactionSpan[], originals: boolean): string {
  let html = ''
  let last = 0
  for (const {start, end, span} of locateReplacements(text, spans)) {
    if (start < last) continue
    const title = originals
      ? `${span.original} → ${span.replacement} · ${span.detector}/${span.rule} · confidence ${span.confidence} · ${span.reason}`
      : `${span.detector}/${span.rule} · confidence ${span.confidence}`
    html += escapeHtml(text.slice(last, start))
    html += `<mark class="t-${span.type}" data-type="${span.type}" title="${escapeHtml(title)}">${escapeHtml(text.slice(start, end))}</mark>`
    last = end
  }
  return html + escapeHtml(text.slice(last))
}

function describeMessage(message: MessageRecord, originals: boolean): string {
  const where = message.line === null ? '' : `${message.line}:${message.column ?? 1} `
  const kind = message.fatal === true ? 'error' : message.fatal === null ? 'info' : 'warning'
  // Reasons quote the text they are about in backticks; without originals that text must not appear.
  const reason = originals ? message.reason : message.reason.replace(/`[^`]*`/g, '`…`')
  return `${where}${kind} ${reason} (${[message.source, message.ruleId].filter(Boolean).join(':')})`
}

function typesPresent(entry: BatchFileEntry): string {
  return types.filter((type) => entry.counts[type] > 0).join(' ')
}

// Plain browser script, inlined: highlight toggles per type and a file filter by type.
const script = `
for (const box of document.querySelectorAll('input.highlight')) {
  box.addEventListener('change', () => document.body.classList.toggle('hide-' + box.value, !box.checked))
}
document.getElementById('only').addEventListener('change', (event) => {
  const type = event.target.value
  for (const element of document.querySelectorAll('tr[data-types], article[data-types]')) {
    element.classList.toggle('hidden', type !== '' && !element.dataset.types.split(' ').includes(type))
  }
})
`

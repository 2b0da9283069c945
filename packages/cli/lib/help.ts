/** Usage text of each command, printed by `--help`. */
export const help = {
  gongwen: `Usage: gongwen <command> [options]

Parse and redact Chinese government work reports (公文).

Commands:
  parse <files|globs…>    Print the document tree, outline or Markdown
  redact <files|globs…>   Mask places, units, people, figures and contacts
  audit <files|globs…>    Find what is still visible in redacted documents
  schema [name]           Print the JSON Schema of gongwen's input and output shapes

Options:
  -h, --help              Show help (also: gongwen <command> --help)
  -v, --version           Show the version

Exit status: 0 ok, 1 some files failed or leaks were found, 2 bad usage.
`,
  parse: `Usage: gongwen parse <files|globs…> [options]

Parse reports into gongwen's positioned tree. A directory means every
*.txt, *.md, *.text and *.markdown file under it; "-" reads stdin.

Options:
  --format <json|outline|md>  json: the tree (one JSON line per file);
                              outline: the headings; md: Markdown (default: json)
  --max-bytes <size>          Skip files larger than this (default: 50MB)
  -h, --help                  Show this help
`,
  redact: `Usage: gongwen redact <files|globs…> [options]
       gongwen redact --jsonl [options] < in.jsonl > out.jsonl

Mask places, units, people, figures and contacts. Without --out, the result of
one file goes to stdout. With --out, the input tree is mirrored under DIR:
the redacted text, <name>.spans.json, report.json and report.html.

Options:
  -o, --out <dir>             Write outputs under DIR (never inside the input tree)
  --policy <file>             Redaction policy (JSON; see: gongwen schema policy)
  -j, --jobs <n>              Worker threads (default: the number of cores)
  --format <text|json>        Without --out: redacted text, or a FileResult as JSON (default: text)
  --jsonl                     Read {"id":…,"text":…} lines on stdin, write FileResult lines on stdout
  --resume                    Skip inputs whose outputs are complete
  --no-originals              Leave original text out of report.html
  --allow-out-inside-input    Allow --out inside the input tree (its files are never read as input)
  --max-bytes <size>          Fail files larger than this (default: 50MB)
  -h, --help                  Show this help

Exit status: 0 ok, 1 some files failed, 2 bad usage.
`,
  audit: `Usage: gongwen audit <files|globs…> [options]
       gongwen audit --jsonl < in.jsonl > out.jsonl

Find places, units, people, figures and contacts still visible in documents
that were already redacted.

Options:
  --format <text|json>        Warnings per file, or one FileResult per line (default: text)
  --jsonl                     Read {"id":…,"text":…} lines on stdin, write FileResult lines on stdout
  --policy <file>             The policy the documents were redacted under (its allow-list applies)
  -j, --jobs <n>              Worker threads (default: the number of cores)
  --max-bytes <size>          Fail files larger than this (default: 50MB)
  -h, --help                  Show this help

Exit status: 0 nothing found, 1 leaks found or some files failed, 2 bad usage.
`,
  schema: `Usage: gongwen schema [name]

Print the JSON Schema (draft 2020-12) of a shape gongwen reads or writes, or
of every shape as one object keyed by name when no name is given.

Names: %NAMES%

Options:
  -h, --help                  Show this help
`
} as const

export type CommandName = Exclude<keyof typeof help, 'gongwen'>

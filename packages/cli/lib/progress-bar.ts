import {formatBytes} from './format-bytes.js'
import type {OutputStream} from './io.js'

export interface Progress {
  /** One more document is done. */
  advance(bytes: number): void
  /** Clear the bar. */
  finish(): void
}

// Redrawing more often than this costs more than it tells.
const redrawInterval = 100

/**
 * A one-line progress bar (documents done, MB/s, ETA) on a terminal; does nothing when `stream` is not
 * a TTY, so pipes and logs stay clean.
 *
 * @param stream where to draw (stderr)
 * @param totalFiles how many documents the run has
 * @param totalBytes how many bytes they hold
 */
export function createProgress(stream: OutputStream, totalFiles: number, totalBytes: number): Progress {
  if (!stream.isTTY) return {advance() {}, finish() {}}
  const started = Date.now()
  let files = 0
  let bytes = 0
  let drawn = 0

  function draw(): void {
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? bytes / seconds : 0
    const eta = rate > 0 ? Math.ceil((totalBytes - bytes) / rate) : undefined
    const width = 24
    const filled = totalFiles === 0 ? width : Math.round((files / totalFiles) * width)
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${files}/${totalFiles} files  ${formatBytes(rate)}/s  ETA ${eta === undefined ? '?' : `${eta}s`}`
    stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1)}\u001B[K`)
    drawn = Date.now()
  }

  return {
    advance(size) {
      files += 1
      bytes += size
      if (Date.now() - drawn >= redrawInterval || files === totalFiles) draw()
    },
    finish() {
      stream.write('\r\u001B[K')
    }
  }
}

import type {Readable} from 'node:stream'

/**
 * Read a whole stream (stdin) into bytes.
 *
 * @param stream the stream
 */
export async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

// Compression for QR transfers with the platform's own CompressionStream (browsers, Workers and
// Node 20 all have it), so no library is loaded. 'deflate-raw' because the transfer carries its
// own CRC-32 (fountain.ts): gzip's header and trailer would add 18 bytes, zlib's 6, to check
// nothing new.
import { MAX_BUNDLE_BYTES } from './bundle'
import { ReviewDayError } from './errors'

const FORMAT = 'deflate-raw'

/** The UTF-8 of the text, deflated. */
export async function compressText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream(FORMAT))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * The text in deflated bytes. A sender could deflate gigabytes of zeros into a few frames, so this
 * stops reading past `maxBytes` of text ('bundle/too-large'). Bytes that do not inflate, or do not
 * inflate to UTF-8, are 'bundle/not-json': what a transfer cut short or changed on the way gives.
 */
export async function decompressText(
  bytes: Uint8Array,
  maxBytes: number = MAX_BUNDLE_BYTES,
): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > maxBytes) {
        await reader.cancel()
        throw new ReviewDayError('bundle/too-large', { limit: maxBytes })
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof ReviewDayError) throw error
    throw new ReviewDayError('bundle/not-json', undefined, { cause: error })
  }
  return utf8(chunks, size)
}

function utf8(chunks: Uint8Array[], size: number): string {
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.length
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all)
  } catch (error) {
    throw new ReviewDayError('bundle/not-json', undefined, { cause: error })
  }
}

// The bundle's digest (the README's "Bundle format"): 'sha256-' + base64 of SHA-256 over the UTF-8 of
// JSON.stringify(records). WebCrypto and btoa only, so the same code runs in browsers and Node.

export const DIGEST_PREFIX = 'sha256-'

/** The digest of the records as they will be written, or as they were parsed. */
export async function digestOf(records: unknown): Promise<string> {
  const json = JSON.stringify(records)
  if (json === undefined) throw new TypeError('Records must be JSON')
  return digestOfJson(json)
}

/**
 * The digest of JSON text already made, so an encoder need not stringify twice; or of its UTF-8
 * bytes, as a file holds them.
 */
export async function digestOfJson(json: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const utf8 = typeof json === 'string' ? new TextEncoder().encode(json) : json
  const hash = await crypto.subtle.digest('SHA-256', utf8)
  return DIGEST_PREFIX + bytesToBase64(new Uint8Array(hash))
}

/** Standard base64 with padding, without Node's Buffer. */
export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode takes arguments, so go in chunks well below engines' argument limits.
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

// Sealed bundles (the README's "Sealed bundles"): a bundle wrapped for email or messaging, since it may hold pupil
// voice. WebCrypto only: a 256-bit AES-GCM key derived from a passphrase with PBKDF2-SHA-256, a
// fresh salt and IV for every seal. AES-GCM cannot tell a wrong passphrase from changed
// ciphertext, so both are 'seal/wrong-passphrase'; an envelope that is not well formed is
// 'seal/invalid', and nothing in it is trusted before it is checked — an iteration count of a
// billion would hang the page, so the count must lie in a stated range.
import * as z from 'zod/mini'
import { MAX_BUNDLE_BYTES } from './bundle'
import { SEALED_FORMAT } from './bundle-schema'
import { bytesToBase64 } from './digest'
import { isReviewDayError, ReviewDayError } from './errors'
import { parseJsonObject, withoutBom } from './json-text'
import { isWeakPassphrase } from './passphrase'

/**
 * The newest sealed envelope version this app reads. Version 1 seals the bundle's UTF-8 text and is
 * what a file export writes, so every released app opens it; version 2 seals the bundle deflated
 * first and says so in `content` (the QR route, where every byte is a fraction of a frame): an
 * older app refuses it as newer rather than misreading it.
 */
export const SEALED_VERSION = 2
/** What a version 2 envelope's `content` says: the sealed bytes are the UTF-8 text, deflated. */
export const DEFLATED_CONTENT = 'deflate-raw'
/** PBKDF2 iterations written by sealBundle (OWASP's figure for PBKDF2-HMAC-SHA256). */
export const SEAL_ITERATIONS = 600_000
/** The iterations an envelope may ask for: fewer is too weak, more would hang the page. */
export const MIN_SEAL_ITERATIONS = 100_000
export const MAX_SEAL_ITERATIONS = 10_000_000
/** Shortest passphrase sealBundle accepts, in characters. */
export const MIN_PASSPHRASE_LENGTH = 10

const SALT_BYTES = 16
const IV_BYTES = 12
/** AES-GCM appends a 128-bit authentication tag to the ciphertext. */
const TAG_BYTES = 16

/** Base64 text that decodes to exactly `bytes` bytes. */
const base64Of = (bytes: number) =>
  z.string().check(z.refine((s) => decodedLength(s) === bytes, `Must be ${bytes} bytes`))

const envelopeSchema = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  // Present in version 2 only (checked in unsealBundle, which names an unknown one).
  content: z.optional(z.literal(DEFLATED_CONTENT)),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.minimum(MIN_SEAL_ITERATIONS), z.maximum(MAX_SEAL_ITERATIONS)),
    salt: base64Of(SALT_BYTES),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64Of(IV_BYTES) }),
  // Checked as base64 when decoded: the data may be megabytes, decode it once.
  data: z.string().check(z.minLength(Math.ceil(TAG_BYTES / 3) * 4)),
})
/** The sealed envelope as it is written to the file. */
export type SealedEnvelope = z.infer<typeof envelopeSchema>

export interface SealOptions {
  /** PBKDF2 iterations, within [MIN_SEAL_ITERATIONS, MAX_SEAL_ITERATIONS]; tests go lower. */
  iterations?: number
  /**
   * Deflate the text before sealing (a version 2 envelope). Ciphertext does not compress, so a
   * sealed bundle that is to be made small (QR codes) must be compressed first.
   */
  deflate?: boolean
}

/**
 * The bundle text sealed with a passphrase, as the JSON text of a sealed envelope. Refuses a
 * passphrase that checkPassphrase does not accept ('seal/too-short', 'seal/too-weak'), and a
 * result larger than an importer reads ('bundle/too-large').
 */
export async function sealBundle(
  text: string,
  passphrase: string,
  opts: SealOptions = {},
): Promise<string> {
  const check = checkPassphrase(passphrase)
  if (check.problem === 'too-weak') throw new ReviewDayError('seal/too-weak')
  if (!check.ok) throw new ReviewDayError('seal/too-short', { minLength: MIN_PASSPHRASE_LENGTH })
  const iterations = opts.iterations ?? SEAL_ITERATIONS
  if (
    !Number.isSafeInteger(iterations) ||
    iterations < MIN_SEAL_ITERATIONS ||
    iterations > MAX_SEAL_ITERATIONS
  ) {
    throw new RangeError(`Iterations must be from ${MIN_SEAL_ITERATIONS} to ${MAX_SEAL_ITERATIONS}`)
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt')
  const plain = opts.deflate ? await deflated(text) : new TextEncoder().encode(text)
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    plain as Uint8Array<ArrayBuffer>,
  )
  const envelope: SealedEnvelope = {
    format: SEALED_FORMAT,
    ...(opts.deflate ? { version: 2, content: DEFLATED_CONTENT } : { version: 1 }),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    data: bytesToBase64(new Uint8Array(data)),
  }
  const sealed = JSON.stringify(envelope)
  // The person it is sent to could not import it: say so now, while the sender can still act.
  if (sealed.length > MAX_BUNDLE_BYTES) {
    throw new ReviewDayError('bundle/too-large', { limit: MAX_BUNDLE_BYTES, size: sealed.length })
  }
  return sealed
}

/** Whether the text is a sealed envelope, by its format; unsealBundle checks the rest. */
export function isSealed(text: string): boolean {
  // Cheap first: a plain bundle of many megabytes need not be parsed to say no.
  if (!text.includes(SEALED_FORMAT)) return false
  const top = parseObject(text)
  return top?.format === SEALED_FORMAT
}

export interface UnsealOptions {
  /** A guard on the envelope's length, in UTF-16 units; defaults to the bundle size limit. */
  maxBytes?: number
}

/**
 * The bundle text inside a sealed envelope. Refuses with 'seal/invalid' (not a well-formed
 * envelope), 'bundle/newer-version' (a newer envelope version), 'seal/unknown-content' (a version
 * 2 envelope whose content this app cannot unpack), 'seal/wrong-passphrase' (the passphrase is
 * wrong or the sealed data was changed) or 'bundle/too-large'. Reads the iterations from the
 * envelope; changes nothing, so a person may try again as often as they like.
 */
export async function unsealBundle(
  text: string,
  passphrase: string,
  opts: UnsealOptions = {},
): Promise<string> {
  const limit = opts.maxBytes ?? MAX_BUNDLE_BYTES
  if (text.length > limit) throw new ReviewDayError('bundle/too-large', { limit })
  const top = parseObject(text)
  if (!top || top.format !== SEALED_FORMAT) throw new ReviewDayError('seal/invalid')
  const { version } = top
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > SEALED_VERSION) {
    throw new ReviewDayError('bundle/newer-version', { version })
  }
  checkContent(top)
  const parsed = envelopeSchema.safeParse(top)
  if (!parsed.success) throw new ReviewDayError('seal/invalid')
  const { kdf, cipher, content } = parsed.data
  let data: Uint8Array<ArrayBuffer>
  try {
    data = base64ToBytes(parsed.data.data)
  } catch {
    throw new ReviewDayError('seal/invalid')
  }
  if (data.length < TAG_BYTES) throw new ReviewDayError('seal/invalid')
  // Sealing needs at least MIN_PASSPHRASE_LENGTH characters, so an empty one cannot be right.
  if (passphrase === '') throw new ReviewDayError('seal/wrong-passphrase')

  const key = await deriveKey(passphrase, base64ToBytes(kdf.salt), kdf.iterations, 'decrypt')
  let plain: ArrayBuffer
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(cipher.iv) },
      key,
      data,
    )
  } catch (error) {
    throw new ReviewDayError('seal/wrong-passphrase', undefined, { cause: error })
  }
  return content === DEFLATED_CONTENT ? inflate(new Uint8Array(plain), limit) : utf8Text(plain)
}

/**
 * Version 1 holds no `content`; version 2 must say what it holds, and one that names a packing
 * this app does not know is refused by name, before any key is derived.
 */
function checkContent(top: Record<string, unknown>): void {
  const { version, content } = top
  if (version === 1 && content !== undefined) throw new ReviewDayError('seal/invalid')
  if (version !== 2) return
  if (typeof content !== 'string') throw new ReviewDayError('seal/invalid')
  if (content !== DEFLATED_CONTENT) throw new ReviewDayError('seal/unknown-content', { content })
}

// compress.ts is loaded only for a version 2 envelope: the file export and import, which load this
// module, never need it, and the app's entry names one chunk fewer to preload.
async function deflated(text: string): Promise<Uint8Array> {
  const { compressText } = await import('./compress')
  return compressText(text)
}

/** Authentic deflated bytes that do not inflate were sealed by something other than Review Day. */
async function inflate(bytes: Uint8Array, limit: number): Promise<string> {
  const { decompressText } = await import('./compress')
  try {
    return await decompressText(bytes, limit)
  } catch (error) {
    if (isReviewDayError(error, 'bundle/not-json')) throw new ReviewDayError('seal/invalid')
    throw error
  }
}

function utf8Text(plain: ArrayBuffer): string {
  try {
    // ignoreBOM keeps a leading byte order mark, so what comes out is exactly what went in.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(plain)
  } catch {
    // Authentic, but not text: it was sealed by something other than Review Day.
    throw new ReviewDayError('seal/invalid')
  }
}

export type PassphraseStrength = 'weak' | 'fair' | 'strong'

export interface PassphraseCheck {
  /** Good enough to seal with. */
  ok: boolean
  /** Why not: shorter than MIN_PASSPHRASE_LENGTH, or among the first anyone would try. */
  problem?: 'too-short' | 'too-weak'
  /** A hint from length and variety of characters; it knows no word lists. */
  strength: PassphraseStrength
}

/**
 * The passphrase rules: at least MIN_PASSPHRASE_LENGTH characters, and not among the weakest
 * (passphrase.ts: repeats, runs, the most common passwords and their padded forms). Strength: a
 * few words are strong by length alone (20+), a shorter one needs a mix of lower case, upper case,
 * digits and other characters; few distinct characters ('aaaaaaaaaaaa') are weak at any length.
 */
export function checkPassphrase(passphrase: string): PassphraseCheck {
  const normal = passphrase.normalize('NFC')
  const chars = [...normal]
  const length = chars.length
  if (length < MIN_PASSPHRASE_LENGTH) return { ok: false, problem: 'too-short', strength: 'weak' }
  if (isWeakPassphrase(normal)) return { ok: false, problem: 'too-weak', strength: 'weak' }
  const variety = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((kind) =>
    kind.test(normal),
  ).length
  if (new Set(chars).size < 5) return { ok: true, strength: 'weak' }
  if (length >= 20 || (length >= 14 && variety >= 3)) return { ok: true, strength: 'strong' }
  if (length >= 14 || (length >= 12 && variety >= 2) || variety >= 3) {
    return { ok: true, strength: 'fair' }
  }
  return { ok: true, strength: 'weak' }
}

/** Standard base64 with padding, strictly: no whitespace, a whole number of 4-character groups. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  if (base64.length % 4 !== 0 || /\s/.test(base64)) throw new TypeError('Not base64')
  // atob refuses any character outside the alphabet, and "=" anywhere but at the end.
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The byte length base64 text decodes to, or -1 when it is not base64. */
function decodedLength(base64: string): number {
  try {
    return base64ToBytes(base64).length
  } catch {
    return -1
  }
}

/** The text's top-level JSON object (a leading byte order mark allowed), or undefined. */
function parseObject(text: string): Record<string, unknown> | undefined {
  const top = parseJsonObject(withoutBom(text))
  return typeof top === 'string' ? undefined : top
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  use: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  // NFC, so the same passphrase typed on two keyboards (é as one character or e + accent, ŵ in
  // Welsh) gives the same key.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'))
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  )
}

// The QR route's sealed envelope (issue 15): the bundle deflated, then sealed, in a version 2
// envelope that says so. Ciphertext does not compress, so sealing first would make a sealed
// bundle five times the frames of a plain one.
import { describe, expect, it, vi } from 'vitest'
import { decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { bytesToBase64 } from '../../src/domain/digest'
import { errorMessageKey, errorMessageVars, isReviewDayError } from '../../src/domain/errors'
import {
  base64ToBytes,
  DEFLATED_CONTENT,
  isSealed,
  MIN_SEAL_ITERATIONS,
  sealBundle,
  unsealBundle,
} from '../../src/domain/seal'
import { errors } from '../../src/ui/messages/en-errors'
import { formatEntry } from '../../src/ui/messages/format'
import { sampleInput } from './bundle-fixtures'

const PASSPHRASE = 'oak tree by the gate'
const FAST = { iterations: MIN_SEAL_ITERATIONS }
const { text: bundleText, bundle } = await encodeBundle(sampleInput())
const deflated = await sealBundle(bundleText, PASSPHRASE, { ...FAST, deflate: true })

type Envelope = Record<string, unknown> & { data: string }
function changed(change: (envelope: Envelope) => void): string {
  const envelope = JSON.parse(deflated) as Envelope
  change(envelope)
  return JSON.stringify(envelope)
}

async function codeOf(work: Promise<unknown>) {
  try {
    await work
  } catch (error) {
    if (isReviewDayError(error)) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('a bundle deflated, then sealed', () => {
  it('is a version 2 envelope saying deflate-raw, smaller than the text, and opens to the same bundle', async () => {
    const envelope = JSON.parse(deflated) as Envelope
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'content', 'kdf', 'cipher', 'data'])
    expect(envelope).toMatchObject({
      format: 'review-day.sealed',
      version: 2,
      content: 'deflate-raw',
    })
    expect(DEFLATED_CONTENT).toBe('deflate-raw')
    const sealedBytes = base64ToBytes(envelope.data).length
    expect(sealedBytes).toBeLessThan(new TextEncoder().encode(bundleText).length)
    expect(isSealed(deflated)).toBe(true)
    const opened = await unsealBundle(deflated, PASSPHRASE)
    expect(opened).toBe(bundleText)
    expect(await decodeBundle(opened)).toEqual(bundle)
  })

  it('keeps Welsh and emoji exactly', async () => {
    const text = '{"note":"Disgyblion yn trafod ŵyn ac ŷd 🐑"}'
    const sealed = await sealBundle(text, PASSPHRASE, { ...FAST, deflate: true })
    expect(await unsealBundle(sealed, PASSPHRASE)).toBe(text)
  })

  it('still refuses a wrong passphrase, and the right one opens it after', async () => {
    expect((await codeOf(unsealBundle(deflated, 'ash tree by the gate'))).code).toBe(
      'seal/wrong-passphrase',
    )
    expect(await unsealBundle(deflated, PASSPHRASE)).toBe(bundleText)
  })

  it('refuses an unknown packing by name, before deriving a key, with its own sentence', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey')
    const error = await codeOf(
      unsealBundle(
        changed((e) => (e.content = 'zstd')),
        PASSPHRASE,
      ),
    )
    expect(error.code).toBe('seal/unknown-content')
    expect(error.details).toEqual({ content: 'zstd' })
    expect(deriveKey).not.toHaveBeenCalled()
    deriveKey.mockRestore()
    const sentence = formatEntry('en-GB', errors[errorMessageKey(error)], errorMessageVars(error))
    expect(sentence).toContain('packed in a way this version of Review Day cannot open')
  })

  it.each<[string, (e: Envelope) => void]>([
    ['version 2 without content', (e) => delete e.content],
    ['content that is not text', (e) => (e.content = 7)],
    ['version 1 that says it is deflated', (e) => (e.version = 1)],
  ])('refuses %s as damaged', async (_name, change) => {
    expect((await codeOf(unsealBundle(changed(change), PASSPHRASE))).code).toBe('seal/invalid')
  })

  it('refuses authentic bytes that do not inflate as damaged', async () => {
    // Sealed by hand in the envelope's own shape: authentic, but not deflate data.
    const salt = crypto.getRandomValues(new Uint8Array(16))
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSPHRASE),
      'PBKDF2',
      false,
      ['deriveKey'],
    )
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_SEAL_ITERATIONS },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    )
    const junk = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, junk))
    const forged = changed((e) => {
      e.kdf = {
        name: 'PBKDF2',
        hash: 'SHA-256',
        iterations: MIN_SEAL_ITERATIONS,
        salt: bytesToBase64(salt),
      }
      e.cipher = { name: 'AES-GCM', iv: bytesToBase64(iv) }
      e.data = bytesToBase64(data)
    })
    expect((await codeOf(unsealBundle(forged, PASSPHRASE))).code).toBe('seal/invalid')
  })

  it('stops inflating past the size limit', async () => {
    const big = `{"pad":"${'a'.repeat(200_000)}"}`
    const sealed = await sealBundle(big, PASSPHRASE, { ...FAST, deflate: true })
    expect(sealed.length).toBeLessThan(5_000)
    const error = await codeOf(unsealBundle(sealed, PASSPHRASE, { maxBytes: 100_000 }))
    expect(error.code).toBe('bundle/too-large')
  })
})

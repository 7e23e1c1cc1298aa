// Sealed bundles with the real WebCrypto of Node: what a person relies on when they send a bundle
// of pupil voice by email — the right passphrase opens it, a wrong one or a changed file does not,
// trying again is always possible, and a hostile envelope cannot hang the page.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { bytesToBase64 } from '../../src/domain/digest'
import {
  type ErrorCode,
  errorMessageKey,
  errorMessageVars,
  isReviewDayError,
  type ReviewDayError,
} from '../../src/domain/errors'
import {
  base64ToBytes,
  checkPassphrase,
  isSealed,
  MIN_SEAL_ITERATIONS,
  SEAL_ITERATIONS,
  sealBundle,
  unsealBundle,
} from '../../src/domain/seal'
import { errors } from '../../src/ui/messages/en-errors'
import { formatEntry } from '../../src/ui/messages/format'
import { sampleInput } from './bundle-fixtures'

const PASSPHRASE = 'oak tree by the gate'
/** The lowest count an envelope may carry: real derivation, fast enough for many tests. */
const FAST = { iterations: MIN_SEAL_ITERATIONS }
const { text: bundleText, bundle } = await encodeBundle(sampleInput())
const sealedOnce = await sealBundle(bundleText, PASSPHRASE, FAST)

type Json = Record<string, unknown>
const envelopeOf = (sealed: string) =>
  JSON.parse(sealed) as Json & { kdf: Json; cipher: Json; data: string }

async function refusal(work: Promise<unknown>): Promise<ReviewDayError> {
  try {
    await work
  } catch (error) {
    if (isReviewDayError(error)) return error
    throw error
  }
  throw new Error('expected a refusal')
}

/** The envelope changed by `change`, as text. */
function tampered(change: (envelope: ReturnType<typeof envelopeOf>) => void): string {
  const envelope = envelopeOf(sealedOnce)
  change(envelope)
  return JSON.stringify(envelope)
}

/** Base64 of the bytes with one bit flipped at `index` (negative: from the end). */
function flipped(base64: string, index: number): string {
  const bytes = base64ToBytes(base64)
  const at = index < 0 ? bytes.length + index : index
  bytes[at] = (bytes[at] ?? 0) ^ 0x01
  return bytesToBase64(bytes)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('sealing a bundle', () => {
  it('opens with the passphrase it was sealed with, at 600,000 iterations, to the same bundle', async () => {
    const sealed = await sealBundle(bundleText, PASSPHRASE)
    const envelope = envelopeOf(sealed)
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'kdf', 'cipher', 'data'])
    expect(envelope).toMatchObject({
      format: 'review-day.sealed',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: SEAL_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    })
    expect(SEAL_ITERATIONS).toBe(600_000)
    expect(base64ToBytes(envelope.kdf.salt as string)).toHaveLength(16)
    expect(base64ToBytes(envelope.cipher.iv as string)).toHaveLength(12)
    // Ciphertext plus the 16-byte tag; none of the bundle is readable in the file.
    expect(base64ToBytes(envelope.data)).toHaveLength(
      new TextEncoder().encode(bundleText).length + 16,
    )
    expect(sealed).not.toContain('Oak Primary')

    const opened = await unsealBundle(sealed, PASSPHRASE)
    expect(opened).toBe(bundleText)
    expect(await decodeBundle(opened)).toEqual(bundle)
  })

  it('uses a fresh salt and IV every time, so two seals of the same text differ', async () => {
    const again = await sealBundle(bundleText, PASSPHRASE, FAST)
    const [a, b] = [envelopeOf(sealedOnce), envelopeOf(again)]
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.data).not.toBe(b.data)
    expect(await unsealBundle(again, PASSPHRASE)).toBe(await unsealBundle(sealedOnce, PASSPHRASE))
  })

  it('keeps any text exactly: Welsh, emoji, a byte order mark', async () => {
    const text = '\uFEFF{"note":"Disgyblion yn trafod ŵyn ac ŷd 🐑"}'
    expect(await unsealBundle(await sealBundle(text, PASSPHRASE, FAST), PASSPHRASE)).toBe(text)
  })

  it('takes the same passphrase typed on another keyboard (composed or decomposed accents)', async () => {
    const composed = 'Caerdydd ŵyn é 2026'.normalize('NFC')
    const decomposed = composed.normalize('NFD')
    expect(decomposed).not.toBe(composed)
    const sealed = await sealBundle(bundleText, composed, FAST)
    expect(await unsealBundle(sealed, decomposed)).toBe(bundleText)
  })

  it('is recognised as sealed, and the decoder asks for the passphrase', async () => {
    expect(isSealed(sealedOnce)).toBe(true)
    expect(isSealed(`\uFEFF${sealedOnce}`)).toBe(true)
    expect(isSealed(bundleText)).toBe(false)
    expect(isSealed('not json but says review-day.sealed')).toBe(false)
    expect((await refusal(decodeBundle(sealedOnce))).code).toBe('bundle/sealed')
  })

  it('refuses a passphrase shorter than 10 characters, and says how long it must be', async () => {
    const error = await refusal(sealBundle(bundleText, 'short pw', FAST))
    expect(error.code).toBe('seal/too-short')
    const sentence = formatEntry('en-GB', errors[errorMessageKey(error)], errorMessageVars(error))
    expect(sentence).toContain('at least 10 characters')
  })

  it('refuses iteration counts outside the range an importer accepts', async () => {
    for (const iterations of [MIN_SEAL_ITERATIONS - 1, 10_000_001, 1.5e5 + 0.5, Number.NaN]) {
      await expect(sealBundle(bundleText, PASSPHRASE, { iterations })).rejects.toThrow(RangeError)
    }
  })
})

describe('opening a sealed bundle', () => {
  it('refuses a wrong passphrase', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey')
    const error = await refusal(unsealBundle(sealedOnce, 'oak tree by the gatE'))
    expect(error.code).toBe('seal/wrong-passphrase')
    expect(deriveKey).toHaveBeenCalledOnce()
  })

  it('after three wrong tries the right passphrase still opens it: nothing changes', async () => {
    const before = sealedOnce
    for (const wrong of ['', 'oak tree', 'ash tree by the gate']) {
      expect((await refusal(unsealBundle(sealedOnce, wrong))).code).toBe('seal/wrong-passphrase')
    }
    expect(sealedOnce).toBe(before)
    expect(await unsealBundle(sealedOnce, PASSPHRASE)).toBe(bundleText)
  })

  // GCM cannot tell a changed file from a wrong passphrase; both fail authentication.
  it.each<[string, () => string]>([
    ['a byte of the data flipped', () => tampered((e) => (e.data = flipped(e.data, 10)))],
    ['a byte of the tag flipped', () => tampered((e) => (e.data = flipped(e.data, -1)))],
    ['the data cut short', () => tampered((e) => (e.data = e.data.slice(0, -8)))],
    [
      'a byte of the IV flipped',
      () => tampered((e) => (e.cipher.iv = flipped(e.cipher.iv as string, 0))),
    ],
    [
      'a byte of the salt flipped',
      () => tampered((e) => (e.kdf.salt = flipped(e.kdf.salt as string, 3))),
    ],
    ['the iterations changed within range', () => tampered((e) => (e.kdf.iterations = 100_001))],
  ])('refuses %s as a wrong passphrase or a changed file', async (_name, make) => {
    const error = await refusal(unsealBundle(make(), PASSPHRASE))
    expect(error.code).toBe('seal/wrong-passphrase')
  })

  const invalid: [string, () => string, ErrorCode][] = [
    ['not JSON', () => sealedOnce.slice(0, 40), 'seal/invalid'],
    ['a JSON array', () => `[${sealedOnce}]`, 'seal/invalid'],
    ['a plain bundle', () => bundleText, 'seal/invalid'],
    ['another format', () => tampered((e) => (e.format = 'review-day.bundle')), 'seal/invalid'],
    ['no format', () => tampered((e) => delete e.format), 'seal/invalid'],
    ['version 0', () => tampered((e) => (e.version = 0)), 'seal/invalid'],
    ['version as a string', () => tampered((e) => (e.version = '1')), 'seal/invalid'],
    ['a newer envelope version', () => tampered((e) => (e.version = 3)), 'bundle/newer-version'],
    ['another key derivation', () => tampered((e) => (e.kdf.name = 'scrypt')), 'seal/invalid'],
    ['another hash', () => tampered((e) => (e.kdf.hash = 'SHA-1')), 'seal/invalid'],
    [
      'iterations below 100,000',
      () => tampered((e) => (e.kdf.iterations = 99_999)),
      'seal/invalid',
    ],
    ['iterations of a billion', () => tampered((e) => (e.kdf.iterations = 1e9)), 'seal/invalid'],
    [
      'fractional iterations',
      () => tampered((e) => (e.kdf.iterations = 1e5 + 0.5)),
      'seal/invalid',
    ],
    [
      'iterations as a string',
      () => tampered((e) => (e.kdf.iterations = '600000')),
      'seal/invalid',
    ],
    ['no iterations', () => tampered((e) => delete e.kdf.iterations), 'seal/invalid'],
    [
      'a 15-byte salt',
      () => tampered((e) => (e.kdf.salt = bytesToBase64(new Uint8Array(15)))),
      'seal/invalid',
    ],
    [
      'a 32-byte salt',
      () => tampered((e) => (e.kdf.salt = bytesToBase64(new Uint8Array(32)))),
      'seal/invalid',
    ],
    [
      'a salt that is not base64',
      () => tampered((e) => (e.kdf.salt = '!'.repeat(24))),
      'seal/invalid',
    ],
    [
      'a salt with spaces in it',
      () => tampered((e) => (e.kdf.salt = ` ${(e.kdf.salt as string).slice(1)}`)),
      'seal/invalid',
    ],
    ['another cipher', () => tampered((e) => (e.cipher.name = 'AES-CBC')), 'seal/invalid'],
    [
      'a 16-byte IV',
      () => tampered((e) => (e.cipher.iv = bytesToBase64(new Uint8Array(16)))),
      'seal/invalid',
    ],
    ['no IV', () => tampered((e) => delete e.cipher.iv), 'seal/invalid'],
    [
      'data that is not base64',
      () => tampered((e) => (e.data = `${e.data.slice(4)}*%$#`)),
      'seal/invalid',
    ],
    [
      'data shorter than the tag',
      () => tampered((e) => (e.data = bytesToBase64(new Uint8Array(15)))),
      'seal/invalid',
    ],
    ['no data', () => tampered((e) => delete (e as Json).data), 'seal/invalid'],
  ]

  it.each(invalid)('refuses an envelope with %s', async (_name, make, code) => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey')
    const error = await refusal(unsealBundle(make(), PASSPHRASE))
    expect(error.code).toBe(code)
    // Refused before any key is derived: a hostile count cannot keep the page busy.
    expect(deriveKey).not.toHaveBeenCalled()
    if (code === 'bundle/newer-version') expect(error.details).toEqual({ version: 3 })
  })

  it('refuses an envelope longer than the size limit before reading it', async () => {
    const error = await refusal(unsealBundle(sealedOnce, PASSPHRASE, { maxBytes: 100 }))
    expect(error.code).toBe('bundle/too-large')
  })
})

describe('passphrase rules', () => {
  it.each<[string, ReturnType<typeof checkPassphrase>]>([
    ['', { ok: false, problem: 'too-short', strength: 'weak' }],
    ['oak tree', { ok: false, problem: 'too-short', strength: 'weak' }],
    ['Tr0ub4d&3', { ok: false, problem: 'too-short', strength: 'weak' }],
    ['aaaaaaaaaaaaaaaaaaaaaaaa', { ok: false, problem: 'too-weak', strength: 'weak' }],
    ['password12', { ok: false, problem: 'too-weak', strength: 'weak' }],
    ['bluehouseyard', { ok: true, strength: 'weak' }],
    ['Tr0ub4dor&3', { ok: true, strength: 'fair' }],
    ['blue house yard', { ok: true, strength: 'fair' }],
    ['Blue house yard 7', { ok: true, strength: 'strong' }],
    ['sunny garden path today', { ok: true, strength: 'strong' }],
  ])('%j', (passphrase, expected) => {
    expect(checkPassphrase(passphrase)).toEqual(expected)
  })

  // The weakest class (issue 10, item 12): what anyone opening a sealed file would type first.
  it.each([
    'aaaaaaaaaa',
    '1234567890',
    '0987654321',
    'abcdefghij',
    'qwertyuiop',
    'poiuytrewq',
    'password12',
    'Password123!',
    'p@ssw0rd2024',
    'football1987!',
    '1212121212',
    'abcabcabcabc',
    'letmein!!!!',
    'iloveyou123',
    'cymru12345',
  ])('refuses the weak passphrase %j with its own problem', async (passphrase) => {
    expect(checkPassphrase(passphrase)).toEqual({
      ok: false,
      problem: 'too-weak',
      strength: 'weak',
    })
    const error = await refusal(sealBundle('{}', passphrase, { iterations: 1 }))
    expect(error.code).toBe('seal/too-weak')
  })

  it.each([
    'blue house yard',
    'bluehouseyard',
    'Tr0ub4dor&3',
    'password garden lamp',
    'sunnysunny',
  ])('accepts %j, which is not among the first guesses', (passphrase) => {
    expect(checkPassphrase(passphrase).ok).toBe(true)
  })

  it('counts characters, not UTF-16 units: ten emoji are ten characters', () => {
    expect(checkPassphrase('🐑'.repeat(9)).ok).toBe(false)
    expect(checkPassphrase('🐑🐄🐖🐓🐐🐑🐄🐖🐓🐐').ok).toBe(true)
  })
})

describe('base64', () => {
  it('reads back what bytesToBase64 wrote, for every length of padding', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n))
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
    }
  })

  it.each(['QQ', 'QQ=', 'QU JD', 'QUJD\n', 'QU=D', 'QUJ*'])('refuses %j', (text) => {
    expect(() => base64ToBytes(text)).toThrow()
  })
})

// The text of one QR code: a camera reads whatever is in front of it, so a frame must say it is
// ours, and anything else — a URL on a poster, another app's code, a frame changed on the way — is
// refused with its reason before any of it is used.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase45, toBase45 } from '../../src/domain/base45'
import { createEncoder } from '../../src/domain/fountain'
import { FRAME_VERSION, frameText, parseFrame } from '../../src/domain/qr-frames'

const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/

describe('base45', () => {
  it('matches the examples of RFC 9285', () => {
    expect(toBase45(new TextEncoder().encode('AB'))).toBe('BB8')
    expect(toBase45(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0')
    expect(toBase45(new TextEncoder().encode('base-45'))).toBe('UJCLQE7W581')
    expect(fromBase45('QED8WEX0')).toEqual(new TextEncoder().encode('ietf!'))
  })

  it('turns any bytes into QR alphanumeric text and back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const text = toBase45(b)
        expect(text).toMatch(QR_ALPHANUMERIC)
        expect(text.length).toBe(Math.floor(b.length / 2) * 3 + (b.length % 2) * 2)
        expect(fromBase45(text)).toEqual(b)
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses text that no bytes make, so a changed character never reads as the same bytes', () => {
    expect(fromBase45('a00')).toBeUndefined() // lower case is not in the alphabet
    expect(fromBase45('0')).toBeUndefined() // one character left over
    expect(fromBase45('GGW')).toBeUndefined() // 65536: over two bytes
    expect(fromBase45(':5')).toBeUndefined() // 44 + 5 × 45 = 269: over one byte
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (b, i, c) => {
        const text = toBase45(b)
        const at = i % text.length
        const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
        const replacement = alphabet[c % 45] as string
        fc.pre(replacement !== text[at])
        const changed = text.slice(0, at) + replacement + text.slice(at + 1)
        const decoded = fromBase45(changed)
        if (decoded) expect(decoded).not.toEqual(b)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('a frame', () => {
  const part = createEncoder(new TextEncoder().encode('Review Day: one hall, no Wi-Fi.'), 8).part(2)

  it('is "RD1:" and the part in base45, all in the QR alphanumeric set', () => {
    const text = frameText(part)
    expect(text.startsWith(`RD${FRAME_VERSION}:`)).toBe(true)
    expect(text).toMatch(QR_ALPHANUMERIC)
    expect(parseFrame(text)).toEqual({ ok: true, part })
  })

  it('keeps the format it was first written in: a change here breaks phones of other versions', () => {
    // Recorded from the first version of the format (fragments of 8 bytes, parts 2 and 9).
    const encoder = createEncoder(
      new TextEncoder().encode('Review Day: 60 records, one hall, no Wi-Fi.'),
      8,
    )
    expect(frameText(encoder.part(2))).toBe('RD1:$V43$A000/00600000200NECUF7C%6Q44K9CBCT')
    expect(frameText(encoder.part(9))).toBe('RD1:$V43$A000/006000009008C1WD1UN1Z58+JUTHF')
  })

  it.each([
    ['a web address', 'https://example.org/review-day'],
    ['any other text', 'Hello from the school office'],
    ['nothing', ''],
    ['our letters in lower case', 'rd1:0000'],
    ['a version 0', 'RD0:0000'],
    ['a version with a leading zero', 'RD01:0000'],
    ['no colon', 'RD1'],
  ])('refuses %s as not ours', (_, text) => {
    expect(parseFrame(text)).toEqual({ ok: false, reason: 'not-ours' })
  })

  it('refuses a frame from a newer version of the app as such', () => {
    expect(parseFrame('RD2:0000')).toEqual({ ok: false, reason: 'newer-version' })
    expect(parseFrame('RD17:ABC')).toEqual({ ok: false, reason: 'newer-version' })
  })

  it('refuses a frame whose text is not base45 any more as damaged', () => {
    const text = frameText(part)
    expect(parseFrame(`${text}0`)).toEqual({ ok: false, reason: 'damaged' })
    expect(parseFrame(`${text.slice(0, -1)}a`)).toEqual({ ok: false, reason: 'damaged' })
  })

  it('refuses random text that does not start with our prefix', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.startsWith('RD'))
        expect(parseFrame(text)).toEqual({ ok: false, reason: 'not-ours' })
      }),
      { numRuns: 1000 },
    )
  })
})

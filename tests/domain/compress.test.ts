// Compression for QR transfers: what goes in comes out, Welsh and all; and bytes from a camera
// that do not inflate to text, or inflate to far too much, are refused with the sentence a
// damaged or oversized file gets.
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compressText, decompressText } from '../../src/domain/compress'
import { type ErrorCode, isReviewDayError } from '../../src/domain/errors'
import { bytesFrom } from './qr-fixtures'

async function refusal(promise: Promise<unknown>): Promise<ErrorCode | 'resolved'> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    if (isReviewDayError(error)) return error.code
    throw error
  }
}

describe('compression', () => {
  it('gives back exactly the text, whatever its characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2_000 }), async (text) => {
        expect(await decompressText(await compressText(text))).toBe(text)
      }),
      { numRuns: 200 },
    )
    const welsh = 'Mae’r disgyblion yn trafod eu gwaith gyda’u partner: ŵ, ŷ, â. '.repeat(50)
    expect(await decompressText(await compressText(welsh))).toBe(welsh)
  })

  it('makes a bundle-like text much smaller', async () => {
    const text = JSON.stringify(
      Array.from({ length: 200 }, (_, i) => ({
        kind: 'visit',
        id: i,
        notes: ['Pupils explained'],
      })),
    )
    const compressed = await compressText(text)
    expect(compressed.length).toBeLessThan(text.length / 5)
  })

  it('refuses bytes that do not inflate as a bundle cut short', async () => {
    expect(await refusal(decompressText(bytesFrom(1, 500)))).toBe('bundle/not-json')
    const whole = await compressText('{"format":"review-day.bundle"}'.repeat(100))
    expect(await refusal(decompressText(whole.subarray(0, whole.length - 3)))).toBe(
      'bundle/not-json',
    )
  })

  it('refuses bytes that inflate to something that is not UTF-8 text', async () => {
    const stream = new Blob([new Uint8Array([0xff, 0xfe, 0xc3])])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'))
    const notText = new Uint8Array(await new Response(stream).arrayBuffer())
    expect(await refusal(decompressText(notText))).toBe('bundle/not-json')
  })

  it('stops reading a few frames that would inflate past the limit', async () => {
    const bomb = await compressText('0'.repeat(2_000_000))
    expect(bomb.length).toBeLessThan(5_000)
    expect(await refusal(decompressText(bomb, 1_000_000))).toBe('bundle/too-large')
    expect(await refusal(decompressText(bomb, 2_000_000))).toBe('resolved')
  })
})

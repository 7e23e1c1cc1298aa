import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bytesToBase64, digestOf, digestOfJson } from '../../src/domain/digest'

// Node's own hash, as an independent reference for what the app computes with WebCrypto.
const reference = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`

describe('the bundle digest', () => {
  it('is sha256- and the base64 of SHA-256 over the UTF-8 of JSON.stringify(records)', async () => {
    const records = [{ id: 'x', text: 'Ysgol Gymraeg — “quotes”, emoji 🙂 and ŵ' }]
    expect(await digestOf(records)).toBe(reference(JSON.stringify(records)))
  })

  it('never changes between releases: a fixed example of the public format', async () => {
    expect(await digestOf([])).toBe('sha256-T1PNoYwrqgwDVLtfmj7L5e0Sq02OEbqHPC8RFhICuUU=')
    expect(await digestOfJson('[]')).toBe(await digestOf([]))
  })

  it('changes when one character of the records changes', async () => {
    expect(await digestOf([{ text: 'a' }])).not.toBe(await digestOf([{ text: 'b' }]))
  })

  it('encodes base64 like the standard, padding included, for any length', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 32, 70_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256)
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    }
  })

  it('refuses something that is not JSON at all', async () => {
    await expect(digestOf(undefined)).rejects.toThrow(TypeError)
  })
})

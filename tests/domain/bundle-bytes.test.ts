// decodeBundle with the file's bytes beside its text (src/platform/files.ts keeps them when the
// file is valid UTF-8): the records' digest is taken over their bytes in the file. The outcome must
// be exactly the outcome of decoding the text alone, whatever the bytes.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { readBundleFile } from '../../src/platform/files'
import { sampleInput, sampleRecords, visitPayload } from './bundle-fixtures'

const BOM = new Uint8Array([0xef, 0xbb, 0xbf])

afterEach(() => {
  vi.restoreAllMocks()
})

/** A bundle with Welsh letters and an emoji before and inside the records (several UTF-8 bytes). */
async function welshBundle(note = 'Siân: ŵ ŷ 👍'): Promise<string> {
  const input = sampleInput(sampleRecords())
  const records = input.records.map((r) =>
    r.kind === 'visit'
      ? { ...r, versions: r.versions.map((v) => ({ ...v, data: visitPayload(note) })) }
      : r,
  )
  const { text } = await encodeBundle({
    ...input,
    records,
    from: { ...input.from, name: 'Gwenllïan Ŵyn', school: 'Ysgol Gynradd Tŷ Gwyn' },
  })
  return text
}

const bytesOf = (text: string) => new TextEncoder().encode(text)

function withBom(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(BOM.length + bytes.length)
  out.set(BOM)
  out.set(bytes, BOM.length)
  return out
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: value }),
    (error: { code?: string }) => ({ refused: error.code }),
  )

describe('decoding with the file’s bytes', () => {
  it('gives the same bundle as the text alone, with letters of several bytes before the records', async () => {
    const text = await welshBundle()
    expect(text).toContain('Ŵyn')
    const alone = await decodeBundle(text)
    const digest = vi.spyOn(crypto.subtle, 'digest')
    // A byte order mark is in the file's bytes but not in the text the decoder gives.
    for (const bytes of [bytesOf(text), withBom(bytesOf(text))]) {
      digest.mockClear()
      expect(await decodeBundle(text, { bytes })).toEqual(alone)
      // Hashed once, from the file's own bytes: the records' part of them, not a copy.
      expect(digest).toHaveBeenCalledTimes(1)
      const hashed = digest.mock.calls[0]?.[1] as Uint8Array
      expect(hashed.buffer).toBe(bytes.buffer)
      expect(new TextDecoder().decode(hashed)).toBe(JSON.stringify(alone.records))
    }
  })

  it('bytes that are not the text’s change nothing: the text is hashed instead', async () => {
    const text = await welshBundle()
    const alone = await decodeBundle(text)
    const other = await welshBundle('Another note')
    expect(other).not.toBe(text)
    for (const bytes of [
      bytesOf(other),
      bytesOf(text).subarray(0, 100),
      new Uint8Array(0),
      bytesOf(`${text} `),
    ]) {
      expect(await decodeBundle(text, { bytes })).toEqual(alone)
    }
  })

  it('a note changed after export is refused with or without the bytes', async () => {
    const text = await welshBundle()
    const changed = text.replace('Siân', 'Sian')
    expect(changed).not.toBe(text)
    for (const bytes of [undefined, bytesOf(changed)]) {
      expect(await outcome(decodeBundle(changed, { bytes }))).toEqual({
        refused: 'bundle/digest-mismatch',
      })
    }
  })
})

describe('reading a file', () => {
  it('keeps the bytes of valid UTF-8 and gives the text without its byte order mark', async () => {
    const text = await welshBundle()
    const read = await readBundleFile(new Blob([withBom(bytesOf(text))]))
    expect(read.text).toBe(text)
    expect(read.bytes).toEqual(withBom(bytesOf(text)))
    expect(await decodeBundle(read.text, { bytes: read.bytes })).toEqual(await decodeBundle(text))
  })

  it('gives only the text, as Blob.text() does, when the file is not valid UTF-8', async () => {
    const text = await welshBundle()
    const bytes = bytesOf(text)
    const at = text.indexOf('Siân') + 2 // the first byte of â's two
    const broken = new Uint8Array(bytes)
    broken[new TextEncoder().encode(text.slice(0, at)).length] = 0xff
    const blob = new Blob([broken])
    const read = await readBundleFile(blob)
    expect(read.bytes).toBeUndefined()
    expect(read.text).toBe(await blob.text())
    expect(read.text).toContain('\uFFFD')
    // Decoded as the text alone: the replaced character no longer matches the digest.
    expect(await outcome(decodeBundle(read.text, { bytes: read.bytes }))).toEqual({
      refused: 'bundle/digest-mismatch',
    })
  })
})

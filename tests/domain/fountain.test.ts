// The fountain code under animated QR transfers: what a person relies on when they point one phone
// at another — start at any frame, miss frames, see frames twice, and still get exactly the bytes
// that were sent; a frame that was changed on the way, or that belongs to someone else's phone,
// never gets into the result.
import { describe, expect, it } from 'vitest'
import { crc32 } from '../../src/domain/crc32'
import {
  createEncoder,
  decodePart,
  encodePart,
  type FountainPart,
  fragmentsIn,
  MAX_FRAGMENT_BYTES,
  MAX_FRAGMENTS,
  PART_OVERHEAD,
  partFragments,
} from '../../src/domain/fountain'
import { FountainDecoder } from '../../src/domain/fountain-decoder'
import { bytesFrom, feedUntilComplete, flipBit } from './qr-fixtures'

const text = (s: string) => new TextEncoder().encode(s)

describe('CRC-32', () => {
  it('gives the standard check value', () => {
    // The check value every CRC-32/ISO-HDLC implementation publishes for '123456789'.
    expect(crc32(text('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })
})

describe('a part as bytes', () => {
  const part: FountainPart = {
    messageCrc: 0xdeadbeef,
    messageLength: 10,
    fragmentCount: 3,
    seq: 7,
    data: text('abcd'),
  }

  it('carries everything a receiver needs to start at that part', () => {
    const bytes = encodePart(part)
    expect(bytes.length).toBe(4 + PART_OVERHEAD)
    expect(decodePart(bytes)).toEqual({ ok: true, part })
  })

  it('is refused as damaged when any one bit of it is flipped', () => {
    const bytes = encodePart(part)
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      expect(decodePart(flipBit(bytes, bit)), `bit ${bit}`).toEqual({
        ok: false,
        reason: 'damaged',
      })
    }
  })

  it('is refused as damaged when cut short or empty', () => {
    const bytes = encodePart(part)
    expect(decodePart(bytes.subarray(0, bytes.length - 1))).toEqual({
      ok: false,
      reason: 'damaged',
    })
    expect(decodePart(new Uint8Array(0))).toEqual({ ok: false, reason: 'damaged' })
  })

  it.each<[string, Partial<FountainPart>]>([
    ['part number 0', { seq: 0 }],
    ['no fragments', { fragmentCount: 0, messageLength: 0 }],
    ['an empty message', { messageLength: 0 }],
    ['more fragments than the length needs', { messageLength: 4, fragmentCount: 3 }],
    ['fewer fragments than the length needs', { messageLength: 13, fragmentCount: 3 }],
    ['too many fragments', { fragmentCount: MAX_FRAGMENTS + 1, messageLength: 4 * 1025 }],
    ['a fragment longer than any QR code holds', { data: new Uint8Array(MAX_FRAGMENT_BYTES + 1) }],
  ])('with a good checksum but %s is refused as impossible', (_, change) => {
    const bytes = encodePart({ ...part, ...change })
    expect(decodePart(bytes)).toEqual({ ok: false, reason: 'impossible' })
  })
})

describe('the encoder', () => {
  it('refuses an empty message, a bad fragment length and too many fragments', () => {
    expect(() => createEncoder(new Uint8Array(0), 10)).toThrow(RangeError)
    expect(() => createEncoder(text('abc'), 0)).toThrow(RangeError)
    expect(() => createEncoder(text('abc'), 1.5)).toThrow(RangeError)
    expect(() => createEncoder(text('abc'), MAX_FRAGMENT_BYTES + 1)).toThrow(RangeError)
    expect(() => createEncoder(new Uint8Array(MAX_FRAGMENTS + 1), 1)).toThrow(RangeError)
    expect(() => createEncoder(text('abc'), 2).part(0)).toThrow(RangeError)
  })

  it('sends the plain fragments first, the last one padded with zeros', () => {
    const encoder = createEncoder(text('hello world'), 4)
    expect(encoder.fragmentCount).toBe(3)
    expect(encoder.messageCrc).toBe(crc32(text('hello world')))
    const data = (seq: number) => {
      const decoded = decodePart(encoder.part(seq))
      if (!decoded.ok) throw new Error(decoded.reason)
      return new TextDecoder().decode(decoded.part.data)
    }
    expect([data(1), data(2), data(3)]).toEqual(['hell', 'o wo', 'rld\0'])
  })

  it('mixes later parts from subsets that both ends compute alike, never empty', () => {
    const n = 45
    const subsets = new Set<string>()
    for (let seq = n + 1; seq <= n + 200; seq++) {
      const fragments = [...fragmentsIn(partFragments(seq, n, 0x1234))]
      expect(fragments.length).toBeGreaterThan(0)
      expect(fragments.every((i) => i >= 0 && i < n)).toBe(true)
      expect([...fragmentsIn(partFragments(seq, n, 0x1234))]).toEqual(fragments)
      subsets.add(fragments.join())
    }
    expect(subsets.size).toBe(200)
    // Another transfer (another CRC-32) does not share its subsets.
    const other = [...fragmentsIn(partFragments(n + 1, n, 0x1235))]
    expect(other).not.toEqual([...fragmentsIn(partFragments(n + 1, n, 0x1234))])
    // Each fragment is in about half the parts.
    const counts = new Array(n).fill(0)
    for (let seq = n + 1; seq <= n + 2000; seq++) {
      for (const i of fragmentsIn(partFragments(seq, n, 99))) counts[i]++
    }
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150)
  })

  it('chooses the same subsets as before: a change here breaks transfers between versions', () => {
    // Recorded from the first version of the format: every later version must choose the same.
    expect([...fragmentsIn(partFragments(11, 10, 0xcafef00d))]).toEqual([0, 1, 3, 6, 8])
    expect([...fragmentsIn(partFragments(1000, 40, 7))]).toEqual([
      0, 1, 6, 8, 9, 10, 11, 15, 16, 18, 21, 26, 27, 28, 33, 34, 35, 37, 39,
    ])
  })
})

describe('the decoder', () => {
  const message = bytesFrom(1, 1000)
  const encoder = createEncoder(message, 64)

  it('rebuilds the message from the plain fragments in any order', () => {
    const decoder = new FountainDecoder()
    const order = [...Array(encoder.fragmentCount).keys()].reverse()
    const steps = order.map((i) => decoder.receive(encoder.part(i + 1)))
    expect(steps.slice(0, -1).every((s) => s.kind === 'added')).toBe(true)
    const last = steps.at(-1)
    expect(last?.kind).toBe('complete')
    if (last?.kind === 'complete') expect(last.message).toEqual(message)
  })

  it('reports progress that grows with each new part and counts duplicates as nothing new', () => {
    const decoder = new FountainDecoder()
    expect(decoder.progress).toBe(0)
    expect(decoder.receive(encoder.part(40))).toEqual({ kind: 'added', progress: 1 / 16 })
    expect(decoder.receive(encoder.part(40))).toEqual({ kind: 'redundant', progress: 1 / 16 })
    expect(decoder.receive(encoder.part(3))).toEqual({ kind: 'added', progress: 2 / 16 })
    expect(decoder.fragmentCount).toBe(16)
  })

  it('rebuilds from mixed parts alone, starting far into the sequence', () => {
    const decoder = new FountainDecoder()
    let result: Uint8Array | undefined
    for (let seq = 5000; !result && seq < 5100; seq++) {
      const step = decoder.receive(encoder.part(seq))
      if (step.kind === 'complete') result = step.message
    }
    expect(result).toEqual(message)
  })

  it('ignores a damaged part and leaves the transfer as it was', () => {
    const decoder = new FountainDecoder()
    decoder.receive(encoder.part(2))
    const damaged = flipBit(encoder.part(20), 200)
    expect(decoder.receive(damaged)).toEqual({
      kind: 'ignored',
      reason: 'damaged',
      progress: 1 / 16,
    })
    expect(decoder.progress).toBe(1 / 16)
  })

  it('ignores parts of another message once a transfer has started', () => {
    const other = createEncoder(bytesFrom(2, 1000), 64)
    const sameMessageOtherCut = createEncoder(message, 50)
    const decoder = new FountainDecoder()
    decoder.receive(encoder.part(1))
    for (const part of [other.part(2), other.part(300), sameMessageOtherCut.part(2)]) {
      expect(decoder.receive(part)).toEqual({
        kind: 'ignored',
        reason: 'other-transfer',
        progress: 1 / 16,
      })
    }
  })

  it('never returns a message that fails its checksum, and starts again', () => {
    // A forged part: its own CRC-32 is right, its data is not the fragment it claims to be.
    const decoded = decodePart(encoder.part(5))
    if (!decoded.ok) throw new Error('setup')
    const forged = encodePart({ ...decoded.part, data: decoded.part.data.map((b) => b ^ 1) })
    const decoder = new FountainDecoder()
    const steps = [forged]
      .concat([...Array(16).keys()].filter((i) => i !== 4).map((i) => encoder.part(i + 1)))
      .map((p) => decoder.receive(p))
    expect(steps.at(-1)).toEqual({ kind: 'restarted', reason: 'message-damaged', progress: 0 })
    expect(steps.some((s) => s.kind === 'complete')).toBe(false)
    expect(decoder.progress).toBe(0)
    // The honest parts that follow still deliver the message.
    const arrived = feedUntilComplete(
      (seq) => encoder.part(seq),
      (p) => decoder.receive(p),
      { start: 17, missed: 0, seed: 1, limit: 100 },
    )
    expect(arrived).toBeLessThan(40)
  })

  it('keeps answering with the message once it is whole', () => {
    const small = createEncoder(text('x'), 8)
    const decoder = new FountainDecoder()
    expect(decoder.receive(small.part(1)).kind).toBe('complete')
    const again = decoder.receive(createEncoder(text('y'), 8).part(1))
    expect(again).toEqual({ kind: 'complete', message: text('x'), progress: 1 })
  })
})

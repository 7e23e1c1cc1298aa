// A bundle phone to phone through QR codes, without the camera: the sender's frame texts, a third
// of them missed, go into the receiver, and what comes out opens with the passphrase and decodes
// to exactly the records that were sent. Anything else a camera might read changes nothing.
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBundle } from '../../src/domain/bundle'
import {
  estimateSeconds,
  FRAGMENT_BYTES,
  fitsInCodes,
  QrReceiver,
  qrSender,
} from '../../src/domain/qr-transfer'
import { MIN_SEAL_ITERATIONS, sealBundle, unsealBundle } from '../../src/domain/seal'
import { sampleBundle } from '../fixtures/sample-review'
import { random } from './qr-fixtures'

const PASSPHRASE = 'oak tree by the gate'
const plain = await sampleBundle()
const sealed = await sealBundle(plain, PASSPHRASE, { iterations: MIN_SEAL_ITERATIONS })

/** Frames from `start`, a share `missed` of them lost, into the receiver until it is whole. */
function receiveAll(
  frame: (seq: number) => string,
  receiver: QrReceiver,
  opts: { start: number; missed: number; seed: number; limit: number },
): number {
  const next = random(opts.seed)
  let arrived = 0
  for (let seq = opts.start; arrived < opts.limit; seq++) {
    if (next() < opts.missed) continue
    arrived++
    if (receiver.receive(frame(seq)).kind === 'complete') return arrived
  }
  return Number.POSITIVE_INFINITY
}

describe('a transfer through QR codes', () => {
  it('delivers a sealed bundle whole with a third of the frames missed', async () => {
    const sender = await qrSender(sealed)
    expect(sender.fragmentCount).toBe(Math.ceil(sender.compressedBytes / FRAGMENT_BYTES))
    const receiver = new QrReceiver()
    const arrived = receiveAll(sender.frame, receiver, {
      start: 40,
      missed: 1 / 3,
      seed: 9,
      limit: sender.fragmentCount + 24,
    })
    expect(arrived).toBeLessThanOrEqual(sender.fragmentCount + 24)
    const text = await receiver.bundleText()
    expect(text).toBe(sealed)
    const bundle = await decodeBundle(await unsealBundle(text, PASSPHRASE))
    const sent = await decodeBundle(plain)
    expect(bundle.records).toEqual(sent.records)
  })

  it('delivers from any starting frame, whatever is missed', async () => {
    const sender = await qrSender(plain, 120)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5_000 }), fc.integer(), async (start, seed) => {
        const receiver = new QrReceiver()
        const limit = sender.fragmentCount + 24
        const arrived = receiveAll(sender.frame, receiver, { start, missed: 1 / 3, seed, limit })
        expect(arrived).toBeLessThanOrEqual(limit)
        expect(await receiver.bundleText()).toBe(plain)
      }),
      { numRuns: 30 },
    )
  })

  it('ignores a frame with any one bit of its text flipped', async () => {
    const sender = await qrSender(plain)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), fc.nat(7), (seq, at, bit) => {
        const text = sender.frame(seq)
        const i = at % text.length
        const flipped = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << bit))
        const changed = flipped + text.slice(i + 1)
        const receiver = new QrReceiver()
        const step = receiver.receive(changed)
        expect(step).toMatchObject({ kind: 'ignored', progress: 0 })
        expect(['not-ours', 'newer-version', 'damaged']).toContain(
          step.kind === 'ignored' ? step.reason : step.kind,
        )
      }),
      { numRuns: 1000 },
    )
  })

  it.each([
    ['a web address', 'https://example.org/', 'not-ours'],
    ['a Wi-Fi code', 'WIFI:S:School;T:WPA;P:secret;;', 'not-ours'],
    ['a newer app', 'RD2:ABCDEF', 'newer-version'],
    ['broken text', 'RD1:abc', 'damaged'],
    ['a frame too short for a part', 'RD1:000', 'damaged'],
  ])('ignores %s with its reason', (_, text, reason) => {
    const receiver = new QrReceiver()
    expect(receiver.receive(text)).toEqual({ kind: 'ignored', reason, progress: 0 })
  })

  it('ignores another phone’s frames, and can start over on them', async () => {
    const ours = await qrSender(plain, 200)
    const theirs = await qrSender(sealed, 200)
    const receiver = new QrReceiver()
    receiver.receive(ours.frame(1))
    expect(receiver.receive(theirs.frame(1))).toMatchObject({
      kind: 'ignored',
      reason: 'other-transfer',
    })
    receiver.reset()
    expect(receiver.receive(theirs.frame(1))).toMatchObject({ kind: 'added' })
    await expect(receiver.bundleText()).rejects.toThrow('not complete')
  })
})

describe('planning a transfer', () => {
  it('estimates the time from the fragments, the frame rate and the frames missed', () => {
    expect(estimateSeconds(38, 8, 1 / 3)).toBeCloseTo(40 / (8 * (2 / 3)))
    expect(estimateSeconds(38, 10, 0)).toBeCloseTo(4)
  })

  it('says when a bundle is too large for codes', () => {
    expect(fitsInCodes(FRAGMENT_BYTES * 1024)).toBe(true)
    expect(fitsInCodes(FRAGMENT_BYTES * 1024 + 1)).toBe(false)
  })
})

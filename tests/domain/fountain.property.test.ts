// Properties of the fountain code over random messages, cuts, subsets and orders: whatever part a
// receiver starts at, whatever it misses, duplicates or gets out of order, enough parts rebuild
// exactly the bytes sent, and nothing damaged or foreign ever gets in.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEncoder, decodePart, encodePart, MAX_FRAGMENTS } from '../../src/domain/fountain'
import { FountainDecoder } from '../../src/domain/fountain-decoder'
import { bytesFrom, feedUntilComplete, flipBit, random } from './qr-fixtures'

/**
 * Parts beyond N a subset holds. A random linear fountain leaves a subset of N + k mixed parts
 * short of the message with probability below 2^−k; at 24 that is one in 16 million.
 */
const SPARE = 24

/** A message of 1 byte to ~200 KB (mostly small, so many runs stay fast) and a fragment length. */
const transfer = fc
  .record({
    seed: fc.integer(),
    length: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_000 }) },
      { weight: 3, arbitrary: fc.integer({ min: 2_000, max: 30_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 30_000, max: 200_000 }) },
    ),
    fragmentLength: fc.integer({ min: 1, max: 600 }),
  })
  // At most 400 fragments, so a run takes milliseconds; MAX_FRAGMENTS has its own test below.
  .map((t) => ({ ...t, fragmentLength: Math.max(t.fragmentLength, Math.ceil(t.length / 400)) }))

/** fast-check runs many transfers in one test; a busy two-core machine needs the time. */
const SLOW = 120_000

describe('the fountain code', () => {
  it(
    'rebuilds the exact bytes from any N + 24 distinct parts, in any order, with duplicates',
    () => {
      fc.assert(
        fc.property(
          transfer,
          fc.integer({ min: 1, max: 10_000 }),
          fc.integer(),
          ({ seed, length, fragmentLength }, start, shuffleSeed) => {
            const message = bytesFrom(seed, length)
            const encoder = createEncoder(message, fragmentLength)
            const n = encoder.fragmentCount
            const next = random(shuffleSeed)
            // Distinct parts from a window twice the subset's size, so subsets vary and often mix
            // plain fragments with mixed parts.
            const seqs = new Set<number>()
            while (seqs.size < n + SPARE) seqs.add(start + Math.floor(next() * 2 * (n + SPARE)))
            const parts = [...seqs].flatMap((seq) => (next() < 0.2 ? [seq, seq] : [seq]))
            shuffle(parts, next)
            const decoder = new FountainDecoder()
            let result: Uint8Array | undefined
            for (const seq of parts) {
              const step = decoder.receive(encoder.part(seq))
              if (step.kind === 'complete') result = step.message
            }
            expect(result).toEqual(message)
          },
        ),
        { numRuns: 100 },
      )
    },
    SLOW,
  )

  it(
    'rebuilds from a stream with a third of the parts missed, within N + 24 parts',
    () => {
      fc.assert(
        fc.property(
          transfer,
          fc.integer({ min: 1, max: 100_000 }),
          fc.integer(),
          ({ seed, length, fragmentLength }, start, lossSeed) => {
            const message = bytesFrom(seed, length)
            const encoder = createEncoder(message, fragmentLength)
            const decoder = new FountainDecoder()
            let result: Uint8Array | undefined
            const arrived = feedUntilComplete(
              (seq) => encoder.part(seq),
              (part) => {
                const step = decoder.receive(part)
                if (step.kind === 'complete') result = step.message
                return step
              },
              { start, missed: 1 / 3, seed: lossSeed, limit: encoder.fragmentCount + SPARE },
            )
            expect(arrived).toBeLessThanOrEqual(encoder.fragmentCount + SPARE)
            expect(result).toEqual(message)
          },
        ),
        { numRuns: 100 },
      )
    },
    SLOW,
  )

  it(
    'ignores a part with any one bit flipped, and it changes nothing',
    () => {
      fc.assert(
        fc.property(
          transfer,
          fc.integer({ min: 1, max: 1_000 }),
          fc.nat(),
          ({ seed, length, fragmentLength }, seq, bitSeed) => {
            const message = bytesFrom(seed, Math.min(length, 5_000))
            const encoder = createEncoder(message, fragmentLength)
            const decoder = new FountainDecoder()
            const part = encoder.part(seq)
            const step = decoder.receive(flipBit(part, bitSeed % (part.length * 8)))
            expect(step).toEqual({ kind: 'ignored', reason: 'damaged', progress: 0 })
            expect(decoder.progress).toBe(0)
            expect(decoder.fragmentCount).toBeUndefined()
            const complete = decoder.receive(part).kind === 'complete'
            const arrived = feedUntilComplete(
              (s) => encoder.part(s),
              (p) => decoder.receive(p),
              { start: seq + 1, missed: 0, seed: 0, limit: encoder.fragmentCount + SPARE },
            )
            expect(complete || arrived <= encoder.fragmentCount + SPARE).toBe(true)
          },
        ),
        { numRuns: 500 },
      )
    },
    SLOW,
  )

  it(
    'ignores every part of another message mixed into the stream',
    () => {
      fc.assert(
        fc.property(transfer, transfer, fc.integer(), (a, b, mixSeed) => {
          const message = bytesFrom(a.seed, Math.min(a.length, 20_000))
          const ours = createEncoder(message, a.fragmentLength)
          const theirs = createEncoder(bytesFrom(b.seed + 1, b.length), b.fragmentLength)
          fc.pre(ours.messageCrc !== theirs.messageCrc)
          const next = random(mixSeed)
          const decoder = new FountainDecoder()
          let result: Uint8Array | undefined
          for (let seq = 1; !result && seq < 3 * ours.fragmentCount + 100; seq++) {
            if (seq > 1 && next() < 0.5) {
              const step = decoder.receive(theirs.part(seq))
              expect(step).toMatchObject({ kind: 'ignored', reason: 'other-transfer' })
            }
            const step = decoder.receive(ours.part(seq))
            if (step.kind === 'complete') result = step.message
          }
          expect(result).toEqual(message)
        }),
        { numRuns: 100 },
      )
    },
    SLOW,
  )

  it(
    'never completes with bytes that differ from the message sent',
    () => {
      // A part re-made with a valid checksum of its own but other data gets past the part's checks;
      // the message's CRC-32 must catch it.
      fc.assert(
        fc.property(
          transfer,
          fc.nat(),
          fc.nat(),
          ({ seed, length, fragmentLength }, which, bit) => {
            const message = bytesFrom(seed, Math.min(length, 5_000))
            const encoder = createEncoder(message, fragmentLength)
            const n = encoder.fragmentCount
            const forgedSeq = 1 + (which % n)
            const decoded = decodePart(encoder.part(forgedSeq))
            if (!decoded.ok) throw new Error('setup')
            const data = flipBit(decoded.part.data, bit % (decoded.part.data.length * 8))
            const forged = encodePart({ ...decoded.part, data })
            const decoder = new FountainDecoder()
            const steps = [decoder.receive(forged)]
            for (let seq = 1; seq <= n; seq++) {
              if (seq !== forgedSeq) steps.push(decoder.receive(encoder.part(seq)))
            }
            const last = steps.at(-1)
            if (last?.kind === 'complete') {
              // Only possible where the flipped bit was zero padding past the message's end… which
              // the decoder refuses too; so a completion must be the true message.
              expect(last.message).toEqual(message)
            }
            expect(steps.some((s) => s.kind === 'complete')).toBe(false)
          },
        ),
        { numRuns: 300 },
      )
    },
    SLOW,
  )
})

describe('the largest transfer', () => {
  it(
    `rebuilds ~200 KB in ${MAX_FRAGMENTS} fragments with a third of the parts missed`,
    () => {
      const message = bytesFrom(7, 200_000)
      const encoder = createEncoder(message, Math.ceil(200_000 / MAX_FRAGMENTS))
      expect(encoder.fragmentCount).toBeGreaterThan(MAX_FRAGMENTS - 5)
      const decoder = new FountainDecoder()
      let result: Uint8Array | undefined
      const arrived = feedUntilComplete(
        (seq) => encoder.part(seq),
        (part) => {
          const step = decoder.receive(part)
          if (step.kind === 'complete') result = step.message
          return step
        },
        { start: 500, missed: 1 / 3, seed: 3, limit: encoder.fragmentCount + SPARE },
      )
      expect(arrived).toBeLessThanOrEqual(encoder.fragmentCount + SPARE)
      expect(result).toEqual(message)
    },
    SLOW,
  )
})

function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
}

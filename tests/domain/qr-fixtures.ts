// Shared by the QR transfer tests: reproducible messages and a frame stream with frames missed, as
// a camera pointed at another phone sees it.

/** `length` bytes from a seed (mulberry32): big messages without fast-check drawing each byte. */
export function bytesFrom(seed: number, length: number): Uint8Array {
  const next = random(seed)
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256)
  return out
}

/** mulberry32: numbers in [0, 1) from a seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Feeds parts from `start` on, missing each with probability `missed`, until `receive` says the
 * message is whole or `limit` parts have arrived; returns how many arrived (Infinity if never).
 */
export function feedUntilComplete(
  part: (seq: number) => Uint8Array,
  receive: (bytes: Uint8Array) => { kind: string },
  opts: { start: number; missed: number; seed: number; limit: number },
): number {
  const next = random(opts.seed)
  let arrived = 0
  for (let seq = opts.start; arrived < opts.limit; seq++) {
    if (next() < opts.missed) continue
    arrived++
    if (receive(part(seq)).kind === 'complete') return arrived
  }
  return Number.POSITIVE_INFINITY
}

/** The bytes with bit `bit` (0 = the first byte's highest) flipped, in a copy. */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice()
  out[bit >>> 3] = (out[bit >>> 3] as number) ^ (0x80 >>> (bit & 7))
  return out
}

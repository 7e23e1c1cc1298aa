// Version vectors (src/README.md, "Where the merge rules live"): a clock maps a deviceId to the last counter that device gave.
// Missing entries count as 0.
import type { Clock } from './schemas'

/**
 * The largest number a device may put in a clock (the README's "Bundle format"): 2^31 − 1, far
 * beyond the edits of a lifetime and far below where numbers stop being exact. A device whose
 * counter reaches it continues under a fresh device id (db/write.ts) rather than stop saving.
 */
export const MAX_COUNTER = 2 ** 31 - 1

export type Order = 'equal' | 'before' | 'after' | 'concurrent'

/** How clock a stands to clock b. */
export function compareClocks(a: Clock, b: Clock): Order {
  let aBelow = false
  let bBelow = false
  // Each key once, without building their union: this runs for every pair of versions merged.
  for (const key of Object.keys(a)) {
    const x = entry(a, key)
    const y = entry(b, key)
    if (x < y) aBelow = true
    else if (x > y) bBelow = true
    if (aBelow && bBelow) return 'concurrent'
  }
  for (const key of Object.keys(b)) {
    if (Object.hasOwn(a, key)) continue
    if (entry(b, key) > 0) aBelow = true
    if (aBelow && bBelow) return 'concurrent'
  }
  if (aBelow) return 'before'
  if (bBelow) return 'after'
  return 'equal'
}

// Own entries only: a plain object answers c.constructor or c.toString from its prototype, which
// made {constructor: 1} compare equal to {} and lost that entry in a join.
function entry(c: Clock, key: string): number {
  return Object.hasOwn(c, key) ? (c[key] ?? 0) : 0
}

/** a < b: every entry of a is ≤ b's and they differ. */
export function dominatedBy(a: Clock, b: Clock): boolean {
  return compareClocks(a, b) === 'before'
}

/** Pointwise maximum. */
export function joinClocks(...clocks: Clock[]): Clock {
  const out: Clock = {}
  for (const c of clocks) {
    for (const [key, n] of Object.entries(c)) {
      if (n > entry(out, key)) out[key] = n
    }
  }
  return out
}

/** The largest counter in a clock, to keep a device's own counter ahead of anything it has seen. */
export function maxCounter(c: Clock): number {
  let m = 0
  for (const n of Object.values(c)) if (n > m) m = n
  return m
}

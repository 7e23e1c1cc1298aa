// The receiving end of the fountain code (fountain.ts): takes parts in any order, with duplicates
// and gaps, and rebuilds the message once the parts it holds determine every fragment.
//
// Each part is one equation over GF(2): the XOR of some fragments equals its data. Equations are
// kept in echelon form as they arrive (a pivot row per fragment, whose lowest fragment is that
// one), so each new part costs at most one pass over the rows it meets, the rank is known at every
// moment, and progress (rank / N) is exact: the message is whole exactly when the rank reaches N.
// A part that adds nothing (a duplicate, or the XOR of parts already held) is counted, not kept.
import { crc32 } from './crc32'
import { decodePart, type FountainPart, type PartRefusal, partFragments } from './fountain'

/** What one part did. */
export type DecodeStep =
  /** It added information; `progress` is the share of the message now determined, 0..1. */
  | { readonly kind: 'added'; readonly progress: number }
  /** A good part of this transfer that told nothing new (a duplicate, or implied by others). */
  | { readonly kind: 'redundant'; readonly progress: number }
  /** Not used, and why. */
  | { readonly kind: 'ignored'; readonly reason: PartRefusal; readonly progress: number }
  /** The message, checked against its CRC-32. Later parts give the same answer. */
  | { readonly kind: 'complete'; readonly message: Uint8Array; readonly progress: 1 }
  /**
   * The parts determined a message that fails its CRC-32: some part lied with a good checksum of
   * its own. Everything was dropped and the receiver starts again from the next part.
   */
  | { readonly kind: 'restarted'; readonly reason: 'message-damaged'; readonly progress: 0 }

interface Row {
  /** Bit i set: fragment i is in the XOR. */
  readonly coeffs: Uint32Array
  /** The XOR of those fragments, as 32-bit words (the fragment padded to a multiple of 4). */
  readonly data: Uint32Array
}

interface Transfer {
  readonly messageCrc: number
  readonly messageLength: number
  readonly fragmentCount: number
  readonly fragmentLength: number
  readonly words: number
  readonly pivots: (Row | undefined)[]
  readonly seen: Set<number>
  rank: number
}

/** Rebuilds one message from its parts; the first good part decides which message. */
export class FountainDecoder {
  private transfer: Transfer | undefined
  private done: Uint8Array | undefined

  /** The share of the message determined so far, 0..1. */
  get progress(): number {
    if (this.done) return 1
    const t = this.transfer
    return t ? t.rank / t.fragmentCount : 0
  }

  /** The transfer's fragment count once a good part has arrived. */
  get fragmentCount(): number | undefined {
    return this.transfer?.fragmentCount
  }

  /** Takes one part's bytes (as encodePart made them). Never throws on bad input. */
  receive(bytes: Uint8Array): DecodeStep {
    if (this.done) return { kind: 'complete', message: this.done, progress: 1 }
    const decoded = decodePart(bytes)
    if (!decoded.ok) return { kind: 'ignored', reason: decoded.reason, progress: this.progress }
    const part = decoded.part
    this.transfer ??= startTransfer(part)
    const t = this.transfer
    if (!sameTransfer(t, part)) {
      return { kind: 'ignored', reason: 'other-transfer', progress: this.progress }
    }
    if (t.seen.has(part.seq)) return { kind: 'redundant', progress: this.progress }
    t.seen.add(part.seq)
    if (!insert(t, rowOf(t, part))) return { kind: 'redundant', progress: this.progress }
    if (t.rank < t.fragmentCount) return { kind: 'added', progress: this.progress }
    const message = solve(t)
    if (!message) {
      this.transfer = undefined
      return { kind: 'restarted', reason: 'message-damaged', progress: 0 }
    }
    this.done = message
    this.transfer = undefined
    return { kind: 'complete', message, progress: 1 }
  }
}

function startTransfer(part: FountainPart): Transfer {
  return {
    messageCrc: part.messageCrc,
    messageLength: part.messageLength,
    fragmentCount: part.fragmentCount,
    fragmentLength: part.data.length,
    words: Math.ceil(part.fragmentCount / 32),
    pivots: new Array(part.fragmentCount),
    seen: new Set(),
    rank: 0,
  }
}

function sameTransfer(t: Transfer, part: FountainPart): boolean {
  return (
    part.messageCrc === t.messageCrc &&
    part.messageLength === t.messageLength &&
    part.fragmentCount === t.fragmentCount &&
    part.data.length === t.fragmentLength
  )
}

function rowOf(t: Transfer, part: FountainPart): Row {
  const coeffs = partFragments(part.seq, t.fragmentCount, t.messageCrc)
  const padded = new Uint8Array(Math.ceil(t.fragmentLength / 4) * 4)
  padded.set(part.data)
  return { coeffs, data: new Uint32Array(padded.buffer) }
}

/** Index of the lowest set bit of a non-zero word. */
const lowestBit = (w: number) => 31 - Math.clz32(w & -w)

function xorInto(target: Uint32Array, source: Uint32Array, from: number): void {
  for (let k = from; k < target.length; k++) {
    target[k] = (target[k] as number) ^ (source[k] as number)
  }
}

/** Reduces the row by the pivots; keeps it as a new pivot if anything is left. */
function insert(t: Transfer, row: Row): boolean {
  let w = 0
  for (;;) {
    while (w < t.words && row.coeffs[w] === 0) w++
    if (w === t.words) return false
    const column = w * 32 + lowestBit(row.coeffs[w] as number)
    const pivot = t.pivots[column]
    if (!pivot) {
      t.pivots[column] = row
      t.rank++
      return true
    }
    // The pivot has no bit below `column`, so words before w stay zero.
    xorInto(row.coeffs, pivot.coeffs, w)
    xorInto(row.data, pivot.data, 0)
  }
}

/**
 * With a pivot for every fragment, clears each pivot's higher bits from the top down, so pivot i
 * holds fragment i; then checks the padding and the message's CRC-32. Undefined if they fail.
 */
function solve(t: Transfer): Uint8Array | undefined {
  const n = t.fragmentCount
  const out = new Uint8Array(n * t.fragmentLength)
  for (let column = n - 1; column >= 0; column--) {
    const row = t.pivots[column] as Row
    for (let w = column >>> 5; w < t.words; w++) {
      let bits = row.coeffs[w] as number
      while (bits !== 0) {
        const j = w * 32 + lowestBit(bits)
        bits &= bits - 1
        if (j > column) xorInto(row.data, (t.pivots[j] as Row).data, 0)
      }
    }
    const bytes = new Uint8Array(row.data.buffer, 0, t.fragmentLength)
    out.set(bytes, column * t.fragmentLength)
  }
  const message = out.subarray(0, t.messageLength)
  if (out.subarray(t.messageLength).some((b) => b !== 0)) return undefined
  return crc32(message) === t.messageCrc ? out.slice(0, t.messageLength) : undefined
}

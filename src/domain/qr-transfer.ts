// A bundle through animated QR codes (issue 15): bundle text → deflate (compress.ts) → fountain
// parts (fountain.ts) → QR texts (qr-frames.ts) on the sender; QR texts → parts → deflated bytes
// → bundle text on the receiver, which then goes through the usual import (unseal, decode, plan).
import { compressText, decompressText } from './compress'
import { createEncoder, fragmentCountFor, MAX_FRAGMENTS, type PartRefusal } from './fountain'
import { FountainDecoder } from './fountain-decoder'
import { type FrameRefusal, frameText, parseFrame } from './qr-frames'

/**
 * The QR codes a sender shows: version 17 (85 × 85 modules) at error correction level M (15% of
 * the code may be lost). Through a simulated phone camera (tests/bench/qr-figures.ts: the code
 * filling 40–85% of the frame's height, turned up to 10°, blurred and noisy) zxing-wasm reads 30
 * of 30 such frames at 1280 × 720 and 22 of 30 at 640 × 480; version 20 reads 29 and 20, and
 * version 13 (301 bytes) 30 and 29. Ask the camera for 1280 × 720.
 */
export const QR_VERSION = 17
export const QR_ERROR_CORRECTION = 'M'

/**
 * Fragment bytes in one frame: the most that fills a QR_VERSION code at QR_ERROR_CORRECTION.
 * With a part's 18 bytes of header, base45 and 'RD1:', a frame is 733 alphanumeric characters.
 */
export const FRAGMENT_BYTES = 468

export interface QrSender {
  /** Bytes of the bundle text as UTF-8, and after deflate. */
  readonly bundleBytes: number
  readonly compressedBytes: number
  /** N: a receiver needs a little more than N frames (see estimateSeconds). */
  readonly fragmentCount: number
  /** The text of frame `seq` (1, 2, 3, …): show them in order, forever. */
  frame(seq: number): string
}

/**
 * A sender for the bundle text (a sealed envelope or a plain bundle). Refuses with a RangeError
 * a bundle that needs more than MAX_FRAGMENTS frames: the Share screen offers the file instead
 * (check with fitsInCodes first).
 */
export async function qrSender(text: string, fragmentBytes = FRAGMENT_BYTES): Promise<QrSender> {
  return senderOf(text, await compressText(text), fragmentBytes)
}

/**
 * Frames a second the Share screen shows. A phone camera gives 30 frames a second and a reader
 * needs one sharp one of each code; at 8 each code stays on screen for 125 ms, about 4 camera
 * frames, so a reader that decodes 10 frames a second still sees most codes.
 */
export const FRAMES_PER_SECOND = 8

/**
 * The most frames the Share screen offers to show: 240 frames is about 110 KB deflated, some
 * ten 60-record reviews, and takes (240 + 2) ÷ (8 × ⅔) ≈ 45 s with a third missed. Two phones
 * held still for longer than that are worse off than the file route, so a larger bundle is
 * pointed there instead.
 */
export const QR_FRAME_LIMIT = 240

/** A sender, or undefined when the bundle needs more than `limit` frames (use the file). */
export async function qrSenderWithin(
  text: string,
  limit = QR_FRAME_LIMIT,
): Promise<QrSender | undefined> {
  const compressed = await compressText(text)
  if (fragmentCountFor(compressed.length, FRAGMENT_BYTES) > limit) return undefined
  return senderOf(text, compressed, FRAGMENT_BYTES)
}

function senderOf(text: string, compressed: Uint8Array, fragmentBytes: number): QrSender {
  const encoder = createEncoder(compressed, fragmentBytes)
  return {
    bundleBytes: new TextEncoder().encode(text).length,
    compressedBytes: compressed.length,
    fragmentCount: encoder.fragmentCount,
    frame: (seq) => frameText(encoder.part(seq)),
  }
}

/** Whether deflated bytes of this length can go as codes at all. */
export function fitsInCodes(compressedBytes: number, fragmentBytes = FRAGMENT_BYTES): boolean {
  return fragmentCountFor(compressedBytes, fragmentBytes) <= MAX_FRAGMENTS
}

/**
 * Seconds a receiver needs, on average, to collect N fragments shown at `fps` frames a second
 * when it misses `missed` of them (0 ≤ missed < 1): N + 2 frames received, as measured (N + 1.6
 * on average, N + 5 at the 95th percentile, tests/bench/qr-figures.ts).
 */
export function estimateSeconds(fragmentCount: number, fps: number, missed = 1 / 3): number {
  return (fragmentCount + 2) / (fps * (1 - missed))
}

/** What one QR code did to a transfer. */
export type ReceiveStep =
  | { readonly kind: 'added' | 'redundant'; readonly progress: number }
  | {
      readonly kind: 'ignored'
      readonly reason: FrameRefusal | PartRefusal
      readonly progress: number
    }
  | { readonly kind: 'restarted'; readonly reason: 'message-damaged'; readonly progress: 0 }
  | { readonly kind: 'complete'; readonly progress: 1 }

/** Collects QR texts from a camera until a bundle is whole; then `bundleText()` reads it. */
export class QrReceiver {
  private decoder = new FountainDecoder()
  private message: Uint8Array | undefined

  /** Takes the text of one QR code. Never throws on bad input. */
  receive(text: string): ReceiveStep {
    const frame = parseFrame(text)
    if (!frame.ok) {
      return { kind: 'ignored', reason: frame.reason, progress: this.decoder.progress }
    }
    const step = this.decoder.receive(frame.part)
    if (step.kind !== 'complete') return step
    this.message = step.message
    return { kind: 'complete', progress: 1 }
  }

  /** Starts over, e.g. after locking on to another phone's codes. */
  reset(): void {
    this.decoder = new FountainDecoder()
    this.message = undefined
  }

  /**
   * The bundle text once complete, for the usual import steps. Throws 'bundle/not-json' or
   * 'bundle/too-large' (compress.ts) for bytes that checked out but do not inflate to a bundle.
   */
  async bundleText(): Promise<string> {
    if (!this.message) throw new Error('The transfer is not complete')
    return decompressText(this.message)
  }
}

// The text of one QR code in an animated transfer: 'RD1:' then the fountain part (fountain.ts) in
// base45 (base45.ts). Every character is in the QR alphanumeric set, so the whole frame is one
// alphanumeric segment (5.5 bits a character): 'RD' says it is ours, '1' the frame format version.
// A camera sees whatever is in front of it, so parsing refuses anything else with a reason.
import { fromBase45, toBase45 } from './base45'

export const FRAME_PREFIX = 'RD'
/** The frame format this app writes and reads. */
export const FRAME_VERSION = 1

/** Why a QR code's text is not a frame this app can use. */
export type FrameRefusal =
  /** Not one of ours: a URL, a ticket, any other QR code. */
  | 'not-ours'
  /** Ours, from a newer app whose frames this one cannot read. */
  | 'newer-version'
  /** Ours, but not base45 any more: changed on the way. */
  | 'damaged'

const HEAD = /^RD([1-9][0-9]{0,2}):/

/** The QR text of one part's bytes. */
export function frameText(part: Uint8Array): string {
  return `${FRAME_PREFIX}${FRAME_VERSION}:${toBase45(part)}`
}

/** The part's bytes in a QR code's text, or why not. The part's own checks come after. */
export function parseFrame(
  text: string,
): { ok: true; part: Uint8Array } | { ok: false; reason: FrameRefusal } {
  const head = HEAD.exec(text)
  if (!head) return { ok: false, reason: 'not-ours' }
  const version = Number(head[1])
  if (version > FRAME_VERSION) return { ok: false, reason: 'newer-version' }
  if (version !== FRAME_VERSION) return { ok: false, reason: 'not-ours' }
  const part = fromBase45(text.slice(head[0].length))
  return part ? { ok: true, part } : { ok: false, reason: 'damaged' }
}

// What a screen has just written, handed to the screen it opens, so that screen draws on its first
// render rather than after its reads: "Start a visit" writes the visit, and the visit screen would
// otherwise read back that visit, the focus and an empty note box before drawing anything, a frame
// and a read that a phone pays for in turn. Only the newest hand-over is held, and only the screen
// of that record takes it, once; its live queries still run and take over when they answer (what
// they read is what was handed, so nothing on screen changes then).
import type { Shown } from '../db/shown'

export interface HandedOver {
  /** The record just written, as a read would show it. */
  record: Shown<'visit' | 'conversation'>
  /** The review's focus (its lines of enquiry), or undefined when the review has none. */
  focus: Shown<'focus'> | undefined
}

let held: HandedOver | undefined

export function handOver(opened: HandedOver): void {
  held = opened
}

/** The hand-over for this record, if it is the one held; it is held no longer. */
export function takeHandOver(recordId: string): HandedOver | undefined {
  if (held?.record.id !== recordId) return undefined
  const opened = held
  held = undefined
  return opened
}

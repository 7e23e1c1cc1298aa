// How much evidence stands behind each line of enquiry: the lead reviewer's gap finder.
import type { LineOfEnquiry } from './schemas'

export interface Tagged {
  lines: readonly string[]
}

export interface Coverage {
  /** lineId → number of notes tagged to it. */
  perLine: Map<string, number>
  /** Notes tagged to no line that still exists. */
  untagged: number
}

export function coverage(lines: readonly LineOfEnquiry[], notes: Iterable<Tagged>): Coverage {
  const perLine = new Map(lines.map((l) => [l.id, 0]))
  let untagged = 0
  for (const note of notes) {
    let tagged = false
    for (const id of new Set(note.lines)) {
      const n = perLine.get(id)
      if (n !== undefined) {
        perLine.set(id, n + 1)
        tagged = true
      }
    }
    if (!tagged) untagged++
  }
  return { perLine, untagged }
}

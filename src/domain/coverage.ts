// How much evidence stands behind each line of enquiry, so gaps show while there is still time:
// the Visits screen shows the counts, the Evidence screen also where they come from.
import type { EvidenceNote, EvidenceSource } from './evidence'

export interface LineCoverage {
  /** Notes tagged to the line (a note tagged twice to one line counts once). */
  total: number
  bySource: Map<EvidenceSource, number>
  /** deviceId → notes. */
  byPerson: Map<string, number>
}

export interface Coverage {
  /** lineId → its coverage, for every line asked about, in their order. */
  perLine: Map<string, LineCoverage>
  /** Notes tagged to no line that still exists. */
  untagged: number
}

export function coverage(
  notes: Iterable<Pick<EvidenceNote, 'lines' | 'source' | 'by'>>,
  lineIds: readonly string[],
): Coverage {
  const perLine = new Map<string, LineCoverage>(
    lineIds.map((id) => [id, { total: 0, bySource: new Map(), byPerson: new Map() }]),
  )
  let untagged = 0
  for (const note of notes) {
    let tagged = false
    for (const id of new Set(note.lines)) {
      const c = perLine.get(id)
      if (!c) continue
      tagged = true
      c.total++
      c.bySource.set(note.source, (c.bySource.get(note.source) ?? 0) + 1)
      c.byPerson.set(note.by, (c.byPerson.get(note.by) ?? 0) + 1)
    }
    if (!tagged) untagged++
  }
  return { perLine, untagged }
}

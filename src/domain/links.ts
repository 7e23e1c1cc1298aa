// Evidence links: a finding points at the notes that support it ({ recordId, noteId }). One rule
// of equality for every screen that links, unlinks, merges or counts them.
import type { EvidenceLink } from './schemas'

export function sameLink(a: EvidenceLink, b: EvidenceLink): boolean {
  return a.recordId === b.recordId && a.noteId === b.noteId
}

/** The link to one note of a visit or conversation. */
export function linkTo(note: { recordId: string; noteId: string }): EvidenceLink {
  return { recordId: note.recordId, noteId: note.noteId }
}

export function hasLink(links: readonly EvidenceLink[], link: EvidenceLink): boolean {
  return links.some((l) => sameLink(l, link))
}

export function toggleLink(links: readonly EvidenceLink[], link: EvidenceLink): EvidenceLink[] {
  return hasLink(links, link) ? links.filter((l) => !sameLink(l, link)) : [...links, link]
}

/** a, then each link of b that is not there yet, once. */
export function unionLinks(a: readonly EvidenceLink[], b: readonly EvidenceLink[]): EvidenceLink[] {
  const out = [...a]
  for (const link of b) if (!hasLink(out, link)) out.push(link)
  return out
}

/** How many pieces of evidence are linked, from how many activities (visits, conversations). */
export function evidenceCount(links: readonly EvidenceLink[]): {
  pieces: number
  activities: number
} {
  const unique = unionLinks([], links)
  return { pieces: unique.length, activities: new Set(unique.map((l) => l.recordId)).size }
}

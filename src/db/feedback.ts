// Feedback records: a reviewer's draft or the consolidated feedback (DESIGN §2). Starting one is a
// write; the rest are small pure rules the feedback screens and the report share.
import type { EvidenceLink, Feedback, FeedbackLine } from '../domain/schemas'
import { getDeviceId } from './device'
import { getFocus, listOfKind, type Shown } from './read'
import { createRecord } from './write'

export function emptyLine(lineId: string): FeedbackLine {
  return { lineId, findings: '', strengths: '', questions: '', evidence: [] }
}

/**
 * The feedback with an entry for every line of enquiry of the focus, in the focus's order.
 * Entries for lines since removed from the focus stay at the end: their text is never dropped.
 */
export function withEveryLine(data: Feedback, lineIds: readonly string[]): Feedback {
  const byId = new Map(data.lines.map((l) => [l.lineId, l]))
  const ordered = lineIds.map((id) => byId.get(id) ?? emptyLine(id))
  const rest = data.lines.filter((l) => !lineIds.includes(l.lineId))
  return { ...data, lines: [...ordered, ...rest] }
}

export function lineOf(data: Feedback, lineId: string): FeedbackLine {
  return data.lines.find((l) => l.lineId === lineId) ?? emptyLine(lineId)
}

/** Text added to a field as a paragraph of its own. */
export function appendParagraph(existing: string, addition: string): string {
  const add = addition.trim()
  if (!add) return existing
  const base = existing.trimEnd()
  return base ? `${base}\n\n${add}` : add
}

/** Whether a field already holds a piece of text (so it is not offered twice). */
export function holds(field: string, text: string): boolean {
  const t = text.trim()
  return t !== '' && field.includes(t)
}

function sameLink(a: EvidenceLink, b: EvidenceLink): boolean {
  return a.recordId === b.recordId && a.noteId === b.noteId
}

export function hasLink(links: readonly EvidenceLink[], link: EvidenceLink): boolean {
  return links.some((l) => sameLink(l, link))
}

export function toggleLink(links: readonly EvidenceLink[], link: EvidenceLink): EvidenceLink[] {
  return hasLink(links, link) ? links.filter((l) => !sameLink(l, link)) : [...links, link]
}

export function unionLinks(a: readonly EvidenceLink[], b: readonly EvidenceLink[]): EvidenceLink[] {
  return [...a, ...b.filter((l) => !hasLink(a, l))]
}

/** How many pieces of evidence are linked, from how many activities (visits, conversations). */
export function evidenceCount(links: readonly EvidenceLink[]): {
  pieces: number
  activities: number
} {
  const unique = unionLinks([], links)
  return { pieces: unique.length, activities: new Set(unique.map((l) => l.recordId)).size }
}

/**
 * This person's own draft: written under their profile name on this device. A draft by someone
 * else with the same name, imported from their bundle, never carries this device's clock entry.
 */
export function isMyDraft(f: Shown<'feedback'>, deviceId: string, name: string): boolean {
  return (
    !f.data.consolidated &&
    f.data.author === name &&
    f.versions.some((v) => (v.clock[deviceId] ?? 0) > 0)
  )
}

/** The most recently changed of several feedback records (the report uses it). */
export function mostRecent<T extends { updatedAt: string }>(list: readonly T[]): T | undefined {
  return [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]
}

/**
 * Starts a draft for this person, or the consolidated feedback, with an entry per line of enquiry.
 * Asking twice for one's own draft opens the one that exists rather than making a second.
 */
export async function startFeedback(
  reviewId: string,
  author: string,
  consolidated: boolean,
): Promise<string> {
  const [focus, existing, deviceId] = await Promise.all([
    getFocus(reviewId),
    listOfKind(reviewId, 'feedback'),
    getDeviceId(),
  ])
  const mine = consolidated ? undefined : existing.find((f) => isMyDraft(f, deviceId, author))
  if (mine) return mine.id
  const lineIds = (focus?.data.linesOfEnquiry ?? []).map((l) => l.id)
  return createRecord({
    kind: 'feedback',
    reviewId,
    data: {
      author,
      consolidated,
      lines: lineIds.map(emptyLine),
      summary: '',
      status: 'draft',
    },
  })
}

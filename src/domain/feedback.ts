// Rules of feedback records — a reviewer's draft or the consolidated feedback (src/README.md,
// "Records"): which lines a feedback covers, how text from a draft is brought in, whose draft is
// whose. Pure, shared by the feedback screens, the report and src/db/feedback.ts.
import type { Clock, Feedback, FeedbackLine } from './schemas'

/** The three texts written per line of enquiry, in the order they are shown and printed. */
export const FEEDBACK_FIELDS = ['findings', 'strengths', 'questions'] as const
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number]

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

/** Whether any of the line's three texts holds more than spaces. */
export function hasText(line: FeedbackLine): boolean {
  return FEEDBACK_FIELDS.some((field) => line[field].trim() !== '')
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

/** What isMyDraft needs of a stored feedback record. */
export interface FeedbackRecord {
  data: Feedback
  versions: readonly { clock: Clock }[]
}

/**
 * This person's own draft: written under their profile name on this device. A draft by someone
 * else with the same name, imported from their bundle, never carries this device's clock entry.
 */
export function isMyDraft(f: FeedbackRecord, deviceId: string, name: string): boolean {
  return (
    !f.data.consolidated &&
    f.data.author === name &&
    f.versions.some((v) => (v.clock[deviceId] ?? 0) > 0)
  )
}

/** Most recently changed first, by the winner's ISO time (ties keep no particular order). */
export function newestFirst<T extends { updatedAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
}

/** The most recently changed of several feedback records (the report uses it). */
export function mostRecent<T extends { updatedAt: string }>(list: readonly T[]): T | undefined {
  return newestFirst(list)[0]
}

/** A review's feedback as the feedback screen lists it: mine, the others' drafts, consolidated. */
export function groupFeedback<T extends FeedbackRecord & { updatedAt: string }>(
  all: readonly T[],
  me: { deviceId: string; name: string } | null,
): { mine: T[]; others: T[]; consolidated: T[] } {
  const byRecent = newestFirst(all)
  const mine = me ? byRecent.filter((f) => isMyDraft(f, me.deviceId, me.name)) : []
  return {
    mine,
    others: byRecent.filter((f) => !f.data.consolidated && !mine.includes(f)),
    consolidated: byRecent.filter((f) => f.data.consolidated),
  }
}

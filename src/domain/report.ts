// What the printed report holds: which consolidated feedback, which lines, and how much evidence
// stands behind each. The words are the screen's; these are the choices.
import { type EvidenceNote, taggedTo } from './evidence'
import { hasText, mostRecent, withEveryLine } from './feedback'
import { evidenceCount } from './links'
import type { Feedback, FeedbackLine, LineOfEnquiry, Review } from './schemas'

/** The consolidated feedback the report prints: the most recently changed, if there are several. */
export function reportFeedback<T extends { data: Feedback; updatedAt: string }>(
  feedback: readonly T[],
): { feedback: T | undefined; several: boolean } {
  const consolidated = feedback.filter((f) => f.data.consolidated)
  return { feedback: mostRecent(consolidated), several: consolidated.length > 1 }
}

/**
 * The lines the report prints, in the focus's order: every line of the focus, then a line since
 * removed from the focus only when something was written for it.
 */
export function reportLines(feedback: Feedback, lines: readonly LineOfEnquiry[]): FeedbackLine[] {
  return withEveryLine(
    feedback,
    lines.map((l) => l.id),
  ).lines.filter((l) => lines.some((f) => f.id === l.lineId) || hasText(l))
}

export type EvidenceBehind =
  | { kind: 'linked'; pieces: number; activities: number }
  | { kind: 'tagged'; notes: number; activities: number }
  | { kind: 'none' }

/** The evidence the team linked to a line; failing that, the notes tagged to it. */
export function evidenceBehind(line: FeedbackLine, notes: readonly EvidenceNote[]): EvidenceBehind {
  const linked = evidenceCount(line.evidence)
  if (linked.pieces > 0) return { kind: 'linked', ...linked }
  const tagged = taggedTo(notes, line.lineId)
  if (tagged.length === 0) return { kind: 'none' }
  return {
    kind: 'tagged',
    notes: tagged.length,
    activities: new Set(tagged.map((n) => n.recordId)).size,
  }
}

/** The review's days: none set, one day (or the same twice), or a first and last day. */
export function reviewDays(
  review: Pick<Review, 'startDate' | 'endDate'>,
): [] | [string] | [string, string] {
  const days = [review.startDate, review.endDate].filter(Boolean)
  const [first] = days
  if (first === undefined) return []
  if (days.length === 1 || review.startDate === review.endDate) return [first]
  return [review.startDate, review.endDate]
}

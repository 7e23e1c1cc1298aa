// The names screens give to lines of enquiry, visits and conversations, each worded once.
import type { ImportCounts } from '../domain/bundle-plan'
import type { KnownRecord } from '../domain/errors'
import { lineName } from '../domain/lines'
import { reviewDays } from '../domain/report'
import type {
  Action,
  Conversation,
  Kind,
  LineOfEnquiry,
  Meeting,
  Priority,
  Review,
  Visit,
} from '../domain/schemas'
import { formatDateTime, formatDay, formatList, formatTime, t } from './messages'

/** A line's title, "Untitled line of enquiry", or that the line was removed from the focus. */
export function lineTitle(lines: readonly LineOfEnquiry[], lineId: string): string {
  const name = lineName(lines, lineId)
  if (name === 'untitled') return t('focus.untitledLine')
  if (name === 'removed') return t('feedback.removedLine')
  return name.title
}

/** The lines as chips to tag a note with. */
export function lineChips(lines: readonly LineOfEnquiry[]): { id: string; label: string }[] {
  return lines.map((l) => ({ id: l.id, label: lineTitle(lines, l.id) }))
}

/** "Year 5 · Maths · 5B", or the time it started while nothing is set. */
export function visitTitle(v: Visit): string {
  const parts = [v.yearGroup, v.subject, v.group].map((p) => p.trim()).filter(Boolean)
  return parts.length ? parts.join(' · ') : t('visits.unnamed', { time: formatTime(v.startedAt) })
}

/** The group as described ("Year 5, four pupils"), or who it was with ("Conversation with pupils"). */
export function conversationTitle(c: Conversation): string {
  // The evidence source's name is the whole phrase in each language, not an option label inserted.
  return c.group.trim() || t(`source.${c.with}-conversation`)
}

/** What an import changed, "2 new records, 1 updated and 1 conflict to resolve", each count whole. */
export function importCountsText(counts: ImportCounts, withUnchanged = true): string {
  const items = [
    t('import.countNew', { count: counts.new }),
    t('import.countUpdated', { count: counts.updated }),
  ]
  if (withUnchanged) items.push(t('import.countUnchanged', { count: counts.unchanged }))
  items.push(t('import.countConflicts', { count: counts.conflicts }))
  return formatList(items)
}

// Every kind's catalogue key, typed so that a new kind must add its name here. A plain object, not
// the zod enum: the first screen imports this file, and zod loads later.
const KIND_NAMES = {
  review: 'kind.review',
  focus: 'kind.focus',
  visit: 'kind.visit',
  conversation: 'kind.conversation',
  feedback: 'kind.feedback',
  workshop: 'kind.workshop',
  action: 'kind.action',
  checkin: 'kind.checkin',
  meeting: 'kind.meeting',
} as const satisfies Record<Kind, `kind.${Kind}`>

/**
 * A record as this device knows it (an import's preview and its refusals name records this way):
 * "A visit: Year 5 · Maths · 5B (Oak Primary)". Everything comes from this device's data.
 */
export function knownRecordName(record: KnownRecord): string {
  const kindName = Object.hasOwn(KIND_NAMES, record.kind)
    ? t(KIND_NAMES[record.kind as Kind])
    : record.kind
  const review = record.review || t('import.reviewNotHere')
  const title = recordTitle(record)
  return title
    ? t('import.recordNamed', { kind: kindName, title, review })
    : t('import.recordOf', { kind: kindName, review })
}

function recordTitle(record: KnownRecord): string {
  if (!record.data) return ''
  if (record.kind === 'visit') return visitTitle(record.data as Visit)
  if (record.kind === 'conversation') return conversationTitle(record.data as Conversation)
  if (record.kind === 'action') return actionTitle(record.data as Action)
  if (record.kind === 'meeting') return meetingTitle(record.data as Meeting)
  return ''
}

/** The first line of what an action will do, cut short for a list; or that nothing is written. */
export function actionTitle(a: Action): string {
  const first = a.what.trim().split('\n')[0] ?? ''
  if (!first) return t('action.untitled')
  return first.length > 120 ? `${first.slice(0, 119)}…` : first
}

/** A priority's title, or its place when it has none yet. */
export function priorityTitle(p: Priority, index: number): string {
  return p.title.trim() || t('workshop.priorityN', { n: index + 1 })
}

/** Who the follow-up meeting was with, or when it was held while that is not set. */
export function meetingTitle(m: Meeting): string {
  return m.with.trim() || t('meeting.unnamed', { time: formatDateTime(m.at) })
}

/** The review's days as the report and the plan print them. */
export function reviewDatesText(review: Pick<Review, 'startDate' | 'endDate'>): string {
  const days = reviewDays(review)
  if (days.length === 0) return t('reviews.noDates')
  if (days.length === 1) return formatDay(days[0])
  return t('reviews.dates', { start: formatDay(days[0]), end: formatDay(days[1]) })
}

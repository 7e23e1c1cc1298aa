// Rules of the improvement cycle's records (src/README.md, "Records"): the workshop's starting
// points from the consolidated feedback, ordering its priorities, which workshop a review shows,
// and the improvement plan and follow-up as lists of actions with their latest check-in.
import { mostRecent } from './feedback'
import { type ActionFact, actionsDue, type CheckinFact, latestCheckins } from './progress'
import { reportLines } from './report'
import type { Action, Checkin, Feedback, LineOfEnquiry, Priority, Workshop } from './schemas'

/** A starting point of the workshop: one line of enquiry's findings and questions for reflection. */
export interface StartingPoint {
  lineId: string
  findings: string
  questions: string[]
}

/**
 * The consolidated feedback's findings and questions for reflection per line of enquiry, in the
 * focus's order; each question is a line of its own (the lead reviewer writes one per line).
 */
export function startingPoints(
  feedback: Feedback | undefined,
  lines: readonly LineOfEnquiry[],
): StartingPoint[] {
  if (!feedback) return []
  return reportLines(feedback, lines)
    .map((l) => ({
      lineId: l.lineId,
      findings: l.findings.trim(),
      questions: l.questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
    }))
    .filter((p) => p.findings || p.questions.length > 0)
}

/** The list with the item at `index` moved `by` places (-1 up, +1 down); unchanged at an end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  const item = list[index]
  if (item === undefined || to < 0 || to >= list.length) return [...list]
  const out = list.filter((_, i) => i !== index)
  out.splice(to, 0, item)
  return out
}

/** The workshop a review shows: the most recently changed, if two people started one apart. */
export function chosenWorkshop<T extends { data: Workshop; updatedAt: string }>(
  workshops: readonly T[],
): { workshop: T | undefined; several: boolean } {
  return { workshop: mostRecent(workshops), several: workshops.length > 1 }
}

/** An action record as the plan and the follow-up read it. */
export interface ActionItem {
  id: string
  data: Action
}
/** A check-in record as the plan and the follow-up read it. */
export interface CheckinItem {
  id: string
  data: Checkin
  updatedAt: string
  /** The device that wrote it. */
  by: string
}

export interface PlannedAction<A extends ActionItem, C extends CheckinItem> {
  action: A
  latest: C | undefined
}

function checkinFacts<C extends CheckinItem>(
  checkins: readonly C[],
): (CheckinFact & { item: C })[] {
  return checkins.map((c) => ({ ...c.data, at: c.updatedAt, item: c }))
}

/** Each action's latest check-in record. */
export function latestOf<C extends CheckinItem>(checkins: readonly C[]): Map<string, C> {
  const latest = latestCheckins(checkinFacts(checkins))
  return new Map([...latest].map(([id, fact]) => [id, fact.item]))
}

/**
 * The improvement plan: each priority of the workshop in the agreed order with its actions, and
 * actions whose priority the workshop no longer has (never hidden), each with its latest check-in.
 */
export function planOf<A extends ActionItem, C extends CheckinItem>(
  priorities: readonly Priority[],
  actions: readonly A[],
  checkins: readonly C[],
): {
  priorities: { priority: Priority; actions: PlannedAction<A, C>[] }[]
  unplaced: PlannedAction<A, C>[]
} {
  const latest = latestOf(checkins)
  const planned = (a: A) => ({ action: a, latest: latest.get(a.id) })
  const byStart = [...actions].sort((a, b) => orderByDate(a.data.startDate, b.data.startDate))
  return {
    priorities: priorities.map((priority) => ({
      priority,
      actions: byStart.filter((a) => a.data.priorityId === priority.id).map(planned),
    })),
    unplaced: byStart
      .filter((a) => !priorities.some((p) => p.id === a.data.priorityId))
      .map(planned),
  }
}

/** Set dates first, earliest first; unset dates last. */
function orderByDate(a: string, b: string): number {
  if (a === b) return 0
  if (!a) return 1
  if (!b) return -1
  return a < b ? -1 : 1
}

/**
 * The follow-up list: actions due for review first (earliest review date first), then the others
 * by review date, each with its latest check-in and whether it is due.
 */
export function followUpList<A extends ActionItem, C extends CheckinItem>(
  actions: readonly A[],
  checkins: readonly C[],
  today: string,
): (PlannedAction<A, C> & { due: boolean })[] {
  const facts: (ActionFact & { item: A })[] = actions.map((a) => ({
    id: a.id,
    priorityId: a.data.priorityId,
    reviewDate: a.data.reviewDate,
    item: a,
  }))
  const due = new Set(actionsDue(facts, checkinFacts(checkins), today).map((f) => f.id))
  const latest = latestOf(checkins)
  return [...actions]
    .sort(
      (a, b) =>
        Number(due.has(b.id)) - Number(due.has(a.id)) ||
        orderByDate(a.data.reviewDate, b.data.reviewDate),
    )
    .map((a) => ({ action: a, latest: latest.get(a.id), due: due.has(a.id) }))
}

/** Check-ins of one action, newest first. */
export function checkinsOf<C extends CheckinItem>(checkins: readonly C[], actionId: string): C[] {
  return checkins
    .filter((c) => c.data.actionId === actionId)
    .sort((a, b) =>
      a.data.on === b.data.on
        ? b.updatedAt.localeCompare(a.updatedAt)
        : b.data.on.localeCompare(a.data.on),
    )
}

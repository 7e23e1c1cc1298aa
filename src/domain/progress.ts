// Where a review stands and what comes next (src/README.md, "Stages that move with the work"):
// the next-step sentence shown on the reviews list and at the top of a review, and the actions
// due for review this week. Pure: the words are the catalogue's, the facts come from db.
import { addDays } from './days'
import type { CheckinStatus, Stage } from './schemas'

/** The next step, one per sentence in the catalogue (`next.<step>`). */
export type NextStep =
  | 'write-focus'
  | 'send-pack'
  | 'take-notes'
  | 'consolidate'
  | 'finish-feedback'
  | 'plan-workshop'
  | 'agree-priorities'
  | 'plan-actions'
  | 'first-checkin'
  | 'review-due'
  | 'keep-checking'
  | 'start-next'
  | 'closed'

/** What a check-in says of an action, with when the record was last written to break ties. */
export interface CheckinFact {
  actionId: string
  on: string
  status: CheckinStatus
  /** The record's updatedAt (ISO time). */
  at: string
}

export interface ActionFact {
  id: string
  priorityId: string
  reviewDate: string
}

export interface ProgressFacts {
  stage: Stage
  /** Lines of enquiry in the focus. */
  lines: number
  /** The status of each consolidated feedback. */
  consolidated: readonly ('draft' | 'ready')[]
  /** The priorities of the review's workshop, or undefined before the workshop is started. */
  priorities: readonly string[] | undefined
  actions: readonly ActionFact[]
  checkins: readonly CheckinFact[]
}

/** How many days ahead "to review this week" looks. */
export const DUE_WITHIN_DAYS = 7

/** Each action's latest check-in: the latest day, then the latest written. */
export function latestCheckins<C extends CheckinFact>(checkins: readonly C[]): Map<string, C> {
  const latest = new Map<string, C>()
  for (const c of checkins) {
    const seen = latest.get(c.actionId)
    if (!seen || c.on > seen.on || (c.on === seen.on && c.at > seen.at)) latest.set(c.actionId, c)
  }
  return latest
}

const finished = (status: CheckinStatus | undefined) => status === 'done' || status === 'stopped'

/**
 * The actions to review this week: the review date is set and falls within the next
 * DUE_WITHIN_DAYS days or has passed, the latest check-in is neither done nor stopped, and no
 * check-in was recorded from a week before the review date on (that one was the review).
 */
export function actionsDue<A extends ActionFact>(
  actions: readonly A[],
  checkins: readonly CheckinFact[],
  today: string,
): A[] {
  const latest = latestCheckins(checkins)
  const horizon = addDays(today, DUE_WITHIN_DAYS)
  return actions.filter((a) => {
    if (!a.reviewDate || a.reviewDate > horizon) return false
    const last = latest.get(a.id)
    if (finished(last?.status)) return false
    return !last || last.on < addDays(a.reviewDate, -DUE_WITHIN_DAYS)
  })
}

/** The next step of a review, from its stage and its records. */
export function nextStep(facts: ProgressFacts, today: string): NextStep {
  switch (facts.stage) {
    case 'planning':
      return facts.lines === 0 ? 'write-focus' : 'send-pack'
    case 'review-day':
      return 'take-notes'
    case 'feedback':
      return feedbackStep(facts)
    case 'workshop':
      return workshopStep(facts)
    case 'follow-up':
      return followUpStep(facts, today)
    case 'closed':
      return 'closed'
  }
}

function feedbackStep(facts: ProgressFacts): NextStep {
  if (facts.consolidated.includes('ready')) return 'plan-workshop'
  return facts.consolidated.length > 0 ? 'finish-feedback' : 'consolidate'
}

function workshopStep(facts: ProgressFacts): NextStep {
  const { priorities, actions } = facts
  if (!priorities) return 'plan-workshop'
  if (priorities.length === 0) return 'agree-priorities'
  if (priorities.some((p) => !actions.some((a) => a.priorityId === p))) return 'plan-actions'
  return facts.checkins.length === 0 ? 'first-checkin' : 'keep-checking'
}

function followUpStep(facts: ProgressFacts, today: string): NextStep {
  if (facts.actions.length === 0) return 'plan-actions'
  if (actionsDue(facts.actions, facts.checkins, today).length > 0) return 'review-due'
  const latest = latestCheckins(facts.checkins)
  const allFinished = facts.actions.every((a) => finished(latest.get(a.id)?.status))
  return allFinished ? 'start-next' : 'keep-checking'
}

// The improvement cycle's writes: the workshop, actions, check-ins, follow-up meetings and the
// next review (its reads are db/progress.ts). The rules are the domain's (workshop.ts, stage.ts,
// next-review.ts); the work that begins a stage moves the review on in the same transaction.
import { newAction, newMeeting, newReview, newWorkshop } from '../domain/new-records'
import type { NextReviewDraft } from '../domain/next-review'
import type { Checkin, Focus } from '../domain/schemas'
import { listOfKind } from './read'
import { createRecord, createRecords } from './write'

/** Opens the review's workshop, starting it (and the workshop stage) when there is none yet. */
export async function startWorkshop(reviewId: string): Promise<string> {
  const [existing] = await listOfKind(reviewId, 'workshop')
  if (existing) return existing.id
  return createRecord({ kind: 'workshop', reviewId, data: newWorkshop() }, 'workshop')
}

/** A new action towards a priority. */
export function addAction(reviewId: string, priorityId: string): Promise<string> {
  return createRecord({ kind: 'action', reviewId, data: newAction(priorityId) })
}

/** Records a check-in on an action; the first one of a review begins the follow-up stage. */
export function addCheckin(reviewId: string, data: Checkin): Promise<string> {
  return createRecord({ kind: 'checkin', reviewId, data }, 'follow-up')
}

export function startMeeting(reviewId: string): Promise<string> {
  return createRecord({ kind: 'meeting', reviewId, data: newMeeting(new Date().toISOString()) })
}

/** The next review and its drafted focus, born together in one transaction. */
export async function createNextReview(draft: NextReviewDraft, focus: Focus): Promise<string> {
  const id = crypto.randomUUID()
  const review = { ...newReview(draft.fields, null), team: draft.team }
  await createRecords([
    { kind: 'review', id, reviewId: id, data: review },
    { kind: 'focus', reviewId: id, data: focus },
  ])
  return id
}

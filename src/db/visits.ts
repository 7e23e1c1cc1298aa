import { newVisit } from '../domain/new-records'
import type { VisitActivity } from '../domain/schemas'
import type { Shown } from './shown'
import { createShown } from './write'

/** Starts a visit now; resolves to it as a read would show it (the visit screen draws it at once). */
export function startVisit(reviewId: string, activity: VisitActivity): Promise<Shown<'visit'>> {
  return createShown({
    kind: 'visit',
    reviewId,
    data: newVisit(activity, new Date().toISOString()),
  })
}

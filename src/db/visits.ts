import { newVisit } from '../domain/new-records'
import type { VisitActivity } from '../domain/schemas'
import { createRecord } from './write'

export function startVisit(reviewId: string, activity: VisitActivity): Promise<string> {
  return createRecord({
    kind: 'visit',
    reviewId,
    data: newVisit(activity, new Date().toISOString()),
  })
}

import type { VisitActivity } from '../domain/schemas'
import { createRecord } from './write'

export function startVisit(reviewId: string, activity: VisitActivity): Promise<string> {
  return createRecord({
    kind: 'visit',
    reviewId,
    data: {
      activity,
      startedAt: new Date().toISOString(),
      endedAt: '',
      yearGroup: '',
      subject: '',
      place: '',
      group: '',
      notes: [],
      summary: '',
    },
  })
}

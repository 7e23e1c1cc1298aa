// Writes that span more than one record, in one transaction each.
import type { Focus, Profile, Review } from '../domain/schemas'
import { createRecords } from './write'

export function emptyFocus(): Focus {
  return { enquiryQuestion: '', context: '', linesOfEnquiry: [], evidencePlan: [], schedule: [] }
}

/** A review is born with its focus, so every device that has the review has the same focus id. */
export async function createReview(
  fields: Pick<Review, 'hostSchool' | 'cluster' | 'startDate' | 'endDate'>,
  creator: Profile | null,
): Promise<string> {
  const id = crypto.randomUUID()
  const team = creator ? [{ id: crypto.randomUUID(), ...creator }] : []
  await createRecords([
    { kind: 'review', id, reviewId: id, data: { ...fields, team, stage: 'planning' } },
    { kind: 'focus', reviewId: id, data: emptyFocus() },
  ])
  return id
}

// Writes that span more than one record, in one transaction each.
import { emptyFocus, newReview, type ReviewFields } from '../domain/new-records'
import type { Profile } from '../domain/schemas'
import { createRecords } from './write'

/** A review is born with its focus, so every device that has the review has the same focus id. */
export async function createReview(fields: ReviewFields, creator: Profile | null): Promise<string> {
  const id = crypto.randomUUID()
  await createRecords([
    { kind: 'review', id, reviewId: id, data: newReview(fields, creator) },
    { kind: 'focus', reviewId: id, data: emptyFocus() },
  ])
  return id
}

// Starting a feedback record; its rules live in src/domain/feedback.ts.
import { isMyDraft } from '../domain/feedback'
import { newFeedback } from '../domain/new-records'
import { getDeviceId } from './device'
import { getFocus, listOfKind } from './read'
import { createRecord } from './write'

/**
 * Starts a draft for this person, or the consolidated feedback, with an entry per line of enquiry.
 * Asking twice for one's own draft opens the one that exists rather than making a second.
 */
export async function startFeedback(
  reviewId: string,
  author: string,
  consolidated: boolean,
): Promise<string> {
  const [focus, existing, deviceId] = await Promise.all([
    getFocus(reviewId),
    listOfKind(reviewId, 'feedback'),
    getDeviceId(),
  ])
  const mine = consolidated ? undefined : existing.find((f) => isMyDraft(f, deviceId, author))
  if (mine) return mine.id
  const lineIds = (focus?.data.linesOfEnquiry ?? []).map((l) => l.id)
  // Starting the consolidated feedback begins the feedback stage.
  return createRecord(
    { kind: 'feedback', reviewId, data: newFeedback(author, consolidated, lineIds) },
    consolidated ? 'feedback' : undefined,
  )
}

// Reads of the improvement cycle: every record the workshop, plan and follow-up screens show, and
// the facts a review's next step is worked out from (domain/progress.ts). Reads only, so the
// reviews list can load them without the code that writes.
import type { ProgressFacts } from '../domain/progress'
import { chosenWorkshop } from '../domain/workshop'
import { getFocus, getShown, listOfKind } from './read'

/** A review with its focus, feedback and the records of its improvement cycle. */
export async function cycleRecords(reviewId: string) {
  const [review, focus, feedback, workshops, actions, checkins, meetings] = await Promise.all([
    getShown<'review'>(reviewId),
    getFocus(reviewId),
    listOfKind(reviewId, 'feedback'),
    listOfKind(reviewId, 'workshop'),
    listOfKind(reviewId, 'action'),
    listOfKind(reviewId, 'checkin'),
    listOfKind(reviewId, 'meeting'),
  ])
  return { review, focus, feedback, workshops, actions, checkins, meetings }
}

/** What the next step of a review is worked out from; undefined when the review is gone. */
export async function reviewProgress(reviewId: string): Promise<ProgressFacts | undefined> {
  const { review, focus, feedback, workshops, actions, checkins } = await cycleRecords(reviewId)
  if (!review) return undefined
  const { workshop } = chosenWorkshop(workshops)
  return {
    stage: review.data.stage,
    lines: focus?.data.linesOfEnquiry.length ?? 0,
    consolidated: feedback.filter((f) => f.data.consolidated).map((f) => f.data.status),
    priorities: workshop?.data.priorities.map((p) => p.id),
    actions: actions.map((a) => ({ id: a.id, ...a.data })),
    checkins: checkins.map((c) => ({ ...c.data, at: c.updatedAt })),
  }
}

// Reads of the improvement cycle: every record the workshop, plan and follow-up screens show, and
// the facts a review's next step is worked out from (domain/progress.ts). Reads only, so the
// reviews list can load them without the code that writes.
import type { ProgressFacts } from '../domain/progress'
import type { Kind } from '../domain/schemas'
import { chosenWorkshop } from '../domain/workshop'
import { db } from './database'
import { getFocus, getShown, listOfKind, type Shown, show } from './read'
import { BY_KIND_REVIEW, firstPartIs } from './schema'

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

/** The records a review's next step is worked out from (cycleRecords' without the meetings). */
interface ProgressRecords {
  review: Shown<'review'> | undefined
  focus: Shown<'focus'> | undefined
  feedback: Shown<'feedback'>[]
  workshops: Shown<'workshop'>[]
  actions: Shown<'action'>[]
  checkins: Shown<'checkin'>[]
}

/** What the next step of a review is worked out from; undefined when the review is gone. */
export async function reviewProgress(reviewId: string): Promise<ProgressFacts | undefined> {
  return progressFacts(await cycleRecords(reviewId))
}

/** The kinds progressFacts reads, and their records of one review. */
const PROGRESS_KINDS = ['review', 'focus', 'feedback', 'workshop', 'action', 'checkin'] as const
type ProgressKind = (typeof PROGRESS_KINDS)[number]
type ByKind = { [K in ProgressKind]: Shown<K>[] }

/**
 * Every review's progress facts, by review id, from one read of the records of the kinds they
 * are worked out from (the reviews list: one live query for all its rows, not one per row). The
 * rows come in the order of the `[kind+reviewId]` index, then by id, so each review's records of
 * a kind are in the order listOfKind reads them, and the facts are the ones reviewProgress gives.
 */
export async function progressByReview(): Promise<Map<string, ProgressFacts>> {
  const rows = await db.records
    .where(BY_KIND_REVIEW)
    .inAnyRange(PROGRESS_KINDS.map((kind) => firstPartIs(kind)))
    .toArray()
  const byReview = new Map<string, ByKind>()
  for (const row of rows) {
    if (row.deleted !== 0) continue
    // A review is found by its own id, as getShown finds it; the rest by the review they are in.
    const key = row.kind === 'review' ? row.id : row.reviewId
    let of = byReview.get(key)
    if (!of) {
      of = { review: [], focus: [], feedback: [], workshop: [], action: [], checkin: [] }
      byReview.set(key, of)
    }
    ;(of[row.kind as ProgressKind] as Shown<Kind>[]).push(show(row))
  }
  const facts = new Map<string, ProgressFacts>()
  for (const [reviewId, of] of byReview) {
    const f = progressFacts({
      review: of.review[0],
      focus: of.focus[0],
      feedback: of.feedback,
      workshops: of.workshop,
      actions: of.action,
      checkins: of.checkin,
    })
    if (f) facts.set(reviewId, f)
  }
  return facts
}

/** A review's progress facts from its records, however they were read. */
function progressFacts(records: ProgressRecords): ProgressFacts | undefined {
  const { review, focus, feedback, workshops, actions, checkins } = records
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

// The improvement cycle's writes: the work that begins a stage moves the review forward in the
// same transaction (never back, never a review in conflict), and the next review is born with its
// drafted focus.
import { beforeEach, describe, expect, it } from 'vitest'
import {
  addAction,
  addCheckin,
  createNextReview,
  startMeeting,
  startWorkshop,
} from '../../src/db/cycle'
import { db } from '../../src/db/database'
import { startFeedback } from '../../src/db/feedback'
import { progressByReview, reviewProgress } from '../../src/db/progress'
import { getShown, listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { createRecord, deleteRecord, saveRecord } from '../../src/db/write'
import { emptyFocus, newCheckin, newWorkshop } from '../../src/domain/new-records'
import type { Review, Stage } from '../../src/domain/schemas'
import { clearDatabase, snapshotDatabase } from '../support/database'

beforeEach(clearDatabase)

const fields = { hostSchool: 'Elm', cluster: 'North', startDate: '', endDate: '' }

async function stageOf(reviewId: string): Promise<Stage | undefined> {
  return (await getShown<'review'>(reviewId))?.data.stage
}

async function setStage(reviewId: string, stage: Stage): Promise<void> {
  const review = await getShown<'review'>(reviewId)
  if (!review) throw new Error('no review')
  await saveRecord(reviewId, 'review', { ...review.data, stage })
}

describe('the stage moves with the work', () => {
  it('starting the consolidated feedback, the workshop and the first check-in move it on', async () => {
    const reviewId = await createReview(fields, null)
    await startFeedback(reviewId, 'Ann', false)
    expect(await stageOf(reviewId)).toBe('planning')
    await startFeedback(reviewId, 'Ann', true)
    expect(await stageOf(reviewId)).toBe('feedback')
    const workshopId = await startWorkshop(reviewId)
    expect(await stageOf(reviewId)).toBe('workshop')
    expect(await startWorkshop(reviewId)).toBe(workshopId)
    const actionId = await addAction(reviewId, crypto.randomUUID())
    expect(await stageOf(reviewId)).toBe('workshop')
    await addCheckin(reviewId, newCheckin(actionId, '2026-12-08', 'Ann'))
    expect(await stageOf(reviewId)).toBe('follow-up')
    expect(await listOfKind(reviewId, 'checkin')).toHaveLength(1)
  })

  it('never moves a stage back', async () => {
    const reviewId = await createReview(fields, null)
    await setStage(reviewId, 'closed')
    await startWorkshop(reviewId)
    await addCheckin(reviewId, newCheckin(crypto.randomUUID(), '2026-12-08', 'Ann'))
    expect(await stageOf(reviewId)).toBe('closed')
  })

  it('saves the work but leaves a review in conflict as it is', async () => {
    const reviewId = await createReview(fields, null)
    const row = await db.records.get(reviewId)
    const base = row?.versions[0]
    if (!row || !base) throw new Error('missing')
    const other = crypto.randomUUID()
    const concurrent = { ...base, clock: { [other]: 1 }, by: other }
    await db.records.put({ ...row, versions: [base, concurrent], conflicted: 1 })
    const before = (await snapshotDatabase()).records?.find(
      (r) => (r as { id: string }).id === reviewId,
    )
    await startWorkshop(reviewId)
    expect(await listOfKind(reviewId, 'workshop')).toHaveLength(1)
    const after = (await snapshotDatabase()).records?.find(
      (r) => (r as { id: string }).id === reviewId,
    )
    expect(after).toEqual(before)
  })
})

describe('the follow-up', () => {
  it('a meeting starts now, with nothing noted', async () => {
    const reviewId = await createReview(fields, null)
    const id = await startMeeting(reviewId)
    const [meeting] = await listOfKind(reviewId, 'meeting')
    expect(meeting?.id).toBe(id)
    expect(meeting?.data).toMatchObject({ with: '', notes: [] })
  })

  it('the facts of the next step come from the review and its records', async () => {
    const reviewId = await createReview(fields, null)
    await startWorkshop(reviewId)
    const actionId = await addAction(reviewId, crypto.randomUUID())
    await addCheckin(reviewId, newCheckin(actionId, '2026-12-08', 'Ann'))
    expect(await reviewProgress(reviewId)).toMatchObject({
      stage: 'follow-up',
      lines: 0,
      consolidated: [],
      priorities: [],
      actions: [{ id: actionId, reviewDate: '' }],
      checkins: [{ actionId, on: '2026-12-08', status: 'under-way' }],
    })
    expect(await reviewProgress(crypto.randomUUID())).toBeUndefined()
  })

  it('the facts of every review at once (the reviews list) are each review’s own', async () => {
    const planning = await createReview(fields, null)
    const following = await createReview({ ...fields, hostSchool: 'Ash' }, null)
    await startWorkshop(following)
    for (const reviewDate of ['2026-12-09', '2026-12-01']) {
      const actionId = await addAction(following, crypto.randomUUID())
      const action = await getShown<'action'>(actionId)
      if (!action) throw new Error('no action')
      await saveRecord(actionId, 'action', { ...action.data, reviewDate })
      await addCheckin(following, newCheckin(actionId, '2026-12-08', 'Ann'))
    }
    // A second workshop, from another phone say: the facts take the one chosenWorkshop picks.
    const priorities = [{ id: crypto.randomUUID(), title: 'Talk', detail: '', lines: [] }]
    await createRecord({
      kind: 'workshop',
      reviewId: following,
      data: { ...newWorkshop(), priorities },
    })
    const gone = await createReview({ ...fields, hostSchool: 'Gone' }, null)
    await deleteRecord(gone)
    const all = await progressByReview()
    expect([...all.keys()].sort()).toEqual([planning, following].sort())
    for (const id of [planning, following]) expect(all.get(id)).toEqual(await reviewProgress(id))
    expect(all.get(following)?.actions).toHaveLength(2)
    expect(all.get(following)?.priorities).toEqual([priorities[0]?.id])
  })

  it('the next review is born with its drafted focus, in planning', async () => {
    const team = [{ id: crypto.randomUUID(), name: 'Ann', school: 'Oak', role: 'host' as const }]
    const focus = { ...emptyFocus(), enquiryQuestion: 'What next?' }
    const id = await createNextReview({ fields, team }, focus)
    const review = await getShown<'review'>(id)
    expect(review?.data).toMatchObject({
      hostSchool: 'Elm',
      cluster: 'North',
      team,
    } satisfies Partial<Review>)
    expect(review?.data.stage).toBe('planning')
    const [drafted] = await listOfKind(id, 'focus')
    expect(drafted?.data.enquiryQuestion).toBe('What next?')
  })
})

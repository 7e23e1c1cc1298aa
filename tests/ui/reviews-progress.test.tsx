// Issue 14: the reviews list shows each review's next step from one live query for all its rows
// (db/progress.ts, progressByReview), not a query per row: the same sentences as a review's own
// screen shows, with none of the per-review reads.
import { screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getShown, listReviews } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { createRecord, saveRecord } from '../../src/db/write'
import type { Review } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { LINE_A, openAt, reviewWithLines, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})
afterEach(() => {
  vi.restoreAllMocks()
})

const PERSON = { name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' as const }

/** Three reviews at three points: no focus yet, focus written, feedback ready. */
async function threeReviews() {
  await createReview(
    { hostSchool: 'Ash Primary', cluster: 'North', startDate: '2026-12-01', endDate: '' },
    PERSON,
  )
  await reviewWithLines()
  const ready = await createReview(
    { hostSchool: 'Birch Primary', cluster: 'North', startDate: '2026-12-02', endDate: '' },
    PERSON,
  )
  const review = await getShown<'review'>(ready)
  await saveRecord(ready, 'review', { ...(review?.data as Review), stage: 'feedback' })
  await createRecord({
    kind: 'feedback',
    reviewId: ready,
    data: {
      author: 'Ben Lead',
      consolidated: true,
      lines: [{ lineId: LINE_A, findings: 'Talk', strengths: '', questions: 'Why?', evidence: [] }],
      summary: '',
      status: 'ready',
    },
  })
}

describe('the reviews list', () => {
  it("shows each row's own next step, read for every row at once", async () => {
    await threeReviews()
    // Every range the page reads through an index: a read per row asks for one review's records.
    const ranges: string[] = []
    for (const method of ['getAll', 'openCursor', 'count'] as const) {
      const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (
        this: IDBIndex,
        ...args: unknown[]
      ) {
        // A range, or one key (Dexie's equals).
        const query = args[0]
        const asked = query instanceof IDBKeyRange ? [query.lower, query.upper] : query
        ranges.push(`${this.name} ${JSON.stringify(asked)}`)
        return original.apply(this, args)
      } as never)
    }
    openAt('/')
    const row = async (school: string) =>
      within(await screen.findByRole('link', { name: new RegExp(school) }))
    await waitFor(async () =>
      expect(
        (await row('Ash Primary')).getByText('Planning — write the focus and its lines of enquiry'),
      ).toBeTruthy(),
    )
    expect(
      (await row('Elm Academy')).getByText('Focus written — send the review pack to the team'),
    ).toBeTruthy()
    expect(
      (await row('Birch Primary')).getByText('Feedback ready — plan the workshop'),
    ).toBeTruthy()
    const reviewIds = (await listReviews()).map((r) => r.id)
    expect(reviewIds).toHaveLength(3)
    const perReview = ranges.filter(
      (r) => r.startsWith('[kind+reviewId]') && reviewIds.some((id) => r.includes(id)),
    )
    expect(perReview).toEqual([])
    expect(ranges.filter((r) => r.startsWith('[kind+reviewId]')).length).toBeGreaterThan(0)
  })
})

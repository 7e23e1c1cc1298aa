// Showing a review as QR codes sends it, as a shared or saved file does: once the person starts
// showing the codes, "unexported changes" counts from there.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../src/db/database'
import { createReview } from '../../src/db/reviews'
import { unexportedChanges } from '../../src/db/unexported'
import { startVisit } from '../../src/db/visits'
import { QrShow } from '../../src/ui/components/QrShow'
import { clearDatabase } from '../support/database'
import { signIn } from './helpers'

const PROFILE = { name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' } as const

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

it('marks the review exported when the codes start, not before', async () => {
  const reviewId = await createReview(
    { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
    PROFILE,
  )
  await startVisit(reviewId, 'lesson-visit')
  const before = await unexportedChanges(reviewId)
  expect(before.count).toBeGreaterThan(0)
  render(<QrShow reviewId={reviewId} profile={PROFILE} passphrase={null} onClose={() => {}} />)
  const start = await screen.findByRole('button', { name: 'Start showing the codes' })
  // Made, not yet shown: nothing is marked.
  expect(await db.exports.get(reviewId)).toBeUndefined()
  fireEvent.click(start)
  await waitFor(async () => expect((await unexportedChanges(reviewId)).count).toBe(0))
  expect((await db.exports.get(reviewId))?.at).toBeTruthy()
})

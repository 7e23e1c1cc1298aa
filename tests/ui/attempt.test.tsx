import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { beforeEach, expect, it } from 'vitest'
import { listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

it('a double tap on "Start a visit" starts one visit, not two', async () => {
  const reviewId = await createReview(
    { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
    null,
  )
  openAt(`/reviews/${reviewId}/visits`)
  const start = await screen.findByRole('button', { name: 'Start a visit' })
  // The second tap lands while the first is still writing.
  fireEvent.click(start)
  fireEvent.click(start)
  await waitFor(() => expect(window.location.pathname).toMatch(/\/visits\/[0-9a-f-]{36}$/))
  expect(await listOfKind(reviewId, 'visit')).toHaveLength(1)
})

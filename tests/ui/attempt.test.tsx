import { fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { beforeEach, expect, it } from 'vitest'
import { listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { BUSY_AFTER_MS, useAttempt } from '../../src/ui/hooks/use-attempt'
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

/** A button driven by useAttempt, noting every `busy` it was drawn with. */
function Press(props: { work: () => Promise<unknown>; seen: boolean[] }) {
  const { busy, attempt } = useAttempt()
  props.seen.push(busy)
  return (
    <button type="button" disabled={busy} onClick={() => void attempt(props.work)}>
      Press
    </button>
  )
}

it('shows a press busy only once its work has run for a while', async () => {
  let finish = () => {}
  const slow = () => new Promise<void>((done) => (finish = done))
  const seen: boolean[] = []
  render(<Press work={slow} seen={seen} />)
  const button = screen.getByRole('button', { name: 'Press' }) as HTMLButtonElement
  fireEvent.click(button)
  await new Promise((done) => setTimeout(done, BUSY_AFTER_MS / 3))
  expect(button.disabled).toBe(false)
  await waitFor(() => expect(button.disabled).toBe(true))
  finish()
  await waitFor(() => expect(button.disabled).toBe(false))

  // A quick write never draws the screen busy: no render of its own in the middle of the press.
  const quick: boolean[] = []
  render(<Press work={() => Promise.resolve()} seen={quick} />)
  fireEvent.click(screen.getAllByRole('button', { name: 'Press' })[1] as HTMLElement)
  await new Promise((done) => setTimeout(done, BUSY_AFTER_MS * 2))
  expect(quick).not.toContain(true)
})

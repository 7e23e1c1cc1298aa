import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addAction, addCheckin } from '../../src/db/cycle'
import { db } from '../../src/db/database'
import { getProfile } from '../../src/db/device'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { newCheckin } from '../../src/domain/new-records'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** A full disk, as Chromium reports it: an AbortError of the transaction wrapping QuotaExceededError. */
const fullDisk = () =>
  Object.assign(new DOMException('Aborted', 'AbortError'), {
    inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  })

it('a full disk says so, keeps the typed text on screen and leaves no half-written record', async () => {
  const reviewId = await createReview(
    { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
    null,
  )
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  openAt(`/reviews/${reviewId}/visits/${visitId}`)
  const summary = await screen.findByLabelText('Summary')
  const before = await db.records.toArray()
  const meta = await db.meta.toArray()

  const full = fullDisk()
  vi.spyOn(db.records, 'put').mockImplementation((() => Promise.reject(full)) as never)
  fireEvent.input(summary, { target: { value: 'A calm, purposeful start' } })

  const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
  expect(alert.textContent).toMatch(/out of storage/)
  expect((screen.getByLabelText('Summary') as HTMLTextAreaElement).value).toBe(
    'A calm, purposeful start',
  )
  expect(await db.records.toArray()).toEqual(before)
  expect(await db.meta.toArray()).toEqual(meta)

  // Space freed: the next keystroke saves everything typed.
  vi.restoreAllMocks()
  fireEvent.input(screen.getByLabelText('Summary'), {
    target: { value: 'A calm, purposeful start.' },
  })
  await waitFor(async () => {
    const row = await db.records.get(visitId)
    expect((row?.versions[0]?.data as { summary: string } | undefined)?.summary).toBe(
      'A calm, purposeful start.',
    )
  })
})

describe('a press that would create a record, on a full disk', () => {
  async function pressWhenFull(path: string, press: () => Promise<void>) {
    openAt(path)
    await screen.findByRole('heading', { level: 1 })
    const records = await db.records.toArray()
    const meta = await db.meta.toArray()
    vi.spyOn(db.records, 'add').mockImplementation((() => Promise.reject(fullDisk())) as never)
    await press()
    // Said where the person pressed, in the catalogue's words; nothing written, nowhere gone.
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert.textContent).toMatch(/out of storage/)
    expect(window.location.pathname).toBe(path)
    expect(await db.records.toArray()).toEqual(records)
    expect(await db.meta.toArray()).toEqual(meta)
  }

  it.each([
    ['Start a visit', 'visits'],
    ['Start a conversation', 'conversations'],
  ])('“%s” says storage is full and adds nothing', async (name, tab) => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    await pressWhenFull(`/reviews/${reviewId}/${tab}`, async () => {
      fireEvent.click(await screen.findByRole('button', { name }))
    })
  })

  it('“Create review” says storage is full and adds nothing', async () => {
    await pressWhenFull('/reviews/new', async () => {
      fireEvent.input(await screen.findByLabelText('Host school'), {
        target: { value: 'Elm Academy' },
      })
      fireEvent.click(screen.getByRole('button', { name: 'Create review' }))
    })
  })
})

describe('a delete on a full disk', () => {
  /** Opens `path`, fills the disk, says yes to the question and presses the delete button. */
  async function deleteWhenFull(path: string, button: string, before?: () => Promise<void>) {
    openAt(path)
    await screen.findByRole('heading', { level: 1 })
    await before?.()
    const records = await db.records.toArray()
    const meta = await db.meta.toArray()
    // happy-dom has no window.confirm: the person says yes.
    Object.defineProperty(window, 'confirm', { value: () => true, configurable: true })
    vi.spyOn(db.records, 'put').mockImplementation((() => Promise.reject(fullDisk())) as never)
    fireEvent.click(await screen.findByRole('button', { name: button }))
    // Said beside the button, in the catalogue's words; nothing removed, still on the screen.
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert.textContent).toMatch(/out of storage/)
    expect(window.location.pathname).toBe(path)
    expect(await db.records.toArray()).toEqual(records)
    expect(await db.meta.toArray()).toEqual(meta)
  }

  const review = () =>
    createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, null)

  it('“Delete this visit” says storage is full and keeps the visit', async () => {
    const reviewId = await review()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    await deleteWhenFull(`/reviews/${reviewId}/visits/${visitId}`, 'Delete this visit')
  })

  it('“Delete this action” says storage is full and keeps the action', async () => {
    const reviewId = await review()
    const actionId = await addAction(reviewId, crypto.randomUUID())
    await deleteWhenFull(`/reviews/${reviewId}/actions/${actionId}`, 'Delete this action')
  })

  it('“Delete this check-in” says storage is full and keeps the check-in', async () => {
    const reviewId = await review()
    const actionId = await addAction(reviewId, crypto.randomUUID())
    await addCheckin(reviewId, { ...newCheckin(actionId, '2026-12-01', 'Ann'), seen: 'Pairs' })
    await deleteWhenFull(
      `/reviews/${reviewId}/actions/${actionId}`,
      'Delete this check-in',
      async () => {
        fireEvent.click(await screen.findByRole('button', { name: /^Edit the check-in of/ }))
      },
    )
  })
})

it('the profile form on a full disk says so and keeps the profile as it was', async () => {
  openAt('/settings')
  const name = await screen.findByLabelText('Your name')
  fireEvent.input(name, { target: { value: 'Ann Reviewer-Jones' } })
  // idb-keyval's put refused as a full disk refuses it.
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
  fireEvent.click(screen.getByRole('button', { name: 'Save' }))
  const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
  expect(alert.textContent).toMatch(/out of storage/)
  expect((await getProfile())?.name).toBe('Ann Reviewer')
  expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Ann Reviewer-Jones')

  // Space freed: the same press saves.
  vi.restoreAllMocks()
  fireEvent.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(async () => expect((await getProfile())?.name).toBe('Ann Reviewer-Jones'))
})

import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../src/db/database'
import { forgetDevice, getDeviceId } from '../../src/db/device'
import { exportReviews } from '../../src/db/exchange'
import { getShown } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { saveRecord } from '../../src/db/write'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

const OTHER = '7a1b2c3d-1111-4222-8333-944455556666'
const me = { name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' as const }

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

function choose(text: string, name = 'bundle.json') {
  const input = screen.getByLabelText('Choose a bundle file') as HTMLInputElement
  const file = new File([text], name, { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  fireEvent.change(input)
}

describe('import screen', () => {
  it('previews who a bundle is from and what it would change, and Cancel writes nothing', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' },
      me,
    )
    await startVisit(reviewId, 'lesson-visit')
    const { text } = await exportReviews([reviewId], me)
    await clearDatabase()
    await forgetDevice() // another phone, with the same person signed in
    await signIn()
    openAt('/import')
    await screen.findByLabelText('Choose a bundle file')
    choose(text)
    expect(await screen.findByRole('heading', { name: 'Import this bundle?' })).toBeTruthy()
    expect(screen.getByText('From Ann Reviewer, Oak Primary')).toBeTruthy()
    expect(screen.getByText('Review: Elm Academy')).toBeTruthy()
    expect(screen.getByText('3 new records')).toBeTruthy()
    expect(screen.getByText('0 conflicts to resolve')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await db.records.count()).toBe(0)

    choose(text)
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }))
    expect(await screen.findByText(/Imported from Ann Reviewer: 3 new/)).toBeTruthy()
    expect(await db.records.count()).toBe(3)
    choose(text)
    expect(
      await screen.findByText('This bundle was already imported — nothing changed.'),
    ).toBeTruthy()
  })

  it('refuses a file that is not a bundle, saying what to do', async () => {
    openAt('/import')
    await screen.findByLabelText('Choose a bundle file')
    choose('{"hello": "world"}')
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Review Day bundle/)
  })
})

describe('conflict resolution', () => {
  async function conflictedVisit() {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      me,
    )
    const visitId = await startVisit(reviewId, 'lesson-visit')
    const visit = await getShown<'visit'>(visitId)
    if (!visit) throw new Error('no visit')
    const base = visit.versions[0]
    if (!base) throw new Error('no version')
    const mine = {
      id: crypto.randomUUID(),
      at: '2026-12-01T09:00:00.000Z',
      text: 'My note',
      lines: [],
    }
    const theirs = {
      id: crypto.randomUUID(),
      at: '2026-12-01T09:01:00.000Z',
      text: 'Their note',
      lines: [],
    }
    await saveRecord(visitId, 'visit', { ...visit.data, subject: 'Maths', notes: [mine] })
    const row = await db.records.get(visitId)
    const local = row?.versions[0]
    if (!row || !local) throw new Error('no row')
    const concurrent = {
      clock: { ...base.clock, [OTHER]: 1 },
      at: '2026-12-01T10:00:00.000Z',
      by: OTHER,
      deleted: false,
      data: { ...(base.data as Visit), subject: 'Science', notes: [theirs] },
    }
    await db.records.put({ ...row, versions: [local, concurrent], conflicted: 1 })
    await db.people.put({ deviceId: OTHER, name: 'Rhys', school: 'Ash Primary', role: 'reviewer' })
    return { reviewId, visitId }
  }

  it('shows both versions with who and when, and keeps the one chosen', async () => {
    const { reviewId, visitId } = await conflictedVisit()
    openAt(`/reviews/${reviewId}/share`)
    fireEvent.click(await screen.findByRole('link', { name: /A visit changed by/ }))
    expect(await screen.findByRole('heading', { name: /Version by you/ })).toBeTruthy()
    expect(screen.getByRole('heading', { name: /Version by Rhys \(Ash Primary\)/ })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /Keep the version by Rhys/ }))
    await waitFor(async () => {
      const v = await getShown<'visit'>(visitId)
      expect(v?.conflicted).toBe(false)
      expect(v?.data.subject).toBe('Science')
    })
    expect(await screen.findByText('Conflict resolved.')).toBeTruthy()
  })

  it('combining keeps every note of both versions', async () => {
    const { reviewId, visitId } = await conflictedVisit()
    openAt(`/reviews/${reviewId}/conflicts/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: /Combine/ }))
    await waitFor(async () => {
      const v = await getShown<'visit'>(visitId)
      expect(v?.conflicted).toBe(false)
      expect(v?.data.notes.map((n) => n.text).sort()).toEqual(['My note', 'Their note'])
      expect(v?.versions[0]?.clock[OTHER]).toBe(1)
      expect(v?.versions[0]?.clock[await getDeviceId()]).toBeGreaterThan(1)
    })
  })
})

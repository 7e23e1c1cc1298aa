import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../src/db/database'
import { forgetDevice, getDeviceId } from '../../src/db/device'
import { exportReviews } from '../../src/db/exchange'
import { getFocus, getShown } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { saveRecord } from '../../src/db/write'
import type { Focus, Visit } from '../../src/domain/schemas'
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
  async function conflictedVisit(
    options: { sameNote?: boolean; subjects?: [string, string] } = {},
  ) {
    const [mySubject, theirSubject] = options.subjects ?? ['Maths', 'Science']
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      me,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
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
      id: options.sameNote ? mine.id : crypto.randomUUID(),
      at: '2026-12-01T09:01:00.000Z',
      text: 'Their note',
      lines: [],
    }
    await saveRecord(visitId, 'visit', { ...visit.data, subject: mySubject, notes: [mine] })
    const row = await db.records.get(visitId)
    const local = row?.versions[0]
    if (!row || !local) throw new Error('no row')
    const concurrent = {
      clock: { ...base.clock, [OTHER]: 1 },
      at: '2026-12-01T10:00:00.000Z',
      by: OTHER,
      deleted: false,
      data: { ...(base.data as Visit), subject: theirSubject, notes: [theirs] },
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

  it('combining shows the combined version first; Cancel writes nothing, Keep writes it', async () => {
    const { reviewId, visitId } = await conflictedVisit()
    const before = await db.records.get(visitId)
    openAt(`/reviews/${reviewId}/conflicts/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: /^Combine/ }))
    const combined = await screen.findByRole('region', { name: 'The combined version' })
    expect(within(combined).getByText('• My note')).toBeTruthy()
    expect(within(combined).getByText('• Their note')).toBeTruthy()
    // Both subjects are kept; the heading of the combined version takes the focus.
    expect(within(combined).getByText(/Science \/ Maths/)).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('The combined version')
    fireEvent.click(within(combined).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('region', { name: 'The combined version' })).toBeNull()
    expect(await db.records.get(visitId)).toEqual(before)

    fireEvent.click(screen.getByRole('button', { name: /^Combine/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the combined version' }))
    await waitFor(async () => {
      const v = await getShown<'visit'>(visitId)
      expect(v?.conflicted).toBe(false)
      expect(v?.data.notes.map((n) => n.text).sort()).toEqual(['My note', 'Their note'])
      expect(v?.versions[0]?.clock[OTHER]).toBe(1)
      expect(v?.versions[0]?.clock[await getDeviceId()]).toBeGreaterThan(1)
    })
    expect(await screen.findByText('Conflict resolved.')).toBeTruthy()
  })

  it('combining keeps both texts of a note edited apart, the other marked with who and when', async () => {
    const { reviewId, visitId } = await conflictedVisit({ sameNote: true })
    openAt(`/reviews/${reviewId}/conflicts/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: /^Combine/ }))
    const combined = await screen.findByRole('region', { name: 'The combined version' })
    const [shown] = within(combined).getAllByText(/Their note/)
    expect(shown?.textContent).toMatch(/^• Their note\n\nFrom you, .+:\nMy note$/)
    fireEvent.click(within(combined).getByRole('button', { name: 'Keep the combined version' }))
    await waitFor(async () => {
      const v = await getShown<'visit'>(visitId)
      expect(v?.conflicted).toBe(false)
      expect(v?.data.notes).toHaveLength(1)
      expect(v?.data.notes[0]?.text).toMatch(/^Their note\n\nFrom you, .+:\nMy note$/)
    })
  })

  it('says when a combined field would be too long, and offers the versions instead', async () => {
    const mine = 'Elm Academy '.repeat(30).trim()
    const theirs = 'Ysgol y Dderwen '.repeat(25).trim()
    const { reviewId, visitId } = await conflictedVisit({ subjects: [mine, theirs] })
    openAt(`/reviews/${reviewId}/conflicts/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: /^Combine/ }))
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /cannot be combined: the text beginning “Ysgol y Dderwen/,
    )
    expect(screen.queryByRole('button', { name: 'Keep the combined version' })).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Keep the version by/ })).toHaveLength(2)
  })
})

describe('combining other kinds', () => {
  it('combines the focus: both enquiry questions kept, the other’s marked, and both lines', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      me,
    )
    const focus = await getFocus(reviewId)
    if (!focus) throw new Error('no focus')
    const base = focus.versions[0]
    if (!base) throw new Error('no version')
    const line = (title: string) => ({ id: crypto.randomUUID(), title, prompts: [] })
    await saveRecord(focus.id, 'focus', {
      ...focus.data,
      enquiryQuestion: 'How well do pupils explain their reasoning?',
      linesOfEnquiry: [line('Talk in maths')],
    })
    const row = await db.records.get(focus.id)
    const local = row?.versions[0]
    if (!row || !local) throw new Error('no row')
    const theirs = {
      clock: { ...base.clock, [OTHER]: 1 },
      at: '2026-12-01T10:00:00.000Z',
      by: OTHER,
      deleted: false,
      data: {
        ...(base.data as Focus),
        enquiryQuestion: 'How does feedback move learning on?',
        linesOfEnquiry: [line('Feedback')],
      },
    }
    await db.records.put({ ...row, versions: [local, theirs], conflicted: 1 })
    await db.people.put({ deviceId: OTHER, name: 'Rhys', school: 'Ash Primary', role: 'reviewer' })

    openAt(`/reviews/${reviewId}/conflicts/${focus.id}`)
    fireEvent.click(await screen.findByRole('button', { name: /^Combine/ }))
    const combined = await screen.findByRole('region', { name: 'The combined version' })
    expect(within(combined).getByText('• Talk in maths')).toBeTruthy()
    expect(within(combined).getByText('• Feedback')).toBeTruthy()
    fireEvent.click(within(combined).getByRole('button', { name: 'Keep the combined version' }))
    await waitFor(async () => {
      const f = await getShown<'focus'>(focus.id)
      expect(f?.conflicted).toBe(false)
      // Rhys's version is the later, so it is shown; mine follows, marked with who and when.
      expect(f?.data.enquiryQuestion).toMatch(
        /^How does feedback move learning on\?\n\nFrom you, .+:\nHow well do pupils explain their reasoning\?$/,
      )
      expect(f?.data.linesOfEnquiry.map((l) => l.title)).toEqual(['Feedback', 'Talk in maths'])
    })
  })
})

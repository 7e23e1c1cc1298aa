import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { getFocus, listOfKind, listReviews } from '../../src/db/read'
import { startVisit } from '../../src/db/visits'
import { saveRecord } from '../../src/db/write'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { LINE_A, LINE_B, openAt, reviewWithLines, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

describe('reviews list', () => {
  it('tells a newcomer what to do when there is no review yet', async () => {
    openAt('/')
    expect(await screen.findByText(/No reviews on this device yet/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'New review' }).getAttribute('href')).toBe(
      '/reviews/new',
    )
  })

  it('lists every review on the device with its host school', async () => {
    await reviewWithLines()
    openAt('/')
    expect(await screen.findByRole('link', { name: /Elm Academy/ })).toBeTruthy()
  })
})

describe('new review', () => {
  it('refuses a review without a host school, saying why', async () => {
    openAt('/reviews/new')
    fireEvent.click(await screen.findByRole('button', { name: 'Create review' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/host school/)
    expect(await listReviews()).toHaveLength(0)
  })

  it('creates the review and opens its focus', async () => {
    openAt('/reviews/new')
    fireEvent.input(await screen.findByLabelText('Host school'), {
      target: { value: 'Birch Primary' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Create review' }))
    await waitFor(async () => expect(await listReviews()).toHaveLength(1))
    expect(await screen.findByLabelText('Enquiry question')).toBeTruthy()
    expect(window.location.pathname).toMatch(/^\/reviews\/[0-9a-f-]+\/focus$/)
  })
})

describe('focus', () => {
  it('autosaves the enquiry question and a new line of enquiry', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/focus`)
    const question = await screen.findByLabelText('Enquiry question')
    fireEvent.input(question, { target: { value: 'What helps pupils talk about maths?' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add a line of enquiry' }))
    fireEvent.input(screen.getByLabelText('Line of enquiry 3', { selector: 'input' }), {
      target: { value: 'Pupil voice' },
    })
    await waitFor(async () => {
      const focus = await getFocus(reviewId)
      expect(focus?.data.enquiryQuestion).toBe('What helps pupils talk about maths?')
      expect(focus?.data.linesOfEnquiry.map((l) => l.title)).toEqual([
        'Talk in maths',
        'Feedback',
        'Pupil voice',
      ])
    })
  })
})

describe('visit', () => {
  it('adds a timestamped note tagged to the chosen lines of enquiry', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    fireEvent.input(await screen.findByLabelText('Note'), {
      target: { value: 'Pairs explain methods to each other' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Talk in maths' }))
    expect(screen.getByRole('button', { name: 'Talk in maths' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    await waitFor(async () => {
      const [visit] = await listOfKind(reviewId, 'visit')
      expect(visit?.data.notes).toHaveLength(1)
      expect(visit?.data.notes[0]).toMatchObject({
        text: 'Pairs explain methods to each other',
        lines: [LINE_A],
      })
      expect(Number.isNaN(Date.parse(visit?.data.notes[0]?.at ?? ''))).toBe(false)
    })
    const notes = await screen.findByRole('list')
    expect(within(notes).getByText('Pairs explain methods to each other')).toBeTruthy()
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('')
  })

  it('refuses an empty note with a message, adding nothing', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: 'Add note' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/Write something/)
    const [visit] = await listOfKind(reviewId, 'visit')
    expect(visit?.data.notes).toHaveLength(0)
  })

  it('edits and deletes a note', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const [visit] = await listOfKind(reviewId, 'visit')
    const note = {
      id: crypto.randomUUID(),
      at: '2026-12-01T09:05:00.000Z',
      text: 'First',
      lines: [],
    }
    await saveRecord(visitId, 'visit', { ...(visit?.data as Visit), notes: [note] })
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    fireEvent.click(await screen.findByRole('button', { name: /^Edit note at/ }))
    fireEvent.input(screen.getByLabelText(/^Note at/), { target: { value: 'First, corrected' } })
    const editing = screen.getByRole('button', { name: 'Done' }).closest('li') as HTMLElement
    fireEvent.click(within(editing).getByRole('button', { name: 'Feedback' }))
    fireEvent.click(within(editing).getByRole('button', { name: 'Done' }))
    await waitFor(async () => {
      const [v] = await listOfKind(reviewId, 'visit')
      expect(v?.data.notes[0]).toMatchObject({ text: 'First, corrected', lines: [LINE_B] })
    })
    fireEvent.click(screen.getByRole('button', { name: /^Delete note at/ }))
    await waitFor(async () => {
      const [v] = await listOfKind(reviewId, 'visit')
      expect(v?.data.notes).toHaveLength(0)
    })
  })

  it('the next note typed while a slow save of the last one runs is not wiped when it ends', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    const box = (await screen.findByLabelText('Note')) as HTMLTextAreaElement
    // A slow device: every record write waits until the test lets it go on.
    let finish = () => {}
    const gate = new Promise<void>((done) => {
      finish = done
    })
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown
    const slow = vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
      await gate
      return transaction(...args)
    }) as never)
    fireEvent.input(box, { target: { value: 'Pairs explain' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    expect(await screen.findByText('Pairs explain')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Marking uses' } })
    await waitFor(() => expect(slow).toHaveBeenCalled())
    finish()
    await waitFor(async () => {
      const [v] = await listOfKind(reviewId, 'visit')
      expect(v?.data.notes.map((n) => n.text)).toEqual(['Pairs explain'])
    })
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Marking uses')
    slow.mockRestore()
  })

  it('keeps what was typed in the jot box when the page is hidden', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    fireEvent.input(await screen.findByLabelText('Note'), { target: { value: 'Half a thought' } })
    window.dispatchEvent(new Event('pagehide'))
    await waitFor(async () => {
      expect((await db.drafts.get(`jot:${visitId}`))?.text).toBe('Half a thought')
    })
  })
})

describe('visits list', () => {
  it('counts notes per line of enquiry across visits', async () => {
    const reviewId = await reviewWithLines()
    for (const lines of [[LINE_A], [LINE_A, LINE_B]]) {
      const id = (await startVisit(reviewId, 'lesson-visit')).id
      const [v] = (await listOfKind(reviewId, 'visit')).filter((x) => x.id === id)
      const notes = [
        { id: crypto.randomUUID(), at: '2026-12-01T09:05:00.000Z', text: 'n', lines },
        { id: crypto.randomUUID(), at: '2026-12-01T09:06:00.000Z', text: 'm', lines: [] },
      ]
      await saveRecord(id, 'visit', { ...(v?.data as Visit), notes })
    }
    openAt(`/reviews/${reviewId}/visits`)
    const table = await screen.findByRole('table')
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) })
    await waitFor(() => expect(within(row('Talk in maths')).getByText('2')).toBeTruthy())
    expect(within(row('Feedback')).getByText('1')).toBeTruthy()
    expect(within(row('Not tagged')).getByText('2')).toBeTruthy()
    expect(screen.getAllByText(/2 notes/)).toHaveLength(2)
  })
})

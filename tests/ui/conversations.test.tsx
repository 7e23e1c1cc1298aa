import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { beforeEach, describe, expect, it } from 'vitest'
import { startConversation } from '../../src/db/conversations'
import { db } from '../../src/db/database'
import { getFocus, getShown, listOfKind } from '../../src/db/read'
import { startVisit } from '../../src/db/visits'
import { saveRecord } from '../../src/db/write'
import type { Conversation, Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { LINE_A, LINE_B, openAt, reviewWithLines, signIn } from './helpers'

const OTHER_DEVICE = '7a1b2c3d-1111-4222-8333-944455556666'

function review() {
  return reviewWithLines([
    { title: 'Talk in maths', prompts: ['What helps you explain?', ''] },
    { title: 'Feedback', prompts: ['How do you know how to improve?'] },
  ])
}

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

describe('conversation', () => {
  it('shows the focus prompts as cards and keeps each response tagged to its line', async () => {
    const reviewId = await review()
    const id = (await startConversation(reviewId, 'pupils')).id
    openAt(`/reviews/${reviewId}/conversations/${id}`)
    const cards = await screen.findAllByRole('article')
    expect(cards).toHaveLength(2)
    expect(
      within(cards[1] as HTMLElement).getByText('How do you know how to improve?'),
    ).toBeTruthy()
    fireEvent.input(screen.getByLabelText('Group'), { target: { value: 'Year 5, four pupils' } })
    fireEvent.input(within(cards[1] as HTMLElement).getByLabelText('Response'), {
      target: { value: 'The teacher writes a question in our books' },
    })
    await waitFor(async () => {
      const c = await getShown<'conversation'>(id)
      expect(c?.data.group).toBe('Year 5, four pupils')
      expect(c?.data.notes).toMatchObject([
        {
          prompt: 'How do you know how to improve?',
          text: 'The teacher writes a question in our books',
          lines: [LINE_B],
        },
      ])
    })
  })

  it('adds free notes tagged with chips', async () => {
    const reviewId = await review()
    const id = (await startConversation(reviewId, 'staff')).id
    openAt(`/reviews/${reviewId}/conversations/${id}`)
    fireEvent.input(await screen.findByLabelText('Note'), { target: { value: 'Staff value CPD' } })
    const jot = screen.getByRole('button', { name: 'Add note' }).closest('div') as HTMLElement
    fireEvent.click(within(jot).getByRole('button', { name: 'Talk in maths' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    await waitFor(async () => {
      const c = await getShown<'conversation'>(id)
      expect(c?.data.notes).toMatchObject([{ text: 'Staff value CPD', lines: [LINE_A] }])
      expect(c?.data.notes[0]?.prompt).toBeUndefined()
    })
  })

  it('lists conversations with who they were with and never asks for names', async () => {
    const reviewId = await review()
    await startConversation(reviewId, 'governors')
    openAt(`/reviews/${reviewId}/conversations`)
    expect(await screen.findByRole('link', { name: /Conversation with governors/ })).toBeTruthy()
    expect(screen.queryByLabelText(/name/i)).toBeNull()
  })
})

describe('evidence', () => {
  async function seed() {
    const reviewId = await review()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const [visit] = await listOfKind(reviewId, 'visit')
    await saveRecord(visitId, 'visit', {
      ...(visit?.data as Visit),
      subject: 'Maths',
      notes: [
        {
          id: crypto.randomUUID(),
          at: '2026-12-01T09:00:00.000Z',
          text: 'Pupils explain methods',
          lines: [LINE_A],
        },
        { id: crypto.randomUUID(), at: '2026-12-01T09:05:00.000Z', text: 'Quiet start', lines: [] },
      ],
    })
    // A conversation recorded on another reviewer's phone, imported with their name.
    await db.people.put({
      deviceId: OTHER_DEVICE,
      name: 'Rhys',
      school: 'Ash Primary',
      role: 'reviewer',
    })
    const conversation: Conversation = {
      with: 'pupils',
      group: 'Year 6, three pupils',
      size: 3,
      at: '2026-12-01T11:00:00.000Z',
      notes: [{ id: crypto.randomUUID(), text: 'We explain to a partner first', lines: [LINE_A] }],
    }
    const id = crypto.randomUUID()
    await db.records.add({
      id,
      kind: 'conversation',
      reviewId,
      versions: [
        {
          clock: { [OTHER_DEVICE]: 1 },
          at: conversation.at,
          by: OTHER_DEVICE,
          deleted: false,
          data: conversation,
        },
      ],
      updatedAt: conversation.at,
      deleted: 0,
      conflicted: 0,
      seq: 99,
    })
    return reviewId
  }

  it('finds any note by searching, across visits and conversations', async () => {
    const reviewId = await seed()
    openAt(`/reviews/${reviewId}/evidence`)
    fireEvent.input(await screen.findByLabelText('Search notes'), { target: { value: 'EXPLAIN' } })
    await waitFor(() => expect(screen.getByText('2 notes')).toBeTruthy())
    expect(screen.getByText('Pupils explain methods')).toBeTruthy()
    expect(screen.getByText('We explain to a partner first')).toBeTruthy()
    expect(screen.queryByText('Quiet start')).toBeNull()
  })

  it('filters by line of enquiry and shows coverage by activity and reviewer, with gaps', async () => {
    const reviewId = await seed()
    openAt(`/reviews/${reviewId}/evidence`)
    const coverage = (await screen.findByRole('heading', { name: 'Evidence coverage' })).closest(
      'section',
    ) as HTMLElement
    await waitFor(() =>
      expect(within(coverage).getByText(/Rhys \(Ash Primary\) \(1\)/)).toBeTruthy(),
    )
    expect(
      within(coverage).getByText(/Lesson visit \(1\) and Conversation with pupils \(1\)/),
    ).toBeTruthy()
    expect(within(coverage).getByText(/No evidence yet/)).toBeTruthy() // Feedback has none
    fireEvent.change(screen.getByLabelText('Line of enquiry'), { target: { value: LINE_B } })
    await waitFor(() =>
      expect(
        screen.getByText('No notes match. Try fewer words or another line of enquiry.'),
      ).toBeTruthy(),
    )
  })
})

describe('schedule', () => {
  it('shows a reviewer the slots given to them', async () => {
    const reviewId = await review()
    const reviewRecord = await getShown<'review'>(reviewId)
    const me = reviewRecord?.data.team[0]
    if (!reviewRecord || !me) throw new Error('no team')
    const focus = await getFocus(reviewId)
    if (!focus) throw new Error('no focus')
    await saveRecord(focus.id, 'focus', {
      ...focus.data,
      schedule: [
        {
          id: crypto.randomUUID(),
          time: '09:00',
          activity: 'Year 5 maths',
          place: 'Room 4',
          reviewers: [me.id],
        },
        {
          id: crypto.randomUUID(),
          time: '10:00',
          activity: 'Staff meeting',
          place: 'Hall',
          reviewers: [],
        },
      ],
    })
    openAt(`/reviews/${reviewId}/visits`)
    expect(await screen.findByText('Your schedule')).toBeTruthy()
    expect(screen.getByText('09:00 · Year 5 maths · Room 4')).toBeTruthy()
    expect(screen.queryByText(/Staff meeting/)).toBeNull()
  })
})

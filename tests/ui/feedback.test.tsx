import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { startFeedback } from '../../src/db/feedback'
import { getShown, listOfKind } from '../../src/db/read'
import { createRecord, rowOf, saveRecord } from '../../src/db/write'
import { createVersion } from '../../src/domain/merge'
import type { Feedback, Review, Visit, VisitNote } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { LINE_A, LINE_B, openAt, reviewWithLines as sharedReview, signIn } from './helpers'

/** Ben's phone: his records arrive here through an imported bundle. */
const BEN = '0b0b0b0b-1111-4222-8333-444444444444'

async function reviewWithLines() {
  const reviewId = await sharedReview([
    { title: 'Talk in maths', prompts: ['How do pupils explain?'] },
    { title: 'Feedback to pupils', prompts: [] },
  ])
  const review = await getShown<'review'>(reviewId)
  const team: Review['team'] = [
    ...(review?.data.team ?? []),
    { id: crypto.randomUUID(), name: 'Ben Lead', school: 'Ash School', role: 'lead-reviewer' },
  ]
  await saveRecord(reviewId, 'review', { ...(review?.data as Review), team })
  await db.people.put({ deviceId: BEN, name: 'Ben Lead', school: 'Ash School', role: 'reviewer' })
  return reviewId
}

function note(text: string, lines: string[], at = '2026-12-01T09:05:00.000Z'): VisitNote {
  return { id: crypto.randomUUID(), at, text, lines }
}

function visitData(notes: VisitNote[], subject: string): Visit {
  return {
    activity: 'lesson-visit',
    startedAt: '2026-12-01T09:00:00.000Z',
    endedAt: '',
    yearGroup: 'Year 5',
    subject,
    place: '',
    group: '5B',
    notes,
    summary: '',
  }
}

/** A record written on Ben's phone, as it is stored here once his bundle is imported. */
async function fromBen<K extends 'visit' | 'feedback'>(
  reviewId: string,
  kind: K,
  data: K extends 'visit' ? Visit : Feedback,
): Promise<string> {
  const id = crypto.randomUUID()
  const version = createVersion(data, { deviceId: BEN, fresh: 1, at: '2026-12-01T15:00:00.000Z' })
  await db.records.add(rowOf({ id, kind, reviewId }, [version], 1_000))
  return id
}

function lineCard(title: string): HTMLElement {
  const card = screen.getByText(title, { selector: 'summary, summary *' }).closest('details')
  if (!card) throw new Error(`no card for ${title}`)
  return card
}

async function feedbackOf(id: string): Promise<Feedback> {
  const f = await getShown<'feedback'>(id)
  if (!f) throw new Error('feedback missing')
  return f.data
}

function emptyFeedback(author: string, consolidated: boolean): Feedback {
  return { author, consolidated, lines: [], summary: '', status: 'draft' }
}

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('feedback list', () => {
  it('starts my draft, with an entry for every line of enquiry, and opens it', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/feedback`)
    expect(await screen.findByText(/You have not started your feedback yet/)).toBeTruthy()
    expect(screen.getByText(/No other reviewer’s draft on this device yet/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Open the printable report' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Start my feedback draft' }))
    expect(await screen.findByRole('heading', { name: 'Your feedback draft' })).toBeTruthy()
    const [draft] = await listOfKind(reviewId, 'feedback')
    expect(draft?.data).toMatchObject({ author: 'Ann Reviewer', consolidated: false })
    expect(draft?.data.lines.map((l) => l.lineId)).toEqual([LINE_A, LINE_B])
    expect(window.location.pathname).toBe(`/reviews/${reviewId}/feedback/${draft?.id}`)
  })

  it('lists another reviewer’s draft by its author and shows it read-only', async () => {
    const reviewId = await reviewWithLines()
    const data = emptyFeedback('Ben Lead', false)
    data.lines = [
      { lineId: LINE_A, findings: 'Pairs talk', strengths: '', questions: '', evidence: [] },
    ]
    const id = await fromBen(reviewId, 'feedback', data)
    openAt(`/reviews/${reviewId}/feedback`)
    const link = await screen.findByRole('link', { name: /Draft by Ben Lead/ })
    expect(link.getAttribute('href')).toBe(`/reviews/${reviewId}/feedback/${id}`)
    fireEvent.click(link)
    expect(await screen.findByRole('heading', { name: 'Draft by Ben Lead' })).toBeTruthy()
    expect(screen.getByText('Pairs talk')).toBeTruthy()
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })
})

describe('a feedback draft', () => {
  async function seeded() {
    const reviewId = await reviewWithLines()
    const mine = note('Pairs explain methods to each other', [LINE_A])
    const visitId = await createRecord({
      kind: 'visit',
      reviewId,
      data: visitData([mine, note('Marking codes in books', [LINE_B])], 'Maths'),
    })
    const bens = note('Pupils use sentence stems to justify', [LINE_A], '2026-12-01T10:15:00.000Z')
    const benVisitId = await fromBen(reviewId, 'visit', visitData([bens], 'Science'))
    const draftId = await startFeedback(reviewId, 'Ann Reviewer', false)
    return { reviewId, visitId, benVisitId, mine, bens, draftId }
  }

  it('shows every note tagged to a line, from two reviewers, with where it came from', async () => {
    const { reviewId, visitId, benVisitId, mine, bens, draftId } = await seeded()
    openAt(`/reviews/${reviewId}/feedback/${draftId}`)
    await screen.findByRole('heading', { name: 'Your feedback draft' })
    const card = await waitFor(() => lineCard('Talk in maths'))
    await within(card).findByText(mine.text)
    const ann = within(card).getByText(mine.text).closest('li') as HTMLElement
    const ben = within(card).getByText(bens.text).closest('li') as HTMLElement
    expect(within(ann).getByText('by you')).toBeTruthy()
    expect(within(ann).getByText('Year 5 · Maths · 5B')).toBeTruthy()
    expect(within(ann).getByText('Lesson visit')).toBeTruthy()
    expect(within(ann).getByRole('link', { name: 'Open this visit' }).getAttribute('href')).toBe(
      `/reviews/${reviewId}/visits/${visitId}#note-${mine.id}`,
    )
    expect(within(ben).getByText('by Ben Lead (Ash School)')).toBeTruthy()
    expect(within(ben).getByRole('link', { name: 'Open this visit' }).getAttribute('href')).toBe(
      `/reviews/${reviewId}/visits/${benVisitId}#note-${bens.id}`,
    )
    expect(within(card).queryByText('Marking codes in books')).toBeNull()
    expect(within(lineCard('Feedback to pupils')).getByText('Marking codes in books')).toBeTruthy()
  })

  it('links a note to the line’s findings, and unlinks it', async () => {
    const { reviewId, benVisitId, bens, draftId } = await seeded()
    openAt(`/reviews/${reviewId}/feedback/${draftId}`)
    const card = await waitFor(() => lineCard('Talk in maths'))
    const item = (await within(card).findByText(bens.text)).closest('li') as HTMLElement
    const box = within(item).getByRole('checkbox', { name: 'Link to this finding' })
    fireEvent.click(box)
    await waitFor(async () => {
      const data = await feedbackOf(draftId)
      expect(data.lines.find((l) => l.lineId === LINE_A)?.evidence).toEqual([
        { recordId: benVisitId, noteId: bens.id },
      ])
    })
    expect((box as HTMLInputElement).checked).toBe(true)
    fireEvent.click(box)
    await waitFor(async () => {
      const data = await feedbackOf(draftId)
      expect(data.lines.find((l) => l.lineId === LINE_A)?.evidence).toEqual([])
    })
  })

  it('hints gently at a grading word and still saves the text', async () => {
    const { reviewId, draftId } = await seeded()
    openAt(`/reviews/${reviewId}/feedback/${draftId}`)
    const card = await waitFor(() => lineCard('Talk in maths'))
    const findings = within(card).getByLabelText('Findings')
    fireEvent.input(findings, { target: { value: 'An outstanding lesson in Year 5' } })
    const hint = await within(card).findByText(/Consider rephrasing “outstanding”/)
    expect(hint.getAttribute('role')).toBe('status')
    expect(hint.textContent).toMatch(/describes what was seen and asks questions/)
    await waitFor(async () => {
      const data = await feedbackOf(draftId)
      expect(data.lines.find((l) => l.lineId === LINE_A)?.findings).toBe(
        'An outstanding lesson in Year 5',
      )
    })
    fireEvent.click(screen.getByRole('button', { name: 'Mark as ready' }))
    await waitFor(async () => expect((await feedbackOf(draftId)).status).toBe('ready'))
  })

  it('gives a line its entry on the first edit even when the draft was made without it', async () => {
    const reviewId = await reviewWithLines()
    const id = await createRecord({
      kind: 'feedback',
      reviewId,
      data: emptyFeedback('Ann Reviewer', false),
    })
    openAt(`/reviews/${reviewId}/feedback/${id}`)
    const card = await waitFor(() => lineCard('Feedback to pupils'))
    fireEvent.input(within(card).getByLabelText('Questions for reflection'), {
      target: { value: 'How do pupils act on marking?' },
    })
    await waitFor(async () => {
      const data = await feedbackOf(id)
      expect(data.lines.map((l) => l.lineId)).toEqual([LINE_A, LINE_B])
      expect(data.lines[1]?.questions).toBe('How do pupils act on marking?')
    })
  })
})

describe('consolidated feedback', () => {
  it('is started from the feedback screen, labelled for the lead reviewer', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/feedback`)
    expect(await screen.findByText(/For the lead reviewer/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Start the consolidated feedback' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consolidated feedback' }),
    ).toBeTruthy()
    const [f] = await listOfKind(reviewId, 'feedback')
    expect(window.location.pathname).toBe(`/reviews/${reviewId}/feedback/${f?.id}`)
    expect(f?.data).toMatchObject({ consolidated: true, author: 'Ann Reviewer' })
  })

  it('pulls a reviewer’s finding and question in, with the evidence they linked', async () => {
    const reviewId = await reviewWithLines()
    const visitId = await createRecord({
      kind: 'visit',
      reviewId,
      data: visitData([note('Stems on the wall', [LINE_A])], 'Maths'),
    })
    const [visit] = await listOfKind(reviewId, 'visit')
    const noteId = visit?.data.notes[0]?.id as string
    const bens = emptyFeedback('Ben Lead', false)
    bens.lines = [
      {
        lineId: LINE_A,
        findings: 'Pupils justify answers using sentence stems.',
        strengths: '',
        questions: 'How might stems be faded over time?',
        evidence: [{ recordId: visitId, noteId }],
      },
    ]
    await fromBen(reviewId, 'feedback', bens)
    const id = await startFeedback(reviewId, 'Ann Reviewer', true)
    openAt(`/reviews/${reviewId}/feedback/${id}`)
    const card = await waitFor(() => lineCard('Talk in maths'))
    const from = await within(card).findByRole('article', { name: /Draft by Ben Lead/ })
    const findings = within(card).getByLabelText('Findings') as HTMLTextAreaElement
    fireEvent.input(findings, { target: { value: 'Talk is planned in every lesson.' } })
    fireEvent.click(within(from).getByRole('button', { name: 'Add to consolidated findings' }))
    fireEvent.click(within(from).getByRole('button', { name: 'Add to consolidated questions' }))
    await waitFor(async () => {
      const line = (await feedbackOf(id)).lines.find((l) => l.lineId === LINE_A)
      expect(line?.findings).toBe(
        'Talk is planned in every lesson.\n\nPupils justify answers using sentence stems.',
      )
      expect(line?.questions).toBe('How might stems be faded over time?')
      expect(line?.evidence).toEqual([{ recordId: visitId, noteId }])
    })
    expect(within(from).getByText('In the consolidated findings.')).toBeTruthy()
    expect(within(from).queryByRole('button', { name: 'Add to consolidated findings' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Mark as ready' }))
    await waitFor(async () => expect((await feedbackOf(id)).status).toBe('ready'))
  })
})

describe('report', () => {
  async function withConsolidated() {
    const reviewId = await reviewWithLines()
    const one = note('Stems on the wall', [LINE_A])
    const two = note('Books show next steps', [LINE_B])
    const three = note('Next steps acted on', [LINE_B])
    const visitId = await createRecord({
      kind: 'visit',
      reviewId,
      data: visitData([one, two], 'Maths'),
    })
    const benVisitId = await fromBen(reviewId, 'visit', visitData([three], 'Science'))
    const benNote = note('Pupils explain to partners', [LINE_A])
    const benTalkId = await fromBen(reviewId, 'visit', visitData([benNote], 'English'))
    const id = await startFeedback(reviewId, 'Ben Lead', true)
    const data = await feedbackOf(id)
    await saveRecord(id, 'feedback', {
      ...data,
      summary: 'Talk is a strength to build on.',
      lines: [
        {
          lineId: LINE_A,
          findings: 'Pupils justify answers using sentence stems.',
          strengths: 'Talk partners are routine.',
          questions: 'How might stems be faded over time?',
          evidence: [
            { recordId: visitId, noteId: one.id },
            { recordId: benTalkId, noteId: benNote.id },
          ],
        },
        {
          lineId: LINE_B,
          findings: 'Marking is consistent.',
          strengths: '',
          questions: '',
          evidence: [],
        },
      ],
    })
    return { reviewId, id, benVisitId }
  }

  it('shows the school, team, question, findings and how much evidence stands behind them', async () => {
    const { reviewId } = await withConsolidated()
    openAt(`/reviews/${reviewId}/report`)
    expect(await screen.findByRole('heading', { name: 'Peer review feedback' })).toBeTruthy()
    await screen.findByText('How well do pupils explain their reasoning?')
    const facts = screen.getByText('School', { selector: 'dt' }).closest('dl') as HTMLElement
    expect(within(facts).getByText('Elm Academy')).toBeTruthy()
    expect(within(facts).getByText('North')).toBeTruthy()
    const team = screen.getByRole('table')
    expect(
      within(team).getByRole('row', { name: /Ben Lead Ash School Lead reviewer/ }),
    ).toBeTruthy()
    const a = screen.getByRole('region', { name: '1. Talk in maths' })
    expect(within(a).getByText('Pupils justify answers using sentence stems.')).toBeTruthy()
    expect(within(a).getByText('Talk partners are routine.')).toBeTruthy()
    expect(within(a).getByText('How might stems be faded over time?')).toBeTruthy()
    expect(within(a).getByText(/2 pieces of evidence from 2 activities, linked/)).toBeTruthy()
    // Nothing linked for line 2: the report says it counts the tagged notes instead.
    const b = screen.getByRole('region', { name: '2. Feedback to pupils' })
    expect(within(b).getByText(/none linked .* 2 notes from 2 activities are tagged/)).toBeTruthy()
    expect(screen.getByText('Talk is a strength to build on.')).toBeTruthy()
    expect(screen.getByText(/still a draft/)).toBeTruthy()
  })

  it('prints through the browser’s print dialog', async () => {
    const { reviewId } = await withConsolidated()
    // happy-dom has no print dialog; a browser always has window.print.
    window.print ??= () => {}
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    openAt(`/reviews/${reviewId}/report`)
    fireEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }))
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('says there is nothing to print yet, and where to start, without consolidated feedback', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/report`)
    expect(await screen.findByText(/no consolidated feedback for this review yet/)).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'Go to Feedback to start it' }).getAttribute('href'),
    ).toBe(`/reviews/${reviewId}/feedback`)
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).toBeNull()
  })
})

// The improvement cycle's screens, each opened as a deep link on the real app: the workshop, an
// action and its check-ins, the follow-up, a follow-up meeting, the printable plan, the next step
// and the actions due on the reviews list and the review's header, and the next review.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addAction, addCheckin, startMeeting, startWorkshop } from '../../src/db/cycle'
import { db } from '../../src/db/database'
import { FORM_PREFIX } from '../../src/db/keys'
import { getFocus, getShown, listOfKind, listReviews } from '../../src/db/read'
import { createRecord, rowOf, saveRecord } from '../../src/db/write'
import { addDays, localDay } from '../../src/domain/days'
import { createVersion } from '../../src/domain/merge'
import { newAction, newCheckin } from '../../src/domain/new-records'
import type { Action, Feedback, Review, Workshop } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { LINE_A, LINE_B, openAt, reviewWithLines, signIn } from './helpers'

/** A partner school's phone: its check-in arrives here through an imported bundle. */
const PARTNER = '0c0c0c0c-1111-4222-8333-444444444444'
const today = () => localDay(new Date())

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** The lead reviewer's consolidated feedback, ready, with findings and questions for line A. */
async function consolidated(reviewId: string): Promise<void> {
  const data: Feedback = {
    author: 'Ben Lead',
    consolidated: true,
    lines: [
      {
        lineId: LINE_A,
        findings: 'Pupils explain methods to a partner.',
        strengths: '',
        questions: 'How is talk planned in Year 2?\nWho models explanations?',
        evidence: [],
      },
    ],
    summary: '',
    status: 'ready',
  }
  await createRecord({ kind: 'feedback', reviewId, data })
}

async function setStage(reviewId: string, stage: Review['stage']): Promise<void> {
  const review = await getShown<'review'>(reviewId)
  await saveRecord(reviewId, 'review', { ...(review?.data as Review), stage })
}

/** A review whose workshop agreed two priorities, the first answering line A. */
async function planned() {
  const reviewId = await reviewWithLines()
  await consolidated(reviewId)
  const workshopId = await startWorkshop(reviewId)
  const priorities = [
    { id: crypto.randomUUID(), title: 'Talk before writing', detail: '', lines: [LINE_A] },
    { id: crypto.randomUUID(), title: 'Feedback that moves learning', detail: '', lines: [] },
  ]
  const workshop = (await getShown<'workshop'>(workshopId))?.data as Workshop
  await saveRecord(workshopId, 'workshop', { ...workshop, at: '2026-12-03', priorities })
  const [p1, p2] = priorities as [(typeof priorities)[0], (typeof priorities)[0]]
  const action = async (priorityId: string, patch: Partial<Action>) => {
    const id = await addAction(reviewId, priorityId)
    await saveRecord(id, 'action', { ...newAction(priorityId), ...patch })
    return id
  }
  const talk = await action(p1.id, {
    what: 'Talk partners in every writing lesson',
    lead: 'Deputy head',
    startDate: '2027-01-06',
    reviewDate: addDays(today(), 3),
    successCriteria: 'Pupils explain their plan before writing',
    support: [{ id: crypto.randomUUID(), school: 'Ash Primary', kind: 'visit', detail: 'Year 3' }],
  })
  const marking = await action(p2.id, {
    what: 'Live marking in maths',
    lead: 'Maths lead',
    reviewDate: addDays(today(), 30),
  })
  return { reviewId, workshopId, p1, p2, talk, marking }
}

/** A check-in written on the partner school's phone, as stored here once its bundle is in. */
async function partnerCheckin(reviewId: string, actionId: string): Promise<void> {
  await db.people.put({
    deviceId: PARTNER,
    name: 'Cai Partner',
    school: 'Ash Primary',
    role: 'reviewer',
  })
  const data = { ...newCheckin(actionId, today(), 'Cai Partner'), seen: 'Pairs rehearse aloud' }
  const version = createVersion(data, { deviceId: PARTNER, fresh: 1, at: new Date().toISOString() })
  await db.records.add(
    rowOf({ id: crypto.randomUUID(), kind: 'checkin', reviewId }, [version], 5_000),
  )
}

describe('the workshop', () => {
  it('starts from the consolidated findings and questions, and starting it moves the stage on', async () => {
    const reviewId = await reviewWithLines()
    await consolidated(reviewId)
    openAt(`/reviews/${reviewId}/workshop`)
    expect(await screen.findByText('Pupils explain methods to a partner.')).toBeTruthy()
    expect(screen.getByText('How is talk planned in Year 2?')).toBeTruthy()
    expect(screen.getByText('Who models explanations?')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Start the workshop' }))
    expect(await screen.findByRole('heading', { name: 'The session' })).toBeTruthy()
    expect((await getShown<'review'>(reviewId))?.data.stage).toBe('workshop')
    expect(await listOfKind(reviewId, 'workshop')).toHaveLength(1)
  })

  it('records who took part by role and number, and each idea with its line and question', async () => {
    const reviewId = await reviewWithLines()
    await consolidated(reviewId)
    const workshopId = await startWorkshop(reviewId)
    openAt(`/reviews/${reviewId}/workshop`)
    fireEvent.click(await screen.findByRole('button', { name: 'Add a group of participants' }))
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Teaching assistants' } })
    fireEvent.input(screen.getByLabelText('How many'), { target: { value: '6' } })
    fireEvent.change(screen.getByLabelText('Question for reflection this idea answers'), {
      target: { value: 'Who models explanations?' },
    })
    fireEvent.input(await screen.findByLabelText('Idea'), {
      target: { value: 'Talk partners daily' },
    })
    const jot = screen.getByRole('button', { name: 'Add idea' }).closest('div') as HTMLElement
    fireEvent.click(within(jot).getByRole('button', { name: 'Talk in maths' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add idea' }))
    expect(await screen.findByText('Talk partners daily')).toBeTruthy()
    expect(screen.getByText('Answers: Who models explanations?')).toBeTruthy()
    await waitFor(async () => {
      const w = (await getShown<'workshop'>(workshopId))?.data
      expect(w?.participants).toMatchObject([{ role: 'Teaching assistants', count: 6 }])
      expect(w?.ideas).toMatchObject([
        { text: 'Talk partners daily', lines: [LINE_A], question: 'Who models explanations?' },
      ])
    })
  })

  it('agrees at most three priorities, reorders them with buttons and says so', async () => {
    const reviewId = await reviewWithLines()
    const workshopId = await startWorkshop(reviewId)
    openAt(`/reviews/${reviewId}/workshop`)
    const add = await screen.findByRole('button', { name: 'Add a priority' })
    fireEvent.click(add)
    fireEvent.click(screen.getByRole('button', { name: 'Add a priority' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add a priority' }))
    expect(screen.queryByRole('button', { name: 'Add a priority' })).toBeNull()
    const titles = screen.getAllByLabelText(/^Priority$/)
    fireEvent.input(titles[0] as HTMLElement, { target: { value: 'Talk' } })
    fireEvent.input(titles[1] as HTMLElement, { target: { value: 'Marking' } })
    fireEvent.click(screen.getByRole('button', { name: 'Remove priority 3' }))
    fireEvent.click(screen.getByRole('button', { name: 'Move priority 2 up' }))
    expect(await screen.findByText('“Marking” is now priority 1.')).toBeTruthy()
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move priority 1 down'),
    )
    await waitFor(async () => {
      const w = (await getShown<'workshop'>(workshopId))?.data
      expect(w?.priorities.map((p) => p.title)).toEqual(['Marking', 'Talk'])
    })
  })

  it('adds an action to a priority and opens it', async () => {
    const { reviewId, p1 } = await planned()
    openAt(`/reviews/${reviewId}/workshop`)
    const actionsOf = await screen.findByRole('heading', {
      name: 'Actions for Talk before writing',
    })
    const block = actionsOf.parentElement as HTMLElement
    expect(within(block).getByText('Talk partners in every writing lesson')).toBeTruthy()
    expect(within(block).getByText('Led by Deputy head')).toBeTruthy()
    fireEvent.click(
      within(block).getByRole('button', { name: 'Add an action to Talk before writing' }),
    )
    await screen.findByLabelText('What will be done')
    const actions = await listOfKind(reviewId, 'action')
    const added = actions.find((a) => !a.data.what)
    expect(added?.data.priorityId).toBe(p1.id)
    expect(window.location.pathname).toBe(`/reviews/${reviewId}/actions/${added?.id}`)
  })
})

describe('an action and its check-ins', () => {
  it('two fields changed in one moment, before the screen draws again, are both saved', async () => {
    const { reviewId, talk } = await planned()
    openAt(`/reviews/${reviewId}/actions/${talk}`)
    await screen.findByLabelText('What will be done')
    const lead = screen.getByLabelText(/^Who leads it/) as HTMLInputElement
    const research = screen.getByLabelText(
      /^What the research or evidence says/,
    ) as HTMLTextAreaElement
    // Dispatched by hand, outside act(): the second change comes before any render, as on a
    // busy phone. Each must apply to the newest value, not to what the last render showed.
    lead.value = 'Head of English'
    lead.dispatchEvent(new Event('input', { bubbles: true }))
    research.value = 'Oral rehearsal before writing'
    research.dispatchEvent(new Event('input', { bubbles: true }))
    await waitFor(async () => {
      const a = (await getShown<'action'>(talk))?.data
      expect(a?.research.text).toBe('Oral rehearsal before writing')
      expect(a?.lead).toBe('Head of English')
    })
  })

  it('saves every field of the action, support from partner schools included', async () => {
    const { reviewId, talk } = await planned()
    openAt(`/reviews/${reviewId}/actions/${talk}`)
    const what = await screen.findByLabelText('What will be done')
    expect((what as HTMLTextAreaElement).value).toBe('Talk partners in every writing lesson')
    fireEvent.input(screen.getByLabelText(/^Who leads it/), {
      target: { value: 'Head of English' },
    })
    fireEvent.input(screen.getByLabelText(/^What the research or evidence says/), {
      target: { value: 'Oral rehearsal before writing' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Ask a partner school for support' }))
    const schools = screen.getAllByLabelText('Partner school')
    fireEvent.input(schools[1] as HTMLElement, { target: { value: 'Birch Primary' } })
    fireEvent.change(screen.getAllByLabelText('Kind of support')[1] as HTMLElement, {
      target: { value: 'coaching' },
    })
    await waitFor(async () => {
      const a = (await getShown<'action'>(talk))?.data
      expect(a?.lead).toBe('Head of English')
      expect(a?.research.text).toBe('Oral rehearsal before writing')
      expect(a?.support.map((s) => [s.school, s.kind])).toEqual([
        ['Ash Primary', 'visit'],
        ['Birch Primary', 'coaching'],
      ])
    })
  })

  it('adds a check-in dated today by this person; the first one begins the follow-up', async () => {
    const { reviewId, talk } = await planned()
    openAt(`/reviews/${reviewId}/actions/${talk}`)
    expect(await screen.findByText('No check-ins yet.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add a check-in' }))
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe(today())
    expect((screen.getByLabelText('By') as HTMLInputElement).value).toBe('Ann Reviewer')
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } })
    fireEvent.input(screen.getByLabelText(/^What was seen/), {
      target: { value: 'Pairs plan aloud' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save the check-in' }))
    expect(await screen.findByText('Check-in saved.')).toBeTruthy()
    const item = await screen.findByRole('article', { name: /· Done$/ })
    expect(within(item).getByText('Pairs plan aloud')).toBeTruthy()
    expect(within(item).getByText(/^By Ann Reviewer · recorded by/)).toBeTruthy()
    const [checkin] = await listOfKind(reviewId, 'checkin')
    expect(checkin?.data).toMatchObject({ actionId: talk, status: 'done', by: 'Ann Reviewer' })
    expect((await getShown<'review'>(reviewId))?.data.stage).toBe('follow-up')
  })

  it('shows a partner school’s check-in with its author, newest first', async () => {
    const { reviewId, talk } = await planned()
    await addCheckin(reviewId, { ...newCheckin(talk, addDays(today(), -20), 'Ann'), seen: 'Old' })
    await partnerCheckin(reviewId, talk)
    openAt(`/reviews/${reviewId}/actions/${talk}`)
    const items = await screen.findAllByRole('article')
    expect(items).toHaveLength(2)
    expect(within(items[0] as HTMLElement).getByText('Pairs rehearse aloud')).toBeTruthy()
    expect(
      await within(items[0] as HTMLElement).findByText(/^By Cai Partner · recorded by Cai Partner/),
    ).toBeTruthy()
    expect(within(items[1] as HTMLElement).getByText('Old')).toBeTruthy()
  })
})

describe('an action edited apart on two phones', () => {
  it('cannot be edited until a person keeps a version; the conflict screen shows both', async () => {
    const { reviewId, talk } = await planned()
    await partnerCheckin(reviewId, talk)
    const row = await db.records.get(talk)
    const mine = row?.versions[0]
    if (!row || !mine) throw new Error('missing')
    const theirs = {
      ...mine,
      clock: { [PARTNER]: 2 },
      by: PARTNER,
      data: { ...(mine.data as Action), lead: 'Partner’s lead' },
    }
    await db.records.put({ ...row, versions: [mine, theirs], conflicted: 1 })
    openAt(`/reviews/${reviewId}/actions/${talk}`)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/changed in two places at once/)
    expect(screen.queryByLabelText('What will be done')).toBeNull()
    fireEvent.click(within(alert).getByRole('link'))
    expect(await screen.findByRole('heading', { name: /Version by Cai Partner/ })).toBeTruthy()
    expect(screen.getByText('Partner’s lead')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /Keep the version by Cai Partner/ }))
    await waitFor(async () => {
      const a = await getShown<'action'>(talk)
      expect(a?.conflicted).toBe(false)
      expect(a?.data.lead).toBe('Partner’s lead')
    })
  })
})

describe('the follow-up', () => {
  it('lists the actions due first with their latest check-in, and records a meeting', async () => {
    const { reviewId, talk, marking } = await planned()
    await addCheckin(reviewId, { ...newCheckin(marking, today(), 'Ann'), status: 'under-way' })
    openAt(`/reviews/${reviewId}/follow-up`)
    const links = await screen.findAllByRole('link', { name: /Led by/ })
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      `/reviews/${reviewId}/actions/${talk}`,
      `/reviews/${reviewId}/actions/${marking}`,
    ])
    expect(within(links[0] as HTMLElement).getByText('Due for review')).toBeTruthy()
    expect(within(links[0] as HTMLElement).getByText('No check-in yet')).toBeTruthy()
    expect(
      within(links[1] as HTMLElement).getByText(/^Latest check-in .*: Under way$/),
    ).toBeTruthy()
    expect(within(links[1] as HTMLElement).queryByText('Due for review')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Record a follow-up meeting' }))
    await waitFor(async () => expect(await listOfKind(reviewId, 'meeting')).toHaveLength(1))
    const [meeting] = await listOfKind(reviewId, 'meeting')
    await waitFor(() =>
      expect(window.location.pathname).toBe(`/reviews/${reviewId}/meetings/${meeting?.id}`),
    )
  })

  it('says there are no actions yet, and where to plan them', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/follow-up`)
    expect(await screen.findByText(/No actions yet/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Open the workshop' }).getAttribute('href')).toBe(
      `/reviews/${reviewId}/workshop`,
    )
  })
})

describe('a follow-up meeting', () => {
  it('is noted like a conversation: who took part, then notes about actions', async () => {
    const { reviewId, talk } = await planned()
    const meetingId = await startMeeting(reviewId)
    openAt(`/reviews/${reviewId}/meetings/${meetingId}`)
    fireEvent.input(await screen.findByLabelText('Who took part'), {
      target: { value: 'Ash Primary, Birch Primary' },
    })
    fireEvent.input(await screen.findByLabelText('Note'), {
      target: { value: 'Visit in March agreed' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Talk partners in every writing lesson' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    expect(await screen.findByText('Visit in March agreed')).toBeTruthy()
    await waitFor(async () => {
      const m = (await getShown<'meeting'>(meetingId))?.data
      expect(m?.with).toBe('Ash Primary, Birch Primary')
      expect(m?.notes).toMatchObject([{ text: 'Visit in March agreed', actions: [talk] }])
    })
  })
})

describe('the improvement plan', () => {
  it('sets out priorities, actions, lead, dates, criteria, support and the latest check-in', async () => {
    const { reviewId, talk } = await planned()
    await partnerCheckin(reviewId, talk)
    // happy-dom has no print dialog; a browser always has window.print.
    window.print ??= () => {}
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    openAt(`/reviews/${reviewId}/plan`)
    const first = await screen.findByRole('region', { name: 'Priority 1: Talk before writing' })
    expect(within(first).getByText('Talk in maths')).toBeTruthy()
    expect(within(first).getByText('Talk partners in every writing lesson')).toBeTruthy()
    expect(within(first).getByText('Deputy head')).toBeTruthy()
    expect(within(first).getByText('Pupils explain their plan before writing')).toBeTruthy()
    expect(within(first).getByText(/Ash Primary — A visit: Year 3/)).toBeTruthy()
    expect(within(first).getByText(/Under way \(by Cai Partner\)/)).toBeTruthy()
    const second = screen.getByRole('region', { name: 'Priority 2: Feedback that moves learning' })
    expect(within(second).getByText('Live marking in maths')).toBeTruthy()
    expect(within(second).getByText('No check-in yet')).toBeTruthy()
    await waitFor(() => expect(document.title).toBe('Improvement plan – Elm Academy'))
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }))
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('says there is nothing to print before priorities are agreed', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/plan`)
    expect(await screen.findByText(/No priorities have been agreed yet/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).toBeNull()
  })
})

describe('the stage and the next step', () => {
  it('the reviews list shows the next step and the actions to review this week', async () => {
    const { reviewId } = await planned()
    await setStage(reviewId, 'follow-up')
    openAt('/')
    expect(await screen.findByText('1 action to review this week')).toBeTruthy()
    expect(screen.getByText('Actions are due for review — add a check-in to each')).toBeTruthy()
  })

  it('the top of a review says where it stands and what comes next', async () => {
    const reviewId = await reviewWithLines()
    await setStage(reviewId, 'feedback')
    await consolidated(reviewId)
    openAt(`/reviews/${reviewId}/focus`)
    expect(await screen.findByText('Feedback ready — plan the workshop')).toBeTruthy()
    expect(screen.queryByText(/to review this week/)).toBeNull()
  })
})

describe('the next review from this one', () => {
  it('keeps school, cluster and team, and drafts the focus from what was carried', async () => {
    const { reviewId, talk } = await planned()
    await addCheckin(reviewId, { ...newCheckin(talk, today(), 'Ann'), seen: 'Pairs plan aloud' })
    openAt(`/reviews/${reviewId}/next`)
    const school = (await screen.findByLabelText(/^Host school/)) as HTMLInputElement
    expect(school.value).toBe('Elm Academy')
    const context = screen.getByLabelText(/^Context/) as HTMLTextAreaElement
    expect(context.value).toContain(
      'Talk partners in every writing lesson — Under way: Pairs plan aloud',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Feedback', pressed: true }))
    fireEvent.click(
      screen.getByRole('button', { name: 'Feedback that moves learning', pressed: true }),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Create the next review' }))
    await waitFor(async () => expect(await listReviews()).toHaveLength(2))
    const next = (await listReviews()).find((r) => r.id !== reviewId)
    expect(next?.data).toMatchObject({
      hostSchool: 'Elm Academy',
      cluster: 'North',
      stage: 'planning',
    })
    expect(next?.data.team.map((m) => m.name)).toEqual(['Ann Reviewer'])
    const focus = await getFocus(next?.id ?? '')
    expect(focus?.data.linesOfEnquiry.map((l) => [l.title, l.prompts])).toEqual([
      ['Talk in maths', ['How do pupils explain?']],
      ['Talk before writing', ['Pupils explain their plan before writing']],
    ])
    expect(focus?.data.linesOfEnquiry.some((l) => l.id === LINE_A || l.id === LINE_B)).toBe(false)
    await waitFor(() => expect(window.location.pathname).toBe(`/reviews/${next?.id}/focus`))
  })

  it('refuses to create it without a host school, saying so', async () => {
    const { reviewId } = await planned()
    openAt(`/reviews/${reviewId}/next`)
    fireEvent.input(await screen.findByLabelText(/^Host school/), { target: { value: ' ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create the next review' }))
    expect(
      await screen.findByText(/host school/i, { selector: '[role="alert"], .error, p' }),
    ).toBeTruthy()
    expect(await listReviews()).toHaveLength(1)
  })
})

describe('forms not yet saved survive a reload', () => {
  const kept = () => Object.keys(localStorage).filter((k) => k.startsWith(FORM_PREFIX))
  // Forms other tests here opened and left are kept too: start without them.
  beforeEach(() => {
    for (const key of kept()) localStorage.removeItem(key)
  })

  it('a check-in being written is there again after the page closes, until it is saved', async () => {
    const { reviewId, talk } = await planned()
    const path = `/reviews/${reviewId}/actions/${talk}`
    const first = openAt(path)
    fireEvent.click(await screen.findByRole('button', { name: 'Add a check-in' }))
    fireEvent.input(screen.getByLabelText(/^What was seen/), {
      target: { value: 'Pairs plan aloud in every class' },
    })
    first.unmount()

    openAt(path)
    const seen = (await screen.findByLabelText(/^What was seen/)) as HTMLTextAreaElement
    expect(seen.value).toBe('Pairs plan aloud in every class')
    fireEvent.click(screen.getByRole('button', { name: 'Save the check-in' }))
    expect(await screen.findByText('Check-in saved.')).toBeTruthy()
    const [checkin] = await listOfKind(reviewId, 'checkin')
    expect(checkin?.data.seen).toBe('Pairs plan aloud in every class')
    expect(kept()).toEqual([])
  })

  it('the next review’s form is there again after the page closes, until the review is created', async () => {
    const { reviewId } = await planned()
    const path = `/reviews/${reviewId}/next`
    const first = openAt(path)
    fireEvent.input(await screen.findByLabelText(/^Enquiry question/), {
      target: { value: 'How well do pupils talk before writing?' },
    })
    first.unmount()

    openAt(path)
    const question = (await screen.findByLabelText(/^Enquiry question/)) as HTMLTextAreaElement
    expect(question.value).toBe('How well do pupils talk before writing?')
    fireEvent.click(screen.getByRole('button', { name: 'Create the next review' }))
    await waitFor(async () => expect(await listReviews()).toHaveLength(2))
    const next = (await listReviews()).find((r) => r.id !== reviewId)
    expect((await getFocus(next?.id ?? ''))?.data.enquiryQuestion).toBe(
      'How well do pupils talk before writing?',
    )
    expect(kept()).toEqual([])
  })

  it('a kept form this version cannot read is left aside: the form starts as new', async () => {
    const { reviewId } = await planned()
    localStorage.setItem(`${FORM_PREFIX}next-review:${reviewId}`, '{"draft":{"fields":3}}')
    openAt(`/reviews/${reviewId}/next`)
    const school = (await screen.findByLabelText(/^Host school/)) as HTMLInputElement
    expect(school.value).toBe('Elm Academy')
  })
})

// The improvement cycle's records and rules: bundle format version 2 and when it is written, the
// stage moving forward, the next step, the actions due, the workshop's starting points, the plan,
// the follow-up list and the next review's drafted focus.
import { describe, expect, it } from 'vitest'
import { type BundleRecord, decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { kindBeyondVersion, versionFor } from '../../src/domain/bundle-version'
import { addDays, localDay, onLocalDay } from '../../src/domain/days'
import { createVersion } from '../../src/domain/merge'
import { newAction, newCheckin, newMeeting, newWorkshop } from '../../src/domain/new-records'
import { nextFocus, nextReviewDraft } from '../../src/domain/next-review'
import { actionsDue, nextStep, type ProgressFacts } from '../../src/domain/progress'
import { type Checkin, KINDS, type Priority, payloadSchemas } from '../../src/domain/schemas'
import { stageMovedTo } from '../../src/domain/stage'
import { checkinsOf, followUpList, moved, planOf, startingPoints } from '../../src/domain/workshop'
import {
  feedbackPayload,
  focusPayload,
  HOST,
  LINE,
  REVIEW,
  reviewPayload,
  sampleInput,
  sampleRecords,
  uuid,
} from './bundle-fixtures'

const PRIORITY = uuid(0x700)
const ACTION = uuid(0x701)
const NOW = '2026-12-01T09:15:00.000Z'
const author = (fresh: number) => ({ deviceId: HOST, fresh, at: NOW })

function cycleRecords(): BundleRecord[] {
  const workshop = {
    ...newWorkshop(),
    at: '2026-12-01',
    participants: [{ id: uuid(0x710), role: 'Teaching assistants', count: 6 }],
    priorities: [{ id: PRIORITY, title: 'Talk before writing', detail: '', lines: [LINE] }],
  }
  const action = { ...newAction(PRIORITY), what: 'Talk partners in every class', lead: 'Deputy' }
  const checkin = { ...newCheckin(ACTION, '2026-12-08', 'Partner'), seen: 'Pairs plan aloud' }
  const meeting = { ...newMeeting(NOW), with: 'Ash Primary' }
  const r = { reviewId: REVIEW }
  return [
    { kind: 'workshop', id: uuid(0x720), ...r, versions: [createVersion(workshop, author(50))] },
    { kind: 'action', id: ACTION, ...r, versions: [createVersion(action, author(51))] },
    { kind: 'checkin', id: uuid(0x721), ...r, versions: [createVersion(checkin, author(52))] },
    { kind: 'meeting', id: uuid(0x722), ...r, versions: [createVersion(meeting, author(53))] },
  ]
}

describe('bundle format version 2', () => {
  it('every new record as a person starts it passes its schema', () => {
    expect(payloadSchemas.workshop.safeParse(newWorkshop()).success).toBe(true)
    expect(payloadSchemas.action.safeParse(newAction(PRIORITY)).success).toBe(true)
    expect(payloadSchemas.checkin.safeParse(newCheckin(ACTION, '2026-12-08', 'A')).success).toBe(
      true,
    )
    expect(payloadSchemas.meeting.safeParse(newMeeting(NOW)).success).toBe(true)
  })

  it('refuses pupil-sized mistakes in the new kinds: a negative count, a bad status or date', () => {
    const workshop = { ...newWorkshop(), participants: [{ id: uuid(1), role: 'TAs', count: -1 }] }
    expect(payloadSchemas.workshop.safeParse(workshop).success).toBe(false)
    const checkin = { ...newCheckin(ACTION, '2026-12-08', 'A'), status: 'finished' }
    expect(payloadSchemas.checkin.safeParse(checkin).success).toBe(false)
    expect(payloadSchemas.checkin.safeParse(newCheckin(ACTION, '8/12/2026', 'A')).success).toBe(
      false,
    )
    const support = [{ id: uuid(2), school: 'Ash', kind: 'money', detail: '' }]
    expect(payloadSchemas.action.safeParse({ ...newAction(PRIORITY), support }).success).toBe(false)
  })

  it('writes version 1 while a bundle holds only version 1 kinds, version 2 once it holds any new kind', async () => {
    expect(versionFor(sampleRecords())).toBe(1)
    const v1 = await encodeBundle(sampleInput())
    expect(v1.bundle.version).toBe(1)
    expect(JSON.parse(v1.text).version).toBe(1)
    for (const record of cycleRecords()) {
      expect(versionFor([...sampleRecords(), record])).toBe(2)
    }
    const v2 = await encodeBundle(sampleInput([...sampleRecords(), ...cycleRecords()]))
    expect(v2.bundle.version).toBe(2)
    expect(JSON.parse(v2.text).version).toBe(2)
  })

  it('reads a version 2 bundle back to exactly the records that were encoded', async () => {
    const records = [...sampleRecords(), ...cycleRecords()]
    const { text } = await encodeBundle(sampleInput(records))
    const decoded = await decodeBundle(text)
    expect(decoded.records).toEqual(records)
  })

  it('names the first record a version 1 file cannot hold, and nothing in a version 2 file', () => {
    const records = [...sampleRecords(), ...cycleRecords()]
    expect(kindBeyondVersion(1, records)).toBe(`records[${sampleRecords().length}].kind`)
    expect(kindBeyondVersion(2, records)).toBeUndefined()
    expect(kindBeyondVersion(1, sampleRecords())).toBeUndefined()
  })

  it('every kind is either of version 1 or of the improvement cycle', () => {
    expect(KINDS).toEqual([
      'review',
      'focus',
      'visit',
      'conversation',
      'feedback',
      'workshop',
      'action',
      'checkin',
      'meeting',
    ])
  })
})

describe('days', () => {
  it('counts days across months and years without time zones', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('moves a moment to another local day at the same local time; leaves a bad one alone', () => {
    const moved = new Date(onLocalDay(new Date(2026, 0, 5, 14, 30).toISOString(), '2026-02-10'))
    expect([moved.getFullYear(), moved.getMonth(), moved.getDate()]).toEqual([2026, 1, 10])
    expect([moved.getHours(), moved.getMinutes()]).toEqual([14, 30])
    expect(onLocalDay('not a time', '2026-02-10')).toBe('not a time')
  })
})

describe('a review’s stage', () => {
  it('moves forward with the work and never back', () => {
    expect(stageMovedTo('review-day', 'feedback')).toBe('feedback')
    expect(stageMovedTo('feedback', 'workshop')).toBe('workshop')
    expect(stageMovedTo('follow-up', 'workshop')).toBe('follow-up')
    expect(stageMovedTo('closed', 'follow-up')).toBe('closed')
  })
})

const TODAY = '2026-12-10'
const facts = (patch: Partial<ProgressFacts>): ProgressFacts => ({
  stage: 'planning',
  lines: 0,
  consolidated: [],
  priorities: undefined,
  actions: [],
  checkins: [],
  ...patch,
})
const act = (id: string, reviewDate: string, priorityId = PRIORITY) => ({
  id,
  priorityId,
  reviewDate,
})
const check = (actionId: string, on: string, status: Checkin['status'], at = NOW) => ({
  actionId,
  on,
  status,
  at,
})

describe('actions to review this week', () => {
  it('counts review dates in the next seven days or past, not later ones or unset ones', () => {
    const actions = [
      act('past', '2026-12-01'),
      act('today', TODAY),
      act('in7', '2026-12-17'),
      act('in8', '2026-12-18'),
      act('unset', ''),
    ]
    expect(actionsDue(actions, [], TODAY).map((a) => a.id)).toEqual(['past', 'today', 'in7'])
  })

  it('leaves out an action done or stopped, or checked in on since a week before its date', () => {
    const actions = [act('a', TODAY), act('b', TODAY), act('c', TODAY), act('d', TODAY)]
    const checkins = [
      check('a', '2026-11-01', 'done'),
      check('b', '2026-11-01', 'stopped'),
      check('c', '2026-12-05', 'under-way'),
      check('d', '2026-11-01', 'under-way'),
    ]
    expect(actionsDue(actions, checkins, TODAY).map((a) => a.id)).toEqual(['d'])
  })

  it('takes the latest check-in by its day, then by when it was written', () => {
    const actions = [act('a', TODAY)]
    const reopened = [
      check('a', '2026-11-01', 'done', '2026-11-01T10:00:00.000Z'),
      check('a', '2026-11-01', 'under-way', '2026-11-01T11:00:00.000Z'),
    ]
    expect(actionsDue(actions, reopened, TODAY)).toHaveLength(1)
    expect(actionsDue(actions, [...reopened].reverse(), TODAY)).toHaveLength(1)
    const later = [...reopened, check('a', '2026-11-02', 'done', '2026-11-01T09:00:00.000Z')]
    expect(actionsDue(actions, later, TODAY)).toHaveLength(0)
  })
})

describe('the next step of a review', () => {
  it('follows the stage and the records', () => {
    const step = (patch: Partial<ProgressFacts>) => nextStep(facts(patch), TODAY)
    expect(step({})).toBe('write-focus')
    expect(step({ lines: 2 })).toBe('send-pack')
    expect(step({ stage: 'review-day' })).toBe('take-notes')
    expect(step({ stage: 'feedback' })).toBe('consolidate')
    expect(step({ stage: 'feedback', consolidated: ['draft'] })).toBe('finish-feedback')
    expect(step({ stage: 'feedback', consolidated: ['draft', 'ready'] })).toBe('plan-workshop')
    expect(step({ stage: 'workshop' })).toBe('plan-workshop')
    expect(step({ stage: 'workshop', priorities: [] })).toBe('agree-priorities')
    expect(step({ stage: 'workshop', priorities: [PRIORITY] })).toBe('plan-actions')
    const planned = { priorities: [PRIORITY], actions: [act(ACTION, '')] }
    expect(step({ stage: 'workshop', ...planned })).toBe('first-checkin')
    const checked = { ...planned, checkins: [check(ACTION, TODAY, 'under-way')] }
    expect(step({ stage: 'workshop', ...checked })).toBe('keep-checking')
    expect(step({ stage: 'follow-up' })).toBe('plan-actions')
    expect(step({ stage: 'follow-up', actions: [act(ACTION, TODAY)] })).toBe('review-due')
    expect(step({ stage: 'follow-up', ...checked })).toBe('keep-checking')
    const done = { ...planned, checkins: [check(ACTION, TODAY, 'done')] }
    expect(step({ stage: 'follow-up', ...done })).toBe('start-next')
    expect(step({ stage: 'closed' })).toBe('closed')
  })
})

const priority = (n: number, lines: string[] = []): Priority => ({
  id: uuid(0x800 + n),
  title: `Priority ${n}`,
  detail: '',
  lines,
})
const actionItem = (n: number, priorityId: string, startDate = '', reviewDate = '') => ({
  id: uuid(0x900 + n),
  data: { ...newAction(priorityId), what: `Action ${n}`, startDate, reviewDate },
})
const checkinItem = (n: number, actionId: string, on: string, status: Checkin['status']) => ({
  id: uuid(0xa00 + n),
  data: { ...newCheckin(actionId, on, 'Someone'), status },
  updatedAt: `2026-12-0${n}T10:00:00.000Z`,
  by: HOST,
})

describe('the workshop', () => {
  it('starts from the consolidated findings and each question for reflection, in the focus order', () => {
    const feedback = {
      ...feedbackPayload,
      lines: [
        { ...feedbackPayload.lines[0], questions: 'How is talk used?\n\n  In Year 2?  ' },
      ] as typeof feedbackPayload.lines,
    }
    expect(startingPoints(feedback, focusPayload.linesOfEnquiry)).toEqual([
      {
        lineId: LINE,
        findings: 'Pupils describe planning before writing.',
        questions: ['How is talk used?', 'In Year 2?'],
      },
    ])
    expect(startingPoints(undefined, focusPayload.linesOfEnquiry)).toEqual([])
    const blank = {
      ...feedbackPayload,
      lines: [{ ...feedback.lines[0], findings: '', questions: '' }],
    }
    expect(startingPoints(blank as typeof feedbackPayload, focusPayload.linesOfEnquiry)).toEqual([])
  })

  it('reorders priorities one place at a time, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})

describe('the improvement plan and the follow-up', () => {
  const [p1, p2] = [priority(1), priority(2)]
  const actions = [
    actionItem(1, p1.id, '2027-01-10', '2026-12-20'),
    actionItem(2, p1.id, '2027-01-01', '2026-12-12'),
    actionItem(3, p2.id, '', ''),
    actionItem(4, uuid(0xdead), '2027-02-01', '2026-12-01'),
  ]
  const checkins = [
    checkinItem(1, actions[0]?.id ?? '', '2026-12-01', 'not-started'),
    checkinItem(2, actions[0]?.id ?? '', '2026-12-02', 'under-way'),
    checkinItem(3, actions[3]?.id ?? '', '2026-11-01', 'done'),
  ]

  it('lists each priority in the agreed order with its actions by start date, and never hides an action', () => {
    const plan = planOf([p2, p1], actions, checkins)
    expect(plan.priorities.map((p) => p.priority.id)).toEqual([p2.id, p1.id])
    expect(plan.priorities[1]?.actions.map((a) => a.action.data.what)).toEqual([
      'Action 2',
      'Action 1',
    ])
    expect(plan.priorities[1]?.actions[1]?.latest?.id).toBe(checkins[1]?.id)
    expect(plan.unplaced.map((a) => a.action.data.what)).toEqual(['Action 4'])
  })

  it('puts the actions due first, then the rest by review date, unset last', () => {
    const list = followUpList(actions, checkins, TODAY)
    expect(list.map((a) => [a.action.data.what, a.due])).toEqual([
      ['Action 2', true],
      ['Action 4', false],
      ['Action 1', false],
      ['Action 3', false],
    ])
  })

  it('shows one action’s check-ins newest first', () => {
    const id = actions[0]?.id ?? ''
    expect(checkinsOf(checkins, id).map((c) => c.id)).toEqual([checkins[1]?.id, checkins[0]?.id])
  })
})

describe('the next review from this one', () => {
  it('keeps the school, cluster and team (as new team entries) and no dates', () => {
    const draft = nextReviewDraft(reviewPayload)
    expect(draft.fields).toEqual({
      hostSchool: 'Oak Primary',
      cluster: 'North Cluster',
      startDate: '',
      endDate: '',
    })
    expect(draft.team.map(({ name, school, role }) => ({ name, school, role }))).toEqual(
      reviewPayload.team.map(({ name, school, role }) => ({ name, school, role })),
    )
    expect(draft.team[0]?.id).not.toBe(reviewPayload.team[0]?.id)
  })

  it('drafts the focus from the carried lines, then the chosen priorities with their success criteria', () => {
    const p1 = priority(1)
    const p2 = priority(2)
    const action = { ...newAction(p1.id), successCriteria: 'Pairs plan aloud\n\nWord banks used' }
    const focus = nextFocus(focusPayload, [p1, p2], [action], {
      carry: [LINE],
      fromPriorities: [p1.id],
      enquiryQuestion: 'Q',
      context: 'C',
    })
    expect(payloadSchemas.focus.safeParse(focus).success).toBe(true)
    expect(focus.enquiryQuestion).toBe('Q')
    expect(focus.context).toBe('C')
    expect(focus.linesOfEnquiry.map((l) => [l.title, l.prompts])).toEqual([
      ['Talk for writing', ['What helps you write?']],
      ['Priority 1', ['Pairs plan aloud', 'Word banks used']],
    ])
    expect(focus.linesOfEnquiry[0]?.id).not.toBe(LINE)
    const none = nextFocus(focusPayload, [p1], [], {
      carry: [],
      fromPriorities: [],
      enquiryQuestion: '',
      context: '',
    })
    expect(none.linesOfEnquiry).toEqual([])
  })
})

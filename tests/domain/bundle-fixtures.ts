// A small, realistic review as two devices would hold it: every kind, a tombstone and a conflict.
import type { BundleRecord, EncodeInput } from '../../src/domain/bundle'
import { createVersion, localDelete, localEdit, mergeVersions } from '../../src/domain/merge'
import type { Conversation, Feedback, Focus, Review, Visit } from '../../src/domain/schemas'

/** A fixed, valid version-4 UUID for test number n. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

export const HOST = uuid(0xa)
export const REVIEWER = uuid(0xb)
export const REVIEW = uuid(1)
export const FOCUS = uuid(2)
export const VISIT = uuid(3)
export const CONVERSATION = uuid(4)
export const FEEDBACK = uuid(5)
export const DELETED_VISIT = uuid(6)
export const CONFLICTED_VISIT = uuid(7)
export const LINE = uuid(100)
export const BUNDLE_ID = uuid(999)

export const at = (minute: number) =>
  `2026-11-22T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`

const host = (fresh: number, minute: number) => ({ deviceId: HOST, fresh, at: at(minute) })
const reviewer = (fresh: number, minute: number) => ({ deviceId: REVIEWER, fresh, at: at(minute) })

export const reviewPayload: Review = {
  hostSchool: 'Oak Primary',
  cluster: 'North Cluster',
  startDate: '2026-11-22',
  endDate: '',
  team: [{ id: uuid(200), name: 'A. Reviewer', school: 'Ash Primary', role: 'reviewer' }],
  stage: 'review-day',
}

export const focusPayload: Focus = {
  enquiryQuestion: 'How well do pupils talk about their learning in writing?',
  context: 'Writing is a priority in the school development plan.',
  linesOfEnquiry: [{ id: LINE, title: 'Talk for writing', prompts: ['What helps you write?'] }],
  evidencePlan: [{ id: uuid(300), activity: 'lesson-visit', detail: 'Year 4 writing', who: 'AR' }],
  schedule: [{ id: uuid(400), time: '09:15', activity: 'Visit', place: 'Y4', reviewers: [] }],
}

export const visitPayload = (text: string): Visit => ({
  activity: 'lesson-visit',
  startedAt: at(15),
  endedAt: '',
  yearGroup: 'Year 4',
  subject: 'English',
  place: 'Room 4',
  group: '4B',
  notes: [
    { id: uuid(500), at: at(16), text, lines: [LINE] },
    { id: uuid(501), at: at(20), text: 'Word banks on every table.', lines: [] },
  ],
  summary: '',
})

export const conversationPayload: Conversation = {
  with: 'pupils',
  group: 'Year 6 writers',
  size: 6,
  at: at(45),
  notes: [
    { id: uuid(600), prompt: 'What helps you write?', text: 'Planning first.', lines: [LINE] },
  ],
}

export const feedbackPayload: Feedback = {
  author: 'A. Reviewer',
  consolidated: false,
  lines: [
    {
      lineId: LINE,
      findings: 'Pupils describe planning before writing.',
      strengths: 'Shared vocabulary.',
      questions: 'How is talk used in Year 2?',
      evidence: [{ recordId: VISIT, noteId: uuid(500) }],
    },
  ],
  summary: '',
  status: 'draft',
}

/** The records of the review, as the reviewer's device holds them at the end of the day. */
export function sampleRecords(): BundleRecord[] {
  const review = [createVersion(reviewPayload, host(1, 0))]
  const focus = localEdit([createVersion(focusPayload, host(2, 1))], focusPayload, host(3, 2))
  const visit = localEdit(
    [createVersion(visitPayload('Pupils plan aloud.'), reviewer(1, 16))],
    visitPayload('Pupils plan aloud in pairs.'),
    reviewer(2, 17),
  )
  const conversation = [createVersion(conversationPayload, reviewer(3, 45))]
  const feedback = [createVersion(feedbackPayload, reviewer(4, 60))]
  const deleted = localDelete([createVersion(visitPayload('Wrong room'), reviewer(5, 30))], {
    deviceId: REVIEWER,
    fresh: 6,
    at: at(31),
  })
  const base = [createVersion(visitPayload('Shared start'), host(4, 10))]
  const conflicted = mergeVersions(
    localEdit(base, visitPayload('Host’s edit'), host(5, 40)),
    localEdit(base, visitPayload('Reviewer’s edit'), reviewer(7, 41)),
  )
  const r = { reviewId: REVIEW }
  return [
    { kind: 'review', id: REVIEW, ...r, versions: review },
    { kind: 'focus', id: FOCUS, ...r, versions: focus },
    { kind: 'visit', id: VISIT, ...r, versions: visit },
    { kind: 'conversation', id: CONVERSATION, ...r, versions: conversation },
    { kind: 'feedback', id: FEEDBACK, ...r, versions: feedback },
    { kind: 'visit', id: DELETED_VISIT, ...r, versions: deleted },
    { kind: 'visit', id: CONFLICTED_VISIT, ...r, versions: conflicted },
  ]
}

export function sampleInput(records: BundleRecord[] = sampleRecords()): EncodeInput {
  return {
    records,
    reviews: [REVIEW],
    from: { deviceId: REVIEWER, name: 'A. Reviewer', school: 'Ash Primary' },
    people: {
      [REVIEWER]: { name: 'A. Reviewer', school: 'Ash Primary', role: 'reviewer' },
      [HOST]: { name: 'H. Head', school: 'Oak Primary', role: 'host' },
    },
    id: BUNDLE_ID,
    createdAt: '2026-11-22T15:04:05.000Z',
  }
}

// Random payloads of every record kind, and random sets of concurrent versions of them, for the
// property tests (tests/domain/combine.property.test.ts). A new kind adds its arbitrary to
// `payloadArb` (the type check fails until it does) and every property over all kinds covers it.
//
// Texts are drawn from TEXT_CHARS only, which no id, date, time or enum value is made of, so a test
// can tell a person's words apart from the rest of a payload (`isGeneratedText`). Lists share a
// small pool of ids across versions, so the same note or line turns up edited apart, as it does
// when two reviewers change one record on their own phones.
import fc from 'fast-check'
import type { Version } from '../../src/domain/merge'
import {
  ACTIVITIES,
  CONVERSATION_WITH,
  EVIDENCE_ACTIVITIES,
  KINDS,
  type Kind,
  type PayloadOf,
  ROLES,
  STAGES,
} from '../../src/domain/schemas'
import { CHECKIN_STATUSES, SUPPORT_KINDS } from '../../src/domain/vocabulary'

/** The characters of generated texts: none of them occurs in ids, dates, times or enum values. */
export const TEXT_CHARS = 'qxzjkŵ ' as const

/** A person's words: short enough that four versions' short fields joined still fit. */
export const textArb = (maxLength = 24) =>
  fc.string({ unit: fc.constantFrom(...TEXT_CHARS, '\n'), maxLength })
/** A one-line text for a short field (a title, a name). */
export const shortArb = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 24 })

/** Whether a string of a payload is a generated text, as opposed to an id, a date or an enum. */
export function isGeneratedText(value: string): boolean {
  return [...value].every((c) => TEXT_CHARS.includes(c) || c === '\n')
}

/** Ids shared by every version of one record, so list items meet across versions. */
export const ID_POOL = [
  '0a0a0a0a-0000-4000-8000-000000000001',
  '0a0a0a0a-0000-4000-8000-000000000002',
  '0a0a0a0a-0000-4000-8000-000000000003',
  '0a0a0a0a-0000-4000-8000-000000000004',
] as const
const idArb = fc.constantFrom(...ID_POOL)
/** A list of items keyed by `key`, at most one item per key, as a payload holds them. */
const keyed = <T>(item: fc.Arbitrary<T>, key: (t: T) => string) =>
  fc.uniqueArray(item, { selector: key, maxLength: 3 })
const ids = fc.uniqueArray(idArb, { maxLength: 3 })

const times = ['2026-12-01T09:00:00.000Z', '2026-12-01T10:30:00.000Z', '2026-12-01T11:15:00+01:00']
const timeArb = fc.constantFrom(...times)
const dayArb = fc.constantFrom('', '2026-12-01', '2026-12-02')
const clockTimeArb = fc.constantFrom('', '09:00', '13:45')

const reviewArb: fc.Arbitrary<PayloadOf['review']> = fc.record({
  hostSchool: shortArb,
  cluster: shortArb,
  startDate: dayArb,
  endDate: dayArb,
  team: keyed(
    fc.record({ id: idArb, name: shortArb, school: shortArb, role: fc.constantFrom(...ROLES) }),
    (m) => m.id,
  ),
  stage: fc.constantFrom(...STAGES),
})

const focusArb: fc.Arbitrary<PayloadOf['focus']> = fc.record({
  enquiryQuestion: textArb(),
  context: textArb(),
  linesOfEnquiry: keyed(
    fc.record({ id: idArb, title: shortArb, prompts: fc.array(textArb(), { maxLength: 3 }) }),
    (l) => l.id,
  ),
  evidencePlan: keyed(
    fc.record({
      id: idArb,
      activity: fc.constantFrom(...EVIDENCE_ACTIVITIES),
      detail: textArb(),
      who: shortArb,
    }),
    (e) => e.id,
  ),
  schedule: keyed(
    fc.record({
      id: idArb,
      time: clockTimeArb,
      activity: shortArb,
      place: shortArb,
      reviewers: ids,
    }),
    (s) => s.id,
  ),
})

const visitArb: fc.Arbitrary<PayloadOf['visit']> = fc.record({
  activity: fc.constantFrom(...ACTIVITIES),
  startedAt: timeArb,
  endedAt: fc.constantFrom('', ...times),
  yearGroup: shortArb,
  subject: shortArb,
  place: shortArb,
  group: shortArb,
  notes: keyed(fc.record({ id: idArb, at: timeArb, text: textArb(), lines: ids }), (n) => n.id),
  summary: textArb(),
})

const conversationArb: fc.Arbitrary<PayloadOf['conversation']> = fc.record({
  with: fc.constantFrom(...CONVERSATION_WITH),
  group: shortArb,
  size: fc.integer({ min: 0, max: 40 }),
  at: timeArb,
  notes: keyed(
    fc.record(
      { id: idArb, prompt: textArb(), text: textArb(), lines: ids },
      { requiredKeys: ['id', 'text', 'lines'] },
    ),
    (n) => n.id,
  ),
})

const feedbackArb: fc.Arbitrary<PayloadOf['feedback']> = fc.record({
  author: shortArb,
  consolidated: fc.boolean(),
  lines: keyed(
    fc.record({
      lineId: idArb,
      findings: textArb(),
      strengths: textArb(),
      questions: textArb(),
      evidence: fc.uniqueArray(
        fc.record({ recordId: idArb, noteId: idArb }, { requiredKeys: ['recordId'] }),
        { selector: (l) => `${l.recordId}/${l.noteId ?? ''}`, maxLength: 3 },
      ),
    }),
    (l) => l.lineId,
  ),
  summary: textArb(),
  status: fc.constantFrom('draft', 'ready'),
})

const workshopArb: fc.Arbitrary<PayloadOf['workshop']> = fc.record({
  at: dayArb,
  participants: keyed(
    fc.record({ id: idArb, role: shortArb, count: fc.integer({ min: 0, max: 60 }) }),
    (p) => p.id,
  ),
  ideas: keyed(
    fc.record(
      { id: idArb, at: timeArb, text: textArb(), lines: ids, question: textArb() },
      { requiredKeys: ['id', 'at', 'text', 'lines'] },
    ),
    (i) => i.id,
  ),
  priorities: keyed(
    fc.record({ id: idArb, title: shortArb, detail: textArb(), lines: ids }),
    (p) => p.id,
  ),
  notes: textArb(),
})

const actionArb: fc.Arbitrary<PayloadOf['action']> = fc.record({
  priorityId: idArb,
  what: textArb(),
  lead: shortArb,
  startDate: dayArb,
  reviewDate: dayArb,
  successCriteria: textArb(),
  research: fc.record({ text: textArb(), reference: shortArb }),
  support: keyed(
    fc.record({
      id: idArb,
      school: shortArb,
      kind: fc.constantFrom(...SUPPORT_KINDS),
      detail: textArb(),
    }),
    (s) => s.id,
  ),
})

const checkinArb: fc.Arbitrary<PayloadOf['checkin']> = fc.record({
  actionId: idArb,
  on: fc.constantFrom('2026-12-01', '2027-01-15'),
  status: fc.constantFrom(...CHECKIN_STATUSES),
  seen: textArb(),
  nextStep: textArb(),
  by: shortArb,
})

const meetingArb: fc.Arbitrary<PayloadOf['meeting']> = fc.record({
  at: timeArb,
  with: shortArb,
  notes: keyed(
    fc.record({ id: idArb, at: timeArb, text: textArb(), lines: ids, actions: ids }),
    (n) => n.id,
  ),
})

/** A random payload of each kind; a kind added to KINDS must add its own here. */
export const payloadArb: { [K in Kind]: fc.Arbitrary<PayloadOf[K]> } = {
  review: reviewArb,
  focus: focusArb,
  visit: visitArb,
  conversation: conversationArb,
  feedback: feedbackArb,
  workshop: workshopArb,
  action: actionArb,
  checkin: checkinArb,
  meeting: meetingArb,
}

const DEVICES = [
  'dddddddd-0000-4000-8000-00000000000a',
  'dddddddd-0000-4000-8000-00000000000b',
  'dddddddd-0000-4000-8000-00000000000c',
  'dddddddd-0000-4000-8000-00000000000d',
] as const

/**
 * 2–4 concurrent versions of one record of this kind, each by its own device (live ones and
 * deletions), as a record in conflict holds them.
 */
export function concurrentVersionsArb<K extends Kind>(
  kind: K,
): fc.Arbitrary<Version<PayloadOf[K]>[]> {
  return fc.shuffledSubarray([...DEVICES], { minLength: 2, maxLength: 4 }).chain((devices) =>
    fc.tuple(
      ...devices.map((by) =>
        fc.record({
          clock: fc.integer({ min: 1, max: 9 }).map((n) => ({ [DEVICES[0]]: 1, [by]: n + 1 })),
          at: timeArb,
          by: fc.constant(by),
          deleted: fc.boolean(),
          data: payloadArb[kind] as fc.Arbitrary<PayloadOf[K]>,
        }),
      ),
    ),
  )
}

export { KINDS }

import { describe, expect, it } from 'vitest'
import { combineVersions, textsNotIn, textsOf } from '../../src/domain/combine'
import type { Version } from '../../src/domain/merge'
import { newFeedback, newVisit } from '../../src/domain/new-records'
import {
  type Feedback,
  type Kind,
  MAX_LIST,
  MAX_SHORT,
  type PayloadOf,
  type Review,
  type Visit,
  type VisitNote,
} from '../../src/domain/schemas'

const ANN = 'dddddddd-0000-4000-8000-000000000001'
const BEN = 'dddddddd-0000-4000-8000-000000000002'
const CAT = 'dddddddd-0000-4000-8000-000000000003'
const NAMES: Record<string, string> = { [ANN]: 'Ann', [BEN]: 'Ben', [CAT]: 'Cat' }
const N1 = '11111111-0000-4000-8000-000000000001'
const N2 = '11111111-0000-4000-8000-000000000002'
const N3 = '11111111-0000-4000-8000-000000000003'
const LINE = '22222222-0000-4000-8000-000000000001'
const REC = '33333333-0000-4000-8000-000000000001'

function note(id: string, text: string, lines: string[] = []): VisitNote {
  return { id, at: '2026-12-01T09:00:00.000Z', text, lines }
}

function version<P>(by: string, at: string, data: P, deleted = false): Version<P> {
  return { clock: { [by]: 1 }, at, by, deleted, data }
}

const from = (v: Version) => `From ${NAMES[v.by]} at ${v.at.slice(11, 16)}:`
const combine = <K extends Kind>(kind: K, versions: Version<PayloadOf[K]>[]) =>
  combineVersions(kind, versions, from)

const base = newVisit('lesson-visit', '2026-12-01T09:00:00.000Z')
const at10 = '2026-12-01T10:00:00.000Z'
const at11 = '2026-12-01T11:00:00.000Z'
const at12 = '2026-12-01T12:00:00.000Z'

describe('combining concurrent versions', () => {
  it('keeps both texts of a note edited apart, the other’s marked with who and when', () => {
    const ann = version<Visit>(ANN, at10, {
      ...base,
      subject: 'Maths',
      notes: [note(N1, 'Pairs explain', [LINE]), note(N2, 'Working wall')],
    })
    const ben = version<Visit>(BEN, at11, {
      ...base,
      subject: 'Numeracy',
      notes: [note(N1, 'Pupils explain methods'), note(N3, 'Calm start')],
    })
    expect(combine('visit', [ann, ben])).toEqual({
      ok: true,
      data: {
        ...ben.data,
        // The shown version is the later (Ben's); Ann's words follow, marked as hers.
        subject: 'Numeracy / Maths',
        notes: [
          note(N1, 'Pupils explain methods\n\nFrom Ann at 10:00:\nPairs explain', [LINE]),
          note(N3, 'Calm start'),
          note(N2, 'Working wall'),
        ],
      },
    })
  })

  it('adds nothing for a text already kept, and keeps the longer text that contains the other', () => {
    const ann = version<Visit>(ANN, at10, {
      ...base,
      summary: 'Calm',
      place: 'Hall',
      notes: [note(N1, 'Pairs explain methods aloud')],
    })
    const ben = version<Visit>(BEN, at11, {
      ...base,
      summary: 'Calm start, good pace',
      place: '',
      notes: [note(N1, 'explain methods')],
    })
    const out = combine('visit', [ann, ben])
    expect(out.ok && out.data.summary).toBe('Calm start, good pace')
    expect(out.ok && out.data.place).toBe('Hall')
    expect(out.ok && out.data.notes.map((n) => n.text)).toEqual(['Pairs explain methods aloud'])
  })

  it('folds versions in the winner rule’s order, whatever order they are given in', () => {
    const make = (by: string, at: string, summary: string) =>
      version<Visit>(by, at, { ...base, summary })
    const versions = [make(ANN, at10, 'Quiet'), make(BEN, at12, 'Busy'), make(CAT, at11, 'Noisy')]
    const expected = 'Busy\n\nFrom Cat at 11:00:\nNoisy\n\nFrom Ann at 10:00:\nQuiet'
    for (const order of [versions, [...versions].reverse()]) {
      const out = combine('visit', order)
      expect(out.ok && out.data.summary).toBe(expected)
    }
  })

  it('shows a live version over a later deletion, and still keeps the deleted version’s words', () => {
    const kept = version<Visit>(ANN, at10, { ...base, notes: [note(N1, 'Kept')] })
    const gone = version<Visit>(BEN, at12, { ...base, notes: [note(N2, 'Old')] }, true)
    expect(combine('visit', [gone, kept])).toEqual({
      ok: true,
      data: { ...kept.data, notes: [note(N1, 'Kept'), note(N2, 'Old')] },
    })
  })

  it('joins feedback lines by line and evidence links by record and note', () => {
    const line = (findings: string, evidence: Feedback['lines'][number]['evidence']) => ({
      lineId: LINE,
      findings,
      strengths: '',
      questions: '',
      evidence,
    })
    const ann = version<Feedback>(ANN, at10, {
      ...newFeedback('Ann', false, []),
      lines: [line('Strong talk', [{ recordId: REC, noteId: N1 }])],
    })
    const ben = version<Feedback>(BEN, at11, {
      ...newFeedback('Ben', false, []),
      status: 'ready',
      lines: [line('Talk is strong', [{ recordId: REC }, { recordId: REC, noteId: N1 }])],
    })
    const out = combine('feedback', [ann, ben])
    expect(out).toEqual({
      ok: true,
      data: {
        ...ben.data,
        author: 'Ben / Ann',
        lines: [
          line('Talk is strong\n\nFrom Ann at 10:00:\nStrong talk', [
            { recordId: REC },
            { recordId: REC, noteId: N1 },
          ]),
        ],
      },
    })
  })

  it('joins lists of texts and of ids, and keeps the shown version’s choices and numbers', () => {
    const conversation = (by: string, at: string, group: string, size: number) =>
      version<PayloadOf['conversation']>(by, at, {
        with: by === ANN ? 'staff' : 'pupils',
        group,
        size,
        at: '2026-12-01T09:00:00.000Z',
        notes: [{ id: N1, prompt: 'How?', text: 'Yes', lines: by === ANN ? [LINE] : [REC] }],
      })
    const out = combine('conversation', [
      conversation(ANN, at10, 'Year 6', 4),
      conversation(BEN, at11, 'Year 6', 6),
    ])
    expect(out.ok && out.data).toEqual({
      with: 'pupils',
      group: 'Year 6',
      size: 6,
      at: '2026-12-01T09:00:00.000Z',
      notes: [{ id: N1, prompt: 'How?', text: 'Yes', lines: [REC, LINE] }],
    })
  })

  it('reports a short field that joined would pass its limit, and cuts nothing', () => {
    const review = (by: string, at: string, hostSchool: string) =>
      version<Review>(by, at, {
        hostSchool,
        cluster: '',
        startDate: '',
        endDate: '',
        team: [],
        stage: 'planning',
      })
    const long = 'Elm Academy '.repeat(30).trim()
    const out = combine('review', [review(ANN, at10, long), review(BEN, at11, `${long}!`)])
    expect(out.ok).toBe(true)
    const other = `Ysgol ${'y Dderwen '.repeat(30).trim()}`
    const refused = combine('review', [review(ANN, at10, long), review(BEN, at11, other)])
    expect(refused).toEqual({
      ok: false,
      tooLong: {
        path: ['hostSchool'],
        limit: MAX_SHORT,
        size: other.length + 3 + long.length,
        start: `${other} / ${long}`.slice(0, 80),
      },
    })
  })

  it('reports a list that joined would pass its limit', () => {
    const notes = (prefix: string) =>
      Array.from({ length: MAX_LIST / 2 + 1 }, (_, i) =>
        note(`${prefix}${String(i).padStart(12, '0')}`, `${prefix} ${i}`),
      )
    const ann = version<Visit>(ANN, at10, { ...base, notes: notes('aaaaaaaa-0000-4000-8000-') })
    const ben = version<Visit>(BEN, at11, { ...base, notes: notes('bbbbbbbb-0000-4000-8000-') })
    expect(combine('visit', [ann, ben])).toEqual({
      ok: false,
      tooLong: { path: ['notes'], limit: MAX_LIST, size: MAX_LIST + 2, start: '' },
    })
  })
})

describe('the texts of a payload', () => {
  it('are the words people wrote, not ids, dates or choices', () => {
    const visit: Visit = { ...base, subject: 'Maths', notes: [note(N1, 'Pairs explain', [LINE])] }
    expect(textsOf('visit', visit)).toEqual(['Maths', 'Pairs explain'])
  })

  it('not in a stored payload are those it holds neither whole nor inside a longer text', () => {
    const journaled: Visit = {
      ...base,
      subject: 'Maths',
      summary: 'Calm',
      notes: [note(N1, 'Pairs explain'), note(N2, 'Working wall')],
    }
    const stored: Visit = { ...base, subject: 'Maths', summary: 'Calm start', notes: [] }
    expect(textsNotIn('visit', journaled, stored)).toEqual(['Pairs explain', 'Working wall'])
    expect(textsNotIn('visit', journaled, undefined)).toEqual(textsOf('visit', journaled))
  })
})

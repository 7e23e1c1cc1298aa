import { describe, expect, it } from 'vitest'
import {
  appendParagraph,
  emptyLine,
  groupFeedback,
  hasText,
  holds,
  isMyDraft,
  lineOf,
  mostRecent,
  withEveryLine,
} from '../../src/domain/feedback'
import { newFeedback } from '../../src/domain/new-records'
import type { Feedback } from '../../src/domain/schemas'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'aaaaaaaa-0000-4000-8000-000000000002'
const GONE = 'aaaaaaaa-0000-4000-8000-000000000009'
const ME = 'dddddddd-0000-4000-8000-000000000001'
const BEN = 'dddddddd-0000-4000-8000-000000000002'

function feedback(lines: Feedback['lines'], patch: Partial<Feedback> = {}): Feedback {
  return { ...newFeedback('Ann', false, []), lines, ...patch }
}

describe('feedback lines', () => {
  it('a new draft has an empty entry for each line of enquiry', () => {
    expect(newFeedback('Ann', true, [A, B])).toEqual({
      author: 'Ann',
      consolidated: true,
      lines: [emptyLine(A), emptyLine(B)],
      summary: '',
      status: 'draft',
    })
  })

  it('every line of the focus gets an entry, in the focus order; a removed line keeps its text', () => {
    const removed = { ...emptyLine(GONE), findings: 'Written before the line was removed' }
    const data = feedback([removed, { ...emptyLine(B), strengths: 'Stems' }])
    expect(withEveryLine(data, [A, B]).lines).toEqual([
      emptyLine(A),
      { ...emptyLine(B), strengths: 'Stems' },
      removed,
    ])
  })

  it('reads a line, or an empty one where the feedback has none yet', () => {
    const data = feedback([{ ...emptyLine(A), questions: 'Why?' }])
    expect(lineOf(data, A).questions).toBe('Why?')
    expect(lineOf(data, B)).toEqual(emptyLine(B))
  })

  it('a line has text when any of its three fields holds more than spaces', () => {
    expect(hasText(emptyLine(A))).toBe(false)
    expect(hasText({ ...emptyLine(A), findings: '  \n ' })).toBe(false)
    expect(hasText({ ...emptyLine(A), questions: 'Why?' })).toBe(true)
  })
})

describe('bringing text in from a draft', () => {
  it('adds it as a paragraph of its own, trimmed, and adds nothing blank', () => {
    expect(appendParagraph('', '  Pupils explain.  ')).toBe('Pupils explain.')
    expect(appendParagraph('Calm start.\n', 'Pupils explain.')).toBe(
      'Calm start.\n\nPupils explain.',
    )
    expect(appendParagraph('Calm start.', '   ')).toBe('Calm start.')
  })

  it('does not offer text a field already holds', () => {
    expect(holds('Calm start.\n\nPupils explain.', ' Pupils explain. ')).toBe(true)
    expect(holds('Calm start.', 'Pupils explain.')).toBe(false)
    expect(holds('Calm start.', '  ')).toBe(false)
  })
})

describe('whose feedback is whose', () => {
  const record = (data: Feedback, clock: Record<string, number>, updatedAt: string) => ({
    data,
    versions: [{ clock }],
    updatedAt,
  })

  it('my draft is written under my name on this device', () => {
    const mine = record(feedback([]), { [ME]: 3 }, '2026-12-01T10:00:00.000Z')
    expect(isMyDraft(mine, ME, 'Ann')).toBe(true)
    // Someone else called Ann, whose draft came in a bundle, never carries this device's entry.
    expect(isMyDraft(record(feedback([]), { [BEN]: 2 }, ''), ME, 'Ann')).toBe(false)
    expect(isMyDraft(mine, ME, 'Ben')).toBe(false)
    expect(
      isMyDraft(record(feedback([], { consolidated: true }), { [ME]: 1 }, ''), ME, 'Ann'),
    ).toBe(false)
  })

  it('groups a review’s feedback into mine, the others’ drafts and the consolidated, newest first', () => {
    const old = record(feedback([]), { [ME]: 1 }, '2026-12-01T09:00:00.000Z')
    const ben = record(feedback([], { author: 'Ben' }), { [BEN]: 1 }, '2026-12-01T11:00:00.000Z')
    const cons1 = record(
      feedback([], { consolidated: true }),
      { [BEN]: 2 },
      '2026-12-01T12:00:00.000Z',
    )
    const cons2 = record(
      feedback([], { consolidated: true }),
      { [ME]: 2 },
      '2026-12-01T13:00:00.000Z',
    )
    const all = [old, cons1, ben, cons2]
    expect(groupFeedback(all, { deviceId: ME, name: 'Ann' })).toEqual({
      mine: [old],
      others: [ben],
      consolidated: [cons2, cons1],
    })
    // Without a profile nothing is mine: my drafts are listed with the others.
    expect(groupFeedback(all, null).others).toEqual([ben, old])
    expect(mostRecent(all)).toBe(cons2)
    expect(mostRecent([])).toBeUndefined()
  })
})

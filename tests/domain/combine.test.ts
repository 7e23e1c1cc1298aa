import { describe, expect, it } from 'vitest'
import { combined } from '../../src/domain/combine'
import type { Version } from '../../src/domain/merge'
import { newFeedback, newVisit } from '../../src/domain/new-records'
import type { Payload, Visit, VisitNote } from '../../src/domain/schemas'

const ANN = 'dddddddd-0000-4000-8000-000000000001'
const BEN = 'dddddddd-0000-4000-8000-000000000002'

function note(id: string, text: string): VisitNote {
  return { id, at: '2026-12-01T09:00:00.000Z', text, lines: [] }
}

function version(by: string, at: string, data: Visit, deleted = false): Version<Payload> {
  return { clock: { [by]: 1 }, at, by, deleted, data }
}

const base = newVisit('lesson-visit', '2026-12-01T09:00:00.000Z')

describe('combining concurrent versions', () => {
  it('keeps the shown version’s fields and every version’s notes, the shown version’s first', () => {
    const ann = version(ANN, '2026-12-01T10:00:00.000Z', {
      ...base,
      subject: 'Maths',
      notes: [note('n1', 'Ann on n1'), note('n2', 'Pairs explain')],
    })
    const ben = version(BEN, '2026-12-01T11:00:00.000Z', {
      ...base,
      subject: 'Numeracy',
      notes: [note('n1', 'Ben on n1'), note('n3', 'Working wall')],
    })
    expect(combined('visit', [ann, ben])).toEqual({
      ...ben.data,
      // For a note both changed, the shown version's text is the one kept.
      notes: [note('n1', 'Ben on n1'), note('n3', 'Working wall'), note('n2', 'Pairs explain')],
    })
  })

  it('shows a version that is not a deletion, and still keeps the deleted version’s notes', () => {
    const kept = version(ANN, '2026-12-01T10:00:00.000Z', { ...base, notes: [note('n1', 'Kept')] })
    const gone = version(
      BEN,
      '2026-12-01T12:00:00.000Z',
      { ...base, notes: [note('n2', 'Old')] },
      true,
    )
    expect(combined('conversation', [gone, kept])).toEqual({
      ...kept.data,
      notes: [note('n1', 'Kept'), note('n2', 'Old')],
    })
  })

  it('offers nothing for kinds without a notes list', () => {
    const v = {
      clock: { [ANN]: 1 },
      at: '',
      by: ANN,
      deleted: false,
      data: newFeedback('Ann', false, []),
    }
    expect(combined('feedback', [v, { ...v, by: BEN }])).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import type { EvidenceNote } from '../../src/domain/evidence'
import { emptyLine } from '../../src/domain/feedback'
import { newFeedback } from '../../src/domain/new-records'
import { evidenceBehind, reportFeedback, reportLines, reviewDays } from '../../src/domain/report'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'aaaaaaaa-0000-4000-8000-000000000002'
const GONE = 'aaaaaaaa-0000-4000-8000-000000000009'
const EMPTY_GONE = 'aaaaaaaa-0000-4000-8000-000000000008'
const V1 = 'cccccccc-0000-4000-8000-000000000001'
const V2 = 'cccccccc-0000-4000-8000-000000000002'

const focusLines = [
  { id: A, title: 'Talk', prompts: [] },
  { id: B, title: 'Marking', prompts: [] },
]

function note(recordId: string, noteId: string, lines: string[]): EvidenceNote {
  return {
    recordId,
    noteId,
    kind: 'visit',
    source: 'lesson-visit',
    at: '',
    text: '',
    lines,
    by: '',
    context: '',
  }
}

describe('the report', () => {
  it('prints the most recently changed consolidated feedback, and says when there are several', () => {
    const draft = { data: newFeedback('Ann', false, []), updatedAt: '2026-12-01T15:00:00.000Z' }
    const older = { data: newFeedback('Ben', true, []), updatedAt: '2026-12-01T10:00:00.000Z' }
    const newer = { data: newFeedback('Cai', true, []), updatedAt: '2026-12-01T11:00:00.000Z' }
    expect(reportFeedback([older, draft, newer])).toEqual({ feedback: newer, several: true })
    expect(reportFeedback([draft, older])).toEqual({ feedback: older, several: false })
    expect(reportFeedback([draft])).toEqual({ feedback: undefined, several: false })
  })

  it('prints every line of the focus in order, and a removed line only if it holds text', () => {
    const feedback = {
      ...newFeedback('Ann', true, []),
      lines: [
        { ...emptyLine(GONE), findings: 'Written before the line was removed' },
        emptyLine(EMPTY_GONE),
        { ...emptyLine(B), questions: 'Why?' },
      ],
    }
    expect(reportLines(feedback, focusLines).map((l) => l.lineId)).toEqual([A, B, GONE])
  })

  it('counts the linked evidence; without any, the notes tagged to the line', () => {
    const notes = [note(V1, 'n1', [A]), note(V1, 'n2', [A]), note(V2, 'n3', [A, B])]
    const linked = { ...emptyLine(A), evidence: [{ recordId: V2, noteId: 'n3' }] }
    expect(evidenceBehind(linked, notes)).toEqual({ kind: 'linked', pieces: 1, activities: 1 })
    expect(evidenceBehind(emptyLine(A), notes)).toEqual({ kind: 'tagged', notes: 3, activities: 2 })
    expect(evidenceBehind(emptyLine(GONE), notes)).toEqual({ kind: 'none' })
  })

  it('gives the review’s days: none, one (also when both are the same), or the first and last', () => {
    expect(reviewDays({ startDate: '', endDate: '' })).toEqual([])
    expect(reviewDays({ startDate: '2026-12-01', endDate: '' })).toEqual(['2026-12-01'])
    expect(reviewDays({ startDate: '', endDate: '2026-12-02' })).toEqual(['2026-12-02'])
    expect(reviewDays({ startDate: '2026-12-01', endDate: '2026-12-01' })).toEqual(['2026-12-01'])
    expect(reviewDays({ startDate: '2026-12-01', endDate: '2026-12-02' })).toEqual([
      '2026-12-01',
      '2026-12-02',
    ])
  })
})

import { expect, it } from 'vitest'
import { coverage } from '../../src/domain/coverage'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'aaaaaaaa-0000-4000-8000-000000000002'
const GONE = 'aaaaaaaa-0000-4000-8000-000000000009'

it('counts the notes behind each line, by source and person, and the notes tagged to no line', () => {
  const c = coverage(
    [
      { lines: [A, A], source: 'lesson-visit', by: 'ann' },
      { lines: [A, B], source: 'pupils-conversation', by: 'ben' },
      { lines: [GONE], source: 'lesson-visit', by: 'ann' },
      { lines: [], source: 'learning-walk', by: 'ann' },
    ],
    [A, B],
  )
  expect([...c.perLine.keys()]).toEqual([A, B])
  expect(c.perLine.get(A)).toEqual({
    total: 2,
    bySource: new Map([
      ['lesson-visit', 1],
      ['pupils-conversation', 1],
    ]),
    byPerson: new Map([
      ['ann', 1],
      ['ben', 1],
    ]),
  })
  expect(c.perLine.get(B)?.total).toBe(1)
  // A note tagged only to a removed line is as good as untagged.
  expect(c.untagged).toBe(2)
})

it('a line nobody has evidence for is a gap of zero, not missing', () => {
  expect(coverage([], [A]).perLine.get(A)).toEqual({
    total: 0,
    bySource: new Map(),
    byPerson: new Map(),
  })
})

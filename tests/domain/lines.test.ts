import { expect, it } from 'vitest'
import { lineName } from '../../src/domain/lines'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'aaaaaaaa-0000-4000-8000-000000000002'
const GONE = 'aaaaaaaa-0000-4000-8000-000000000009'
const lines = [
  { id: A, title: 'Talk in maths', prompts: [] },
  { id: B, title: '', prompts: [] },
]

it('names a line by its title, says when it has none, and when the focus no longer has it', () => {
  expect(lineName(lines, A)).toEqual({ title: 'Talk in maths' })
  expect(lineName(lines, B)).toBe('untitled')
  expect(lineName(lines, GONE)).toBe('removed')
  expect(lineName([], A)).toBe('removed')
})

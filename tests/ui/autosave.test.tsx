import { act, renderHook } from '@testing-library/preact'
import { expect, it } from 'vitest'
import { useAutosave } from '../../src/ui/hooks/use-autosave'

function setup() {
  const saved: string[] = []
  const hook = renderHook(
    ({ source }: { source: { key: string; data: string } }) =>
      useAutosave(
        source,
        async (text) => {
          saved.push(text)
        },
        (text) => ({ type: 'draft', key: 'k', text, lines: [] }),
      ),
    { initialProps: { source: { key: 'k', data: 'a' } } },
  )
  return { ...hook, saved }
}

it('a late echo of an older save does not wipe what was typed since', async () => {
  const { result, rerender, saved } = setup()
  act(() => result.current.update('ab'))
  await act(() => result.current.flush())
  act(() => result.current.update('abc'))
  await act(() => result.current.flush())
  expect(saved).toEqual(['ab', 'abc'])
  // The live query delivers, late, what it read after the first save.
  rerender({ source: { key: 'k', data: 'ab' } })
  expect(result.current.draft).toBe('abc')
})

it('a change made elsewhere is shown when nothing typed here is waiting', async () => {
  const { result, rerender } = setup()
  act(() => result.current.update('ab'))
  await act(() => result.current.flush())
  rerender({ source: { key: 'k', data: 'from another tab' } })
  expect(result.current.draft).toBe('from another tab')
})

it('while typed text waits to be saved, changes from elsewhere do not overwrite it', () => {
  const { result, rerender } = setup()
  act(() => result.current.update('typing'))
  rerender({ source: { key: 'k', data: 'from another tab' } })
  expect(result.current.draft).toBe('typing')
})

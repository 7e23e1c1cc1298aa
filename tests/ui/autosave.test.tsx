import { act, renderHook } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { type Source, useAutosave } from '../../src/ui/hooks/use-autosave'

/**
 * useAutosave over a pretend store: each save is stored at the next order number, as the change
 * sequence (records) or the draft's revision (jot boxes) does, and the test plays the live query,
 * delivering any stored state whenever it likes.
 */
function setup(initial: Source<string> = { key: 'k', data: '', order: 0 }) {
  const stored: Source<string>[] = [initial]
  const hook = renderHook(
    ({ source }: { source: Source<string> }) =>
      useAutosave(
        source,
        async (text) => {
          const order = stored.length
          stored.push({ key: 'k', data: text, order })
          return order
        },
        (text) => ({ type: 'draft', key: 'k', text, lines: [] }),
      ),
    { initialProps: { source: initial } },
  )
  return { ...hook, stored }
}

it('a late echo of an older save does not wipe what was typed since', async () => {
  const { result, rerender, stored } = setup()
  act(() => result.current.update('ab'))
  await act(() => result.current.flush())
  act(() => result.current.update('abc'))
  await act(() => result.current.flush())
  expect(stored.map((s) => s.data)).toEqual(['', 'ab', 'abc'])
  // The live query delivers, late, what it read after the first save.
  rerender({ source: stored[1] as Source<string> })
  expect(result.current.draft).toBe('abc')
})

it('a change made elsewhere is shown when nothing typed here is waiting', async () => {
  const { result, rerender } = setup()
  act(() => result.current.update('ab'))
  await act(() => result.current.flush())
  rerender({ source: { key: 'k', data: 'from another tab', order: 2 } })
  expect(result.current.draft).toBe('from another tab')
})

it('while typed text waits to be saved, changes from elsewhere do not overwrite it', () => {
  const { result, rerender } = setup()
  act(() => result.current.update('typing'))
  rerender({ source: { key: 'k', data: 'from another tab', order: 1 } })
  expect(result.current.draft).toBe('typing')
})

it('an update function applies to the newest value, not to the one a render showed', () => {
  const { result } = setup()
  const { update } = result.current
  act(() => update('first'))
  act(() => update((newest) => `${newest} second`))
  expect(result.current.draft).toBe('first second')
})

// The quick-second-note path of a jot box: type a note, save it, empty the box (Add), save that,
// type the next, save it, type more that is not saved yet. The live query may deliver any state it
// read — the first one included — late, any number of them, in any order, at any moment after it
// was stored. Every such run is played, and after every step the box holds the newest typing.
const TYPED = ['Pairs explain', '', 'Marking uses questions'] as const
const PENDING = 'Marking uses questions and'

type Step = { type: number } | { echo: number }

/** Every order of typing-and-saving TYPED and of echoing any stored state after it was stored. */
function* runs(typed: number, echoed: readonly number[]): Generator<Step[]> {
  const stored = typed + 1
  const left = Array.from({ length: stored }, (_, i) => i).filter((i) => !echoed.includes(i))
  if (typed === TYPED.length && left.length === 0) yield []
  if (typed < TYPED.length)
    for (const rest of runs(typed + 1, echoed)) yield [{ type: typed }, ...rest]
  for (const i of left) for (const rest of runs(typed, [...echoed, i])) yield [{ echo: i }, ...rest]
}

describe('late live-query echoes in every order', () => {
  const all = [...runs(0, [])]

  it('are all played: 105 runs for three saves and four stored states', () => {
    expect(all.length).toBe(105)
  })

  it('never put older text back over newer typing', async () => {
    for (const run of all) {
      const { result, rerender, stored, unmount } = setup()
      let newest = ''
      for (const step of run) {
        if ('type' in step) {
          newest = TYPED[step.type] as string
          act(() => result.current.update(newest))
          await act(() => result.current.flush())
        } else rerender({ source: stored[step.echo] as Source<string> })
        expect(result.current.draft, JSON.stringify(run)).toBe(newest)
      }
      // Typing not yet saved when the last echo arrives is kept too.
      act(() => result.current.update(PENDING))
      for (const source of [...stored].reverse()) rerender({ source })
      expect(result.current.draft).toBe(PENDING)
      unmount()
    }
  })
})

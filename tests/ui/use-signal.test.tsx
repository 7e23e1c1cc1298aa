import { signal } from '@preact/signals-core'
import { act, renderHook } from '@testing-library/preact'
import { expect, it } from 'vitest'
import { useSignalValue } from '../../src/ui/hooks/use-signal'

it('a component sees a signal’s value, and every change after', () => {
  const count = signal(1)
  const { result, unmount } = renderHook(() => useSignalValue(count))
  expect(result.current).toBe(1)
  act(() => {
    count.value = 2
  })
  expect(result.current).toBe(2)
  unmount()
  // Unmounted, it no longer listens: changing the signal after is harmless.
  count.value = 3
  expect(result.current).toBe(2)
})

it('keeps a function value as a value, not as an update', () => {
  const reload = async () => {}
  const offer = signal<(() => Promise<void>) | null>(null)
  const { result } = renderHook(() => useSignalValue(offer))
  act(() => {
    offer.value = reload
  })
  expect(result.current).toBe(reload)
})

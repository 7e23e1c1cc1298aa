// ReviewLayout warms the screens routes.tsx registered: each is asked for, and one that fails to
// load neither stops the others nor is left as an unhandled rejection.
import { expect, it, vi } from 'vitest'
import { warmLater, warmReviewScreens } from '../../src/ui/warm'

it('warms every registered screen, and catches a failed one', () => {
  const failed = Promise.reject(new Error('offline'))
  const caught = vi.spyOn(failed, 'catch')
  const first = vi.fn(() => failed)
  const second = vi.fn(() => Promise.resolve())
  warmLater(first, second)
  warmReviewScreens()
  expect(first).toHaveBeenCalledTimes(1)
  expect(second).toHaveBeenCalledTimes(1)
  expect(caught).toHaveBeenCalledTimes(1)
})

// Random clocks and versions for the merge laws (merge.property.test.ts, edit-seen.test.ts), in the
// notation's terms (notation.ts): devices are single capital letters, data is { text }.
import fc from 'fast-check'
import type { Clock } from '../../src/domain/schemas'
import { t, type V } from './notation'

export const DEVICES = ['A', 'B', 'C', 'D'] as const

// Small domains on purpose: equal clocks with different content, and equal versions reached by
// different routes, must come up often.
export const clockArb: fc.Arbitrary<Clock> = fc
  .subarray([...DEVICES], { minLength: 1 })
  .chain((devices) =>
    fc.tuple(...devices.map((d) => fc.integer({ min: 1, max: 4 }).map((n) => [d, n] as const))),
  )
  .map((entries) => Object.fromEntries(entries))

export const versionArb: fc.Arbitrary<V> = fc.record({
  clock: clockArb,
  at: fc.integer({ min: 0, max: 3 }).map(t),
  by: fc.constantFrom(...DEVICES),
  deleted: fc.boolean(),
  data: fc.record({ text: fc.constantFrom('x', 'y') }),
})

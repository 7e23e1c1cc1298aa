// Files a person might be sent, by accident or on purpose (the table is in hostile-cases.ts). Each
// is refused with the code that tells them what to do next, or accepted safely: text stays text,
// unknown keys are stripped, no prototype is touched and no stack overflows.
import { afterEach, describe, expect, it } from 'vitest'
import { decodeBundle } from '../../src/domain/bundle'
import { isReviewDayError } from '../../src/domain/errors'
import { cases, type Json, mutated } from './hostile-cases'

afterEach(() => {
  // Nothing a file holds may reach the prototypes every object shares.
  expect(({} as Json).polluted).toBeUndefined()
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
  expect(([] as unknown as Json).polluted).toBeUndefined()
})

describe('hostile and broken bundles', () => {
  it('covers at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  it.each(cases)('%s', async (_name, make, expected) => {
    const text = await make()
    if ('accept' in expected) {
      const decoded = await decodeBundle(text)
      expected.accept(decoded)
      expected.stored?.(decoded.records)
      return
    }
    let refusal: unknown
    try {
      await decodeBundle(text)
    } catch (error) {
      refusal = error
    }
    if (!isReviewDayError(refusal)) throw new Error(`expected a refusal, got ${String(refusal)}`)
    expect(refusal.code).toBe(expected.code)
    if (expected.path !== undefined) {
      expect(isReviewDayError(refusal, 'bundle/invalid') && refusal.details.paths[0]).toBe(
        expected.path,
      )
    }
  })

  it('names at most three problems, each once, in a person-readable form', async () => {
    const text = await mutated((b) => {
      for (const r of b.records as Json[]) r.id = 'not-a-uuid'
    })
    try {
      await decodeBundle(text)
      throw new Error('expected a refusal')
    } catch (error) {
      if (!isReviewDayError(error, 'bundle/invalid')) throw error
      expect(error.details.paths).toEqual(['records[0].id', 'records[1].id', 'records[2].id'])
    }
  })
})

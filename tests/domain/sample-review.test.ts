import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { decodeBundle } from '../../src/domain/bundle'
import { SAMPLE_BUNDLE_ID, SAMPLE_REVIEW_ID, sampleBundle } from '../fixtures/sample-review'

// Vitest runs from the repository root.
const file = resolve(process.cwd(), 'public/sample-review.json')

// `UPDATE_SAMPLE=1 npx vitest run tests/domain/sample-review.test.ts` writes the file again.
it('the sample review shipped in public/ is a valid bundle, as its generator makes it', async () => {
  const generated = await sampleBundle()
  if (process.env.UPDATE_SAMPLE === '1') writeFileSync(file, `${generated}\n`)
  const shipped = readFileSync(file, 'utf8').trim()
  expect(shipped).toBe(generated)
  const bundle = await decodeBundle(shipped)
  expect(bundle.id).toBe(SAMPLE_BUNDLE_ID)
  expect(bundle.reviews).toEqual([SAMPLE_REVIEW_ID])
  // The whole cycle: the day's notes, the consolidated feedback, the workshop with its actions
  // and one round of check-ins, so the sample is a version 2 bundle.
  expect(bundle.version).toBe(2)
  expect(bundle.records.map((r) => r.kind).sort()).toEqual([
    'action',
    'action',
    'action',
    'action',
    'checkin',
    'checkin',
    'checkin',
    'checkin',
    'conversation',
    'feedback',
    'feedback',
    'focus',
    'review',
    'visit',
    'visit',
    'visit',
    'workshop',
  ])
  const data = (kind: string) =>
    bundle.records.filter((r) => r.kind === kind).map((r) => r.versions[0]?.data)
  expect(data('feedback')).toContainEqual(
    expect.objectContaining({ consolidated: true, status: 'ready' }),
  )
  const [workshop] = data('workshop') as { priorities: { id: string }[] }[]
  expect(workshop?.priorities).toHaveLength(2)
  const priorities = new Set(workshop?.priorities.map((p) => p.id))
  for (const action of data('action') as { priorityId: string }[]) {
    expect(priorities.has(action.priorityId)).toBe(true)
  }
})

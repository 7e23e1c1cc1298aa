import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { decodeBundle } from '../../src/domain/bundle'
import { SAMPLE_BUNDLE_ID, SAMPLE_REVIEW_ID, sampleBundle } from '../fixtures/sample-review'

// Vitest runs from the repository root. One file per language; the app loads the chosen one's.
const files = {
  en: resolve(process.cwd(), 'public/sample-review.json'),
  cy: resolve(process.cwd(), 'public/sample-review.cy.json'),
}

// `UPDATE_SAMPLE=1 npx vitest run tests/domain/sample-review.test.ts` writes the files again.
it.each(['en', 'cy'] as const)(
  'the %s sample review shipped in public/ is a valid bundle, as its generator makes it',
  async (language) => {
    const file = files[language]
    const generated = await sampleBundle(language)
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
  },
)

it('the Welsh sample has the same ids, times and links as the English one, only other words', async () => {
  const [en, cy] = await Promise.all([sampleBundle('en'), sampleBundle('cy')])
  const shape = (text: string) =>
    JSON.stringify(JSON.parse(text), (_key, value) =>
      typeof value === 'string' && !/^[0-9a-f-]{36}$|^\d{4}-\d\d-\d\d/.test(value) ? '' : value,
    )
  expect(shape(cy)).toBe(shape(en))
  expect(cy).not.toBe(en)
})

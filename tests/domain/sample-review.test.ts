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
    expect(bundle.records.map((r) => r.kind).sort()).toEqual([
      'conversation',
      'feedback',
      'focus',
      'review',
      'visit',
      'visit',
      'visit',
    ])
  },
)

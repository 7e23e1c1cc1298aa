// The autosave saves over the version the screen was given: a version another device wrote while
// the person typed (an import in another tab) stays beside their words, a conflict to choose.
import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../src/db/database'
import { startVisit } from '../../src/db/visits'
import { rowOf } from '../../src/db/write'
import type { Version } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'
import { openAt, reviewWithLines, signIn } from './helpers'

beforeEach(async () => {
  localStorage.clear()
  await clearDatabase()
  await signIn()
})

const HOST = 'abcdef00-0000-4000-8000-00000000000a'

it('a summary typed while an import changes the visit is saved beside the import, not over it', async () => {
  const reviewId = await reviewWithLines()
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  openAt(`/reviews/${reviewId}/visits/${visitId}`)
  const summary = await screen.findByLabelText('Summary')
  fireEvent.input(summary, { target: { value: 'Calm start' } })
  // Before the autosave's delay is over, the host's edit of the same version lands.
  const row = await db.records.get(visitId)
  const [shown] = (row?.versions ?? []) as Version<Visit>[]
  if (!row || !shown) throw new Error('no visit')
  const note = {
    id: crypto.randomUUID(),
    at: '2026-12-02T10:00:00.000Z',
    text: 'Host words',
    lines: [],
  }
  const host: Version<Visit> = {
    clock: { ...shown.clock, [HOST]: 1 },
    at: '2026-12-02T10:00:00.000Z',
    by: HOST,
    deleted: false,
    data: { ...shown.data, notes: [note] },
  }
  await db.records.put(rowOf(row, [host] as Version[], row.seq + 1))

  await waitFor(async () => {
    const versions = ((await db.records.get(visitId))?.versions ?? []) as Version<Visit>[]
    expect(versions.map((v) => [v.data.summary, v.data.notes.map((n) => n.text)]).sort()).toEqual([
      ['', ['Host words']],
      ['Calm start', []],
    ])
  })
})

import { beforeEach, expect, it } from 'vitest'
import { db } from '../../src/db/database'
import { journalForget, journalWrite, replayJournal } from '../../src/db/journal'
import { getDraft, listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'

beforeEach(async () => {
  localStorage.clear()
  await clearDatabase()
})

async function aVisit() {
  const reviewId = await createReview(
    { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
    null,
  )
  const id = await startVisit(reviewId, 'lesson-visit')
  const [visit] = await listOfKind(reviewId, 'visit')
  return { reviewId, id, data: visit?.data as Visit }
}

it('text journaled as a page closed is saved when the app next starts', async () => {
  const { reviewId, id, data } = await aVisit()
  journalWrite(id, { type: 'record', id, kind: 'visit', data: { ...data, summary: 'Calm start' } })
  journalWrite(`jot:${id}`, { type: 'draft', key: `jot:${id}`, text: 'Half a', lines: [] })
  expect(await replayJournal()).toBe(2)
  const [visit] = await listOfKind(reviewId, 'visit')
  expect(visit?.data.summary).toBe('Calm start')
  expect((await getDraft(`jot:${id}`))?.text).toBe('Half a')
  expect(localStorage.length).toBe(0)
})

it('a journal entry that was saved after all adds no new version', async () => {
  const { id, data } = await aVisit()
  const before = await db.records.get(id)
  journalWrite(id, { type: 'record', id, kind: 'visit', data })
  expect(await replayJournal()).toBe(0)
  expect(await db.records.get(id)).toEqual(before)
})

it('a forgotten entry is not replayed', async () => {
  const { id, data } = await aVisit()
  journalWrite(id, { type: 'record', id, kind: 'visit', data: { ...data, summary: 'x' } })
  journalForget(id)
  expect(await replayJournal()).toBe(0)
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { getDeviceId } from '../../src/db/device'
import { getShown, listOfKind, listReviews } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import {
  createRecord,
  deleteRecord,
  isQuotaError,
  resolveRecord,
  StorageFullError,
  saveRecord,
} from '../../src/db/write'
import { ConflictError } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase, snapshotDatabase } from '../support/database'

beforeEach(clearDatabase)

describe('records on this device', () => {
  it('a new review is born with its focus, together', async () => {
    const id = await createReview(
      { hostSchool: 'Elm Academy', cluster: 'North', startDate: '2026-12-01', endDate: '' },
      { name: 'Ann', school: 'Oak Primary', role: 'host' },
    )
    const [review] = await listReviews()
    expect(review?.id).toBe(id)
    expect(review?.reviewId).toBe(id)
    expect(review?.data.team).toMatchObject([{ name: 'Ann', school: 'Oak Primary', role: 'host' }])
    const focus = await listOfKind(id, 'focus')
    expect(focus).toHaveLength(1)
  })

  it('a visit just started is returned as a read shows it, with the sequence it was stored at', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const started = await startVisit(reviewId, 'lesson-visit')
    expect(started.seq).toBeGreaterThan(0)
    expect(await getShown(started.id)).toEqual(started)
  })

  it('each save is a new version whose clock moves this device forward', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const deviceId = await getDeviceId()
    const before = (await db.records.get(visitId))?.versions[0]
    const [visit] = await listOfKind(reviewId, 'visit')
    await saveRecord(visitId, 'visit', { ...(visit?.data as Visit), yearGroup: 'Year 5' })
    const row = await db.records.get(visitId)
    expect(row?.versions).toHaveLength(1)
    const after = row?.versions[0]
    expect((after?.data as Visit | undefined)?.yearGroup).toBe('Year 5')
    expect(after?.clock[deviceId]).toBeGreaterThan(before?.clock[deviceId] ?? 0)
    expect(row?.seq).toBeGreaterThan(0)
  })

  it('a counter is never reused, even after the record it was used in is gone', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const deviceId = await getDeviceId()
    const first = (await startVisit(reviewId, 'lesson-visit')).id
    const used = (await db.records.get(first))?.versions[0]?.clock[deviceId] ?? 0
    await db.records.delete(first)
    const second = (await startVisit(reviewId, 'lesson-visit')).id
    expect((await db.records.get(second))?.versions[0]?.clock[deviceId]).toBeGreaterThan(used)
  })

  it('deleting writes a tombstone that hides the record but keeps it for sharing', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    await deleteRecord(visitId)
    expect(await listOfKind(reviewId, 'visit')).toHaveLength(0)
    const row = await db.records.get(visitId)
    expect(row?.deleted).toBe(1)
    expect(row?.versions[0]?.deleted).toBe(true)
  })

  it('a conflicted record is not edited in place, and stays as it was', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const row = await db.records.get(visitId)
    const other = crypto.randomUUID()
    const base = row?.versions[0]
    if (!row || !base) throw new Error('missing')
    const concurrent = {
      ...base,
      clock: { [other]: 1 },
      by: other,
      data: { ...(base.data as Visit), subject: 'Science' },
    }
    await db.records.put({ ...row, versions: [base, concurrent], conflicted: 1 })
    const before = await snapshotDatabase()
    await expect(
      saveRecord(visitId, 'visit', { ...(base.data as Visit), subject: 'Maths' }),
    ).rejects.toBeInstanceOf(ConflictError)
    expect(await snapshotDatabase()).toEqual(before)

    await resolveRecord(visitId, 'visit', { data: concurrent.data as Visit })
    const resolved = await db.records.get(visitId)
    expect(resolved?.versions).toHaveLength(1)
    expect(resolved?.conflicted).toBeUndefined()
    expect(await db.records.where('[reviewId+conflicted]').equals([reviewId, 1]).count()).toBe(0)
    expect(resolved?.versions[0]?.clock[other]).toBe(1)
  })

  it('a payload that breaks the schema is refused before anything is written', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const before = await snapshotDatabase()
    await expect(
      createRecord({
        kind: 'visit',
        reviewId,
        data: { activity: 'nap' } as unknown as Visit,
      }),
    ).rejects.toThrow()
    expect(await snapshotDatabase()).toEqual(before)
  })
})

describe('a full disk', () => {
  it('recognises Chromium’s AbortError wrapping a QuotaExceededError', () => {
    const inner = new DOMException('full', 'QuotaExceededError')
    expect(isQuotaError({ name: 'AbortError', inner })).toBe(true)
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false)
  })

  it('a save that hits a full disk says so and leaves no half-written record', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      null,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const before = await snapshotDatabase()
    const put = vi
      .spyOn(db.records, 'put')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const visit = (await db.records.get(visitId))?.versions[0]?.data as Visit
    await expect(saveRecord(visitId, 'visit', { ...visit, subject: 'Art' })).rejects.toBeInstanceOf(
      StorageFullError,
    )
    put.mockRestore()
    expect(await snapshotDatabase()).toEqual(before)
  })
})

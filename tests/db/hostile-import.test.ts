// Every hostile or broken file of tests/domain/hostile-cases.ts, taken through the path the Import
// screen takes — decodeBundle, previewImport, applyImport — into a database that already holds a
// review in progress. A refusal must leave every table exactly as it was; an accepted file must land
// whole, as data, beside what was there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { applyImport, exportReviews, markExported, previewImport } from '../../src/db/exchange'
import { getShown, saveDraft } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { deleteRecord, StorageFullError, saveRecord } from '../../src/db/write'
import { decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { isReviewDayError } from '../../src/domain/errors'
import { createVersion } from '../../src/domain/merge'
import { emptyFocus } from '../../src/domain/new-records'
import type { Visit } from '../../src/domain/schemas'
import { reviewPayload, sampleInput, uuid, visitPayload } from '../domain/bundle-fixtures'
import { cases, type Json } from '../domain/hostile-cases'
import { keys } from '../domain/notation'
import { clearDatabase, snapshotDatabase } from '../support/database'

const me = { name: 'Hana Host', school: 'Elm Academy', role: 'host' as const }

/** The path of ImportPanel: read the text, preview, confirm. */
async function importText(text: string) {
  const bundle = await decodeBundle(text)
  const preview = await previewImport(bundle)
  const result = await applyImport(bundle)
  return { bundle, preview, result }
}

async function refusal(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work()
  } catch (error) {
    return error
  }
  throw new Error('expected a refusal')
}

/** A bundle from a third school's device, imported earlier, so the import log and people are set. */
async function earlierBundle(): Promise<string> {
  const device = uuid(0xc)
  const reviewId = uuid(0x2000)
  const by = (fresh: number) => ({ deviceId: device, fresh, at: '2026-11-20T10:00:00.000Z' })
  const { text } = await encodeBundle({
    records: [
      {
        kind: 'review',
        id: reviewId,
        reviewId,
        versions: [createVersion({ ...reviewPayload, hostSchool: 'Birch Primary' }, by(1))],
      },
      { kind: 'focus', id: uuid(0x2001), reviewId, versions: [createVersion(emptyFocus(), by(2))] },
    ],
    reviews: [reviewId],
    from: { deviceId: device, name: 'Cai Colleague', school: 'Birch Primary' },
    people: { [device]: { name: 'Cai Colleague', school: 'Birch Primary', role: 'reviewer' } },
    id: uuid(0x2fff),
  })
  return text
}

/** The review in progress on this device: every table holds something. */
async function reviewInProgress() {
  const reviewId = await createReview(
    { hostSchool: 'Elm Academy', cluster: 'East', startDate: '2026-11-22', endDate: '' },
    me,
  )
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  const visit = await getShown<'visit'>(visitId)
  const note = { id: crypto.randomUUID(), at: '2026-11-22T09:10:00.000Z', text: 'Calm', lines: [] }
  await saveRecord(visitId, 'visit', { ...(visit?.data as Visit), notes: [note] })
  const wrongRoom = (await startVisit(reviewId, 'learning-walk')).id
  await deleteRecord(wrongRoom)
  await markExported(await exportReviews([reviewId], me))
  await saveDraft(`visit:${visitId}`, 'Half a sente', [])
  await applyImport(await decodeBundle(await earlierBundle()))
  return { reviewId, visitId }
}

let local: { reviewId: string; visitId: string }

beforeEach(async () => {
  await clearDatabase()
  local = await reviewInProgress()
})

afterEach(() => {
  vi.restoreAllMocks()
  // Nothing a file holds may reach the prototypes every object shares.
  expect(({} as Json).polluted).toBeUndefined()
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
})

describe('hostile and broken bundles through the real import path', () => {
  it('starts from a database with something in every table', async () => {
    const tables = await snapshotDatabase()
    expect(Object.keys(tables).sort()).toEqual(
      ['drafts', 'exports', 'importLog', 'importUndo', 'meta', 'people', 'records'].sort(),
    )
    for (const [name, rows] of Object.entries(tables)) expect(rows.length, name).toBeGreaterThan(0)
  })

  it.each(cases)('%s', async (_name, make, expected) => {
    const text = await make()
    const before = await snapshotDatabase()

    if ('code' in expected) {
      const error = await refusal(() => importText(text))
      if (!isReviewDayError(error)) throw error
      expect(error.code).toBe(expected.code)
      expect(await snapshotDatabase()).toEqual(before)
      return
    }

    const { bundle, preview, result } = await importText(text)
    expected.accept(bundle)
    expect(result).toEqual({ counts: preview.counts, alreadyImported: false })
    // None of these records was on this device: each is new, or a conflict it arrived with.
    expect(result.counts.new + result.counts.conflicts).toBe(bundle.records.length)
    expect(result.counts.updated + result.counts.unchanged).toBe(0)

    const rows = (await db.records.bulkGet(bundle.records.map((r) => r.id))).filter((r) => !!r)
    expect(rows).toHaveLength(bundle.records.length)
    for (const record of bundle.records) {
      const row = rows.find((r) => r.id === record.id)
      expect(row?.kind).toBe(record.kind)
      expect(row?.reviewId).toBe(record.reviewId)
      expect(keys(row?.versions ?? [])).toEqual(keys(record.versions))
    }
    expected.stored?.(rows)

    // What this device had is untouched, and the import is in the log.
    const after = await snapshotDatabase()
    for (const row of before.records ?? []) expect(after.records).toContainEqual(row)
    expect(await db.importLog.get([bundle.id, bundle.digest])).toMatchObject({
      counts: result.counts,
    })
    for (const person of after.people ?? []) {
      expect((person as { deviceId: string }).deviceId).toMatch(/^[0-9a-f-]{36}$/)
    }
  })
})

describe('refusals the decoder cannot see', () => {
  /** A well-formed bundle whose record has the id of a record this device already holds. */
  async function clashing(change: 'kind' | 'review') {
    const other = uuid(0x3000)
    const reviewId = change === 'review' ? other : local.reviewId
    const device = uuid(0xd)
    const by = { deviceId: device, fresh: 1, at: '2026-11-22T11:00:00.000Z' }
    const conversation = {
      with: 'pupils' as const,
      group: 'Year 6',
      size: 6,
      at: '2026-11-22T11:00:00.000Z',
      notes: [],
    }
    const records =
      change === 'kind'
        ? // The local visit's id, arriving as a conversation of the same review.
          [
            {
              kind: 'conversation' as const,
              id: local.visitId,
              reviewId,
              versions: [createVersion(conversation, by)],
            },
          ]
        : // The local visit's id, arriving as a visit of another review.
          [
            {
              kind: 'visit' as const,
              id: local.visitId,
              reviewId,
              versions: [createVersion(visitPayload('x'), by)],
            },
          ]
    const { text } = await encodeBundle({
      // A new record first, so a partial write would show.
      records: [
        {
          kind: 'visit',
          id: uuid(0x3001),
          reviewId,
          versions: [createVersion(visitPayload('new'), { ...by, fresh: 2 })],
        },
        ...records,
      ],
      reviews: [reviewId],
      from: { deviceId: device, name: 'Dai', school: 'Oak' },
      people: { [device]: { name: 'Dai', school: 'Oak', role: 'reviewer' } },
    })
    return text
  }

  it.each(['kind', 'review'] as const)(
    'a record whose id is a local record of another %s is refused, and nothing changes',
    async (change) => {
      const text = await clashing(change)
      const before = await snapshotDatabase()
      const bundle = await decodeBundle(text)

      const atPreview = await refusal(() => previewImport(bundle))
      expect(isReviewDayError(atPreview, 'bundle/record-mismatch')).toBe(true)
      expect(isReviewDayError(atPreview, 'bundle/record-mismatch') && atPreview.details).toEqual({
        recordId: local.visitId,
      })
      // Straight to apply, as a screen that skipped the preview would.
      const atApply = await refusal(() => applyImport(bundle))
      expect(isReviewDayError(atApply, 'bundle/record-mismatch')).toBe(true)
      expect(await snapshotDatabase()).toEqual(before)
    },
  )

  const fullDisk = {
    'a QuotaExceededError': () =>
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    // Chromium's way (src/README.md, "Known browser pitfalls"): an AbortError whose inner error is the QuotaExceededError.
    'an AbortError wrapping a QuotaExceededError': () =>
      Object.assign(new DOMException('Transaction aborted', 'AbortError'), {
        inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      }),
  }

  it.each(Object.entries(fullDisk))(
    'a disk that fills mid-import (%s) leaves the database as it was, and says storage is full',
    async (_name, makeError) => {
      const text = (await encodeBundle(sampleInput())).text
      const bundle = await decodeBundle(text)
      const before = await snapshotDatabase()
      const realBulkPut = db.records.bulkPut.bind(db.records)
      const thrown = makeError()
      const bulkPut = vi.spyOn(db.records, 'bulkPut').mockImplementation((async (
        rows: Parameters<typeof realBulkPut>[0],
      ) => {
        // Some records are written before the disk is full: the transaction must undo them.
        await realBulkPut(rows.slice(0, 2))
        throw thrown
      }) as never)

      const error = await refusal(() => applyImport(bundle))
      expect(bulkPut).toHaveBeenCalledOnce()
      expect(error).toBeInstanceOf(StorageFullError)
      expect((error as StorageFullError).code).toBe('storage/full')
      expect(await snapshotDatabase()).toEqual(before)

      // Once there is room again, the same file imports whole: nothing half-done is in the way.
      bulkPut.mockRestore()
      const result = await applyImport(bundle)
      expect(result.alreadyImported).toBe(false)
      expect(result.counts.new + result.counts.conflicts).toBe(bundle.records.length)
    },
  )
})

// Issue 10, items 4 to 7 through the database: no file can lock this device or quietly undo its
// work, and "already imported" means this very file.
import { beforeEach, describe, expect, it } from 'vitest'
import { db, ofReview } from '../../src/db/database'
import { getDeviceId, saveProfile } from '../../src/db/device'
import {
  applyImport,
  exportReviews,
  importHistory,
  peopleDirectory,
  previewImport,
} from '../../src/db/exchange'
import { getShown, listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { undoImport } from '../../src/db/undo-import'
import { startVisit } from '../../src/db/visits'
import { saveRecord } from '../../src/db/write'
import { type BundleRecord, decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { isReviewDayError, type ReviewDayError } from '../../src/domain/errors'
import { localDelete, localEdit, type Version } from '../../src/domain/merge'
import { type Focus, MAX_COUNTER, type Profile, type Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'

const me = { name: 'Ann Reviewer', school: 'Ash Primary', role: 'reviewer' as const }
const HOST = 'abcdef00-0000-4000-8000-00000000000a'
const RELAY = 'abcdef00-0000-4000-8000-00000000000b'
const hostFrom = { deviceId: HOST, name: 'Hana Host', school: 'Oak Primary' }

beforeEach(async () => {
  await clearDatabase()
  await saveProfile(me)
})

/** A review of Oak Primary made here, with one visit holding a note of this device. */
async function reviewHere() {
  const reviewId = await createReview(
    { hostSchool: 'Oak Primary', cluster: '', startDate: '', endDate: '' },
    me,
  )
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  const visit = (await getShown<'visit'>(visitId))?.data as Visit
  const note = { id: crypto.randomUUID(), at: '2026-12-01T09:00:00.000Z', text: 'Mine', lines: [] }
  await saveRecord(visitId, 'visit', {
    ...visit,
    yearGroup: 'Year 5',
    subject: 'Maths',
    notes: [note],
  })
  return { reviewId, visitId }
}

/** The records as stored here, changed by the host's device (`change`), as a bundle's text. */
async function hostBundle(
  reviewId: string,
  change: (
    record: BundleRecord,
    by: { deviceId: string; fresh: number; at: string },
  ) => Version[] | undefined,
  opts: { id?: string; from?: typeof hostFrom; people?: Record<string, Profile> } = {},
) {
  const rows = await ofReview(reviewId).toArray()
  let fresh = 100
  const records = rows.map((row) => {
    const record = {
      kind: row.kind,
      id: row.id,
      reviewId: row.reviewId,
      versions: row.versions,
    } as BundleRecord
    const by = { deviceId: HOST, fresh: fresh++, at: '2026-12-02T10:00:00.000Z' }
    return { ...record, versions: change(record, by) ?? record.versions } as BundleRecord
  })
  const { text } = await encodeBundle({
    records,
    reviews: [reviewId],
    from: opts.from ?? hostFrom,
    people: opts.people ?? { [HOST]: { name: 'Hana Host', school: 'Oak Primary', role: 'host' } },
    ...(opts.id ? { id: opts.id } : {}),
  })
  return text
}

async function isDeleted(id: string): Promise<boolean> {
  return (await db.records.get(id))?.deleted === 1
}

async function refusal(work: () => Promise<unknown>): Promise<ReviewDayError> {
  try {
    await work()
  } catch (error) {
    if (isReviewDayError(error)) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe("item 4: a file cannot claim this device's work or spend its counter", () => {
  it("refuses a version claiming more of this device's changes than it made, named as this device knows it", async () => {
    const { reviewId, visitId } = await reviewHere()
    const mine = await getDeviceId()
    const text = await hostBundle(reviewId, (record, by) => {
      if (record.id !== visitId) return undefined
      // A deletion "by" this device, numbered at the ceiling: it would also spend the counter.
      return localDelete(record.versions as Version[], {
        ...by,
        deviceId: mine,
        fresh: MAX_COUNTER,
      })
    })
    const before = await db.records.toArray()
    const error = await refusal(async () => previewImport(await decodeBundle(text)))
    expect(error.code).toBe('bundle/claims-this-device')
    expect(error.details).toMatchObject({
      recordId: visitId,
      record: { kind: 'visit', review: 'Oak Primary', data: { yearGroup: 'Year 5' } },
    })
    await expect(applyImport(await decodeBundle(text))).rejects.toMatchObject({
      code: 'bundle/claims-this-device',
    })
    expect(await db.records.toArray()).toEqual(before)
  })

  it('a device whose counter reaches the ceiling continues under a fresh id and keeps saving', async () => {
    const { reviewId, visitId } = await reviewHere()
    const spent = await getDeviceId()
    await db.meta.put({ key: 'counter', value: MAX_COUNTER })
    const visit = (await getShown<'visit'>(visitId))?.data as Visit
    await saveRecord(visitId, 'visit', { ...visit, summary: 'Still saving' })
    const fresh = await getDeviceId()
    expect(fresh).not.toBe(spent)
    const saved = await getShown<'visit'>(visitId)
    expect(saved?.data.summary).toBe('Still saving')
    expect(saved?.by).toBe(fresh)
    // The person is who they were, under both ids, and new records can be made too.
    const people = await peopleDirectory()
    expect(people.get(fresh)).toEqual({ name: me.name, school: me.school })
    expect(people.get(spent)).toEqual({ name: me.name, school: me.school })
    await startVisit(reviewId, 'learning-walk')
    expect(await listOfKind(reviewId, 'visit')).toHaveLength(2)
  })
})

describe('item 5: the preview names what would be lost, and an import can be undone', () => {
  it("names each record the import deletes and each piece of this device's work it replaces, from this device's data", async () => {
    const { reviewId, visitId } = await reviewHere()
    const [focus] = await listOfKind(reviewId, 'focus')
    const text = await hostBundle(reviewId, (record, by) => {
      if (record.id === visitId) return localDelete(record.versions as Version[], by)
      if (record.id === focus?.id) {
        const data = { ...(record.versions[0]?.data as object), enquiryQuestion: 'Theirs' }
        return localEdit(record.versions as Version[], data, by)
      }
      if (record.kind === 'review') {
        // The file renames the review: the preview still names it as this device does.
        const data = { ...(record.versions[0]?.data as object), hostSchool: 'Forged School' }
        return localEdit(record.versions as Version[], data, by)
      }
      return undefined
    })
    const preview = await previewImport(await decodeBundle(text))
    expect(preview.losses.deletes).toEqual([
      { kind: 'visit', review: 'Oak Primary', data: expect.objectContaining({ subject: 'Maths' }) },
    ])
    expect(preview.losses.replaces.map((r) => [r.kind, r.review]).sort()).toEqual([
      ['focus', 'Oak Primary'],
      ['review', 'Oak Primary'],
    ])
  })

  it('undo puts back what the import changed, as new versions, and leaves what changed since', async () => {
    const { reviewId, visitId } = await reviewHere()
    const [focus] = await listOfKind(reviewId, 'focus')
    const newVisit = crypto.randomUUID()
    let text = await hostBundle(reviewId, (record, by) => {
      if (record.id === visitId) return localDelete(record.versions as Version[], by)
      if (record.id === focus?.id) {
        const data = { ...(record.versions[0]?.data as object), enquiryQuestion: 'Theirs' }
        return localEdit(record.versions as Version[], data, by)
      }
      return undefined
    })
    // The host also brings a visit of their own, new here.
    const parsed = JSON.parse(text)
    const visitRow = await db.records.get(visitId)
    const born = { ...(visitRow?.versions[0] as Version), clock: { [HOST]: 200 }, by: HOST }
    const bundle = await decodeBundle(text)
    const { text: withNew } = await encodeBundle({
      ...parsed,
      records: [...bundle.records, { kind: 'visit', id: newVisit, reviewId, versions: [born] }],
    })
    text = withNew
    const decoded = await decodeBundle(text)
    await applyImport(decoded)
    expect(await isDeleted(visitId)).toBe(true)
    // The focus is edited again here after the import: the undo leaves it as it is now.
    const focusNow = await getShown<'focus'>(focus?.id ?? '')
    await saveRecord(focus?.id ?? '', 'focus', {
      ...(focusNow?.data as Focus),
      enquiryQuestion: 'Mine again',
    })

    const counts = await undoImport(decoded.id, decoded.digest)
    expect(counts).toEqual({ restored: 2, changedSince: 1, conflicts: 0 })
    const visit = await getShown<'visit'>(visitId)
    expect(await isDeleted(visitId)).toBe(false)
    expect(visit?.data.notes[0]?.text).toBe('Mine')
    expect(await isDeleted(newVisit)).toBe(true)
    expect((await getShown<'focus'>(focus?.id ?? ''))?.data.enquiryQuestion).toBe('Mine again')
    // The undo is ordinary versions: it travels, and its clock is above the import's.
    const row = await db.records.get(visitId)
    expect(row?.versions).toHaveLength(1)
    expect(row?.versions[0]?.clock[HOST]).toBeGreaterThanOrEqual(100)
    const [logged] = await importHistory()
    expect(logged?.undone).toMatchObject({ restored: 2, changedSince: 1 })
    // Undoing twice does nothing more.
    expect(await undoImport(decoded.id, decoded.digest)).toEqual({
      restored: 0,
      changedSince: 0,
      conflicts: 0,
    })
    const exported = await exportReviews([reviewId], me)
    expect(exported.text).toContain(visitId)
  })
})

describe('undo never settles a conflict for a person', () => {
  it('a record the import put in conflict, or brought in conflict, is left with every version', async () => {
    const { reviewId, visitId } = await reviewHere()
    const mine = (await db.records.get(visitId))?.versions[0] as Version<Visit>
    const theirs = (text: string, clock: Record<string, number>, by: string) => ({
      clock,
      at: '2026-12-02T10:00:00.000Z',
      by,
      deleted: false,
      data: { ...mine.data, notes: [{ ...(mine.data.notes[0] as Visit['notes'][number]), text }] },
    })
    // The host wrote over the visit without seeing this device's note: concurrent with it.
    const hostText = await hostBundle(reviewId, (record) =>
      record.id === visitId ? [theirs('Host words', { [HOST]: 100 }, HOST)] : undefined,
    )
    // And a visit new here that arrives with two concurrent versions of its own.
    const newVisit = crypto.randomUUID()
    const parsed = JSON.parse(hostText)
    const bundle = await decodeBundle(hostText)
    const { text } = await encodeBundle({
      ...parsed,
      records: [
        ...bundle.records,
        {
          kind: 'visit',
          id: newVisit,
          reviewId,
          versions: [
            theirs('Host side', { [HOST]: 300 }, HOST),
            theirs('Relay side', { [RELAY]: 1 }, RELAY),
          ],
        },
      ],
    })
    const decoded = await decodeBundle(text)
    await applyImport(decoded)
    expect((await db.records.get(visitId))?.versions).toHaveLength(2)

    const counts = await undoImport(decoded.id, decoded.digest)
    expect(counts).toEqual({ restored: 0, changedSince: 0, conflicts: 2 })
    const textsOf = async (id: string) =>
      ((await db.records.get(id))?.versions ?? [])
        .map((v) => (v.data as Visit).notes[0]?.text)
        .sort()
    expect(await textsOf(visitId)).toEqual(['Host words', 'Mine'])
    expect(await textsOf(newVisit)).toEqual(['Host side', 'Relay side'])
    expect((await getShown(visitId))?.conflicted).toBe(true)
    const [logged] = await importHistory()
    expect(logged?.undone).toMatchObject({ restored: 0, conflicts: 2 })
  })
})

describe("item 6: only a person's own device renames them", () => {
  it("a relayed bundle fills gaps but renames no one; the person's own newer bundle does", async () => {
    const { reviewId } = await reviewHere()
    const mine = await getDeviceId()
    const host = { name: 'Hana Host', school: 'Oak Primary', role: 'host' as const }
    await applyImport(
      await decodeBundle(await hostBundle(reviewId, () => undefined, { people: { [HOST]: host } })),
    )
    const relayed = await hostBundle(reviewId, () => undefined, {
      from: { deviceId: RELAY, name: 'Relay', school: 'Elm' },
      people: {
        [HOST]: { ...host, name: 'Wrong Name' },
        [mine]: { ...me, name: 'Not Ann' },
        [RELAY]: { ...host, name: 'Rhys Relay' },
      },
    })
    await applyImport(await decodeBundle(relayed))
    let people = await peopleDirectory()
    expect(people.get(HOST)?.name).toBe('Hana Host')
    expect(people.get(RELAY)?.name).toBe('Rhys Relay')
    expect(people.has(mine)).toBe(false)

    await applyImport(
      await decodeBundle(
        await hostBundle(reviewId, () => undefined, {
          people: { [HOST]: { ...host, name: 'Hana H.' } },
        }),
      ),
    )
    people = await peopleDirectory()
    expect(people.get(HOST)?.name).toBe('Hana H.')
  })
})

describe('item 7: "already imported" is the bundle id and its digest', () => {
  it('another file with an imported id is imported, and the history says an id was seen before', async () => {
    const { reviewId, visitId } = await reviewHere()
    const id = crypto.randomUUID()
    const first = await decodeBundle(await hostBundle(reviewId, () => undefined, { id }))
    await applyImport(first)
    expect((await previewImport(first)).alreadyImported).toBe(true)
    const second = await decodeBundle(
      await hostBundle(
        reviewId,
        (record, by) => {
          if (record.id !== visitId) return undefined
          const data = { ...(record.versions[0]?.data as Visit), summary: 'Real update' }
          return localEdit(record.versions as Version[], data, by)
        },
        { id },
      ),
    )
    const preview = await previewImport(second)
    expect(preview).toMatchObject({ alreadyImported: false, sameIdBefore: true })
    const result = await applyImport(second, preview)
    expect(result).toMatchObject({ alreadyImported: false, counts: { updated: 1 } })
    expect((await getShown<'visit'>(visitId))?.data.summary).toBe('Real update')
    const history = await importHistory()
    expect(history).toHaveLength(2)
    expect(history.find((h) => h.digest === second.digest)?.sameIdBefore).toBe(true)
  })
})

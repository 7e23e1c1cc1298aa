import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { listConflicts } from '../../src/db/conflicts'
import { db } from '../../src/db/database'
import { forgetDevice } from '../../src/db/device'
import {
  applyImport,
  exportReviews,
  importHistory,
  KEY_RUN_GAP,
  keyRuns,
  markExported,
  peopleDirectory,
  previewImport,
  unexportedChanges,
} from '../../src/db/exchange'
import { getFocus, listOfKind } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { unexportedByReview } from '../../src/db/unexported'
import { startVisit } from '../../src/db/visits'
import { resolveRecord, rowOf, saveRecord } from '../../src/db/write'
import { decodeBundle, encodeBundle } from '../../src/domain/bundle'
import { isReviewDayError } from '../../src/domain/errors'
import { createVersion } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { uuid, visitPayload } from '../domain/bundle-fixtures'
import { clearDatabase, snapshotDatabase } from '../support/database'

const host = { name: 'Hana Host', school: 'Elm Academy', role: 'host' as const }

/** Another device's bundle: made here, then this device is wiped as if it were a new phone. */
async function bundleFromAnotherDevice(make: () => Promise<string>) {
  const reviewId = await make()
  const { text } = await exportReviews([reviewId], host)
  return { reviewId, text }
}

beforeEach(clearDatabase)

describe('exchanging bundles', () => {
  it('round trip: export → decode → preview → import gives every record, with its author', async () => {
    const { reviewId, text } = await bundleFromAnotherDevice(async () => {
      const id = await createReview(
        { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' },
        host,
      )
      const visitId = (await startVisit(id, 'lesson-visit')).id
      const [visit] = await listOfKind(id, 'visit')
      const note = {
        id: crypto.randomUUID(),
        at: '2026-12-01T09:00:00.000Z',
        text: 'Calm',
        lines: [],
      }
      await saveRecord(visitId, 'visit', { ...(visit?.data as Visit), notes: [note] })
      return id
    })
    const exported = await db.records.toArray()
    await clearDatabase()
    await forgetDevice() // now a new phone

    const bundle = await decodeBundle(text)
    expect(bundle.from.name).toBe('Hana Host')
    const preview = await previewImport(bundle)
    expect(preview.counts).toEqual({ new: 3, updated: 0, unchanged: 0, conflicts: 0 })
    expect(preview.reviews).toEqual([{ id: reviewId, hostSchool: 'Elm Academy' }])
    expect(await db.records.count()).toBe(0) // a preview writes nothing

    const result = await applyImport(bundle)
    expect(result).toEqual({ counts: preview.counts, alreadyImported: false })
    const imported = await db.records.toArray()
    expect(imported.map((r) => r.versions)).toEqual(exported.map((r) => r.versions))
    const [visit] = await listOfKind(reviewId, 'visit')
    expect(visit?.data.notes[0]?.text).toBe('Calm')
    const people = await peopleDirectory()
    expect(people.get(visit?.by ?? '')).toEqual({ name: 'Hana Host', school: 'Elm Academy' })
    expect((await importHistory())[0]?.from.name).toBe('Hana Host')
  })

  it('importing the same bundle twice changes nothing the second time', async () => {
    const { text } = await bundleFromAnotherDevice(() =>
      createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, host),
    )
    await clearDatabase()
    await forgetDevice() // now a new phone
    const bundle = await decodeBundle(text)
    await applyImport(bundle)
    const before = await snapshotDatabase()
    expect((await previewImport(bundle)).alreadyImported).toBe(true)
    expect((await applyImport(bundle)).alreadyImported).toBe(true)
    expect(await snapshotDatabase()).toEqual(before)
  })

  it('a bundle of what this device already has is all unchanged', async () => {
    const { text } = await bundleFromAnotherDevice(() =>
      createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, host),
    )
    const bundle = await decodeBundle(text)
    const records = await db.records.toArray()
    const result = await applyImport(bundle)
    expect(result.counts).toEqual({ new: 0, updated: 0, unchanged: 2, conflicts: 0 })
    expect(await db.records.toArray()).toEqual(records)
  })

  it('edits made apart become one conflict, which a person resolves', async () => {
    const { reviewId, text } = await bundleFromAnotherDevice(() =>
      createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, host),
    )
    // This device edits the focus; the "other device" edit is forged from the export.
    const focus = await getFocus(reviewId)
    if (!focus) throw new Error('no focus')
    const bundle = JSON.parse(text)
    const theirs = bundle.records.find((r: { kind: string }) => r.kind === 'focus')
    const other = crypto.randomUUID()
    theirs.versions = [
      {
        ...theirs.versions[0],
        clock: { ...theirs.versions[0].clock, [other]: 1 },
        by: other,
        at: '2026-12-01T10:00:00.000Z',
        data: { ...theirs.versions[0].data, enquiryQuestion: 'Theirs' },
      },
    ]
    bundle.id = crypto.randomUUID()
    bundle.people[other] = { name: 'Rhys Reviewer', school: 'Ash Primary', role: 'reviewer' }
    const { digestOf } = await import('../../src/domain/digest')
    bundle.digest = await digestOf(bundle.records)
    await saveRecord(focus.id, 'focus', { ...focus.data, enquiryQuestion: 'Mine' })

    const decoded = await decodeBundle(JSON.stringify(bundle))
    expect((await previewImport(decoded)).counts.conflicts).toBe(1)
    await applyImport(decoded)
    const conflicts = await listConflicts(reviewId)
    expect(conflicts).toHaveLength(1)
    expect(
      conflicts[0]?.versions
        .map((v) => (v.data as { enquiryQuestion: string }).enquiryQuestion)
        .sort(),
    ).toEqual(['Mine', 'Theirs'])

    await resolveRecord(focus.id, 'focus', {
      data: { ...focus.data, enquiryQuestion: 'Theirs' },
    })
    expect(await listConflicts(reviewId)).toHaveLength(0)
    expect((await getFocus(reviewId))?.data.enquiryQuestion).toBe('Theirs')
  })

  it('an edit made between the preview and Import is merged, never overwritten', async () => {
    const { reviewId, text } = await bundleFromAnotherDevice(() =>
      createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, host),
    )
    const bundle = JSON.parse(text)
    const theirs = bundle.records.find((r: { kind: string }) => r.kind === 'focus')
    const other = crypto.randomUUID()
    theirs.versions = [
      {
        ...theirs.versions[0],
        clock: { ...theirs.versions[0].clock, [other]: 1 },
        by: other,
        data: { ...theirs.versions[0].data, enquiryQuestion: 'Theirs' },
      },
    ]
    bundle.id = crypto.randomUUID()
    const { digestOf } = await import('../../src/domain/digest')
    bundle.digest = await digestOf(bundle.records)
    const decoded = await decodeBundle(JSON.stringify(bundle))
    const preview = await previewImport(decoded)
    expect(preview.counts).toMatchObject({ updated: 1, conflicts: 0 })

    // While the preview is on screen, this device edits the focus (another tab, say).
    const focus = await getFocus(reviewId)
    if (!focus) throw new Error('no focus')
    await saveRecord(focus.id, 'focus', { ...focus.data, enquiryQuestion: 'Mine' })

    const result = await applyImport(decoded, preview)
    expect(result.counts).toMatchObject({ updated: 0, conflicts: 1 })
    const questions = (await listConflicts(reviewId))[0]?.versions.map(
      (v) => (v.data as { enquiryQuestion: string }).enquiryQuestion,
    )
    expect(questions?.sort()).toEqual(['Mine', 'Theirs'])
  })

  it('with nothing written since the preview, Import applies exactly what it showed', async () => {
    const { text } = await bundleFromAnotherDevice(() =>
      createReview({ hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' }, host),
    )
    await clearDatabase()
    await forgetDevice() // now a new phone
    const decoded = await decodeBundle(text)
    const preview = await previewImport(decoded)
    const result = await applyImport(decoded, preview)
    expect(result.counts).toEqual(preview.counts)
    expect(await db.records.count()).toBe(2)
  })

  it('counts the records changed since this device last exported the review', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm', cluster: '', startDate: '', endDate: '' },
      host,
    )
    expect((await unexportedChanges(reviewId)).count).toBe(2)
    const made = await exportReviews([reviewId], host)
    expect((await unexportedChanges(reviewId)).count).toBe(2) // made, not yet sent
    await markExported(made)
    const after = await unexportedChanges(reviewId)
    expect(after.count).toBe(0)
    expect(after.lastExport).toBeTruthy()
    await startVisit(reviewId, 'learning-walk')
    expect((await unexportedChanges(reviewId)).count).toBe(1)
  })
})

describe('unexported changes on the reviews list', () => {
  it('counts every review at once, as the per-review count does', async () => {
    const a = await createReview({ hostSchool: 'A', cluster: '', startDate: '', endDate: '' }, host)
    const b = await createReview({ hostSchool: 'B', cluster: '', startDate: '', endDate: '' }, host)
    await markExported(await exportReviews([a], host))
    await startVisit(a, 'lesson-visit')
    await startVisit(b, 'lesson-visit')
    const all = await unexportedByReview()
    expect(all.get(a)).toBe((await unexportedChanges(a)).count)
    expect(all.get(b)).toBe((await unexportedChanges(b)).count)
    expect([all.get(a), all.get(b)]).toEqual([1, 3])
  })
})

describe('a large import reads what is stored here by id', () => {
  // Past 64 records, and with few rows stored, the preview reads the stored keys first and then
  // only the rows that exist: a record stored here under another review must still be found.
  it('finds a local record that a bundle of 100 records brings under another review', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' },
      host,
    )
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    const other = uuid(0x5000)
    const by = { deviceId: uuid(0xd), fresh: 1, at: '2026-11-22T11:00:00.000Z' }
    const visit = (id: string) => ({
      kind: 'visit' as const,
      id,
      reviewId: other,
      versions: [createVersion(visitPayload('x'), by)],
    })
    const records = [
      ...Array.from({ length: 99 }, (_, i) => visit(uuid(0x5001 + i))),
      visit(visitId),
    ]
    const { text } = await encodeBundle({
      records,
      reviews: [other],
      from: { deviceId: by.deviceId, name: 'Dai', school: 'Oak' },
      people: {},
    })
    const before = await snapshotDatabase()
    const bundle = await decodeBundle(text)
    const refused = await previewImport(bundle).catch((error: unknown) => error)
    expect(isReviewDayError(refused, 'bundle/record-mismatch') && refused.details).toEqual({
      recordId: visitId,
    })
    const atApply = await applyImport(bundle).catch((error: unknown) => error)
    expect(isReviewDayError(atApply, 'bundle/record-mismatch')).toBe(true)
    expect(await snapshotDatabase()).toEqual(before)
  })
})

describe('the stored rows a large import names, read a run of keys at a time', () => {
  const reviewId = uuid(0x6000)
  const mine = { deviceId: uuid(0xa), fresh: 1, at: '2026-11-22T10:00:00.000Z' }
  const theirs = { deviceId: uuid(0xb), fresh: 1, at: '2026-11-22T11:00:00.000Z' }
  const visitBy = (id: string, by: typeof mine) => ({
    kind: 'visit' as const,
    id,
    reviewId,
    versions: [createVersion(visitPayload(id), by)],
  })
  // 300 visits stored here, in key order; the bundle names some of them again (the same versions:
  // unchanged) among records that are new here.
  const stored = Array.from({ length: 300 }, (_, i) => visitBy(uuid(0x6001 + i), mine))

  async function preview(named: number[], fresh: number) {
    await db.records.bulkPut(stored.map((r) => rowOf(r, r.versions, 1)))
    const records = [
      ...named.map((i) => stored[i] as (typeof stored)[number]),
      ...Array.from({ length: fresh }, (_, i) => visitBy(uuid(0x7001 + i), theirs)),
    ]
    const { text } = await encodeBundle({
      records,
      reviews: [reviewId],
      from: { deviceId: theirs.deviceId, name: 'Dai', school: 'Oak' },
      people: {},
    })
    return (await previewImport(await decodeBundle(text))).counts
  }

  // Runs of every length, gaps on both sides of KEY_RUN_GAP, the first and the last key.
  const named = Array.from({ length: 300 }, (_, i) => i).filter(
    (i) => i % 13 < 3 || i % 29 === 7 || i === 299 || (i > 200 && i < 230),
  )

  it('finds every one when the keys are read first (stored rows ≤ 4 × the ids)', async () => {
    // The review's id and the records' ids: enough that 300 stored rows are at most four times.
    const counts = await preview(named, 0)
    expect(named.length * 4).toBeGreaterThanOrEqual(300)
    expect(counts).toEqual({ new: 0, updated: 0, unchanged: named.length, conflicts: 0 })
    const withNew = await preview(named, 40)
    expect(withNew).toEqual({ new: 40, updated: 0, unchanged: named.length, conflicts: 0 })
  })

  it('finds every one by id when far more rows are stored than it names', async () => {
    const few = named.filter((i) => i % 2 === 0).slice(0, 70)
    expect((few.length + 1) * 4).toBeLessThan(300)
    const counts = await preview(few, 5)
    expect(counts).toEqual({ new: 5, updated: 0, unchanged: few.length, conflicts: 0 })
  })

  it('keyRuns covers exactly the wanted keys, bridging at most KEY_RUN_GAP others', () => {
    // Wanted about one key in three, so runs of unwanted keys of every length around the gap.
    const wantedFlags = fc.array(
      fc.nat(9).map((n) => n < 3),
      { maxLength: 300, size: 'max' },
    )
    fc.assert(
      fc.property(wantedFlags, (flags) => {
        const keys = flags.map((_, i) => String(i).padStart(4, '0'))
        const wanted = new Set(keys.filter((_, i) => flags[i]))
        const runs = [...keyRuns(keys, (k) => wanted.has(k))]
        const covered: string[] = []
        let previousEnd = -1
        for (const [first, last] of runs) {
          const a = keys.indexOf(first)
          const b = keys.indexOf(last)
          expect(wanted.has(first) && wanted.has(last) && a <= b).toBe(true)
          // Runs apart are split by more than KEY_RUN_GAP unwanted keys.
          if (previousEnd >= 0) expect(a - previousEnd - 1).toBeGreaterThan(KEY_RUN_GAP)
          let gap = 0
          for (const key of keys.slice(a, b + 1)) {
            gap = wanted.has(key) ? 0 : gap + 1
            expect(gap).toBeLessThanOrEqual(KEY_RUN_GAP)
            if (wanted.has(key)) covered.push(key)
          }
          previousEnd = b
        }
        expect(covered).toEqual([...wanted])
      }),
    )
  })
})

import Dexie from 'dexie'
import { expect, it } from 'vitest'
import { ofReview, ReviewDayDatabase } from '../../src/db/database'
import { BY_KIND_REVIEW, firstPartIs, LATEST_VERSION, nativeVersion } from '../../src/db/schema'
import { isConflicted, type Version } from '../../src/domain/merge'
import fixture from './fixtures/review-day-v1.json'

// The stores exactly as version 1 declared them: a database made by the first release.
const V1_STORES = {
  records: 'id, kind, reviewId, [reviewId+kind], [reviewId+seq], updatedAt, conflicted',
  meta: 'key',
  imports: 'bundleId, at',
  people: 'deviceId',
  exports: 'reviewId',
  drafts: 'key',
}

type Tables = Record<string, Record<string, unknown>[]>

// Version 2 added one index to records; the other stores were as version 1 left them.
const V2_STORES = {
  ...V1_STORES,
  records: 'id, kind, reviewId, [reviewId+kind], [reviewId+seq], [reviewId+conflicted], updatedAt',
}

async function makeVersion1(name: string, version = 1) {
  const old = new Dexie(name)
  old.version(version).stores(version === 1 ? V1_STORES : V2_STORES)
  await old.open()
  const tables = fixture.tables as Tables
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

it('a database made by version 1 opens in the current version with every record intact', async () => {
  const name = `upgrade-${crypto.randomUUID()}`
  await makeVersion1(name)
  const db = new ReviewDayDatabase(name)
  await db.open()
  expect(db.verno).toBeGreaterThan(1)
  const tables = fixture.tables as Tables
  for (const [table, rows] of Object.entries(tables)) {
    if (table === 'imports') continue // moved to importLog in version 3: the test below
    const now = await db.table(table).toArray()
    expect(now, `table ${table}`).toHaveLength(rows.length)
    if (table === 'records') {
      // Versions are kept exactly; only the derived index fields may be worked out again.
      expect(now.map((r) => [r.id, r.versions])).toEqual(rows.map((r) => [r.id, r.versions]))
    } else {
      expect(now).toEqual(rows)
    }
  }
  // Worked out again from the versions: 1 for a record in conflict, absent otherwise (version 4),
  // so the conflicts index holds exactly the records in conflict.
  const records = (tables.records ?? []) as { id: string; versions: Version[] }[]
  const inConflict = records.filter((r) => isConflicted(r.versions)).map((r) => r.id)
  const stored = await db.records.toArray()
  expect(stored.filter((r) => r.conflicted !== undefined).map((r) => r.id)).toEqual(inConflict)
  const indexed = await db.records
    .where('[reviewId+conflicted]')
    .between([Dexie.minKey, 0], [Dexie.maxKey, 1])
    .primaryKeys()
  expect(indexed).toEqual(inConflict)
  db.close()
})

it('the fixture holds every kind of table row version 1 writes', () => {
  const tables = fixture.tables as Tables
  for (const table of Object.keys(V1_STORES))
    expect(tables[table]?.length, table).toBeGreaterThan(0)
  const kinds = new Set(tables.records?.map((r) => r.kind))
  expect([...kinds].sort()).toEqual(['conversation', 'feedback', 'focus', 'review', 'visit'])
  expect(tables.records?.some((r) => r.deleted === 1)).toBe(true)
})

it.each([1, 2])(
  'the import log of a database made by version %i comes across to the newest keyed by id and digest',
  async (version) => {
    const name = `upgrade-${crypto.randomUUID()}`
    await makeVersion1(name, version)
    const db = new ReviewDayDatabase(name)
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    const rows = (fixture.tables as Tables).imports ?? []
    expect(rows.length).toBeGreaterThan(0)
    // Every row as it was, its digest unknown (''): that file, met again, imports and changes
    // nothing (merging is idempotent), and the history says an id was seen before.
    expect(await db.importLog.toArray()).toEqual(rows.map((row) => ({ ...row, digest: '' })))
    const first = rows[0] as { bundleId: string }
    expect(await db.importLog.where('bundleId').equals(first.bundleId).count()).toBe(1)
    expect(db.tables.map((t) => t.name)).not.toContain('imports')
    db.close()
  },
)

// Version 4 keeps three indexes of records, the fewest that answer every read; the rows are the
// same, and a review's rows, the reviews and a review's rows of one kind are still found.
it.each([1, 2])(
  'a database made by version %i keeps only the indexes the app reads, every row intact',
  async (version) => {
    const name = `upgrade-${crypto.randomUUID()}`
    await makeVersion1(name, version)
    const db = new ReviewDayDatabase(name)
    await db.open()
    const idb = db.backendDB()
    expect(idb.version).toBe(nativeVersion(LATEST_VERSION))
    const store = idb.transaction('records', 'readonly').objectStore('records')
    expect([...store.indexNames].sort()).toEqual(
      ['[kind+reviewId]', '[reviewId+conflicted]', '[reviewId+seq]'].sort(),
    )
    const rows = (fixture.tables as Tables).records ?? []
    const reviewId = rows[0]?.reviewId as string
    const ofOne = rows.filter((r) => r.reviewId === reviewId).map((r) => r.id)
    expect(ofOne.length).toBeGreaterThan(1)
    expect((await ofReview(reviewId, db.records).primaryKeys()).sort()).toEqual([...ofOne].sort())
    const reviews = rows.filter((r) => r.kind === 'review').map((r) => r.id)
    const visits = rows
      .filter((r) => r.reviewId === reviewId && r.kind === 'visit')
      .map((r) => r.id)
    expect(visits.length).toBeGreaterThan(0)
    const found = await db.records
      .where(BY_KIND_REVIEW)
      .between(...firstPartIs('review'))
      .primaryKeys()
    expect(found.sort()).toEqual([...reviews].sort())
    const ofKind = await db.records.where(BY_KIND_REVIEW).equals(['visit', reviewId]).primaryKeys()
    expect(ofKind.sort()).toEqual([...visits].sort())
    db.close()
  },
)

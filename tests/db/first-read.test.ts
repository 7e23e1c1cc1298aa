// The first screen's plain IndexedDB read (src/db/first-read.ts) against the Dexie reads it stands
// in for: the same rows from the same data, and never a database it should not make or change.
import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db, ReviewDayDatabase } from '../../src/db/database'
import { readFirstScreen } from '../../src/db/first-read'
import { listReviews } from '../../src/db/read'
import { rowOf } from '../../src/db/row'
import { DATABASE_NAME, LATEST_VERSION, nativeVersion } from '../../src/db/schema'
import { unexportedByReview } from '../../src/db/unexported'
import type { Version } from '../../src/domain/merge'
import { newReview } from '../../src/domain/new-records'
import { clearDatabase } from '../support/database'

const ANN = '0b6f6d0e-1c1a-4a53-9e39-5c7b1d0a0001'
const BEN = '0b6f6d0e-1c1a-4a53-9e39-5c7b1d0a0002'

function version(host: string, clock: Record<string, number>, at: string, by: string): Version {
  const data = newReview({ hostSchool: host, cluster: 'North', startDate: '', endDate: '' }, null)
  return { clock, at, by, deleted: false, data }
}

/**
 * Reviews of every shape the list meets: plain, edited apart on two devices (the winner decides
 * what shows), deleted, and sharing a time with another (the order's tie); with their foci,
 * exported or not, so the counts differ by review.
 */
async function storeReviews(): Promise<void> {
  const ids = Array.from({ length: 5 }, () => crypto.randomUUID())
  const [plain, concurrent, deleted, tieA, tieB] = ids as [string, string, string, string, string]
  const review = (id: string, versions: Version[], seq: number) =>
    rowOf({ id, kind: 'review', reviewId: id }, versions, seq)
  const gone = { ...version('Gone', { [ANN]: 2 }, '2026-11-03T09:00:00Z', ANN), deleted: true }
  await db.records.bulkPut([
    review(plain, [version('Ash Primary', { [ANN]: 1 }, '2026-11-01T09:00:00+01:00', ANN)], 1),
    review(
      concurrent,
      [
        version('Birch (Ann)', { [ANN]: 3 }, '2026-11-02T10:00:00Z', ANN),
        version('Birch (Ben)', { [BEN]: 1 }, '2026-11-02T11:00:00+02:00', BEN),
      ],
      4,
    ),
    review(deleted, [gone], 5),
    review(tieA, [version('Cedar', { [ANN]: 4 }, '2026-11-04T09:00:00Z', ANN)], 6),
    review(tieB, [version('Damson', { [BEN]: 2 }, '2026-11-04T09:00:00Z', BEN)], 7),
    ...ids.map((id, i) =>
      rowOf(
        { id: crypto.randomUUID(), kind: 'focus', reviewId: id },
        [
          {
            clock: { [ANN]: 10 + i },
            at: '2026-11-05T09:00:00Z',
            by: ANN,
            deleted: false,
            data: {},
          },
        ],
        8 + i,
      ),
    ),
  ])
  await db.exports.bulkPut([
    { reviewId: plain, seq: 5, at: '2026-11-06T09:00:00Z' },
    { reviewId: concurrent, seq: 2, at: '2026-11-06T09:00:00Z' },
  ])
}

beforeEach(clearDatabase)

describe('the first screen read without Dexie', () => {
  it('reads the same reviews, in the same order, and the same counts as the Dexie reads', async () => {
    await storeReviews()
    const first = readFirstScreen()
    const [reviews, unexported] = await Promise.all([first.reviews, first.unexported])
    expect(reviews).toEqual(await listReviews())
    expect(unexported).toEqual(await unexportedByReview())
    // The data was worth comparing: a winner chosen among versions, a deleted review left out,
    // counts both cut by an export and not.
    expect(reviews?.map((r) => r.data.hostSchool)).toHaveLength(4)
    expect(reviews?.some((r) => r.conflicted)).toBe(true)
    expect(new Set(unexported?.values())).toEqual(new Set([1, 2]))
  })

  it('Dexie counts unexported changes in the database, with no cursor; the keys agree', async () => {
    await storeReviews()
    const first = await readFirstScreen().unexported
    const walks = [
      vi.spyOn(IDBIndex.prototype, 'openKeyCursor'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
    ]
    const dexie = await unexportedByReview()
    for (const walk of walks) expect(walk).not.toHaveBeenCalled()
    for (const walk of walks) walk.mockRestore()
    expect(dexie).toEqual(first)
    expect(dexie.size).toBeGreaterThan(0)
  })

  it('reads an empty database as the Dexie reads do', async () => {
    const first = readFirstScreen()
    expect(await first.reviews).toEqual([])
    expect(await first.unexported).toEqual(new Map())
    expect(await listReviews()).toEqual([])
  })

  it('declares the version the plain read expects, as Dexie stores it', async () => {
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(db.backendDB().version).toBe(nativeVersion(LATEST_VERSION))
    expect(db.name).toBe(DATABASE_NAME)
  })
})

/** indexedDB as a browser without indexedDB.databases() has it (Firefox before 126). */
const withoutDatabases = {
  open: (name: string, version?: number) => indexedDB.open(name, version),
} as IDBFactory

const factories = [
  ['with indexedDB.databases()', indexedDB],
  ['without indexedDB.databases()', withoutDatabases],
] as const

async function stored(name: string) {
  return (await indexedDB.databases()).find((d) => d.name === name)
}

describe.each(factories)('a first visit, %s', (_, factory) => {
  it('says nothing is stored and makes no database; Dexie then makes it whole', async () => {
    const name = `first-visit-${crypto.randomUUID()}`
    const first = readFirstScreen(name, factory)
    expect(await first.reviews).toEqual([])
    expect(await first.unexported).toEqual(new Map())
    expect(await stored(name)).toBeUndefined()

    const app = new ReviewDayDatabase(name)
    await app.open()
    expect(app.backendDB().version).toBe(nativeVersion(LATEST_VERSION))
    expect(app.tables.map((t) => t.name).sort()).toEqual(
      ['drafts', 'exports', 'importLog', 'importUndo', 'meta', 'people', 'records'].sort(),
    )
    app.close()
  })
})

describe.each(factories)('a database at an older version, %s', (_, factory) => {
  it('is left to Dexie, which upgrades it; the read then matches Dexie', async () => {
    const name = `older-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(2).stores({
      records:
        'id, kind, reviewId, [reviewId+kind], [reviewId+seq], [reviewId+conflicted], updatedAt',
      meta: 'key',
      imports: 'bundleId, at',
      people: 'deviceId',
      exports: 'reviewId',
      drafts: 'key',
    })
    const id = crypto.randomUUID()
    await old
      .table('records')
      .put(
        rowOf(
          { id, kind: 'review', reviewId: id },
          [version('Elm', { [ANN]: 1 }, '2026-11-01T09:00:00Z', ANN)],
          1,
        ),
      )
    old.close()

    const before = readFirstScreen(name, factory)
    expect(await before.reviews).toBeUndefined()
    expect(await before.unexported).toBeUndefined()
    // Not upgraded, not changed: still version 2's database.
    expect((await stored(name))?.version).toBe(nativeVersion(2))

    const app = new ReviewDayDatabase(name)
    await app.open()
    expect(app.verno).toBe(LATEST_VERSION)
    const reviews = await app.records.filter((r) => r.kind === 'review').toArray()
    app.close()
    const after = readFirstScreen(name, factory)
    expect((await after.reviews)?.map((r) => [r.id, r.data.hostSchool])).toEqual(
      reviews.map((r) => [r.id, 'Elm']),
    )
    expect(await after.unexported).toEqual(new Map([[id, 1]]))
  })
})

describe.each(factories)('a database at a newer version, %s', (_, factory) => {
  it('is left to Dexie', async () => {
    const name = `newer-${crypto.randomUUID()}`
    const newer = new Dexie(name)
    newer.version(LATEST_VERSION + 1).stores({ records: 'id, kind', exports: 'reviewId' })
    await newer.open()
    newer.close()
    expect(await readFirstScreen(name, factory).reviews).toBeUndefined()
  })
})

it('lets Dexie answer where there is no IndexedDB at all', async () => {
  vi.stubGlobal('indexedDB', undefined)
  try {
    const first = readFirstScreen()
    expect(await first.reviews).toBeUndefined()
    expect(await first.unexported).toBeUndefined()
  } finally {
    vi.unstubAllGlobals()
  }
})

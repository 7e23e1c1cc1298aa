import { readFileSync } from 'node:fs'
import { expect, firstRun, test } from './fixtures'

// A database made by the first release (Dexie version 1) opens in the current app, in the real
// browser, with every record intact (src/README.md, "Where the bundle contract lives"). The fixture holds every table of such a
// database; tests/db/upgrade.test.ts checks the same in Node with fake-indexeddb.
test.describe.configure({ timeout: 120_000 })

type Row = Record<string, unknown>
type Tables = Record<string, Row[]>

const fixture = JSON.parse(
  readFileSync(new URL('../db/fixtures/review-day-v1.json', import.meta.url), 'utf8'),
) as { dexieVersion: number; tables: Tables }

/**
 * The object stores exactly as Dexie version 1 made them (src/db/database.ts, `version(1)`):
 * Dexie stores its version ×10 as the IndexedDB version, names each index after its spec and gives
 * a compound index `[a+b]` the key path `['a', 'b']`.
 */
const V1_STORES: Record<string, { keyPath: string; indexes: string[] }> = {
  records: {
    keyPath: 'id',
    indexes: ['kind', 'reviewId', '[reviewId+kind]', '[reviewId+seq]', 'updatedAt', 'conflicted'],
  },
  meta: { keyPath: 'key', indexes: [] },
  imports: { keyPath: 'bundleId', indexes: ['at'] },
  people: { keyPath: 'deviceId', indexes: [] },
  exports: { keyPath: 'reviewId', indexes: [] },
  drafts: { keyPath: 'key', indexes: [] },
}

test('a database made by version 1 opens in the current app with every record intact', async ({
  page,
}) => {
  expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(V1_STORES).sort())

  // A page of the app's origin that does not run the app, so nothing opens the database first.
  await page.goto('/icon-192.png')
  const made = await page.evaluate(
    ({ stores, tables, version }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('review-day', version * 10)
        request.onblocked = () => reject(new Error('blocked'))
        request.onerror = () => reject(request.error)
        request.onupgradeneeded = () => {
          const idb = request.result
          for (const [name, spec] of Object.entries(stores)) {
            const store = idb.createObjectStore(name, { keyPath: spec.keyPath })
            for (const index of spec.indexes) {
              const compound = /^\[(.+)\]$/.exec(index)
              store.createIndex(index, compound ? (compound[1] as string).split('+') : index)
            }
          }
          const tx = request.transaction as IDBTransaction
          for (const [name, rows] of Object.entries(tables)) {
            for (const row of rows) tx.objectStore(name).add(row)
          }
        }
        request.onsuccess = () => {
          const idb = request.result
          const v = idb.version
          idb.close()
          resolve(v)
        }
      }),
    { stores: V1_STORES, tables: fixture.tables, version: fixture.dexieVersion },
  )
  expect(made).toBe(10)

  // The app opens it: first it asks who is using this device (the profile lives elsewhere, in
  // the idb-keyval database 'review-day-device', which version 1 never touched).
  await page.goto('/')
  await firstRun(page, { name: 'Hana Host', school: 'Elm Academy', role: 'Host school' })

  const reviews = page.getByRole('main').getByRole('listitem')
  await expect(reviews).toHaveCount(2)
  await expect(page.getByRole('link', { name: /Elm Academy/ })).toBeVisible()
  await expect(
    page.getByRole('link', { name: /Hillside Primary School \(sample\)/ }),
  ).toContainText('Feedback')

  // A visit of version 1, with its note, its tag and the half-written jot left in its box.
  await page.getByRole('link', { name: /Elm Academy/ }).click()
  await expect(page.getByLabel('Enquiry question')).toBeVisible()
  await page.getByRole('link', { name: 'Visits' }).click()
  const visits = page.getByRole('list', { name: 'Visits' }).getByRole('listitem')
  await expect(visits, 'the deleted learning walk stays deleted').toHaveCount(1)
  await page.getByRole('link', { name: /^Year 5/ }).click()
  await expect(page.getByRole('heading', { name: 'Year 5', exact: true })).toBeVisible()
  await expect(page.getByText('Pairs explain methods')).toBeVisible()
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Half a thought')

  // The sample review of version 1: its conversation and its feedback draft.
  await page.goto('/')
  await page.getByRole('link', { name: /Hillside Primary School/ }).click()
  await page.getByRole('link', { name: 'Conversations' }).click()
  await expect(page.getByRole('link', { name: /six pupils/ })).toBeVisible()
  await page.getByRole('link', { name: 'Feedback', exact: true }).click()
  await expect(page.getByRole('link', { name: /Draft by Priya \(sample\)/ })).toBeVisible()

  // Read back with the raw API: now at the current version, every row of every table still
  // there, every record's versions exactly as they were.
  const after = await page.evaluate(
    (names) =>
      new Promise<{ version: number; indexes: string[]; tables: Record<string, unknown[]> }>(
        (resolve, reject) => {
          const request = indexedDB.open('review-day')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const idb = request.result
            const tx = idb.transaction(names, 'readonly')
            const tables: Record<string, unknown[]> = {}
            for (const name of names) {
              const all = tx.objectStore(name).getAll()
              all.onsuccess = () => {
                tables[name] = all.result
              }
            }
            const indexes = [...tx.objectStore('records').indexNames]
            tx.oncomplete = () => {
              const version = idb.version
              idb.close()
              resolve({ version, indexes, tables })
            }
            tx.onerror = () => reject(tx.error)
          }
        },
      ),
    // Version 3 moved the import log from `imports` (keyed by bundle id) to `importLog`.
    [...Object.keys(V1_STORES).filter((name) => name !== 'imports'), 'importLog'],
  )
  expect(after.version, 'Dexie version 4 is IndexedDB version 40').toBe(40)
  // Version 4 keeps the three indexes the app reads (src/db/database.ts).
  expect(after.indexes.sort()).toEqual([
    '[kind+reviewId]',
    '[reviewId+conflicted]',
    '[reviewId+seq]',
  ])
  for (const [name, rows] of Object.entries(fixture.tables)) {
    if (name === 'imports') {
      // Every row as it was, its digest unknown (tests/db/upgrade.test.ts says why).
      expect(after.tables.importLog, 'the import log').toEqual(
        rows.map((row) => ({ ...row, digest: '' })),
      )
      continue
    }
    const now = after.tables[name] as Row[]
    expect(now, `rows in ${name}`).toHaveLength(rows.length)
    const byKey = (list: Row[]) =>
      [...list].sort((a, b) =>
        String(a[V1_STORES[name]?.keyPath as string]).localeCompare(
          String(b[V1_STORES[name]?.keyPath as string]),
        ),
      )
    if (name === 'records') {
      // Only the fields derived from the winner may be worked out again by the upgrade.
      expect(byKey(now).map((r) => [r.id, r.kind, r.reviewId, r.versions])).toEqual(
        byKey(rows).map((r) => [r.id, r.kind, r.reviewId, r.versions]),
      )
    } else {
      expect(byKey(now), `table ${name}`).toEqual(byKey(rows))
    }
  }
})

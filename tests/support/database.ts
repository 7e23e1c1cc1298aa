// The setup every database test shares: the app's own database (fake-indexeddb under Vitest),
// emptied before each test, and read whole to show that a refusal changed nothing.
import { db } from '../../src/db/database'

/** Empties every table, as a new device would have them. */
export async function clearDatabase(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()))
}

/** Every row of every table, by table name: what "the database is unchanged" compares. */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]))
  return Object.fromEntries(tables)
}

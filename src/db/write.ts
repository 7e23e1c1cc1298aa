// The only code that writes records. Every save is one Dexie transaction over the record and the
// device's counters, always through the domain's local-edit rule (src/README.md, "An edit, from a
// keystroke to IndexedDB").
import type Dexie from 'dexie'
import { ReviewDayError } from '../domain/errors'
import {
  type Author,
  createVersion,
  editSeen,
  localDelete,
  localEdit,
  resolve,
  resolveSeen,
  type Version,
  winner,
} from '../domain/merge'
import {
  type Clock,
  type Kind,
  MAX_COUNTER,
  type PayloadOf,
  payloadSchemas,
  type Review,
  type Stage,
} from '../domain/schemas'
import { stageMovedTo } from '../domain/stage'
import { db, type RecordRow } from './database'
import { getDeviceId, getProfile, replaceDeviceId } from './device'
import { currentSeq, readCounter } from './meta'
import { rowOf } from './row'
import { type Shown, show } from './shown'
import { isQuotaError, StorageFullError } from './storage-full'

export { isQuotaError, rowOf, StorageFullError }

/** An edit of a record that is no longer on this device (removed in another tab, say). */
export class RecordMissingError extends ReviewDayError<'record/missing'> {
  constructor(id: string) {
    super('record/missing', { recordId: id })
  }
}

/** Runs a read-write transaction and turns a full disk into a StorageFullError. */
export async function writeTransaction<T>(
  tables: Dexie.Table[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, work)
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error)
    throw error
  }
}

/** The largest number this device put in any of these versions' clocks (0 for none). */
function ownHighest(deviceId: string, versions: readonly Version[]): number {
  let seen = 0
  for (const v of versions) seen = Math.max(seen, v.clock[deviceId] ?? 0)
  return seen
}

/** This device id has given every number up to MAX_COUNTER: it cannot write another version. */
class CounterSpent extends Error {
  constructor(readonly deviceId: string) {
    super('counter spent')
  }
}

/**
 * Inside a transaction: the next counter for this device and the next change sequence. The
 * counter also stays above every number this device put in `versions`: a device that lost its
 * copy of a record may meet its own old numbers again in a bundle. Throws CounterSpent past
 * MAX_COUNTER (writeNumbered then continues under a fresh device id).
 */
export async function nextNumbers(
  deviceId: string,
  versions: readonly Version[] = [],
): Promise<{ author: Author; seq: number }> {
  const [counter, seq] = await Promise.all([readCounter(deviceId), currentSeq()])
  const fresh = Math.max(counter.value, ownHighest(deviceId, versions)) + 1
  if (fresh > MAX_COUNTER) throw new CounterSpent(deviceId)
  await db.meta.bulkPut([
    { key: counter.key, value: fresh },
    { key: 'seq', value: seq + 1 },
  ])
  return { author: { deviceId, fresh, at: new Date().toISOString() }, seq: seq + 1 }
}

/** Keeps this device's counter at or above every number it has put in these versions' clocks. */
export async function raiseCounter(deviceId: string, versions: readonly Version[]): Promise<void> {
  const seen = ownHighest(deviceId, versions)
  if (seen === 0) return
  const counter = await readCounter(deviceId)
  if (counter.value < seen) await db.meta.put({ key: counter.key, value: seen })
}

/**
 * A write that numbers versions (nextNumbers), in one transaction over `tables` and the meta
 * table. No state may leave a device unable to save: when this device id's counter has run out,
 * the device continues under a fresh id and the write runs again under it.
 */
export async function writeNumbered<T>(
  tables: Dexie.Table[],
  work: (deviceId: string) => Promise<T>,
): Promise<T> {
  const deviceId = await getDeviceId()
  try {
    return await writeTransaction([...tables, db.meta], () => work(deviceId))
  } catch (error) {
    if (!(error instanceof CounterSpent)) throw error
    await continueUnderFreshId(error.deviceId)
    const fresh = await getDeviceId()
    return writeTransaction([...tables, db.meta], () => work(fresh))
  }
}

/**
 * A fresh device id whose counter starts again from 0. Its counter row is written first, then
 * the id is adopted (if another tab has not already moved on), so a write cut short between the
 * two leaves only an unused row. The person stays who they are: the directory names both ids
 * with the profile, so their earlier work keeps its author.
 */
async function continueUnderFreshId(spent: string): Promise<void> {
  const fresh = crypto.randomUUID()
  const profile = await getProfile()
  await writeTransaction([db.meta, db.people], async () => {
    await db.meta.put({ key: `counter:${fresh}`, value: 0 })
    if (profile) {
      await db.people.bulkPut([
        { deviceId: spent, ...profile },
        { deviceId: fresh, ...profile },
      ])
    }
  })
  await replaceDeviceId(spent, fresh)
}

export function validate<K extends Kind>(kind: K, data: PayloadOf[K]): PayloadOf[K] {
  return payloadSchemas[kind].parse(data) as PayloadOf[K]
}

export interface NewRecord<K extends Kind = Kind> {
  kind: K
  data: PayloadOf[K]
  /** Defaults to a fresh uuid; a review's reviewId is its own id. */
  id?: string
  reviewId: string
}

/**
 * Creates records in one transaction (a review and its focus are born together). Work that begins
 * a stage (`begins`) moves its review's stage forward in the same transaction.
 */
export async function createRecords(items: NewRecord[], begins?: Stage): Promise<string[]> {
  return (await writeNew(items, begins)).map((row) => row.id)
}

export async function createRecord<K extends Kind>(
  item: NewRecord<K>,
  begins?: Stage,
): Promise<string> {
  return (await createShown(item, begins)).id
}

/** Creates one record and returns it as a read would show it, for a screen to draw at once. */
export async function createShown<K extends Kind>(
  item: NewRecord<K>,
  begins?: Stage,
): Promise<Shown<K>> {
  const [row] = await writeNew([item as NewRecord], begins)
  return show<K>(row as RecordRow)
}

/** Writes new records in one transaction; resolves to their rows as stored. */
function writeNew(items: NewRecord[], begins?: Stage): Promise<RecordRow[]> {
  const valid = items.map((item) => ({
    ...item,
    id: item.id ?? crypto.randomUUID(),
    data: validate(item.kind, item.data),
  }))
  return writeNumbered([db.records], async (deviceId) => {
    const rows: RecordRow[] = []
    for (const item of valid) {
      const { author, seq } = await nextNumbers(deviceId)
      const row = rowOf(item, [createVersion(item.data, author)], seq)
      await db.records.add(row)
      rows.push(row)
    }
    const [first] = valid
    if (begins && first) await moveStage(deviceId, first.reviewId, begins)
    return rows
  })
}

/**
 * Inside a transaction: the review's stage moved forward to `begun`, never back (domain/stage.ts).
 * A review in conflict or deleted is left as it is: the work is saved, and a person sets the stage.
 */
async function moveStage(deviceId: string, reviewId: string, begun: Stage): Promise<void> {
  const row = await db.records.get(reviewId)
  if (row?.kind !== 'review' || row.deleted === 1 || row.conflicted === 1) return
  const review = winner(row.versions).data as Review
  const stage = stageMovedTo(review.stage, begun)
  if (stage === review.stage) return
  const { author, seq } = await nextNumbers(deviceId, row.versions)
  await db.records.put(rowOf(row, localEdit(row.versions, { ...review, stage }, author), seq))
}

/** Returns the change sequence the new row was written at. */
async function rewrite(
  id: string,
  change: (versions: Version[], author: Author) => Version[],
): Promise<number> {
  return writeNumbered([db.records], async (deviceId) => {
    const row = await db.records.get(id)
    if (!row) throw new RecordMissingError(id)
    const { author, seq } = await nextNumbers(deviceId, row.versions)
    await db.records.put(rowOf(row, change(row.versions, author), seq))
    return seq
  })
}

/**
 * A local edit (autosave included). Throws ConflictError on a conflicted record. Resolves to the
 * change sequence it was written at, which orders it among the record's stored states. `seen`,
 * the clock of the version the edit was made on (Shown.seen), keeps a version another device
 * wrote since — an import in another tab — beside the edit as a conflict (editSeen), where
 * without it the edit would supersede words the person never saw.
 */
export async function saveRecord<K extends Kind>(
  id: string,
  kind: K,
  data: PayloadOf[K],
  seen?: Clock,
): Promise<number> {
  const valid = validate(kind, data)
  return rewrite(id, (versions, author) =>
    seen ? editSeen(versions, seen, valid, author) : localEdit(versions, valid, author),
  )
}

/** Deletes by writing a tombstone, which travels in bundles like any version. */
export async function deleteRecord(id: string): Promise<void> {
  await rewrite(id, (versions, author) => localDelete(versions, author))
}

/**
 * A person's choice among concurrent versions: those the screen showed them (their clocks,
 * `seen`). A version that arrived since stays, still in conflict (resolveSeen).
 */
export async function resolveRecord<K extends Kind>(
  id: string,
  kind: K,
  choice: { data: PayloadOf[K]; deleted?: boolean },
  seen?: readonly Clock[],
): Promise<void> {
  const data = validate(kind, choice.data)
  const chosen = { data, deleted: choice.deleted ?? false }
  await rewrite(id, (versions, author) =>
    seen ? resolveSeen(versions, seen, chosen, author) : resolve(versions, chosen, author),
  )
}

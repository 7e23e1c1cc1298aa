// Bundles in and out of the store. An import is planned without writing (the preview), then
// applied in ONE transaction that reads the local records again, so what is written is the merge
// with what is there at that moment: all or nothing (src/README.md, "An import, from a file to
// the screen").
import type { DecodedBundle } from '../domain/bundle'
import { encodeBundle, type ImportCounts, type ImportPlan, planImport } from '../domain/bundle'
import type { Importer } from '../domain/bundle-plan'
import { isReviewDayError, type KnownRecord, ReviewDayError } from '../domain/errors'
import { type Version, winner } from '../domain/merge'
import { bundlePeople, peopleFromBundle } from '../domain/people'
import type { Profile, Review } from '../domain/schemas'
import { db, type ImportRow, ofReview, type PersonRow, type RecordRow } from './database'
import { getDeviceId } from './device'
import { currentSeq, readCounter } from './meta'
import { raiseCounter, rowOf, writeTransaction } from './write'

export interface ImportPreview {
  bundleId: string
  digest: string
  from: DecodedBundle['from']
  /** Host school of each review the bundle holds, as this device says, else as the bundle does. */
  reviews: { id: string; hostSchool: string }[]
  counts: ImportCounts
  /** This very file (its id and its digest) was imported before. */
  alreadyImported: boolean
  /** Another file with the same bundle id was imported before: this one is imported as usual. */
  sameIdBefore: boolean
  /**
   * What the person would lose sight of, named from this device's data (not the file's): records
   * the import would delete, and this device's own work it would replace with someone else's.
   */
  losses: { deletes: KnownRecord[]; replaces: KnownRecord[] }
  /** The plan and the change sequence it was worked out at, for applyImport to reuse. */
  readonly basis: { bundleId: string; seq: number; plan: ImportPlan }
}

/**
 * Inside a transaction: the stored rows with these ids. Each request costs far more than the row
 * it reads (in Chromium, reading a key alone costs about as much as reading its row), and most
 * of a large import is new here; so when the ids are not far fewer than the rows stored, the
 * stored keys are read first (one request) and the rows that exist are read a run of keys at a
 * time (keyRuns). Preview of 10,000 into 10,000 (a quarter stored): 345 → 261 ms.
 */
async function localRows(ids: string[]): Promise<Map<string, RecordRow>> {
  const map = new Map<string, RecordRow>()
  const add = (rows: (RecordRow | undefined)[]) => {
    for (const row of rows) if (row) map.set(row.id, row)
  }
  // More stored keys than this, and one get per id costs less than reading them all.
  const limit = ids.length * 4
  const stored = ids.length > 64 ? await db.records.limit(limit + 1).primaryKeys() : undefined
  if (!stored || stored.length > limit) {
    add(await db.records.bulkGet(ids))
    return map
  }
  const wanted = new Set(ids)
  const reads: Promise<void>[] = []
  for (const [first, last] of keyRuns(stored, (key) => wanted.has(key))) {
    const run =
      first === last
        ? db.records.get(first).then((row) => (row ? [row] : []))
        : db.records.where(':id').between(first, last, true, true).toArray()
    // Kept as each run comes back, so the rows read only to bridge a gap are let go at once: a
    // large import holds the rows it names, not every row its runs passed over.
    reads.push(run.then((rows) => add(rows.filter((row) => wanted.has(row.id)))))
  }
  await Promise.all(reads)
  return map
}

/**
 * Runs of wanted keys among sorted stored keys, as [first, last]: a run goes on over up to
 * KEY_RUN_GAP unwanted keys, since reading a few rows too many costs less than one more request
 * (tests/bench, 2,500 wanted among 10,000: a gap of 0 → 360 ms, 3 → 297, 8 → 256, every row at
 * once → 418).
 */
export const KEY_RUN_GAP = 8
export function* keyRuns(
  sorted: readonly string[],
  isWanted: (key: string) => boolean,
): Generator<[string, string]> {
  let first: string | undefined
  let last = ''
  let gap = 0
  for (const key of sorted) {
    if (isWanted(key)) {
      first ??= key
      last = key
      gap = 0
    } else if (first !== undefined && ++gap > KEY_RUN_GAP) {
      yield [first, last]
      first = undefined
    }
  }
  if (first !== undefined) yield [first, last]
}

/**
 * Inside a transaction: every row of these reviews, review by review, with one getAll each:
 * Dexie's anyOf walks a cursor from key to key, several times slower than reading each review's
 * rows at once.
 */
function rowsOfReviews(reviewIds: readonly string[]): Promise<RecordRow[]> {
  const ids = [...new Set(reviewIds)].sort()
  return Promise.all(ids.map((id) => ofReview(id).toArray())).then((lists) => lists.flat())
}

function reviewNames(bundle: DecodedBundle, local: Map<string, RecordRow>) {
  const inBundle = new Map(
    bundle.records.filter((r) => r.kind === 'review').map((r) => [r.id, r.versions]),
  )
  return bundle.reviews.map((id) => {
    // This device's name for a review it holds: a file cannot rename what the preview shows.
    const source = (local.get(id)?.versions ?? inBundle.get(id)) as Version[] | undefined
    const top = source?.length ? (winner(source).data as { hostSchool?: string }) : undefined
    return { id, hostSchool: top?.hostSchool ?? '' }
  })
}

/**
 * Inside a transaction: who is importing, with the largest number this device gave a clock. The
 * device id is read before the transaction (idb-keyval is another database).
 */
async function importer(deviceId: string): Promise<Importer> {
  return { deviceId, counter: (await readCounter(deviceId)).value }
}

/**
 * A record as this device knows it, for a message: its kind, what it holds here, and the host
 * school of its review here. Never the file's words: a file cannot name what it would change.
 */
function knownRecord(
  kind: string,
  versions: readonly Version[] | undefined,
  review: RecordRow | undefined,
): KnownRecord {
  const data = versions?.length ? winner(versions).data : undefined
  const top = review?.versions.length ? (winner(review.versions).data as Review) : undefined
  return { kind, data, review: top?.hostSchool ?? '' }
}

/** The plan, with a version claiming this device's work named in this device's words. */
function planHere(bundle: DecodedBundle, local: Map<string, RecordRow>, me: Importer) {
  try {
    return planImport(local, bundle.records, me)
  } catch (error) {
    if (!isReviewDayError(error, 'bundle/claims-this-device')) throw error
    const { recordId } = error.details
    const record = bundle.records.find((r) => r.id === recordId)
    const here = local.get(recordId)
    throw new ReviewDayError('bundle/claims-this-device', {
      recordId,
      record: knownRecord(
        record?.kind ?? '',
        here?.versions,
        local.get(record?.reviewId ?? here?.reviewId ?? ''),
      ),
    })
  }
}

function lossesOf(plan: ImportPlan, local: Map<string, RecordRow>): ImportPreview['losses'] {
  const name = (p: ImportPlan['records'][number]) =>
    knownRecord(p.record.kind, p.before, local.get(p.record.reviewId))
  return {
    deletes: plan.records.filter((p) => p.deletes).map(name),
    replaces: plan.records.filter((p) => p.replacesMine).map(name),
  }
}

/** Inside a transaction: the log's rows for this bundle id, whatever their digest. */
function loggedWithId(bundleId: string): Promise<ImportRow[]> {
  return db.importLog.where('bundleId').equals(bundleId).toArray()
}

/** What importing would change, computed without writing. */
export async function previewImport(bundle: DecodedBundle): Promise<ImportPreview> {
  const deviceId = await getDeviceId()
  const { local, logged, seq, me } = await db.transaction(
    'r',
    [db.records, db.importLog, db.meta],
    async () => {
      // All at once: each read waits for the database, not for the one before it.
      const [local, logged, seq, me] = await Promise.all([
        // The bundle's reviews too, so what it would change is named as this device knows it.
        localRows([...bundle.reviews, ...bundle.records.map((r) => r.id)]),
        loggedWithId(bundle.id),
        currentSeq(),
        importer(deviceId),
      ])
      return { local, logged, seq, me }
    },
  )
  const plan = planHere(bundle, local, me)
  return {
    bundleId: bundle.id,
    digest: bundle.digest,
    from: bundle.from,
    reviews: reviewNames(bundle, local),
    counts: plan.counts,
    alreadyImported: logged.some((row) => row.digest === bundle.digest),
    sameIdBefore: logged.some((row) => row.digest !== bundle.digest),
    losses: lossesOf(plan, local),
    basis: { bundleId: bundle.id, seq, plan },
  }
}

export interface ImportResult {
  counts: ImportCounts
  /** The same bundle was imported before: nothing was written. */
  alreadyImported: boolean
}

/**
 * Applies a bundle in one transaction. Throws (and writes nothing) on any problem. When nothing
 * has been written to the records since the preview (the change sequence has not moved), the
 * preview's plan is the plan; otherwise the local records are read again and the plan made anew.
 * What the import replaced is kept (importUndo) so that it can be undone.
 */
export async function applyImport(
  bundle: DecodedBundle,
  preview?: ImportPreview,
): Promise<ImportResult> {
  const deviceId = await getDeviceId()
  return writeTransaction(
    [db.records, db.meta, db.importLog, db.importUndo, db.people],
    async (): Promise<ImportResult> => {
      const [logged, me, seqNow, people] = await Promise.all([
        loggedWithId(bundle.id),
        importer(deviceId),
        currentSeq(),
        db.people.toArray(),
      ])
      const previous = logged.find((row) => row.digest === bundle.digest)
      if (previous) return { counts: previous.counts, alreadyImported: true }
      const basis = preview?.basis
      const plan =
        basis && basis.bundleId === bundle.id && basis.seq === seqNow
          ? basis.plan
          : planHere(bundle, await localRows(bundle.records.map((r) => r.id)), me)
      // The change sequence moves on by one (meta.ts, nextSeq) when any record changes.
      const seq = plan.changed.length > 0 ? seqNow + 1 : undefined
      // Every write asked for at once: the transaction runs them in order, without waiting for
      // each answer before asking the next (after 1,000 puts, each wait is a round trip).
      await Promise.all([
        seq === undefined ? undefined : writeChanges(bundle, plan, me.deviceId, seq),
        mergePeople(bundle, me.deviceId, people),
        db.importLog.add({
          bundleId: bundle.id,
          digest: bundle.digest,
          at: new Date().toISOString(),
          from: bundle.from,
          reviews: [...bundle.reviews],
          counts: plan.counts,
          ...(seq === undefined ? {} : { seq }),
          ...(logged.length > 0 ? { sameIdBefore: true } : {}),
        }),
      ])
      return { counts: plan.counts, alreadyImported: false }
    },
  )
}

/** The changed rows at the new change sequence, and what they held before (for undo). */
function writeChanges(
  bundle: DecodedBundle,
  plan: ImportPlan,
  deviceId: string,
  seq: number,
): Promise<unknown> {
  const records = plan.records
    .filter((p) => p.outcome !== 'unchanged')
    .map((p) => ({ id: p.record.id, before: p.before ? [...p.before] : null }))
  return Promise.all([
    db.meta.put({ key: 'seq', value: seq }),
    db.records.bulkPut(plan.changed.map((r) => rowOf(r, r.versions as Version[], seq))),
    raiseCounter(
      deviceId,
      plan.changed.flatMap((r) => r.versions as Version[]),
    ),
    db.importUndo.put({ bundleId: bundle.id, digest: bundle.digest, seq, records }),
  ])
}

/**
 * The people a bundle names join the directory by the rule of domain/people.ts: only a person's
 * own device renames them; this device's own profile is kept as it is. `stored` is the directory
 * as read in the same transaction.
 */
function mergePeople(
  bundle: DecodedBundle,
  deviceId: string,
  stored: readonly PersonRow[],
): Promise<unknown> {
  const known = new Map(stored.map((p) => [p.deviceId, p]))
  const rows = peopleFromBundle(bundle, (id) => known.get(id), deviceId)
  return rows.length > 0 ? db.people.bulkPut(rows) : Promise.resolve()
}

export { unexportedChanges } from './unexported'

export interface ExportedBundle {
  text: string
  bundleId: string
  records: number
  reviewIds: string[]
  /** The change sequence the bundle covers. */
  seq: number
}

/**
 * Every record of the chosen reviews, tombstones included, as a bundle's text. Writes nothing.
 * `onEncoding` is told when the records are read and the text is being made (a progress bar).
 */
export async function exportReviews(
  reviewIds: string[],
  profile: Profile,
  onEncoding?: () => void,
): Promise<ExportedBundle> {
  const deviceId = await getDeviceId()
  const { rows, seq, people } = await db.transaction(
    'r',
    [db.records, db.meta, db.people],
    async () => ({
      rows: await rowsOfReviews(reviewIds),
      seq: await currentSeq(),
      people: await db.people.toArray(),
    }),
  )
  onEncoding?.()
  const { bundle, text } = await encodeBundle({
    records: rows,
    reviews: reviewIds,
    from: { deviceId, name: profile.name, school: profile.school },
    people: bundlePeople(rows, people, { deviceId, ...profile }),
  })
  return { text, bundleId: bundle.id, records: rows.length, reviewIds, seq }
}

/**
 * Records that the person has sent an export on (shared or downloaded), so "unexported changes"
 * counts from here. Not called when they cancelled the share sheet.
 */
export async function markExported(
  exported: Pick<ExportedBundle, 'reviewIds' | 'seq'>,
): Promise<void> {
  const at = new Date().toISOString()
  await writeTransaction([db.exports], async () => {
    await db.exports.bulkPut(
      exported.reviewIds.map((reviewId) => ({ reviewId, seq: exported.seq, at })),
    )
  })
}

export function importHistory(): Promise<ImportRow[]> {
  return db.importLog.orderBy('at').reverse().toArray()
}

/** deviceId → name and school, this device's profile included. */
export async function peopleDirectory(): Promise<Map<string, { name: string; school: string }>> {
  const rows = await db.people.toArray()
  return new Map(rows.map((p) => [p.deviceId, { name: p.name, school: p.school }]))
}

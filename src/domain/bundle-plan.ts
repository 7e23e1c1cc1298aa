// What importing a bundle would do, worked out before anything is written (the preview of the
// README's "Importing: what is checked, in order"): per
// record new, updated, unchanged or conflict, with the merged versions to store. Pure, so the
// preview and the one Dexie transaction that applies it cannot disagree.
import { type BundleRecord, MAX_VERSIONS } from './bundle-schema'
import { ReviewDayError } from './errors'
import { mergeVersions, sameVersion, type Version, versionKey, winner } from './merge'
import type { Kind } from './schemas'
import { compareClocks } from './version-vector'

/** What the import plan needs of a record already on this device. */
export interface StoredLike {
  id: string
  kind: Kind
  reviewId: string
  versions: readonly Version[]
}

/** The local record with an id, from a Map or a lookup (e.g. over a bulkGet result). */
export type LocalRecords =
  | ReadonlyMap<string, StoredLike>
  | ((id: string) => StoredLike | undefined)

/**
 * - new: not on this device, arrives with one version
 * - updated: the merge moves the record on and leaves one version
 * - unchanged: the merge gives exactly what this device holds
 * - conflict: the merge changes the record and leaves more than one version
 */
export type ImportOutcome = 'new' | 'updated' | 'unchanged' | 'conflict'

export interface PlannedRecord {
  outcome: ImportOutcome
  /** The record as it should be stored after the import: merged versions. */
  record: BundleRecord
  /** The versions this device held before, or undefined where the record is new here. */
  before: readonly Version[] | undefined
  /** The record is shown here now, and the import would turn it into a deletion. */
  deletes: boolean
  /** What is shown here now is this device's own work, and the import shows someone else's. */
  replacesMine: boolean
}

export interface ImportCounts {
  new: number
  updated: number
  unchanged: number
  conflicts: number
}

export interface ImportPlan {
  /** One entry per incoming record, in bundle order. */
  records: PlannedRecord[]
  counts: ImportCounts
  /** The records to write (every outcome but unchanged); none means "nothing changed". */
  changed: BundleRecord[]
}

/** Who is importing: this device's id and the largest number it has put in a clock. */
export interface Importer {
  deviceId: string
  counter: number
}

export function planImport(
  local: LocalRecords,
  incoming: readonly BundleRecord[],
  importer?: Importer,
): ImportPlan {
  const lookup = typeof local === 'function' ? local : (id: string) => local.get(id)
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0 }
  const records: PlannedRecord[] = []
  const changed: BundleRecord[] = []
  const seen = new Set<string>()

  for (const record of incoming) {
    if (seen.has(record.id)) {
      throw new ReviewDayError('bundle/duplicate-record', { recordId: record.id })
    }
    seen.add(record.id)
    const stored = lookup(record.id)
    if (stored && (stored.kind !== record.kind || stored.reviewId !== record.reviewId)) {
      throw new ReviewDayError('bundle/record-mismatch', { recordId: record.id })
    }
    if (importer) checkClaims(record, stored, importer)
    const { outcome, versions } = outcomeOf(stored?.versions, record.versions)
    if (versions.length > MAX_VERSIONS) {
      throw new ReviewDayError('bundle/too-many-versions', {
        recordId: record.id,
        cap: MAX_VERSIONS,
      })
    }
    // The kind matches (checked above), so the local versions hold this kind's payload.
    const merged = { kind: record.kind, id: record.id, reviewId: record.reviewId, versions }
    const planned = merged as BundleRecord
    records.push({
      outcome,
      record: planned,
      before: stored?.versions,
      ...losses(stored, outcome, versions, importer),
    })
    if (outcome === 'conflict') counts.conflicts++
    else counts[outcome]++
    if (outcome !== 'unchanged') changed.push(planned)
  }
  return { records, counts, changed }
}

/**
 * A version that claims more of this device's changes than this device ever made (its entry for
 * this device above this device's counter, and above every number of this device in what is
 * stored here) cannot come from an honest file. Importing it would also move this device's
 * counter towards its end, and it may claim an edit or a deletion "by" this device.
 */
function checkClaims(
  record: BundleRecord,
  stored: StoredLike | undefined,
  importer: Importer,
): void {
  const me = importer.deviceId
  let made = importer.counter
  for (const v of stored?.versions ?? []) made = Math.max(made, ownEntry(v, me))
  for (const v of record.versions as Version[]) {
    if (ownEntry(v, me) > made) {
      throw new ReviewDayError('bundle/claims-this-device', {
        recordId: record.id,
        record: { kind: record.kind, review: '' },
      })
    }
  }
}

function ownEntry(v: Version, deviceId: string): number {
  return Object.hasOwn(v.clock, deviceId) ? (v.clock[deviceId] ?? 0) : 0
}

/** What the person would lose sight of: a record deleted, or their own work replaced. */
function losses(
  stored: StoredLike | undefined,
  outcome: ImportOutcome,
  versions: readonly Version[],
  importer: Importer | undefined,
): { deletes: boolean; replacesMine: boolean } {
  // A conflict keeps every version for a person to choose from: nothing is lost by it.
  if (!stored?.versions.length || outcome !== 'updated') {
    return { deletes: false, replacesMine: false }
  }
  const before = winner(stored.versions)
  const after = winner(versions)
  const deletes = !before.deleted && after.deleted
  const replacesMine =
    !deletes &&
    importer !== undefined &&
    before.by === importer.deviceId &&
    after.by !== importer.deviceId &&
    !before.deleted
  return { deletes, replacesMine }
}

function outcomeOf(
  local: readonly Version[] | undefined,
  incoming: readonly Version[],
): { outcome: ImportOutcome; versions: Version[] } {
  if (!local || local.length === 0) {
    // One version needs no merging; more may hold repeats or superseded versions.
    const versions = incoming.length === 1 ? [...incoming] : mergeVersions([], incoming)
    return { outcome: versions.length > 1 ? 'conflict' : 'new', versions }
  }
  // The usual case, one version on each side, decided by the clocks alone; the same answer as
  // the general path below, without building canonical keys for every record of a big import.
  const [l] = local
  const [i] = incoming
  if (local.length === 1 && incoming.length === 1 && l && i) {
    const order = compareClocks(i.clock, l.clock)
    if (order === 'before' || (order === 'equal' && identical(i, l))) {
      return { outcome: 'unchanged', versions: [...local] }
    }
    if (order === 'after') return { outcome: 'updated', versions: [i] }
  }
  const versions = mergeVersions(local, incoming)
  const before = new Set(local.map(versionKey))
  const same = versions.length === before.size && versions.every((v) => before.has(versionKey(v)))
  if (same) return { outcome: 'unchanged', versions: [...local] }
  return { outcome: versions.length > 1 ? 'conflict' : 'updated', versions }
}

// Re-importing a bundle meets the same versions again: equal plain JSON settles most of them
// before the canonical comparison, which sorts every key of the data.
function identical(a: Version, b: Version): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b) || sameVersion(a, b)
}

// What importing a bundle would do, worked out before anything is written (the preview of the
// README's "Importing: what is checked, in order"): per
// record new, updated, unchanged or conflict, with the merged versions to store. Pure, so the
// preview and the one Dexie transaction that applies it cannot disagree.
import type { BundleRecord } from './bundle-schema'
import { ReviewDayError } from './errors'
import { mergeVersions, sameVersion, type Version, versionKey } from './merge'
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

export function planImport(local: LocalRecords, incoming: readonly BundleRecord[]): ImportPlan {
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
    const { outcome, versions } = outcomeOf(stored?.versions, record.versions)
    // The kind matches (checked above), so the local versions hold this kind's payload.
    const merged = { kind: record.kind, id: record.id, reviewId: record.reviewId, versions }
    const planned = merged as BundleRecord
    records.push({ outcome, record: planned })
    if (outcome === 'conflict') counts.conflicts++
    else counts[outcome]++
    if (outcome !== 'unchanged') changed.push(planned)
  }
  return { records, counts, changed }
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

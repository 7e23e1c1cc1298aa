// Bundles in and out of the store. An import is planned without writing (the preview), then
// applied in ONE transaction that reads the local records again, so what is written is the merge
// with what is there at that moment: all or nothing (src/README.md, "An import, from a file to
// the screen").
import type { DecodedBundle } from '../domain/bundle'
import { encodeBundle, type ImportCounts, type ImportPlan, planImport } from '../domain/bundle'
import type { BundlePerson } from '../domain/bundle-schema'
import { type Version, winner } from '../domain/merge'
import { bundlePeople } from '../domain/people'
import type { Profile } from '../domain/schemas'
import { db, type ImportRow, type RecordRow } from './database'
import { getDeviceId } from './device'
import { currentSeq, nextSeq } from './meta'
import { raiseCounter, rowOf, writeTransaction } from './write'

export interface ImportPreview {
  bundleId: string
  from: DecodedBundle['from']
  /** Host school of each review the bundle holds, as far as the bundle or this device says. */
  reviews: { id: string; hostSchool: string }[]
  counts: ImportCounts
  alreadyImported: boolean
  /** The plan and the change sequence it was worked out at, for applyImport to reuse. */
  readonly basis: { bundleId: string; seq: number; plan: ImportPlan }
}

async function localRows(ids: string[]): Promise<Map<string, RecordRow>> {
  const rows = await db.records.bulkGet(ids)
  const map = new Map<string, RecordRow>()
  for (const row of rows) if (row) map.set(row.id, row)
  return map
}

function reviewNames(bundle: DecodedBundle, local: Map<string, RecordRow>) {
  const inBundle = new Map(
    bundle.records.filter((r) => r.kind === 'review').map((r) => [r.id, r.versions]),
  )
  return bundle.reviews.map((id) => {
    const source = (inBundle.get(id) ?? local.get(id)?.versions) as Version[] | undefined
    const top = source?.length ? (winner(source).data as { hostSchool?: string }) : undefined
    return { id, hostSchool: top?.hostSchool ?? '' }
  })
}

/** What importing would change, computed without writing. */
export async function previewImport(bundle: DecodedBundle): Promise<ImportPreview> {
  const { local, already, seq } = await db.transaction(
    'r',
    [db.records, db.imports, db.meta],
    async () => ({
      local: await localRows(bundle.records.map((r) => r.id)),
      already: await db.imports.get(bundle.id),
      seq: await currentSeq(),
    }),
  )
  const plan = planImport(local, bundle.records)
  return {
    bundleId: bundle.id,
    from: bundle.from,
    reviews: reviewNames(bundle, local),
    counts: plan.counts,
    alreadyImported: Boolean(already),
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
 */
export async function applyImport(
  bundle: DecodedBundle,
  preview?: ImportPreview,
): Promise<ImportResult> {
  const deviceId = await getDeviceId()
  return writeTransaction(
    [db.records, db.meta, db.imports, db.people],
    async (): Promise<ImportResult> => {
      const previous = await db.imports.get(bundle.id)
      if (previous) return { counts: previous.counts, alreadyImported: true }
      const seqNow = await currentSeq()
      const basis = preview?.basis
      const plan =
        basis && basis.bundleId === bundle.id && basis.seq === seqNow
          ? basis.plan
          : planImport(await localRows(bundle.records.map((r) => r.id)), bundle.records)
      if (plan.changed.length > 0) {
        const seq = await nextSeq()
        await db.records.bulkPut(plan.changed.map((r) => rowOf(r, r.versions as Version[], seq)))
        await raiseCounter(
          deviceId,
          plan.changed.flatMap((r) => r.versions as Version[]),
        )
      }
      await mergePeople(bundle.people, deviceId)
      const entry: ImportRow = {
        bundleId: bundle.id,
        at: new Date().toISOString(),
        from: bundle.from,
        reviews: [...bundle.reviews],
        counts: plan.counts,
      }
      await db.imports.add(entry)
      return { counts: plan.counts, alreadyImported: false }
    },
  )
}

/** Names from a bundle fill the directory; this device's own profile is kept as it is. */
async function mergePeople(people: Record<string, BundlePerson>, deviceId: string): Promise<void> {
  const rows = Object.entries(people)
    .filter(([id]) => id !== deviceId)
    .map(([id, p]) => ({ deviceId: id, name: p.name, school: p.school, role: p.role }))
  if (rows.length > 0) await db.people.bulkPut(rows)
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

/** Every record of the chosen reviews, tombstones included, as a bundle's text. Writes nothing. */
export async function exportReviews(
  reviewIds: string[],
  profile: Profile,
): Promise<ExportedBundle> {
  const deviceId = await getDeviceId()
  const { rows, seq, people } = await db.transaction(
    'r',
    [db.records, db.meta, db.people],
    async () => ({
      rows: await db.records.where('reviewId').anyOf(reviewIds).toArray(),
      seq: await currentSeq(),
      people: await db.people.toArray(),
    }),
  )
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
export async function markExported(exported: ExportedBundle): Promise<void> {
  const at = new Date().toISOString()
  await writeTransaction([db.exports], async () => {
    await db.exports.bulkPut(
      exported.reviewIds.map((reviewId) => ({ reviewId, seq: exported.seq, at })),
    )
  })
}

export function importHistory(): Promise<ImportRow[]> {
  return db.imports.orderBy('at').reverse().toArray()
}

/** deviceId → name and school, this device's profile included. */
export async function peopleDirectory(): Promise<Map<string, { name: string; school: string }>> {
  const rows = await db.people.toArray()
  return new Map(rows.map((p) => [p.deviceId, { name: p.name, school: p.school }]))
}

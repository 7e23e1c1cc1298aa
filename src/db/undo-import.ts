// Undoing an import (the README's "Bundle format", "Undoing an import"): every record the import
// changed gets a new version whose content is what this device showed before it (a deletion
// where the record came with the import). Ordinary versions, made by the resolve rule, so the undo
// travels in bundles like any edit and every device that meets it agrees.
import { isConflicted, resolve, type Version, winner } from '../domain/merge'
import { db, type ImportRow, type UndoCounts } from './database'
import { rowOf } from './row'
import { nextNumbers, writeNumbered } from './write'

export type { UndoCounts }

/**
 * Undoes the import logged under `bundleId` and `digest`, in one transaction. Records changed
 * again since (their change sequence moved), or no longer here, are left as they are; so is a
 * record in conflict, before the import or because of it: one version written over concurrent ones
 * would settle the conflict, superseding the other side's words without anyone choosing. Says how
 * many of each, and the log remembers it was undone. An import already undone, or that changed
 * nothing, is left as it is.
 */
export async function undoImport(bundleId: string, digest: string): Promise<UndoCounts> {
  return writeNumbered([db.records, db.importLog, db.importUndo], async (deviceId) => {
    const entry = await db.importLog.get([bundleId, digest])
    const kept = await db.importUndo.get([bundleId, digest])
    const counts: UndoCounts = { restored: 0, changedSince: 0, conflicts: 0 }
    if (!entry || entry.undone || !kept) return counts
    for (const { id, before } of kept.records) {
      const row = await db.records.get(id)
      if (!row || row.seq !== kept.seq) counts.changedSince++
      else if (isConflicted(row.versions) || (before && isConflicted(before))) counts.conflicts++
      else {
        const { author, seq } = await nextNumbers(deviceId, row.versions)
        await db.records.put(
          rowOf(row, resolve(row.versions, asBefore(before, row.versions), author), seq),
        )
        counts.restored++
      }
    }
    const undone: ImportRow['undone'] = { ...counts, at: new Date().toISOString() }
    await db.importLog.put({ ...entry, undone })
    await db.importUndo.delete([bundleId, digest])
    return counts
  })
}

/**
 * What this device showed before the import: its one version, or — where the import brought the
 * record — a deletion that keeps what is there now as its content, as every deletion does.
 */
function asBefore(before: Version[] | null, now: readonly Version[]) {
  const shown = before?.length ? winner(before) : undefined
  if (shown) return { data: shown.data, deleted: shown.deleted }
  return { data: winner(now).data, deleted: true }
}

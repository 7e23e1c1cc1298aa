// The device-wide numbers of the meta table, read and moved on inside the caller's transaction.
import { db, type MetaRow } from './database'

export async function metaValue(key: MetaRow['key']): Promise<number> {
  return (await db.meta.get(key))?.value ?? 0
}

/**
 * The change sequence. Every write to records moves it on (edits, imports, removal), so an
 * import previewed before a write plans again, and "unexported changes" counts from an export.
 */
export function currentSeq(): Promise<number> {
  return metaValue('seq')
}

/** Moves the change sequence on by one; returns the new value. */
export async function nextSeq(): Promise<number> {
  const seq = (await currentSeq()) + 1
  await db.meta.put({ key: 'seq', value: seq })
  return seq
}

/**
 * A device id's counter and the meta key it is kept under: its own row once it has one (a device
 * id that took over when another's ran out), else `counter` (the first device id of this device).
 */
export async function readCounter(
  deviceId: string,
): Promise<{ key: MetaRow['key']; value: number }> {
  const own = `counter:${deviceId}` as const
  const [mine, first] = await db.meta.bulkGet([own, 'counter'])
  if (mine) return { key: own, value: mine.value }
  return { key: 'counter', value: first?.value ?? 0 }
}

// A full disk, as every write reports it. Free of Dexie: the profile (db/device.ts, idb-keyval) is
// saved from the first screen, which loads no Dexie.
import { ReviewDayError } from '../domain/errors'

/** A write refused because the device is full; the screens say so in the catalogue's words. */
export class StorageFullError extends ReviewDayError<'storage/full'> {
  constructor(cause: unknown) {
    super('storage/full', undefined, { cause })
  }
}

/** Chromium reports a full disk as an AbortError whose inner error is a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const named = e as { name?: string; inner?: unknown; cause?: unknown }
    if (named.name === 'QuotaExceededError') return true
    e = named.inner ?? named.cause
  }
  return false
}

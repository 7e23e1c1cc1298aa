// The person using this device: a local profile and a random deviceId, kept with idb-keyval,
// outside the records (they appear in records only as authorship).
import { createStore, del, get, set } from 'idb-keyval'
import type { Profile } from '../domain/schemas'
import { isQuotaError, StorageFullError } from './storage-full'

const store = createStore('review-day-device', 'device')

let deviceIdPromise: Promise<string> | undefined

/** This device's id, made on first use. */
export function getDeviceId(): Promise<string> {
  deviceIdPromise ??= (async () => {
    const existing = await get<string>('deviceId', store)
    if (existing) return existing
    const fresh = crypto.randomUUID()
    await set('deviceId', fresh, store)
    return fresh
  })()
  return deviceIdPromise
}

export function getProfile(): Promise<Profile | undefined> {
  return get<Profile>('profile', store)
}

/** Saves the profile; a full disk is a StorageFullError, as for every other write. */
export async function saveProfile(profile: Profile): Promise<void> {
  try {
    await set('profile', profile, store)
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error)
    throw error
  }
}

/** Erasing everything also makes a new deviceId, so old counters are never reused. */
export async function forgetDevice(): Promise<void> {
  await del('deviceId', store)
  await del('profile', store)
  deviceIdPromise = undefined
}

/**
 * Adopts `fresh` as this device's id if `spent` is still the id (another tab may have moved on
 * already), and forgets the id this tab held, so the next read takes whichever is current.
 */
export async function replaceDeviceId(spent: string, fresh: string): Promise<void> {
  if ((await get<string>('deviceId', store)) === spent) await set('deviceId', fresh, store)
  deviceIdPromise = undefined
}

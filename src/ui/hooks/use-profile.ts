import { signal } from '@preact/signals-core'
import { getProfile, saveProfile } from '../../db/device'
import type { Profile } from '../../domain/schemas'
import { useSignalValue } from './use-signal'

const profile = signal<Profile | null | undefined>(undefined)
let requested = false

/**
 * This device's profile: undefined while loading, null before the person has said who they are.
 * Every component that reads it re-renders when it is loaded or saved.
 */
export function useProfile(): Profile | null | undefined {
  if (!requested) {
    requested = true
    void getProfile().then((stored) => {
      // A profile saved while this read was on its way is newer: keep it.
      if (profile.value === undefined) profile.value = stored ?? null
    })
  }
  return useSignalValue(profile)
}

export async function updateProfile(next: Profile): Promise<void> {
  await saveProfile(next)
  profile.value = next
}

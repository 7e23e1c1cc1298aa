import { useEffect, useState } from 'preact/hooks'
import { getProfile, saveProfile } from '../../db/device'
import type { Profile } from '../../domain/schemas'

type Listener = (p: Profile | null) => void
const listeners = new Set<Listener>()
let current: Profile | null | undefined

/** This device's profile: undefined while loading, null before the person has said who they are. */
export function useProfile(): Profile | null | undefined {
  const [profile, setProfile] = useState(current)
  useEffect(() => {
    listeners.add(setProfile)
    if (current === undefined) {
      void getProfile().then((p) => {
        current = p ?? null
        for (const l of listeners) l(current)
      })
    }
    return () => {
      listeners.delete(setProfile)
    }
  }, [])
  return profile
}

export async function updateProfile(profile: Profile): Promise<void> {
  await saveProfile(profile)
  current = profile
  for (const l of listeners) l(current)
}

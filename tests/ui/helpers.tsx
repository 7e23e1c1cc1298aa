import { render } from '@testing-library/preact'
import { db } from '../../src/db/database'
import { App } from '../../src/ui/App'
import { updateProfile } from '../../src/ui/hooks/use-profile'

export async function resetDatabase() {
  await Promise.all(db.tables.map((table) => table.clear()))
}

export async function signIn() {
  await updateProfile({ name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' })
}

/** Renders the whole app at a path, as a deep link would open it. */
export function openAt(path: string) {
  window.history.replaceState(null, '', path)
  return render(<App />)
}

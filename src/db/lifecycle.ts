// Another tab (or a newer version of the app in another tab) may need this database: IndexedDB
// then asks us to close it ('versionchange'), or tells us we are waiting on an older tab
// ('blocked'). This tab closes its connection for good, so the other can upgrade and this tab's
// older code never writes into a database a newer version now owns; a banner asks the person to
// reload. Text typed meanwhile stays on screen and is journaled when the page reloads.
import { type ReadonlySignal, signal } from '@preact/signals-core'
import type { ReviewDayDatabase } from './database'

export type Interruption = 'closed-by-other-tab' | 'blocked-by-other-tab' | 'closed'

const state = signal<Interruption | null>(null)

/** Why this tab can no longer use the database, or null while it can. */
export const interruption: ReadonlySignal<Interruption | null> = state

/** Called by database.ts on the app's database, so it is watched before anything opens it. */
export function watchDatabase(database: ReviewDayDatabase): void {
  database.on('versionchange', () => {
    state.value = 'closed-by-other-tab'
    // Dexie's default handler would close and then quietly reopen on the next write.
    database.close({ disableAutoOpen: true })
    return false
  })
  database.on('blocked', () => {
    state.value = 'blocked-by-other-tab'
  })
  // Closing fires 'close' too: keep the more precise reason when there is one.
  database.on('close', () => {
    if (state.value === null) state.value = 'closed'
  })
}

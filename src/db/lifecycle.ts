// Another tab (or a newer version of the app in another tab) may need this database: IndexedDB
// then asks us to close it ('versionchange'), or tells us we are waiting on an older tab
// ('blocked'). Dexie closes the database on versionchange, so the other tab can go on; this
// module turns both into one state a banner shows, telling the person to reload.
import { db, type ReviewDayDatabase } from './database'

export type Interruption = 'closed-by-other-tab' | 'blocked-by-other-tab' | 'closed'

type Listener = (state: Interruption | null) => void
const listeners = new Set<Listener>()
let state: Interruption | null = null

function set(next: Interruption) {
  state = next
  for (const l of listeners) l(state)
}

export function watchDatabase(database: ReviewDayDatabase = db): void {
  database.on('versionchange', () => {
    set('closed-by-other-tab')
    // Not returning false: Dexie's default closes this connection so the other tab can upgrade.
  })
  database.on('blocked', () => set('blocked-by-other-tab'))
  database.on('close', () => set('closed'))
}

export function subscribeInterruption(listener: Listener): () => void {
  listeners.add(listener)
  listener(state)
  return () => {
    listeners.delete(listener)
  }
}

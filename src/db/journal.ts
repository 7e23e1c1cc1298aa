// A last-moment journal for text typed just before the page goes away. IndexedDB writes are
// asynchronous and a closing tab can cut them off; localStorage writes are synchronous. So when the
// page is hidden or closed with edits still unsaved, they are written here first, and replayed
// into the database when the app next starts. A successful save removes its entry.
import { canonicalJson } from '../domain/canonical'
import type { Kind, Payload, PayloadOf } from '../domain/schemas'
import { JOURNAL_PREFIX } from './keys'
import { getShown, saveDraft } from './read'
import { saveRecord } from './write'

export type JournalEntry =
  | { type: 'record'; id: string; kind: Kind; data: Payload }
  | { type: 'draft'; key: string; text: string; lines: string[] }

export function journalWrite(key: string, entry: JournalEntry): void {
  try {
    localStorage.setItem(JOURNAL_PREFIX + key, JSON.stringify(entry))
  } catch {
    // Storage full or unavailable: the IndexedDB write that follows is the remaining chance.
  }
}

export function journalForget(key: string): void {
  try {
    localStorage.removeItem(JOURNAL_PREFIX + key)
  } catch {
    // Nothing to forget.
  }
}

/** Saves what a closed page left unsaved. Returns how many entries were replayed. */
export async function replayJournal(): Promise<number> {
  let replayed = 0
  const keys: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key)
  }
  for (const key of keys) {
    try {
      const entry = JSON.parse(localStorage.getItem(key) ?? 'null') as JournalEntry | null
      if (entry?.type === 'draft') {
        await saveDraft(entry.key, entry.text, entry.lines)
        replayed++
      } else if (entry?.type === 'record') {
        const current = await getShown(entry.id)
        if (current && canonicalJson(current.data) !== canonicalJson(entry.data)) {
          await saveRecord(entry.id, entry.kind, entry.data as PayloadOf[typeof entry.kind])
          replayed++
        }
      }
    } catch (error) {
      // A record that became conflicted meanwhile is resolved by a person, not by this replay.
      console.error('Could not replay unsaved text', error)
    }
    localStorage.removeItem(key)
  }
  return replayed
}

// Recovered text: what the journal (db/journal.ts) held that could not be saved where it was
// written. It is never dropped quietly: it stays in localStorage under RECOVERED_PREFIX and the
// screens show it ("Recovered text from <time>") until the person adds it as a note, copies it or
// discards it. `recovered` lists it for the screens and changes whenever the list does. Light on
// purpose (the reviews list, the first screen, watches it): adding it as a note is in
// db/recovered-note.ts, loaded with the cards that offer it.
import { type ReadonlySignal, signal } from '@preact/signals-core'
import { RECOVERED_PREFIX } from './keys'

export interface RecoveredItem {
  /** Its localStorage key. */
  key: string
  /** When it was journaled. */
  at: string
  /** The words to show, each a paragraph. */
  texts: string[]
  /** The visit or conversation it was typed in, when it came from one: it may be added there. */
  recordId?: string
  /** What the journal held, kept whole in case a person needs more than the texts. */
  entry: unknown
}

function readAll(): RecoveredItem[] {
  const items: RecoveredItem[] = []
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(RECOVERED_PREFIX)) continue
      try {
        items.push(JSON.parse(localStorage.getItem(key) ?? '') as RecoveredItem)
      } catch {
        // Not ours to read: left as it is.
      }
    }
  } catch {
    // No localStorage: nothing was kept there.
  }
  return items.sort((a, b) => (a.at < b.at ? -1 : 1))
}

const list = signal<RecoveredItem[]>(readAll())
/** Every piece of recovered text, oldest first. */
export const recovered: ReadonlySignal<RecoveredItem[]> = list

/** Reads the list again (after localStorage changed behind this module's back). */
export function refreshRecovered(): void {
  list.value = readAll()
}

/**
 * Keeps text that could not be replayed. Returns false when it could not be kept (storage full),
 * so the caller leaves it where it was.
 */
export function keepRecovered(item: Omit<RecoveredItem, 'key'>, from: string): boolean {
  const key = `${RECOVERED_PREFIX}${item.at}:${from}`
  try {
    localStorage.setItem(key, JSON.stringify({ ...item, key }))
  } catch {
    return false
  }
  refreshRecovered()
  return true
}

/** Removes a piece of recovered text for good (after the person confirmed). */
export function discardRecovered(key: string): void {
  localStorage.removeItem(key)
  refreshRecovered()
}

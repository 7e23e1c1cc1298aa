// A last-moment journal for text typed just before the page goes away. IndexedDB writes are
// asynchronous and a closing tab can cut them off; localStorage writes are synchronous. So when the
// page is hidden or closed with edits still unsaved, they are written here first, and replayed
// into the database when the app next starts. An entry is removed only once its text is saved:
// one that cannot be applied (its record went into conflict or was deleted meanwhile, say) is
// kept as recovered text (db/recovered.ts), which the screens show until a person deals with it.
import { canonicalJson } from '../domain/canonical'
import { textsNotIn } from '../domain/combine'
import type { Clock, Kind, Payload, PayloadOf } from '../domain/schemas'
import { JOURNAL_PREFIX, recordOfJotKey } from './keys'
import { getShown, saveDraft } from './read'
import { keepRecovered, type RecoveredItem } from './recovered'
import { saveRecord } from './write'

export type JournalEntry =
  | {
      type: 'record'
      id: string
      kind: Kind
      data: Payload
      /** The version the text was typed on (saveRecord's `seen`); absent in older entries. */
      seen?: Clock
    }
  | { type: 'draft'; key: string; text: string; lines: string[] }

/** An entry as stored: with the time it was written (absent in entries of older versions). */
type Stored = JournalEntry & { at?: string }

export function journalWrite(key: string, entry: JournalEntry): void {
  try {
    const stored: Stored = { ...entry, at: new Date().toISOString() }
    localStorage.setItem(JOURNAL_PREFIX + key, JSON.stringify(stored))
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

/**
 * Saves what a closed page left unsaved. Returns how many entries were replayed. An entry leaves
 * the journal only once saved (or found saved already); one that cannot be applied is kept as
 * recovered text, and if even that cannot be written it stays in the journal for the next start.
 */
export async function replayJournal(): Promise<number> {
  const keys: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key)
  }
  let replayed = 0
  for (const key of keys) if (await replayStored(key)) replayed++
  return replayed
}

/**
 * The journal's entry for `key` (as journalWrite was given it) settled now, as replayJournal
 * settles each at the next start: saved, or kept as recovered text, which the screens show at
 * once. For a screen closed with text it could not save (a record in conflict, a full disk), so
 * the words are not left in the journal, unseen, until the app is opened again.
 */
export async function settleJournal(key: string): Promise<void> {
  await replayStored(JOURNAL_PREFIX + key)
}

/** Replays one stored entry; true when it was saved by this replay. */
async function replayStored(key: string): Promise<boolean> {
  const raw = localStorage.getItem(key)
  if (raw === null) return false
  let entry: Stored | undefined
  try {
    entry = JSON.parse(raw) as Stored
    const saved = await replayOne(entry)
    localStorage.removeItem(key)
    return saved
  } catch (error) {
    // A record that went into conflict meanwhile is resolved by a person, not by this replay;
    // the text is kept for them.
    console.error('Could not replay unsaved text', error)
    const item = await recoveredFrom(entry, raw).catch(() => asRaw(raw))
    if (!item.texts.length || keepRecovered(item, key.slice(JOURNAL_PREFIX.length))) {
      localStorage.removeItem(key)
    }
    return false
  }
}

/** Saves one entry; false when it was saved already. Throws when it cannot be applied. */
async function replayOne(entry: Stored): Promise<boolean> {
  if (entry.type === 'draft') {
    await saveDraft(entry.key, entry.text, entry.lines)
    return true
  }
  if (entry.type !== 'record') throw new Error('Not a journal entry')
  const current = await getShown(entry.id)
  if (!current) throw new Error('The record is gone')
  if (canonicalJson(current.data) === canonicalJson(entry.data)) return false
  await saveRecord(entry.id, entry.kind, entry.data as PayloadOf[typeof entry.kind], entry.seen)
  return true
}

/**
 * What a person needs of an entry that could not be applied: its texts the store does not hold,
 * and where it may be added as a note. Unreadable entries are shown as they are.
 */
async function recoveredFrom(
  entry: Stored | undefined,
  raw: string,
): Promise<Omit<RecoveredItem, 'key'>> {
  const at = entry?.at ?? new Date().toISOString()
  if (entry?.type === 'draft') {
    const recordId = recordOfJotKey(entry.key)
    return { at, texts: entry.text.trim() ? [entry.text] : [], recordId, entry }
  }
  if (entry?.type === 'record') {
    const current = await getShown(entry.id).catch(() => undefined)
    const texts = textsNotIn(entry.kind, entry.data, current?.data)
    const notes = entry.kind === 'visit' || entry.kind === 'conversation'
    return { at, texts, recordId: notes ? entry.id : undefined, entry }
  }
  return asRaw(raw)
}

function asRaw(raw: string): Omit<RecoveredItem, 'key'> {
  return { at: new Date().toISOString(), texts: [raw], entry: raw }
}

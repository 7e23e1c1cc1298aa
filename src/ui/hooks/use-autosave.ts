import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { type JournalEntry, journalForget, journalWrite, settleJournal } from '../../db/journal'
import type { Shown } from '../../db/shown'
import { StorageFullError, saveRecord } from '../../db/write'
import { ConflictError } from '../../domain/merge'
import type { Clock, Kind, PayloadOf } from '../../domain/schemas'

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'full' | 'conflict' | 'error'

/** How long typing may pause before it is written. */
export const AUTOSAVE_DELAY_MS = 300

/** The flush of every autosave on screen now. */
const onScreen = new Set<() => Promise<void>>()

/**
 * Saves what every screen holds unsaved. For a write of the same records from elsewhere on the
 * page (Recovered's "Add it as a note"): it starts from the person's typing, saved, instead of
 * having that typing, saved a moment later over what the screen showed, replace it.
 */
export function saveWhatIsTyped(): Promise<void> {
  return Promise.all([...onScreen].map((flush) => flush())).then(() => undefined)
}

interface AutosaveState<T> {
  /** Edits made here, and how many of them are saved. */
  edits: number
  saved: number
  latest: T | undefined
  timer: number
  key: string | undefined
  /**
   * The order of the newest stored value this hook wrote or adopted (a record's change sequence,
   * a draft's revision). What the database delivers is adopted only when its order is higher.
   */
  order: number
  /** What the local copy was taken from, as its Source said (a record's Shown.seen). */
  seen: Clock | undefined
}

/** What the screen shows, read from the database, with the order it was stored in. */
export interface Source<T> {
  key: string
  data: T
  order: number
  /**
   * A record's version the data is (Shown.seen): the edits are saved over it, so that a version
   * another device wrote meanwhile is kept beside them (saveRecord).
   */
  seen?: Clock | undefined
}

/** A new value, or a change to the newest one (never to what an older render showed). */
export type Update<T> = T | ((newest: T) => T)

/**
 * A local copy of a record's payload that the person edits, written back within
 * AUTOSAVE_DELAY_MS of the last change and at once when the page is hidden or closed, so
 * locking the phone or closing the tab loses nothing. While there are unsaved edits, changes
 * arriving from the database do not overwrite the person's text, and a late echo of an older
 * save never does (see useAdopt). A failed write keeps the text on screen and says why.
 * `save` resolves to the order of what it stored.
 */
export function useAutosave<T>(
  source: Source<T> | undefined,
  save: (data: T, seen: Clock | undefined) => Promise<number>,
  toJournal: (data: T, seen: Clock | undefined) => JournalEntry,
) {
  const [draft, setDraft] = useState<T | undefined>(source?.data)
  const [status, setStatus] = useState<SaveStatus>('saved')
  const state = useRef<AutosaveState<T>>({
    edits: 0,
    saved: 0,
    latest: source?.data,
    timer: 0,
    key: source?.key,
    order: source?.order ?? 0,
    seen: source?.seen,
  })
  const saveRef = useRef(save)
  saveRef.current = save
  const chain = useRef<Promise<void>>(Promise.resolve())
  useAdopt(source, state.current, setDraft)

  const flush = useCallback((): Promise<void> => {
    const s = state.current
    window.clearTimeout(s.timer)
    if (s.edits === s.saved || s.latest === undefined) return chain.current
    const target = s.edits
    const data = s.latest
    const seen = s.seen
    setStatus('saving')
    chain.current = chain.current.then(async () => {
      try {
        s.order = Math.max(s.order, await saveRef.current(data, seen))
        if (s.saved < target) s.saved = target
        if (s.edits === s.saved && s.key) journalForget(s.key)
        setStatus(s.edits === s.saved ? 'saved' : 'pending')
      } catch (error) {
        setStatus(failure(error))
      }
    })
    return chain.current
  }, [])

  /**
   * Changes the local copy. `redraw: false` is for a change the screen already shows (text typed
   * into a field), so a keystroke costs no render; a screen that passes it must draw from newest(),
   * never from `draft` alone, or its next render would put older text back in the field.
   */
  const update = useCallback(
    (change: Update<T>, redraw = true) => {
      const s = state.current
      // Applied to the newest local value, so a handler holding an older render cannot undo
      // what was typed since.
      const next =
        typeof change === 'function' ? (change as (newest: T) => T)(s.latest as T) : change
      s.latest = next
      s.edits += 1
      if (redraw) setDraft(next)
      setStatus('pending')
      window.clearTimeout(s.timer)
      s.timer = window.setTimeout(flush, AUTOSAVE_DELAY_MS)
    },
    [flush],
  )
  /** The newest local value, which a handler reads instead of the one its render showed. */
  const newest = useCallback((): T | undefined => state.current.latest, [])
  useSaveOnLeave(state.current, flush, toJournal)
  return { draft, update, flush, status, newest }
}

/** What a failed save tells the person; an unexpected failure is also logged. */
function failure(error: unknown): SaveStatus {
  if (error instanceof StorageFullError) return 'full'
  if (error instanceof ConflictError) return 'conflict'
  console.error(error)
  return 'error'
}

/**
 * Adopts what the database holds when nothing typed here is waiting to be saved and it is newer
 * than anything this hook wrote or adopted. A live query can deliver, late and in any order,
 * results read before our newest save committed; their order is not higher than that save's, so
 * they can never wipe what was typed since, however late they come.
 */
function useAdopt<T>(
  source: Source<T> | undefined,
  s: AutosaveState<T>,
  setDraft: (data: T) => void,
) {
  useEffect(() => {
    if (!source) return
    if (s.key !== source.key) s.key = source.key
    else if (s.edits !== s.saved || source.order <= s.order) return
    s.order = source.order
    s.latest = source.data
    s.seen = source.seen
    s.edits = s.saved
    setDraft(source.data)
  }, [source?.key, source?.data, source?.order])
}

/**
 * Saves at once when the page is hidden or closed, journaling first what is still unsaved; and so
 * when the screen closes, where what still cannot be saved (a record gone into conflict, a full
 * disk) is settled as the journal is at a start: saved, or kept as recovered text that the screens
 * show. Held only in this screen's memory, it would be gone with the screen.
 */
function useSaveOnLeave<T>(
  s: AutosaveState<T>,
  flush: () => Promise<void>,
  toJournal: (data: T, seen: Clock | undefined) => JournalEntry,
) {
  const journalRef = useRef(toJournal)
  journalRef.current = toJournal
  useEffect(() => {
    // The page may be gone before an IndexedDB write finishes: journal synchronously first.
    const leaving = () => {
      if (s.edits !== s.saved && s.latest !== undefined && s.key) {
        journalWrite(s.key, journalRef.current(s.latest, s.seen))
      }
      return flush()
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') void leaving()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', leaving)
    onScreen.add(flush)
    return () => {
      onScreen.delete(flush)
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', leaving)
      void leaving().then(() => {
        if (s.edits !== s.saved && s.key) return settleJournal(s.key)
      })
    }
  }, [flush])
}

/**
 * Autosave of one record's payload through the store's local-edit rule, made on the version the
 * screen was given (`record.seen`).
 */
export function useRecordAutosave<K extends Kind>(
  record: Pick<Shown<K>, 'id' | 'kind' | 'data' | 'seq' | 'seen'>,
) {
  const { id, kind } = record
  return useAutosave<PayloadOf[K]>(
    { key: id, data: record.data, order: record.seq, seen: record.seen },
    (next, seen) => saveRecord(id, kind, next, seen),
    (next, seen) => ({ type: 'record', id, kind, data: next, ...(seen ? { seen } : {}) }),
  )
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { type JournalEntry, journalForget, journalWrite } from '../../db/journal'
import { StorageFullError, saveRecord } from '../../db/write'
import { canonicalJson } from '../../domain/canonical'
import { ConflictError } from '../../domain/merge'
import type { Kind, PayloadOf } from '../../domain/schemas'

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'full' | 'conflict' | 'error'

/** How long typing may pause before it is written. */
export const AUTOSAVE_DELAY_MS = 300

interface AutosaveState<T> {
  /** Edits made here, and how many of them are saved. */
  edits: number
  saved: number
  latest: T | undefined
  timer: number
  key: string | undefined
  /** Canonical JSON of the last few values this hook saved, to recognise late echoes. */
  sent: string[]
}

/**
 * A local copy of a record's payload that the person edits, written back within
 * AUTOSAVE_DELAY_MS of the last change and at once when the page is hidden or closed, so
 * locking the phone or closing the tab loses nothing. While there are unsaved edits, changes
 * arriving from the database do not overwrite the person's text. A failed write keeps the text
 * on screen and says why.
 */
export function useAutosave<T>(
  source: { key: string; data: T } | undefined,
  save: (data: T) => Promise<void>,
  toJournal: (data: T) => JournalEntry,
) {
  const [draft, setDraft] = useState<T | undefined>(source?.data)
  const [status, setStatus] = useState<SaveStatus>('saved')
  const state = useRef<AutosaveState<T>>({
    edits: 0,
    saved: 0,
    latest: source?.data,
    timer: 0,
    key: source?.key,
    sent: [],
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
    setStatus('saving')
    chain.current = chain.current.then(async () => {
      try {
        await saveRef.current(data)
        s.sent = [...s.sent.slice(-9), canonicalJson(data)]
        if (s.saved < target) s.saved = target
        if (s.edits === s.saved && s.key) journalForget(s.key)
        setStatus(s.edits === s.saved ? 'saved' : 'pending')
      } catch (error) {
        setStatus(failure(error))
      }
    })
    return chain.current
  }, [])

  const update = useCallback(
    (next: T) => {
      const s = state.current
      s.latest = next
      s.edits += 1
      setDraft(next)
      setStatus('pending')
      window.clearTimeout(s.timer)
      s.timer = window.setTimeout(flush, AUTOSAVE_DELAY_MS)
    },
    [flush],
  )
  useSaveOnLeave(state.current, flush, toJournal)
  return { draft, update, flush, status }
}

/** What a failed save tells the person; an unexpected failure is also logged. */
function failure(error: unknown): SaveStatus {
  if (error instanceof StorageFullError) return 'full'
  if (error instanceof ConflictError) return 'conflict'
  console.error(error)
  return 'error'
}

/**
 * Adopts what the database holds whenever nothing typed here is waiting to be saved — unless it
 * is a late echo of an older save of ours (a live query can deliver a result read before our
 * newest save committed; adopting it would wipe what was typed since).
 */
function useAdopt<T>(
  source: { key: string; data: T } | undefined,
  s: AutosaveState<T>,
  setDraft: (data: T) => void,
) {
  useEffect(() => {
    if (!source) return
    if (s.key !== source.key) {
      s.key = source.key
      s.sent = []
    } else {
      if (s.edits !== s.saved) return
      const incoming = canonicalJson(source.data)
      if (incoming === canonicalJson(s.latest)) return
      if (s.sent.includes(incoming)) return
    }
    s.latest = source.data
    s.edits = s.saved
    setDraft(source.data)
  }, [source?.key, source?.data])
}

/** Saves at once when the page is hidden or closed, journaling first what is still unsaved. */
function useSaveOnLeave<T>(
  s: AutosaveState<T>,
  flush: () => Promise<void>,
  toJournal: (data: T) => JournalEntry,
) {
  const journalRef = useRef(toJournal)
  journalRef.current = toJournal
  useEffect(() => {
    // The page may be gone before an IndexedDB write finishes: journal synchronously first.
    const leaving = () => {
      if (s.edits !== s.saved && s.latest !== undefined && s.key) {
        journalWrite(s.key, journalRef.current(s.latest))
      }
      void flush()
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') leaving()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', leaving)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', leaving)
      void flush()
    }
  }, [flush])
}

/** Autosave of one record's payload through the store's local-edit rule. */
export function useRecordAutosave<K extends Kind>(id: string, kind: K, data: PayloadOf[K]) {
  return useAutosave<PayloadOf[K]>(
    { key: id, data },
    (next) => saveRecord(id, kind, next),
    (next) => ({ type: 'record', id, kind, data: next }),
  )
}

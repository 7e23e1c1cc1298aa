// Keys the app keeps beside its records' own ids, each named once. Small and free of imports, so
// main.tsx can look for unsaved text without loading the database code that replays it.

/** Every localStorage key of the app starts so; erasing everything removes them all. */
export const LOCAL_PREFIX = 'review-day:'

/** Entries of the journal (src/db/journal.ts): text a closing page could not save in time. */
export const JOURNAL_PREFIX = `${LOCAL_PREFIX}unsaved:`

/**
 * Journaled text that could not be saved where it was written (the record went into conflict or
 * was deleted meanwhile, say): kept here, and shown, until the person adds, copies or discards it.
 */
export const RECOVERED_PREFIX = `${LOCAL_PREFIX}recovered:`

/**
 * A form's fields not yet saved as a record (a new check-in, the next review's form), kept as they
 * change so a reload or a page the phone closed does not lose them (ui/hooks/use-form-draft.ts).
 */
export const FORM_PREFIX = `${LOCAL_PREFIX}form:`

/** Whether a page that closed left text in the journal. */
export function hasJournal(): boolean {
  return Object.keys(localStorage).some((key) => key.startsWith(JOURNAL_PREFIX))
}

/** The drafts-table key of what is typed in a record's jot box and not yet added as a note. */
export function jotKey(recordId: string): string {
  return `jot:${recordId}`
}

/** The record whose jot box a drafts-table key belongs to (undefined for another key). */
export function recordOfJotKey(key: string): string | undefined {
  return key.startsWith('jot:') ? key.slice('jot:'.length) : undefined
}

/** The language the person chose ('cy' or 'en'), read before the first render. */
export const LANGUAGE_KEY = `${LOCAL_PREFIX}language`

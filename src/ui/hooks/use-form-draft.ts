// A form whose fields become a record only when the person presses its button (a new check-in,
// the next review): until then they live in the screen, and a reload, the update bar's Reload or
// a phone closing the page in the background would lose them. They are kept in localStorage as
// they change — synchronous, so nothing waits on a write that a closing page cuts off — read back
// when the form is drawn again, and forgotten once saved or cancelled. Erasing everything removes
// them with every other `review-day:` key (db/remove.ts).
import { useState } from 'preact/hooks'
import { FORM_PREFIX } from '../../db/keys'

/**
 * The form's value, kept under `key` while it is not undefined; `parse` says whether what was kept
 * is still a value of this form (an older version may have kept another shape), else `initial()`
 * is used. Setting null or undefined, or `forget()`, removes what was kept.
 */
export function useFormDraft<T>(
  key: string,
  initial: () => T,
  parse: (kept: unknown) => T | undefined,
): [T, (next: T) => void, () => void] {
  const storageKey = FORM_PREFIX + key
  const [value, setValue] = useState<T>(() => read(storageKey, parse) ?? initial())
  const set = (next: T) => {
    setValue(next)
    keep(storageKey, next)
  }
  const forget = () => keep(storageKey, undefined)
  return [value, set, forget]
}

function read<T>(storageKey: string, parse: (kept: unknown) => T | undefined): T | undefined {
  try {
    const raw = localStorage.getItem(storageKey)
    return raw === null ? undefined : parse(JSON.parse(raw))
  } catch {
    return undefined
  }
}

function keep(storageKey: string, value: unknown): void {
  try {
    if (value === undefined || value === null) localStorage.removeItem(storageKey)
    else localStorage.setItem(storageKey, JSON.stringify(value))
  } catch {
    // Storage full or unavailable: the form still works; only a reload would lose it.
  }
}

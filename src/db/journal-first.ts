// The first render waits for the journal's text to be saved (main.tsx), so a screen reopened on
// it draws it from its first frame and nothing typed there can land before it — but only so long:
// a database that never answers must not keep the app from drawing. Free of imports, so main.tsx
// loads the journal's code only when there is a journal.

/** How long the first render waits for the journal: about what a phone takes to open the app. */
export const REPLAY_PATIENCE_MS = 1_000

/**
 * Settles when `replay` has saved the journal, has failed (said on the console: the entries stay
 * for the next start or become recovered text), or after `patienceMs`, whichever comes first.
 */
export function journalSettled(
  replay: () => Promise<unknown>,
  patienceMs = REPLAY_PATIENCE_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const patience = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, patienceMs)
  })
  const saved = replay().then(
    () => undefined,
    (error: unknown) => console.error('Could not replay unsaved text', error),
  )
  return Promise.race([saved, patience]).finally(() => clearTimeout(timer))
}

import type { SaveStatus as Status } from '../hooks/use-autosave'
import { t } from '../messages'

/** A quiet "Saved" that becomes a clear message when a write fails. */
export function SaveStatus({ status }: { status: Status }) {
  const failed = status === 'full' || status === 'conflict' || status === 'error'
  return (
    <p class={failed ? 'save-status alert' : 'save-status'} role={failed ? 'alert' : 'status'}>
      {t(`save.${status}`)}
    </p>
  )
}

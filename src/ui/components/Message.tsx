import { errorMessageKey, errorMessageVars, toReviewDayError } from '../../domain/errors'
import { t } from '../messages'

export interface Said {
  text: string
  error: boolean
}

/** The catalogue's sentence for anything thrown; an unexpected error is also logged. */
export function explainError(error: unknown): string {
  const e = toReviewDayError(error)
  if (e.code === 'unknown') console.error(error)
  return t(errorMessageKey(e), errorMessageVars(e))
}

/** A result line: announced politely, or as an alert when something went wrong. */
export function Message({ said }: { said: Said | null }) {
  if (!said) return null
  return (
    <p role={said.error ? 'alert' : 'status'} class={said.error ? 'alert' : 'note'}>
      {said.text}
    </p>
  )
}

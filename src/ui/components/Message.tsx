import {
  errorMessageKey,
  errorMessageVars,
  type KnownRecord,
  toReviewDayError,
} from '../../domain/errors'
import { t } from '../messages'
import { knownRecordName } from '../titles'

export interface Said {
  text: string
  error: boolean
}

/** The catalogue's sentence for anything thrown; an unexpected error is also logged. */
export function explainError(error: unknown): string {
  const e = toReviewDayError(error)
  if (e.code === 'unknown') console.error(error)
  const vars = errorMessageVars(e)
  // A record is named in this device's words, which only the screens hold.
  if (e.code === 'bundle/claims-this-device') {
    vars.record = knownRecordName((e.details as { record: KnownRecord }).record)
  }
  return t(errorMessageKey(e), vars)
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

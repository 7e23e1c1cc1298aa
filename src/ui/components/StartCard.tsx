import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import type { Shown } from '../../db/shown'
import { handOver } from '../hand-over'
import { useAttempt } from '../hooks/use-attempt'
import { Select } from './fields'
import { Message } from './Message'

/**
 * A list screen's card that starts a visit or a conversation of the chosen kind and opens it. The
 * record just written, and the focus the list's screen holds, are handed to the record's screen
 * (ui/hand-over.ts), which draws them at once instead of reading them back.
 */
export function StartCard<V extends string>(props: {
  label: string
  options: readonly { value: V; label: string }[]
  first: V
  button: string
  /** The review's focus as the screen holds it: undefined while reading, null when none. */
  focus: Shown<'focus'> | null | undefined
  start: (choice: V) => Promise<Shown<'visit' | 'conversation'>>
  path: (id: string) => string
}) {
  const { route } = useLocation()
  const [choice, setChoice] = useState<V>(props.first)
  const { said, busy, attempt } = useAttempt()
  const start = () =>
    attempt(async () => {
      const record = await props.start(choice)
      if (props.focus !== undefined) handOver({ record, focus: props.focus ?? undefined })
      route(props.path(record.id))
    })
  return (
    <div class="card stack">
      <Select label={props.label} value={choice} options={props.options} onChange={setChoice} />
      <button type="button" class="primary" disabled={busy} onClick={start}>
        {props.button}
      </button>
      <Message said={said} />
    </div>
  )
}

import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

interface Base {
  label: string
  hint?: string
  value: string
  onInput: (value: string) => void
  required?: boolean
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p class="hint" id={id}>
      {hint}
    </p>
  ) : null
}

export function TextField(
  props: Base & {
    type?: 'text' | 'date' | 'time' | 'search' | 'password'
    autoComplete?: string
    inputMode?: 'numeric' | 'text'
  },
) {
  const id = useId()
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Hint id={`${id}-hint`} hint={props.hint} />
      <input
        id={id}
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  )
}

export function TextArea(props: Base & { rows?: number; class?: string }) {
  const id = useId()
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <Hint id={`${id}-hint`} hint={props.hint} />
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  )
}

export function Select<V extends string>(props: {
  label: string
  value: V
  options: readonly { value: V; label: string }[]
  onChange: (value: V) => void
}) {
  const id = useId()
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Toggle buttons for tagging a note to lines of enquiry. */
export function Chips(props: {
  legend: string
  options: readonly { id: string; label: string }[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
}) {
  const toggle = (id: string) =>
    props.onChange(
      props.selected.includes(id)
        ? props.selected.filter((s) => s !== id)
        : [...props.selected, id],
    )
  return (
    <fieldset class="chips">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <button
          type="button"
          key={o.id}
          class="chip"
          aria-pressed={props.selected.includes(o.id)}
          onClick={() => toggle(o.id)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  )
}

export function Section(props: { title: string; children: ComponentChildren; id?: string }) {
  const id = useId()
  return (
    <section class="card" aria-labelledby={id} id={props.id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  )
}

import type { ComponentChildren } from 'preact'

/**
 * A list the person grows and shrinks: each item a fieldset with its own legend and a remove
 * button, and an add button below. Used for the team, lines of enquiry, evidence plan and schedule.
 */
export function ListEditor<T extends { id: string }>(props: {
  items: readonly T[]
  onChange: (items: T[]) => void
  make: () => T
  legend: (index: number) => string
  removeLabel: (index: number) => string
  addLabel: string
  empty?: string
  children: (item: T, set: (patch: Partial<T>) => void, index: number) => ComponentChildren
}) {
  const { items, onChange } = props
  return (
    <>
      {items.length === 0 && props.empty && <p class="empty">{props.empty}</p>}
      {items.map((item, i) => (
        <fieldset key={item.id} class="group">
          <legend>{props.legend(i)}</legend>
          {props.children(
            item,
            (patch) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x))),
            i,
          )}
          <button
            type="button"
            class="secondary"
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            {props.removeLabel(i)}
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...items, props.make()])}>
        {props.addLabel}
      </button>
    </>
  )
}

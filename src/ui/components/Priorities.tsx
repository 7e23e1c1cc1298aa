import { useEffect, useRef } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { addAction } from '../../db/cycle'
import type { Shown } from '../../db/read'
import { type LineOfEnquiry, MAX_PRIORITIES, type Priority } from '../../domain/schemas'
import { moved } from '../../domain/workshop'
import { useAttempt } from '../hooks/use-attempt'
import { t } from '../messages'
import { actionTitle, lineChips, priorityTitle } from '../titles'
import { Chips, Section, TextArea, TextField } from './fields'
import { Message } from './Message'

/**
 * The priorities the workshop agrees, one to three, in order: reordered with up and down buttons
 * (keyboard and screen reader friendly, no dragging), each with its actions.
 */
export function PrioritiesSection(props: {
  reviewId: string
  priorities: readonly Priority[]
  lines: readonly LineOfEnquiry[]
  actions: readonly Shown<'action'>[]
  onChange: (priorities: Priority[]) => void
  /** Saves the workshop before leaving for a new action. */
  flush: () => Promise<void>
}) {
  const { priorities, onChange } = props
  const { route } = useLocation()
  const { said, setSaid, attempt } = useAttempt()
  const focusAfterMove = useMoveFocus(priorities)
  const move = (index: number, by: -1 | 1) => {
    const next = moved(priorities, index, by)
    const item = priorities[index]
    if (!item) return
    onChange(next)
    focusAfterMove(item.id, by)
    const place = next.indexOf(item) + 1
    setSaid({
      text: t('workshop.moved', { title: priorityTitle(item, place - 1), n: place }),
      error: false,
    })
  }
  const remove = (p: Priority, index: number) => {
    const hasActions = props.actions.some((a) => a.data.priorityId === p.id)
    if (hasActions && !window.confirm(t('workshop.confirmRemove'))) return
    onChange(priorities.filter((_, i) => i !== index))
  }
  const newAction = (priorityId: string) =>
    attempt(async () => {
      await props.flush()
      const id = await addAction(props.reviewId, priorityId)
      route(`/reviews/${props.reviewId}/actions/${id}`)
    })
  const add = () =>
    onChange([...priorities, { id: crypto.randomUUID(), title: '', detail: '', lines: [] }])
  return (
    <Section title={t('workshop.priorities')}>
      <p class="hint">{t('workshop.prioritiesHint')}</p>
      {priorities.length === 0 && <p class="empty">{t('workshop.noPriorities')}</p>}
      {priorities.length > MAX_PRIORITIES && <p class="alert">{t('workshop.tooMany')}</p>}
      <ol class="plain priorities">
        {priorities.map((p, i) => (
          <li key={p.id}>
            <PriorityFields
              priority={p}
              index={i}
              count={priorities.length}
              lines={props.lines}
              set={(patch) =>
                onChange(priorities.map((x, j) => (j === i ? { ...x, ...patch } : x)))
              }
              move={(by) => move(i, by)}
              remove={() => remove(p, i)}
            />
            <PriorityActions
              reviewId={props.reviewId}
              title={priorityTitle(p, i)}
              actions={props.actions.filter((a) => a.data.priorityId === p.id)}
              onAdd={() => newAction(p.id)}
            />
          </li>
        ))}
      </ol>
      <Message said={said} />
      {priorities.length < MAX_PRIORITIES && (
        <button type="button" class="secondary" onClick={add}>
          {t('workshop.addPriority')}
        </button>
      )}
    </Section>
  )
}

/** After a move, the focus stays on the moved priority's button, or its other one at an end. */
function useMoveFocus(priorities: readonly Priority[]) {
  const pending = useRef<{ id: string; by: -1 | 1 } | null>(null)
  useEffect(() => {
    const p = pending.current
    if (!p) return
    pending.current = null
    const same = document.getElementById(`priority-${p.id}-${p.by < 0 ? 'up' : 'down'}`)
    const other = document.getElementById(`priority-${p.id}-${p.by < 0 ? 'down' : 'up'}`)
    ;(same ?? other)?.focus()
  }, [priorities])
  return (id: string, by: -1 | 1) => {
    pending.current = { id, by }
  }
}

function PriorityFields(props: {
  priority: Priority
  index: number
  count: number
  lines: readonly LineOfEnquiry[]
  set: (patch: Partial<Priority>) => void
  move: (by: -1 | 1) => void
  remove: () => void
}) {
  const { priority: p, index: i } = props
  const n = i + 1
  const chips = lineChips(props.lines)
  return (
    <fieldset class="group">
      <legend>{t('workshop.priorityN', { n })}</legend>
      <TextField
        label={t('workshop.priorityTitle')}
        value={p.title}
        onInput={(title) => props.set({ title })}
      />
      <TextArea
        label={t('workshop.priorityDetail')}
        value={p.detail}
        onInput={(detail) => props.set({ detail })}
        rows={2}
      />
      {chips.length > 0 && (
        <Chips
          legend={t('workshop.priorityLines')}
          options={chips}
          selected={p.lines}
          onChange={(lines) => props.set({ lines })}
        />
      )}
      <div class="row">
        {i > 0 && (
          <button
            type="button"
            class="secondary"
            id={`priority-${p.id}-up`}
            aria-label={t('workshop.moveUp', { n })}
            onClick={() => props.move(-1)}
          >
            {t('workshop.up')}
          </button>
        )}
        {i < props.count - 1 && (
          <button
            type="button"
            class="secondary"
            id={`priority-${p.id}-down`}
            aria-label={t('workshop.moveDown', { n })}
            onClick={() => props.move(1)}
          >
            {t('workshop.down')}
          </button>
        )}
        <button type="button" class="secondary" onClick={props.remove}>
          {t('workshop.removePriority', { n })}
        </button>
      </div>
    </fieldset>
  )
}

function PriorityActions(props: {
  reviewId: string
  title: string
  actions: readonly Shown<'action'>[]
  onAdd: () => void
}) {
  return (
    <div class="priority-actions">
      <h3>{t('workshop.actionsFor', { title: props.title })}</h3>
      {props.actions.length === 0 ? (
        <p class="empty">{t('workshop.noActions')}</p>
      ) : (
        <ul class="list">
          {props.actions.map((a) => (
            <li key={a.id}>
              <a class="list-item" href={`/reviews/${props.reviewId}/actions/${a.id}`}>
                <strong>{actionTitle(a.data)}</strong>
                <span>
                  {a.data.lead ? t('action.ledBy', { lead: a.data.lead }) : t('action.noLead')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="secondary" onClick={props.onAdd}>
        {t('workshop.addAction', { title: props.title })}
      </button>
    </div>
  )
}

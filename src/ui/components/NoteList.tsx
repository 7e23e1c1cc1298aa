import { useState } from 'preact/hooks'
import type { LineOfEnquiry } from '../../domain/schemas'
import { formatTime, t } from '../messages'
import { lineChips } from '../titles'
import { Chips, TextArea } from './fields'

interface Note {
  id: string
  text: string
  lines: string[]
  at?: string | undefined
}

/** Notes, newest first, each editable (text and lines) and deletable in place. */
export function NoteList<N extends Note>(props: {
  notes: readonly N[]
  lines: readonly LineOfEnquiry[]
  onChange: (id: string, patch: Partial<N>) => void
  onDelete: (id: string) => void
  labelOf?: (note: N, index: number) => string
  /** A line shown under a note's text (the question an idea answers, say). */
  detailOf?: (note: N) => string | undefined
}) {
  const [editing, setEditing] = useState<string | null>(null)
  const chips = lineChips(props.lines)
  const ordered = props.notes.map((n, i) => ({ n, i })).reverse()
  return (
    <ol class="notes">
      {ordered.map(({ n, i }) => {
        const label = props.labelOf?.(n, i) ?? formatTime(n.at ?? '')
        return (
          <li key={n.id} class="note-item" id={`note-${n.id}`}>
            {editing === n.id ? (
              <div class="stack">
                <TextArea
                  label={t('visit.noteAt', { time: label })}
                  value={n.text}
                  onInput={(text) => props.onChange(n.id, { text } as Partial<N>)}
                />
                {chips.length > 0 && (
                  <Chips
                    legend={t('visit.lines')}
                    options={chips}
                    selected={n.lines}
                    onChange={(lines) => props.onChange(n.id, { lines } as Partial<N>)}
                  />
                )}
                <button type="button" class="secondary" onClick={() => setEditing(null)}>
                  {t('common.done')}
                </button>
              </div>
            ) : (
              <>
                <p class="note-meta">
                  {n.at ? <time dateTime={n.at}>{label}</time> : <span>{label}</span>}
                  {n.lines.map((id) => {
                    const line = chips.find((c) => c.id === id)
                    return line ? (
                      <span class="tag" key={id}>
                        {line.label}
                      </span>
                    ) : null
                  })}
                </p>
                <p class="note-text">{n.text}</p>
                {props.detailOf?.(n) && <p class="hint">{props.detailOf(n)}</p>}
                <div class="row">
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('visit.editNote', { time: label })}
                    onClick={() => setEditing(n.id)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('visit.deleteNote', { time: label })}
                    onClick={() => props.onDelete(n.id)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        )
      })}
    </ol>
  )
}

import { useRef, useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { getDraft, getFocus, getShown, saveDraft } from '../../db/read'
import { deleteRecord } from '../../db/write'
import { ACTIVITIES, type LineOfEnquiry, type Visit, type VisitNote } from '../../domain/schemas'
import { Chips, Select, TextArea, TextField } from '../components/fields'
import { SaveStatus } from '../components/SaveStatus'
import { useAutosave, useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { formatTime, t } from '../messages'
import { ReviewLayout } from './ReviewLayout'
import { visitTitle } from './visit-title'

export function VisitScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const visitId = params.visitId as string
  const visit = useLive(() => getShown<'visit'>(visitId).then((v) => v ?? null), [visitId])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  const draft = useLive(
    () =>
      getDraft(`jot:${visitId}`).then((d) => d ?? { key: `jot:${visitId}`, text: '', lines: [] }),
    [visitId],
  )
  return (
    <ReviewLayout reviewId={reviewId} tab="visits">
      {visit === undefined || focus === undefined || draft === undefined ? (
        <p>{t('common.loading')}</p>
      ) : visit === null ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <VisitEditor
          reviewId={reviewId}
          id={visit.id}
          data={visit.data}
          lines={focus?.data.linesOfEnquiry ?? []}
          jot={{ text: draft.text, lines: draft.lines }}
        />
      )}
    </ReviewLayout>
  )
}

interface Jot {
  text: string
  lines: string[]
}

function VisitEditor(props: {
  reviewId: string
  id: string
  data: Visit
  lines: readonly LineOfEnquiry[]
  jot: Jot
}) {
  const { route } = useLocation()
  const visit = useRecordAutosave(props.id, 'visit', props.data)
  const jotKey = `jot:${props.id}`
  const jot = useAutosave(
    { key: jotKey, data: props.jot },
    (data) => saveDraft(jotKey, data.text, data.lines),
    (data) => ({ type: 'draft', key: jotKey, ...data }),
  )
  const [editing, setEditing] = useState<string | null>(null)
  const [jotError, setJotError] = useState('')
  // Open while the context is empty when the visit opens; it stays as the person leaves it.
  const [contextOpenAtFirst] = useState(
    () => !(props.data.yearGroup || props.data.subject || props.data.group),
  )
  const jotBox = useRef<HTMLDivElement>(null)
  const v = visit.draft
  const j = jot.draft
  if (!v || !j) return null

  const set = (patch: Partial<Visit>) => visit.update({ ...v, ...patch })
  const setNote = (id: string, patch: Partial<VisitNote>) =>
    set({ notes: v.notes.map((n) => (n.id === id ? { ...n, ...patch } : n)) })
  const chipOptions = props.lines.map((l) => ({
    id: l.id,
    label: l.title || t('focus.untitledLine'),
  }))

  const addNote = async () => {
    if (!j.text.trim()) {
      setJotError(t('visit.emptyNote'))
      jotBox.current?.querySelector('textarea')?.focus()
      return
    }
    setJotError('')
    const note: VisitNote = {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      text: j.text.trim(),
      lines: j.lines,
    }
    set({ notes: [...v.notes, note] })
    await visit.flush()
    jot.update({ text: '', lines: [] })
    await jot.flush()
    jotBox.current?.querySelector('textarea')?.focus()
  }

  const removeVisit = async () => {
    if (!window.confirm(t('visit.confirmDelete'))) return
    await deleteRecord(props.id)
    route(`/reviews/${props.reviewId}/visits`)
  }

  return (
    <>
      <h1>{visitTitle(v)}</h1>
      <details class="card" open={contextOpenAtFirst}>
        <summary>{t('visit.context')}</summary>
        <div class="stack">
          <Select
            label={t('visits.activity')}
            value={v.activity}
            options={ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))}
            onChange={(activity) => set({ activity })}
          />
          <TextField
            label={t('visit.yearGroup')}
            value={v.yearGroup}
            onInput={(yearGroup) => set({ yearGroup })}
          />
          <TextField
            label={t('visit.subject')}
            value={v.subject}
            onInput={(subject) => set({ subject })}
          />
          <TextField
            label={t('visit.group')}
            hint={t('visit.groupHint')}
            value={v.group}
            onInput={(group) => set({ group })}
          />
          <TextField label={t('visit.place')} value={v.place} onInput={(place) => set({ place })} />
        </div>
      </details>

      <div class="card stack jot" ref={jotBox}>
        <TextArea
          class="jot-box"
          label={t('visit.jot')}
          hint={t('visit.jotHint')}
          value={j.text}
          rows={4}
          onInput={(text) => jot.update({ ...j, text })}
        />
        {chipOptions.length > 0 ? (
          <Chips
            legend={t('visit.lines')}
            options={chipOptions}
            selected={j.lines}
            onChange={(lines) => jot.update({ ...j, lines })}
          />
        ) : (
          <p class="hint">{t('visit.noLinesYet')}</p>
        )}
        {jotError && (
          <p role="alert" class="alert">
            {jotError}
          </p>
        )}
        <button type="button" class="primary" onClick={addNote}>
          {t('visit.add')}
        </button>
      </div>

      <section class="card" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('visit.notes')}</h2>
        {v.notes.length === 0 ? (
          <p class="empty">{t('visit.noNotes')}</p>
        ) : (
          <ol class="notes">
            {[...v.notes].reverse().map((n) => {
              const time = formatTime(n.at)
              return (
                <li key={n.id} class="note-item">
                  {editing === n.id ? (
                    <div class="stack">
                      <TextArea
                        label={t('visit.noteAt', { time })}
                        value={n.text}
                        onInput={(text) => setNote(n.id, { text })}
                      />
                      {chipOptions.length > 0 && (
                        <Chips
                          legend={t('visit.lines')}
                          options={chipOptions}
                          selected={n.lines}
                          onChange={(lines) => setNote(n.id, { lines })}
                        />
                      )}
                      <button type="button" class="secondary" onClick={() => setEditing(null)}>
                        {t('common.done')}
                      </button>
                    </div>
                  ) : (
                    <>
                      <p class="note-meta">
                        <time dateTime={n.at}>{time}</time>
                        {n.lines.map((id) => {
                          const line = props.lines.find((l) => l.id === id)
                          return line ? (
                            <span class="tag" key={id}>
                              {line.title || t('focus.untitledLine')}
                            </span>
                          ) : null
                        })}
                      </p>
                      <p class="note-text">{n.text}</p>
                      <div class="row">
                        <button
                          type="button"
                          class="secondary"
                          aria-label={t('visit.editNote', { time })}
                          onClick={() => setEditing(n.id)}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          aria-label={t('visit.deleteNote', { time })}
                          onClick={() => set({ notes: v.notes.filter((x) => x.id !== n.id) })}
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
        )}
      </section>

      <div class="card stack">
        <TextArea
          label={t('visit.summary')}
          value={v.summary}
          onInput={(summary) => set({ summary })}
          rows={3}
        />
        {v.endedAt ? (
          <>
            <p>{t('visit.ended', { time: formatTime(v.endedAt) })}</p>
            <button type="button" class="secondary" onClick={() => set({ endedAt: '' })}>
              {t('visit.reopen')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="primary"
            onClick={() => set({ endedAt: new Date().toISOString() })}
          >
            {t('visit.end')}
          </button>
        )}
        <button type="button" class="danger" onClick={removeVisit}>
          {t('visit.delete')}
        </button>
      </div>
      <SaveStatus status={visit.status === 'saved' ? jot.status : visit.status} />
    </>
  )
}

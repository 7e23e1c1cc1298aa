import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { jotKey } from '../../db/keys'
import { getFocus, getShown } from '../../db/read'
import { deleteRecord } from '../../db/write'
import { ACTIVITIES, type LineOfEnquiry, type Visit, type VisitNote } from '../../domain/schemas'
import { Select, TextArea, TextField } from '../components/fields'
import { JotBox } from '../components/JotBox'
import { NoteList } from '../components/NoteList'
import { SaveStatus } from '../components/SaveStatus'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { formatTime, t } from '../messages'
import { visitTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

export function VisitScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const visitId = params.visitId as string
  const visit = useLive(() => getShown<'visit'>(visitId).then((v) => v ?? null), [visitId])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="visits">
      {visit === undefined || focus === undefined ? (
        <p>{t('common.loading')}</p>
      ) : visit === null ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <VisitEditor
          reviewId={reviewId}
          id={visit.id}
          data={visit.data}
          lines={focus?.data.linesOfEnquiry ?? []}
        />
      )}
    </ReviewLayout>
  )
}

function VisitEditor(props: {
  reviewId: string
  id: string
  data: Visit
  lines: readonly LineOfEnquiry[]
}) {
  const { route } = useLocation()
  const visit = useRecordAutosave(props.id, 'visit', props.data)
  // Open while the context is empty when the visit opens; it stays as the person leaves it.
  const [contextOpenAtFirst] = useState(
    () => !(props.data.yearGroup || props.data.subject || props.data.group),
  )
  const v = visit.draft
  if (!v) return null

  const set = (patch: Partial<Visit>) => visit.update({ ...v, ...patch })

  const addNote = async (text: string, lines: string[]) => {
    const note: VisitNote = { id: crypto.randomUUID(), at: new Date().toISOString(), text, lines }
    set({ notes: [...v.notes, note] })
    await visit.flush()
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

      <JotBox draftKey={jotKey(props.id)} lines={props.lines} onAdd={addNote} />

      <section class="card" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('visit.notes')}</h2>
        {v.notes.length === 0 ? (
          <p class="empty">{t('visit.noNotes')}</p>
        ) : (
          <NoteList
            notes={v.notes}
            lines={props.lines}
            onChange={(id, patch) =>
              set({ notes: v.notes.map((n) => (n.id === id ? { ...n, ...patch } : n)) })
            }
            onDelete={(id) => set({ notes: v.notes.filter((n) => n.id !== id) })}
          />
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
      <SaveStatus status={visit.status} />
    </>
  )
}

import { useRoute } from 'preact-iso'
import { ACTIVITIES, type Visit, type VisitNote } from '../../domain/schemas'
import { Select, TextArea, TextField } from '../components/fields'
import { useRecordAutosave } from '../hooks/use-autosave'
import { formatTime, t } from '../messages'
import { visitTitle } from '../titles'
import {
  EditableNotes,
  type NoteEditorProps,
  NoteTakingScreen,
  NoteTakingShell,
} from './NoteTaking'

export function VisitScreen() {
  const { params } = useRoute()
  return (
    <NoteTakingScreen
      kind="visit"
      reviewId={params.id as string}
      recordId={params.visitId as string}
      Editor={VisitEditor}
    />
  )
}

function VisitEditor(props: NoteEditorProps<'visit'>) {
  const visit = useRecordAutosave({ ...props, kind: 'visit' })
  const v = visit.draft
  if (!v) return null
  // Every change applies to the newest copy, never to the one this render showed.
  const set = (patch: Partial<Visit>) => visit.update((newest) => ({ ...newest, ...patch }))
  const addNote = async (text: string, lines: string[]) => {
    const note: VisitNote = { id: crypto.randomUUID(), at: new Date().toISOString(), text, lines }
    visit.update((newest) => ({ ...newest, notes: [...newest.notes, note] }))
    await visit.flush()
  }
  return (
    <NoteTakingShell
      kind="visit"
      reviewId={props.reviewId}
      id={props.id}
      title={visitTitle(v)}
      context={{
        label: t('visit.context'),
        line: [t(`activity.${v.activity}`), v.yearGroup, v.subject, v.group, v.place]
          .map((part) => part.trim())
          .filter(Boolean)
          .join(' · '),
        openAtFirst: !(props.data.yearGroup || props.data.subject || props.data.group),
        fields: <VisitContext v={v} set={set} />,
      }}
      lines={props.lines}
      onAdd={addNote}
      startWriting={props.data.notes.length === 0}
      notes={
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('visit.notes')}</h2>
          {v.notes.length === 0 ? (
            <p class="empty">{t('visit.noNotes')}</p>
          ) : (
            <EditableNotes all={v.notes} lines={props.lines} onNotes={(notes) => set({ notes })} />
          )}
        </section>
      }
      closing={<VisitClosing v={v} set={set} />}
      remove={{ label: t('visit.delete'), confirm: t('visit.confirmDelete') }}
      status={visit.status}
    />
  )
}

function VisitContext({ v, set }: { v: Visit; set: (patch: Partial<Visit>) => void }) {
  return (
    <>
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
    </>
  )
}

/** The summary, and ending (or reopening) the visit. */
function VisitClosing({ v, set }: { v: Visit; set: (patch: Partial<Visit>) => void }) {
  return (
    <>
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
    </>
  )
}

import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { listOfKind } from '../../db/read'
import { atWallClock, wallClock } from '../../domain/conversation'
import { localDay, onLocalDay } from '../../domain/days'
import type { Meeting, MeetingNote } from '../../domain/schemas'
import { Chips, TextField } from '../components/fields'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { formatDateTime, t } from '../messages'
import { actionTitle, meetingTitle } from '../titles'
import {
  EditableNotes,
  type NoteEditorProps,
  NoteTakingScreen,
  NoteTakingShell,
} from './NoteTaking'

/** A follow-up meeting with partner schools, noted like a conversation. */
export function MeetingScreen() {
  const { params } = useRoute()
  return (
    <NoteTakingScreen
      kind="meeting"
      reviewId={params.id as string}
      recordId={params.meetingId as string}
      Editor={MeetingEditor}
    />
  )
}

type Set = (patch: Partial<Meeting>) => void

function MeetingEditor(props: NoteEditorProps<'meeting'>) {
  const saved = useRecordAutosave({ ...props, kind: 'meeting' })
  const actions = useLive(() => listOfKind(props.reviewId, 'action'), [props.reviewId])
  const [about, setAbout] = useState<string[]>([])
  const m = saved.draft
  // Drawn with its actions: their chips sit above the note box, and arriving later they would
  // push the box down under a finger already on it.
  if (!m || !actions) return null
  const set: Set = (patch) => saved.update((newest) => ({ ...newest, ...patch }))
  const chips = actions.map((a) => ({ id: a.id, label: actionTitle(a.data) }))
  const addNote = async (text: string, lines: string[]) => {
    const at = new Date().toISOString()
    const note: MeetingNote = { id: crypto.randomUUID(), at, text, lines, actions: about }
    set({ notes: [...m.notes, note] })
    setAbout([])
    await saved.flush()
  }
  const titles = (ids: readonly string[]) =>
    chips.filter((c) => ids.includes(c.id)).map((c) => c.label)
  return (
    <NoteTakingShell
      kind="meeting"
      reviewId={props.reviewId}
      id={props.id}
      title={meetingTitle(m)}
      context={{
        label: t('meeting.context'),
        line: [m.with, m.at ? formatDateTime(m.at) : '']
          .map((part) => part.trim())
          .filter(Boolean)
          .join(' · '),
        openAtFirst: !props.data.with,
        fields: <MeetingContext m={m} set={set} />,
      }}
      beforeJot={
        chips.length > 0 && (
          <Chips
            legend={t('meeting.actions')}
            options={chips}
            selected={about}
            onChange={setAbout}
          />
        )
      }
      lines={props.lines}
      onAdd={addNote}
      notes={
        <section class="card" aria-labelledby="meeting-notes">
          <h2 id="meeting-notes">{t('visit.notes')}</h2>
          {m.notes.length === 0 ? (
            <p class="empty">{t('meeting.noNotes')}</p>
          ) : (
            <EditableNotes
              all={m.notes}
              lines={props.lines}
              detailOf={(n) => {
                const names = titles(n.actions)
                return names.length ? t('meeting.about', { actions: names.join('; ') }) : undefined
              }}
              onNotes={(notes) => set({ notes })}
            />
          )}
        </section>
      }
      remove={{ label: t('meeting.delete'), confirm: t('meeting.confirmDelete') }}
      status={saved.status}
    />
  )
}

function MeetingContext({ m, set }: { m: Meeting; set: Set }) {
  const day = Number.isNaN(new Date(m.at).getTime()) ? '' : localDay(new Date(m.at))
  return (
    <>
      <TextField
        label={t('meeting.with')}
        hint={t('meeting.withHint')}
        value={m.with}
        onInput={(w) => set({ with: w })}
      />
      <TextField
        type="date"
        label={t('meeting.date')}
        value={day}
        onInput={(d) => set({ at: onLocalDay(m.at, d) })}
      />
      <TextField
        type="time"
        label={t('meeting.time')}
        value={wallClock(m.at)}
        onInput={(time) => set({ at: atWallClock(m.at, time) })}
      />
    </>
  )
}

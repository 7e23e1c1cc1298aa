import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { jotKey } from '../../db/keys'
import { getFocus, getShown } from '../../db/read'
import { deleteRecord } from '../../db/write'
import {
  answerPrompt,
  atWallClock,
  freeNotes,
  groupSize,
  promptCards,
  responseTo,
  wallClock,
} from '../../domain/conversation'
import {
  CONVERSATION_WITH,
  type Conversation,
  type ConversationNote,
  type LineOfEnquiry,
} from '../../domain/schemas'
import { Select, TextArea, TextField } from '../components/fields'
import { JotBox } from '../components/JotBox'
import { NoteList } from '../components/NoteList'
import { SaveStatus } from '../components/SaveStatus'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { conversationTitle, lineTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

export function ConversationScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const id = params.conversationId as string
  const record = useLive(() => getShown<'conversation'>(id).then((c) => c ?? null), [id])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="conversations">
      {record === undefined || focus === undefined ? (
        <p>{t('common.loading')}</p>
      ) : record === null ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <ConversationEditor
          reviewId={reviewId}
          id={record.id}
          data={record.data}
          lines={focus?.data.linesOfEnquiry ?? []}
        />
      )}
    </ReviewLayout>
  )
}

function ConversationEditor(props: {
  reviewId: string
  id: string
  data: Conversation
  lines: readonly LineOfEnquiry[]
}) {
  const { route } = useLocation()
  const saved = useRecordAutosave(props.id, 'conversation', props.data)
  const [contextOpenAtFirst] = useState(() => !props.data.group)
  const c = saved.draft
  if (!c) return null
  const set = (patch: Partial<Conversation>) => saved.update({ ...c, ...patch })
  const prompts = promptCards(props.lines)
  const free = freeNotes(c.notes)

  const addFree = async (text: string, lines: string[]) => {
    const note: ConversationNote = { id: crypto.randomUUID(), text, lines }
    set({ notes: [...c.notes, note] })
    await saved.flush()
  }

  const remove = async () => {
    if (!window.confirm(t('conversation.confirmDelete'))) return
    await deleteRecord(props.id)
    route(`/reviews/${props.reviewId}/conversations`)
  }

  return (
    <>
      <h1>{conversationTitle(c)}</h1>
      <details class="card" open={contextOpenAtFirst}>
        <summary>{t('conversation.context')}</summary>
        <div class="stack">
          <Select
            label={t('conversations.with')}
            value={c.with}
            options={CONVERSATION_WITH.map((w) => ({ value: w, label: t(`with.${w}`) }))}
            onChange={(w) => set({ with: w })}
          />
          <TextField
            label={t('conversation.group')}
            hint={t('conversation.groupHint')}
            value={c.group}
            onInput={(group) => set({ group })}
          />
          <TextField
            label={t('conversation.size')}
            value={c.size ? String(c.size) : ''}
            inputMode="numeric"
            onInput={(size) => set({ size: groupSize(size) })}
          />
          <TextField
            type="time"
            label={t('conversation.time')}
            value={wallClock(c.at)}
            onInput={(time) => set({ at: atWallClock(c.at, time) })}
          />
        </div>
      </details>

      <section class="stack" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">{t('conversation.prompts')}</h2>
        {prompts.length === 0 && <p class="empty">{t('conversation.noPrompts')}</p>}
        {prompts.map(({ line, prompt }, i) => (
          <article class="card prompt-card" key={`${line.id}:${prompt}`}>
            <p class="hint">
              {t('conversation.prompt', { n: i + 1, total: prompts.length })} ·{' '}
              <span class="tag">{lineTitle(props.lines, line.id)}</span>
            </p>
            <h3>{prompt}</h3>
            <TextArea
              label={t('conversation.response')}
              value={responseTo(c.notes, line.id, prompt)?.text ?? ''}
              onInput={(text) =>
                set({ notes: answerPrompt(c.notes, { lineId: line.id, prompt }, text) })
              }
            />
          </article>
        ))}
      </section>

      <h2>{t('conversation.freeNotes')}</h2>
      <JotBox draftKey={jotKey(props.id)} lines={props.lines} onAdd={addFree} />
      <section class="card" aria-label={t('conversation.freeNotes')}>
        {free.length === 0 ? (
          <p class="empty">{t('conversation.noFreeNotes')}</p>
        ) : (
          <NoteList
            notes={free}
            lines={props.lines}
            labelOf={(_, i) => t('conversation.freeNote', { n: i + 1 })}
            onChange={(id, patch) =>
              set({ notes: c.notes.map((n) => (n.id === id ? { ...n, ...patch } : n)) })
            }
            onDelete={(id) => set({ notes: c.notes.filter((n) => n.id !== id) })}
          />
        )}
      </section>
      <div class="card stack">
        <button type="button" class="danger" onClick={remove}>
          {t('conversation.delete')}
        </button>
      </div>
      <SaveStatus status={saved.status} />
    </>
  )
}
